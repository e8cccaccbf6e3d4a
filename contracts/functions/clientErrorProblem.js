// Spectral function of the operation-client-error-problem rule (spectral.yaml), given a path item.
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const CLIENT_ERROR = /^4(\d\d|XX)$/i;

export default function clientErrorProblem(pathItem, _options, context) {
  if (pathItem === null || typeof pathItem !== 'object') {
    return [];
  }
  const pathParameters = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
  const results = [];
  for (const method of METHODS) {
    const operation = pathItem[method];
    if (operation === null || typeof operation !== 'object') {
      continue;
    }
    const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
    if (parameters.length === 0 && pathParameters.length === 0 && operation.requestBody === undefined) {
      continue;
    }
    const responses = operation.responses ?? {};
    const documented = Object.entries(responses).some(([status, response]) =>
      CLIENT_ERROR.test(status) && response?.content?.['application/problem+json'] !== undefined);
    if (!documented) {
      results.push({
        message: 'Operation takes parameters or a body but documents no 4xx response with '
          + 'application/problem+json content',
        path: [...context.path, method, ...(operation.responses ? ['responses'] : [])],
      });
    }
  }
  return results;
}
