import { test } from 'node:test';
import assert from 'node:assert/strict';
import { admin1Shapes, countryShapes, pathOf } from '../admin1.mjs';

const identity = ([x, y]) => [x, y];

test('a path rounds to pixels, drops repeated points and rings too small to show', () => {
  const geometry = { type: 'MultiPolygon', coordinates: [
    [[[0, 0], [10.2, 0], [10.4, 0.3], [10, 10], [0, 10], [0, 0]], [[2, 2], [4, 2], [4, 4], [2, 2]]],
    [[[50, 50], [50.2, 50.1], [50.1, 50.3], [50, 50]]],
  ] };
  assert.equal(pathOf(geometry, identity), 'M0,0L10,0L10,10L0,10ZM2,2L4,2L4,4Z');
});

test('a country fills the box by its regions\' largest polygons, an outlying island left outside', () => {
  const square = (x, y, size) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]];
  const shapes = countryShapes([
    { properties: { code: 'XX-B' }, geometry: { type: 'Polygon', coordinates: square(10, 0, 10) } },
    { properties: { code: 'XX-A' }, geometry: { type: 'MultiPolygon', coordinates: [square(0, 0, 10), square(-60, 0, 0.5)] } },
  ]);
  assert.deepEqual(shapes.regions.map((r) => r.code), ['XX-A', 'XX-B']);
  assert.ok(shapes.width <= 480 && shapes.height <= 424, `${shapes.width}×${shapes.height}`);
  assert.ok(shapes.width > 400, 'two regions side by side fill the width');
  const xs = shapes.regions[1].d.match(/-?\d+(?=,)/g).map(Number);
  assert.ok(Math.min(...xs) >= 0 && Math.max(...xs) <= shapes.width, 'the mainland lies in the box');
  assert.match(shapes.regions[0].d, /M-\d+/, 'the island lies outside it, to the west');
});

test('China and Latin America get their first-level regions under current ISO 3166-2 codes', () => {
  const shapes = admin1Shapes(new Set(['CN', 'CL', 'MX']));
  assert.deepEqual([...shapes.keys()], ['CL', 'CN', 'MX']);
  const codes = shapes.get('CN').regions.map((r) => r.code);
  assert.equal(codes.length, 33);
  for (const code of ['CN-HB', 'CN-SC', 'CN-HK', 'CN-MO']) assert.ok(codes.includes(code), code);
  assert.ok(shapes.get('MX').regions.some((r) => r.code === 'MX-CMX'));
  assert.ok(shapes.get('CL').regions.some((r) => r.code === 'CL-NB'));
});
