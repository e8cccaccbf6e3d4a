// npm writes the packages' funding links into package-lock.json; the project keeps URLs out of its lockfiles
// (registry addresses are omitted by npm's omit-lockfile-registry-resolved). `npm run lock` installs and then
// drops the funding entries, which `npm ci` does not need. It works on the package-lock.json of the folder it runs in.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
for (const entry of Object.values(lock.packages ?? {})) {
  delete entry.funding;
}
const text = JSON.stringify(lock, null, 2) + '\n';
if (/https?:/.test(text)) {
  console.error('package-lock.json still names a URL: remove it before committing');
  process.exitCode = 1;
}
writeFileSync(file, text);
