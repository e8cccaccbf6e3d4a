// The base composes committed copies of the manifests Quarkus writes at `mvn package`; a copy that differs from
// a fresh build deploys stale probes, ports or settings. Services not built yet are skipped. The copies are
// compared as data: Quarkus does not always write the keys of a map in the same order.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseResources } from './render.mjs';
import { SERVICES } from './sources.mjs';

function canonical(value) {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map(key => [key, canonical(value[key])]));
  }
  return value;
}

const content = file => JSON.stringify(canonical(parseResources(readFileSync(file, 'utf8'), file)));

export function generatedCopyProblems(repoRoot, baseDir) {
  const problems = [];
  const skipped = [];
  for (const service of SERVICES) {
    const fresh = join(repoRoot, service, 'target', 'kubernetes', 'kubernetes.yml');
    const copy = join(baseDir, 'generated', `${service}.yml`);
    if (!existsSync(copy)) {
      problems.push([relative(repoRoot, copy), 'missing: run deploy/kubernetes/sync-generated.sh after `mvn package`']);
    } else if (!existsSync(fresh)) {
      skipped.push(service);
    } else if (content(fresh) !== content(copy)) {
      problems.push([relative(repoRoot, copy), `differs from ${relative(repoRoot, fresh)}, which the last build`
        + ' wrote: run deploy/kubernetes/sync-generated.sh and commit the copies']);
    }
  }
  return { problems, skipped };
}
