// A CRD's openAPIV3Schema checks resources the way the API server does (see lib/crd-schema.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crdSchemas, describeErrors, newAjv } from '../lib/crd-schema.mjs';

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  spec: {
    group: 'example.org',
    names: { kind: 'Widget' },
    versions: [{
      name: 'v1',
      served: true,
      schema: {
        openAPIV3Schema: {
          type: 'object',
          properties: {
            spec: {
              type: 'object',
              required: ['size'],
              properties: {
                size: { 'x-kubernetes-int-or-string': true, description: 'a size' },
                replicas: { type: 'integer', minimum: 0, exclusiveMinimum: true },
                mode: { type: 'string', enum: ['a', 'b'], nullable: true },
                config: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
                target: {
                  type: 'object',
                  properties: { name: { type: 'string' }, uid: { type: 'string' } },
                  oneOf: [{ properties: { name: {} }, required: ['name'] }, { properties: { uid: {} }, required: ['uid'] }],
                },
              },
            },
          },
        },
      },
    }],
  },
};

function validate(spec) {
  const validator = newAjv().compile(crdSchemas([crd]).get('example.org/v1/Widget'));
  return validator({ apiVersion: 'example.org/v1', kind: 'Widget', metadata: { name: 'w' }, spec })
    ? [] : describeErrors(validator.errors);
}

test('a resource that follows the schema passes', () => {
  assert.deepEqual(validate({ size: '10Gi', replicas: 1, mode: null, config: { any: { thing: 1 } }, target: { name: 'x' } }), []);
  assert.deepEqual(validate({ size: 3 }), []);
});

test('unknown fields, wrong types, bounds, enums and missing fields fail', () => {
  assert.deepEqual(validate({ size: 1, replica: 2 }), ['/spec: unknown field "replica"']);
  assert.deepEqual(validate({ size: true }), ['/spec/size: must be integer', '/spec/size: must be string',
    '/spec/size: must match a schema in anyOf']);
  assert.deepEqual(validate({ size: 1, replicas: 0 }), ['/spec/replicas: must be > 0']);
  assert.deepEqual(validate({ size: 1, mode: 'c' }), ['/spec/mode: must be one of "a", "b", null']);
  assert.deepEqual(validate({}), ['/spec: missing required field "size"']);
});

test('oneOf branches constrain without declaring fields unknown', () => {
  assert.deepEqual(validate({ size: 1, target: { uid: 'u' } }), []);
  assert.ok(validate({ size: 1, target: { name: 'x', uid: 'u' } }).includes('/spec/target: must match exactly one schema in oneOf'));
});
