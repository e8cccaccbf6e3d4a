// The ruleset spectral.yaml: a document that keeps the house rules passes, and one that breaks each once fails
// with the rule and the operation named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintOpenApi } from '../lib/openapi.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const valid = join(fixtures, 'openapi-valid.yaml');
const broken = join(fixtures, 'openapi-broken.yaml');

test('house rules: the valid document passes and the broken one fails at each mistake', async () => {
  const findings = await lintOpenApi([valid, broken]);
  const errors = file => findings.get(file).filter(f => f.severity === 'error').map(f => `${f.where} ${f.rule}`);

  assert.deepEqual(errors(valid), []);
  const found = errors(broken);
  const expected = [
    'GET /api/v1/reference/countries operation-operationId',
    'GET /api/v1/reference/countries operation-summary',
    'GET /api/v1/reference/countries operation-description',
    'GET /api/v1/actors (listActors) responses operation-client-error-problem',
    'POST /api/v1/actors/{id}/aliases (addActorAlias) requestBody/content/application/json request-body-example',
    'POST /api/v1/actors/{id}/aliases (addActorAlias) responses/400 error-response-problem-json',
    'DELETE /api/v1/actors/{id}/aliases (removeAliases) responses operation-client-error-problem',
  ];
  for (const error of expected) {
    assert.ok(found.includes(error), `expected "${error}" among:\n${found.join('\n')}`);
  }
  // An operation without parameters or a body has no client error to document.
  assert.ok(!found.includes('GET /api/v1/reference/countries responses operation-client-error-problem'));
  // The 400 without a problem detail does not count as a documented client error.
  assert.ok(found.includes('POST /api/v1/actors/{id}/aliases (addActorAlias) responses operation-client-error-problem'));
});
