// Spectral function of the request-body-example rule (spectral.yaml), given one media type of a request body.
const has = (object, key) => object !== null && typeof object === 'object' && object[key] !== undefined;

export default function requestBodyExample(mediaType, _options, context) {
  if (has(mediaType, 'example') || has(mediaType, 'examples')) {
    return [];
  }
  const schema = mediaType?.schema;
  if (has(schema, 'example') || (Array.isArray(schema?.examples) && schema.examples.length > 0)) {
    return [];
  }
  return [{
    message: `Request body ${context.path[context.path.length - 1]} has no example: add example(s) to the media `
      + 'type or examples to its schema',
  }];
}
