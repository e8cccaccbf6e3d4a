// Turns a CustomResourceDefinition's openAPIV3Schema into a JSON Schema that ajv checks the way the API server
// does: types, enums, bounds, patterns and required fields, and (as kubectl's strict field validation does)
// no field the schema does not declare, unless it says x-kubernetes-preserve-unknown-fields.
// Not checked: CEL rules (x-kubernetes-validations) and formats.
import Ajv from 'ajv';

const DROPPED = new Set([
  'description', 'example', 'default', 'format', 'externalDocs',
  'x-kubernetes-validations', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type', 'x-kubernetes-embedded-resource',
]);

/**
 * @param structural false inside allOf/anyOf/oneOf/not, whose branches only add constraints: unknown fields are
 *        judged against the structural schema around them, never against a branch.
 */
export function toJsonSchema(node, structural = true) {
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key === 'nullable' || key.startsWith('x-kubernetes-')) {
      continue;
    }
    switch (key) {
      case 'properties':
        out.properties = Object.fromEntries(
          Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema, structural)]));
        break;
      case 'items':
        out.items = toJsonSchema(value, structural);
        break;
      case 'additionalProperties':
        out.additionalProperties = typeof value === 'boolean' ? value : toJsonSchema(value, structural);
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = value.map(branch => toJsonSchema(branch, false));
        break;
      case 'not':
        out.not = toJsonSchema(value, false);
        break;
      default:
        out[key] = value;
    }
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; JSON Schema as numbers.
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag]) {
        out[flag] = out[bound];
        delete out[bound];
      } else {
        delete out[flag];
      }
    }
  }
  if (node['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    out.anyOf = [...(out.anyOf ?? []), { type: 'integer' }, { type: 'string' }];
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) {
      out.enum = [...out.enum, null];
    }
  }
  if (structural && out.properties && out.additionalProperties === undefined
      && node['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

/** The schema of a whole resource: its metadata is checked on its own, as the API server does. */
export function resourceSchema(openAPIV3Schema) {
  const schema = toJsonSchema(openAPIV3Schema);
  schema.properties = {
    ...schema.properties,
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
  };
  return schema;
}

/** Every served version of every CRD in `documents`, by `group/version/Kind`. */
export function crdSchemas(documents) {
  const schemas = new Map();
  for (const crd of documents) {
    if (crd?.kind !== 'CustomResourceDefinition') {
      continue;
    }
    for (const version of crd.spec?.versions ?? []) {
      const openAPIV3Schema = version.schema?.openAPIV3Schema;
      if (version.served !== false && openAPIV3Schema) {
        schemas.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, resourceSchema(openAPIV3Schema));
      }
    }
  }
  return schemas;
}

export function newAjv() {
  return new Ajv({ strict: false, allErrors: true, validateFormats: false });
}

/** ajv's errors as short sentences naming the field. */
export function describeErrors(errors, prefix = '') {
  return (errors ?? []).map(error => {
    const at = prefix + error.instancePath || '(root)';
    switch (error.keyword) {
      case 'additionalProperties':
        return `${at}: unknown field "${error.params.additionalProperty}"`;
      case 'required':
        return `${at}: missing required field "${error.params.missingProperty}"`;
      case 'enum':
        return `${at}: must be one of ${error.params.allowedValues.map(v => JSON.stringify(v)).join(', ')}`;
      default:
        return `${at}: ${error.message}`;
    }
  });
}
