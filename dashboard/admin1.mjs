// First-level regions for the dashboard's second map: actors-service's admin1.geojson.gz (Natural Earth admin-1,
// under current ISO 3166-2 codes), cut to the countries asked for and projected at build time into SVG paths, one
// file per country, so that the page loads a country's shapes only when it is chosen.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { geoEqualEarth } from 'd3-geo';

export const ADMIN1_FILE = '../actors-service/src/main/resources/reference/admin1.geojson.gz';
const WIDTH = 480;
const HEIGHT = 420;

const polygons = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

/**
 * An SVG path of the polygons through the projection, with points rounded to a pixel and repeats dropped: at the
 * map's size finer detail does not show, and the files stay small. Rings that shrink below three points go.
 */
export function pathOf(geometry, project) {
  let d = '';
  for (const polygon of polygons(geometry)) {
    for (const ring of polygon) {
      const points = [];
      for (const coordinates of ring) {
        const [x, y] = project(coordinates).map(Math.round);
        const last = points.at(-1);
        if (!last || last[0] !== x || last[1] !== y) points.push([x, y]);
      }
      if (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1]) points.pop();
      if (points.length < 3) continue;
      d += `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
    }
  }
  return d;
}

/** A polygon's area in square degrees (enough to tell the mainland from an outlying island). */
const area = (ring) => Math.abs(ring.reduce((sum, [x, y], i) => {
  const [nx, ny] = ring[(i + 1) % ring.length];
  return sum + x * ny - nx * y;
}, 0)) / 2;

/**
 * The shapes of one country's features: an Equal Earth projection turned to the country's middle longitude and
 * fitted into the map's box by the bounds of each region's largest polygon (outlying islands such as Easter Island
 * would shrink the mainland to a sliver; they fall outside the box), not by d3's spherical bounds, which depend on
 * a ring's winding order. The box is then cut to the country's shape.
 */
export function countryShapes(features) {
  const points = features.flatMap((f) => polygons(f.geometry).reduce((a, b) => (area(b[0]) > area(a[0]) ? b : a))[0]);
  const longitudes = points.map((p) => p[0]);
  const middle = (Math.min(...longitudes) + Math.max(...longitudes)) / 2;
  const bounds = { type: 'MultiPoint', coordinates: points };
  const projection = geoEqualEarth().rotate([-middle, 0]).fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], bounds);
  const projected = points.map((p) => projection(p));
  const width = Math.ceil(Math.max(...projected.map((p) => p[0]))) + 4;
  const height = Math.ceil(Math.max(...projected.map((p) => p[1]))) + 4;
  const regions = features.map((f) => ({ code: f.properties.code, d: pathOf(f.geometry, projection) }))
    .filter((r) => r.d).sort((a, b) => a.code.localeCompare(b.code));
  return { width, height, regions };
}

/** Each wanted country's shapes, by ISO 3166-1 code, from the gzipped FeatureCollection. */
export function admin1Shapes(countries, file = ADMIN1_FILE) {
  const collection = JSON.parse(gunzipSync(readFileSync(file)));
  const byCountry = new Map();
  for (const f of collection.features) {
    if (!countries.has(f.properties.country)) continue;
    byCountry.set(f.properties.country, [...(byCountry.get(f.properties.country) ?? []), f]);
  }
  return new Map([...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([code, features]) => [code, countryShapes(features)]));
}
