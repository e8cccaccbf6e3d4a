#!/usr/bin/env node
// Lints the services' contracts: each service's OpenAPI document, written at build time
// (<service>/target/openapi/openapi.yaml), against spectral.yaml, and the AsyncAPI document each publishing
// service commits and serves (<service>/src/main/resources/META-INF/resources/asyncapi.json) with @asyncapi/parser.
// Prints every finding with its service, operation (or JSON pointer) and rule; exits 1 on any error.
//
//   node lint.mjs [--root DIR] [--write-catalogue]
//
// --root  the folder holding the services (the repository root, by default the parent of this folder).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintOpenApi } from './lib/openapi.mjs';
import { validateAsyncApi } from './lib/asyncapi.mjs';
import { readDocuments, renderExamples, withExamples } from './lib/catalogue.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..');

/** Every service has an HTTP API, so an OpenAPI document. */
export const OPENAPI_SERVICES = ['actors-service', 'agreements-service', 'analytics-service'];
/** The services that publish events, so an AsyncAPI document; analytics-service only consumes. */
export const ASYNCAPI_SERVICES = ['actors-service', 'agreements-service'];

export const openApiFile = (root, service) => join(root, service, 'target', 'openapi', 'openapi.yaml');
export const asyncApiFile = (root, service) =>
  join(root, service, 'src', 'main', 'resources', 'META-INF', 'resources', 'asyncapi.json');

/**
 * Lints every contract under root. Returns {reports: [{service, kind, file, findings}], errors, warnings}, where
 * a missing document is an error finding of its report.
 */
export async function lint({ root = REPO_ROOT, writeCatalogue = false } = {}) {
  const reports = [];
  const missing = file => [{
    severity: 'error', rule: 'document-missing', where: 'document',
    message: 'not found: the service writes it when it is built (mvn package)', line: undefined,
  }];

  const openApi = OPENAPI_SERVICES.map(service => ({ service, kind: 'OpenAPI', file: openApiFile(root, service) }));
  const present = openApi.filter(report => existsSync(report.file)).map(report => report.file);
  const openApiFindings = await lintOpenApi(present);
  for (const report of openApi) {
    reports.push({ ...report, findings: openApiFindings.get(report.file) ?? missing(report.file) });
  }

  // The listed publishers must have a document; any other service's document is checked too if it exists.
  const others = OPENAPI_SERVICES.filter(s => !ASYNCAPI_SERVICES.includes(s) && existsSync(asyncApiFile(root, s)));
  for (const service of [...ASYNCAPI_SERVICES, ...others]) {
    const file = asyncApiFile(root, service);
    reports.push({
      service, kind: 'AsyncAPI', file,
      findings: existsSync(file) ? await validateAsyncApi(file) : missing(file),
    });
  }

  const catalogue = catalogueReport(root, writeCatalogue);
  if (catalogue) {
    reports.push(catalogue);
  }

  const count = severity => reports.flatMap(r => r.findings).filter(f => f.severity === severity).length;
  return { reports, errors: count('error'), warnings: count('warning') };
}

/**
 * docs/events.md must show the examples the AsyncAPI documents carry; --write-catalogue renders them into it.
 * Null where there is no catalogue (a root of test fixtures).
 */
function catalogueReport(root, write) {
  const file = join(root, 'docs', 'events.md');
  if (!existsSync(file)) {
    return null;
  }
  const documents = readDocuments(ASYNCAPI_SERVICES.map(service => ({ service, file: asyncApiFile(root, service) })));
  const { updated, changed } = withExamples(readFileSync(file, 'utf8'), renderExamples(documents));
  if (changed && write) {
    writeFileSync(file, updated);
  }
  return {
    service: 'docs', kind: 'event catalogue', file,
    findings: changed && !write ? [{
      severity: 'error', rule: 'catalogue-examples', where: 'Examples',
      message: 'out of date with the AsyncAPI documents: run node contracts/lint.mjs --write-catalogue',
    }] : [],
  };
}

/** The findings of a report grouped by where they are, errors first. */
export function format({ service, kind, file, findings }, root = REPO_ROOT) {
  const errors = findings.filter(f => f.severity === 'error').length;
  const lines = [`${service} ${kind} (${relative(root, file)}): ${errors} error(s), ${findings.length - errors} other finding(s)`];
  const order = ['error', 'warning', 'info', 'hint'];
  const byWhere = new Map();
  for (const finding of findings) {
    byWhere.set(finding.where, [...(byWhere.get(finding.where) ?? []), finding]);
  }
  for (const [where, group] of byWhere) {
    lines.push(`  ${where}`);
    group.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
    for (const f of group) {
      lines.push(`    ${f.severity.padEnd(7)} ${f.rule}: ${f.message}${f.line ? ` (line ${f.line})` : ''}`);
    }
  }
  return lines.join('\n');
}

function parseArguments(argv) {
  const options = { root: REPO_ROOT, writeCatalogue: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root' && i + 1 < argv.length) {
      options.root = resolve(argv[++i]);
    } else if (argv[i] === '--write-catalogue') {
      options.writeCatalogue = true;
    } else {
      throw new Error(`unknown arguments ${argv.join(' ')}; usage: node lint.mjs [--root DIR] [--write-catalogue]`);
    }
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArguments(process.argv.slice(2));
    const { root } = options;
    const { reports, errors, warnings } = await lint(options);
    for (const report of reports) {
      console.log(format(report, root));
    }
    console.log(`contracts: ${errors} error(s), ${warnings} warning(s) in ${reports.length} document(s)`);
    process.exitCode = errors > 0 ? 1 : 0;
  } catch (e) {
    console.error(`contracts: ${e.message}`);
    process.exitCode = 2;
  }
}
