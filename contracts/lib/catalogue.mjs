// The examples section of docs/events.md, rendered from the services' AsyncAPI documents (whose examples come
// from the committed corpus of example events), so the catalogue shows one example of every event and stays true.
import { existsSync, readFileSync } from 'node:fs';

export const START = '<!-- examples: rendered from the AsyncAPI documents by `node contracts/lint.mjs --write-catalogue` -->';
export const END = '<!-- end of examples -->';

/** The section: per service and topic, each message with its type and its first example payload. */
export function renderExamples(documents) {
  const lines = [START, '## Examples', '',
    'One example of every event, from the contract corpus (`src/test/resources/events/` of each producer).', ''];
  for (const { service, document } of documents) {
    for (const channel of Object.values(document.channels ?? {})) {
      lines.push(`### \`${channel.address}\` (${service})`, '');
      for (const reference of Object.values(channel.messages ?? {})) {
        const name = reference.$ref.split('/').pop();
        const message = document.components.messages[name];
        const type = message.headers?.properties?.ce_type?.const ?? '?';
        const example = message.examples?.[0]?.payload;
        lines.push(`**${name}** \`${type}\``, '```json', example ? JSON.stringify(example) : '(no example)', '```', '');
      }
    }
  }
  lines.push(END);
  return lines.join('\n');
}

/** The catalogue with its examples section replaced (or appended), and whether it changed. */
export function withExamples(catalogue, section) {
  const start = catalogue.indexOf(START);
  const end = catalogue.indexOf(END);
  const updated = start >= 0 && end > start
    ? catalogue.slice(0, start) + section + catalogue.slice(end + END.length)
    : `${catalogue.trimEnd()}\n\n${section}\n`;
  return { updated, changed: updated !== catalogue };
}

export function readDocuments(files) {
  return files.filter(({ file }) => existsSync(file))
    .map(({ service, file }) => ({ service, document: JSON.parse(readFileSync(file, 'utf8')) }));
}
