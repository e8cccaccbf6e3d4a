// Builds the dashboard into target/classes/META-INF/resources (Quarkus serves that folder of a dependency's jar):
// the page, its one minified script and stylesheet, and the maps and place names it needs, made here from
// world-atlas (Natural Earth), actors-service's first-level regions (Natural Earth admin-1) and iso-3166 so that the
// browser loads no mapping library at all.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { iso31661NumericToAlpha2, iso31662 } from 'iso-3166';
import { LATIN_AMERICA } from './src/regions.js';
import { admin1Shapes } from './admin1.mjs';

const out = process.argv[2] ?? 'target/classes/META-INF/resources';
mkdirSync(`${out}/assets`, { recursive: true });

const atlas = (scale) => JSON.parse(readFileSync(`node_modules/world-atlas/countries-${scale}.json`, 'utf8'));

/** Countries by ISO 3166-1 alpha-2: the 1:110m shapes, and the 1:50m ones of the small countries 1:110m leaves out. */
function countries() {
  const byCode = new Map();
  for (const scale of ['110m', '50m']) {
    const topology = atlas(scale);
    for (const f of feature(topology, topology.objects.countries).features) {
      const code = iso31661NumericToAlpha2[f.id];
      if (code && !byCode.has(code)) byCode.set(code, f);
    }
  }
  return byCode;
}

function map() {
  const shapes = countries();
  const width = 960, height = 470;
  const sphere = { type: 'Sphere' };
  const projection = geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], sphere);
  const path = geoPath(projection).digits(1);
  const regions = [...shapes].filter(([code]) => code !== 'AQ').sort(([a], [b]) => a.localeCompare(b))
    .map(([code, f]) => ({ code, d: path(f) })).filter((r) => r.d);
  return { width, height, sphere: path(sphere), regions };
}

/** Names of the subdivisions of China and of Latin America and the Caribbean (the matrix's and tables' labels). */
function subdivisions() {
  const wanted = new Set(['CN', ...LATIN_AMERICA]);
  // Chinese names without the kind of division ("Guangdong Sheng", "Beijing Shi"): Guangdong, Beijing.
  const short = (s) => (s.parent === 'CN' ? s.name.replace(/ (Sheng|Shi|Zizhiqu|Zhuangzu|Huizu|Uygur)\b/g, '') : s.name);
  return Object.fromEntries(iso31662.filter((s) => wanted.has(s.parent.slice(0, 2))).map((s) => [s.code, short(s)]));
}

writeFileSync(`${out}/assets/map.json`, JSON.stringify(map()));
// The first-level regions of China and Latin America, one file per country, and the list of those that have them.
mkdirSync(`${out}/assets/admin1`, { recursive: true });
const admin1 = admin1Shapes(new Set(['CN', ...LATIN_AMERICA]));
for (const [code, shapes] of admin1) writeFileSync(`${out}/assets/admin1/${code}.json`, JSON.stringify(shapes));
writeFileSync(`${out}/assets/admin1/index.json`, JSON.stringify([...admin1.keys()]));
writeFileSync(`${out}/assets/subdivisions.json`, JSON.stringify(subdivisions()));

await build({
  entryPoints: ['src/app.js', 'src/app.css'],
  outdir: `${out}/assets`,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync('src/index.html', `${out}/index.html`);
copyFileSync('LICENSES.md', `${out}/assets/LICENSES.txt`);

for (const file of ['assets/app.js', 'assets/app.css', 'assets/map.json', 'assets/subdivisions.json', 'assets/admin1/CN.json',
  'assets/admin1/BR.json', 'index.html']) {
  const bytes = readFileSync(`${out}/${file}`);
  console.log(`${file.padEnd(26)} ${String(bytes.length).padStart(7)} bytes, ${String(gzipSync(bytes).length).padStart(6)} gzipped`);
}
