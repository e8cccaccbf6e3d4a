// Renders a kustomization the way `kubectl apply -k` would, and reads the resulting resources.
import { execFileSync } from 'node:child_process';
import { parseAllDocuments } from 'yaml';

export function render(dir) {
  let text;
  try {
    text = execFileSync('kubectl', ['kustomize', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    if (e.code === 'ENOENT') {
      throw new Error('kubectl is not on the PATH: the check renders each overlay with `kubectl kustomize`');
    }
    throw new Error(`kubectl kustomize ${dir} failed:\n${(e.stderr || e.message).trim()}`);
  }
  return parseResources(text, dir);
}

export function parseResources(text, source) {
  const resources = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      throw new Error(`${source}: not valid YAML: ${doc.errors[0].message}`);
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined) {
      resources.push(value);
    }
  }
  return resources;
}

/** `Kind/name`, the way messages name a resource. */
export function label(resource) {
  return `${resource?.kind ?? '?'}/${resource?.metadata?.name ?? '?'}`;
}
