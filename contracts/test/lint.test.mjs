// The whole lint over a folder laid out like the repository: it passes when every document is there and keeps
// the rules, and fails, naming the file, when a publishing service wrote no AsyncAPI document.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASYNCAPI_SERVICES, OPENAPI_SERVICES, asyncApiFile, format, lint, openApiFile } from '../lint.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const roots = [];
after(() => roots.forEach(root => rmSync(root, { recursive: true, force: true })));

function repository(asyncApiServices) {
  const root = mkdtempSync(join(tmpdir(), 'contracts-'));
  roots.push(root);
  const place = (fixture, file) => {
    mkdirSync(dirname(file), { recursive: true });
    copyFileSync(join(fixtures, fixture), file);
  };
  OPENAPI_SERVICES.forEach(service => place('openapi-valid.yaml', openApiFile(root, service)));
  asyncApiServices.forEach(service => place('asyncapi-valid.yaml', asyncApiFile(root, service)));
  return root;
}

test('every document present and valid: no error', async () => {
  const root = repository(ASYNCAPI_SERVICES);
  const result = await lint({ root });
  assert.equal(result.errors, 0, result.reports.map(r => format(r, root)).join('\n'));
  assert.deepEqual(result.reports.map(r => `${r.service} ${r.kind}`), [
    'actors-service OpenAPI', 'agreements-service OpenAPI', 'analytics-service OpenAPI',
    'actors-service AsyncAPI', 'agreements-service AsyncAPI',
  ]);
});

test('a publishing service without an AsyncAPI document fails, naming the file', async () => {
  const root = repository(['actors-service']);
  const result = await lint({ root });
  assert.equal(result.errors, 1);
  const report = result.reports.find(r => r.service === 'agreements-service' && r.kind === 'AsyncAPI');
  assert.equal(report.findings[0].rule, 'document-missing');
  assert.match(format(report, root), /agreements-service\/src\/main\/resources\/META-INF\/resources\/asyncapi\.json/);
});

test('an AsyncAPI document of a service not listed as a publisher is checked too', async () => {
  const root = repository([...ASYNCAPI_SERVICES, 'analytics-service']);
  const result = await lint({ root });
  assert.ok(result.reports.some(r => r.service === 'analytics-service' && r.kind === 'AsyncAPI'));
});
