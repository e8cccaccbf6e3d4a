// Lints OpenAPI documents with Spectral's command line and the ruleset spectral.yaml, and names each finding by
// the operation it concerns.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import YAML from 'yaml';
import { remoteRefs } from './refs.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const RULESET = resolve(here, '..', 'spectral.yaml');
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function spectralBin() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@stoplight/spectral-cli/package.json');
  return join(dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin.spectral);
}

/**
 * Lints the files (absolute paths) in one Spectral run. Returns, per file, the findings as
 * {severity: 'error'|'warning'|..., rule, message, where, line}.
 */
export async function lintOpenApi(files, { ruleset = RULESET } = {}) {
  const findings = new Map(files.map(file => [file, []]));
  const documents = new Map();
  const toLint = [];
  for (const file of files) {
    const document = YAML.parse(readFileSync(file, 'utf8'));
    documents.set(file, document);
    const remote = remoteRefs(document);
    remote.forEach(({ pointer, ref }) => findings.get(file).push({
      severity: 'error', rule: 'no-remote-ref', message: `$ref ${ref} would be fetched from the network`,
      where: pointer, line: undefined,
    }));
    if (remote.length === 0) {
      toLint.push(file);
    }
  }
  if (toLint.length === 0) {
    return findings;
  }
  const results = await runSpectral(toLint, ruleset);
  for (const result of results) {
    const file = resolve(result.source);
    const document = documents.get(file);
    findings.get(file).push({
      severity: SEVERITIES[result.severity] ?? String(result.severity),
      rule: result.code,
      message: result.message,
      where: where(result.path, document),
      line: result.range?.start?.line === undefined ? undefined : result.range.start.line + 1,
    });
  }
  return findings;
}

async function runSpectral(files, ruleset) {
  // Exit code 1 means "found problems at the fail severity"; the JSON on stdout is read either way.
  const args = [spectralBin(), 'lint', '--ruleset', ruleset, '--format', 'json', '--quiet', ...files];
  const { stdout, stderr, code } = await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 })
    .then(output => ({ ...output, code: 0 }), error => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }));
  try {
    if (code !== 0 && code !== 1) {
      throw new Error('no results');
    }
    return JSON.parse(stdout);
  } catch {
    throw new Error(`Spectral failed (exit ${code}): ${`${stderr}\n${stdout}`.trim()}`);
  }
}

/** "POST /api/v1/actors (registerActor) responses/400" for an operation's finding, else a JSON pointer. */
export function where(path, document) {
  if (path.length >= 3 && path[0] === 'paths' && METHODS.has(path[2])) {
    const operationId = document?.paths?.[path[1]]?.[path[2]]?.operationId;
    const rest = path.slice(3).join('/');
    return `${path[2].toUpperCase()} ${path[1]}${operationId ? ` (${operationId})` : ''}${rest ? ` ${rest}` : ''}`;
  }
  return `#/${path.map(p => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}
