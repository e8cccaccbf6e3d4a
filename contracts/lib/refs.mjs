// The contracts are self-contained: a $ref with a URI scheme (http:, https:, ...) would make a validator fetch
// from the network, which the build must never need. Relative file references stay allowed.
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The JSON pointers and values of every $ref in the document that names a URI scheme. */
export function remoteRefs(document) {
  const found = [];
  const walk = (node, pointer) => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${pointer}/${index}`));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const path = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (key === '$ref' && typeof value === 'string' && SCHEME.test(value) && !value.startsWith('file:')) {
          found.push({ pointer: path, ref: value });
        } else {
          walk(value, path);
        }
      }
    }
  };
  walk(document, '#');
  return found;
}
