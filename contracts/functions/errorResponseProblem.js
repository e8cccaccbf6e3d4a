// Spectral function of the error-response-problem-json rule (spectral.yaml), given an operation's responses.
const ERROR = /^[45](\d\d|XX)$/i;

export default function errorResponseProblem(responses, _options, context) {
  if (responses === null || typeof responses !== 'object') {
    return [];
  }
  return Object.entries(responses)
    .filter(([status, response]) => ERROR.test(status)
      && response?.content?.['application/problem+json'] === undefined)
    .map(([status]) => ({
      message: `Response ${status} has no application/problem+json content`,
      path: [...context.path, status],
    }));
}
