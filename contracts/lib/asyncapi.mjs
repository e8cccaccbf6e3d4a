// Validates AsyncAPI documents with @asyncapi/parser, the validator behind the AsyncAPI command line, with two
// guards of its own: no $ref that would be fetched from the network, and no payload or headers in a schema
// format the parser does not know (it would skip validating them without a word).
import { readFileSync } from 'node:fs';
import parserModule from '@asyncapi/parser';
import YAML from 'yaml';
import { remoteRefs } from './refs.mjs';

const { Parser } = parserModule;
const SEVERITIES = ['error', 'warning', 'info', 'hint'];
let parser;

/** Validates one file; returns its findings as {severity, rule, message, where, line}. */
export async function validateAsyncApi(file) {
  parser ??= new Parser();
  const text = readFileSync(file, 'utf8');
  let document;
  try {
    document = YAML.parse(text);
  } catch (e) {
    return [{ severity: 'error', rule: 'yaml', message: e.message, where: '#', line: undefined }];
  }
  const remote = remoteRefs(document);
  if (remote.length > 0) {
    return remote.map(({ pointer, ref }) => ({
      severity: 'error', rule: 'no-remote-ref', message: `$ref ${ref} would be fetched from the network`,
      where: pointer, line: undefined,
    }));
  }
  const findings = unknownSchemaFormats(document, new Set(parser.parserRegistry.keys()));
  for (const diagnostic of await parser.validate(text, { source: file })) {
    findings.push({
      severity: SEVERITIES[diagnostic.severity] ?? String(diagnostic.severity),
      rule: diagnostic.code,
      message: diagnostic.message,
      where: `#/${diagnostic.path.join('/')}`,
      line: diagnostic.range?.start?.line === undefined ? undefined : diagnostic.range.start.line + 1,
    });
  }
  return findings;
}

/** Multi-format schema objects ({schemaFormat, schema}) whose format no registered schema parser handles. */
function unknownSchemaFormats(document, known) {
  const found = [];
  const walk = (node, pointer) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${pointer}/${index}`));
    } else if (node !== null && typeof node === 'object') {
      if (typeof node.schemaFormat === 'string' && 'schema' in node && !known.has(node.schemaFormat)) {
        found.push({
          severity: 'error', rule: 'known-schema-format',
          message: `schemaFormat ${node.schemaFormat} is not one the validator knows, so this schema would go `
            + 'unchecked; omit schemaFormat (AsyncAPI Schema, a superset of JSON Schema draft-07) or use '
            + 'application/schema+json;version=draft-07',
          where: `${pointer}/schemaFormat`, line: undefined,
        });
      }
      for (const [key, value] of Object.entries(node)) {
        walk(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
      }
    }
  };
  walk(document, '#');
  return found;
}
