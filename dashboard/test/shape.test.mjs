import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementsOf, choices, history, mapFigures, matrix, networks, query, recordsQuery, step, timeline } from '../src/shape.js';

const hubei = { region: 'CN-HB', agreementsByKind: { 'sister-city': 2, cooperation: 1 }, agreementsByStatus: { signed: 2, terminated: 1 }, activeAgreements: 2 };
const chile = { region: 'CL', agreementsByKind: { 'sister-city': 1 }, agreementsByStatus: { signed: 1 }, activeAgreements: 1 };

test('a region counts all its agreements, or those of the kind or status the filters name', () => {
  assert.equal(agreementsOf(hubei), 3);
  assert.equal(agreementsOf(hubei, { kind: 'cooperation' }), 1);
  assert.equal(agreementsOf(hubei, { status: 'terminated' }), 1);
  assert.equal(agreementsOf(hubei, { kind: 'friendly-exchange' }), 0);
  assert.equal(agreementsOf({ region: 'AR' }), 0);
});

test('the map has each region by code and the largest figure', () => {
  const { byRegion, max } = mapFigures([hubei, chile]);
  assert.equal(byRegion.get('CL').value, 1);
  assert.equal(byRegion.get('CN-HB').row, hubei);
  assert.equal(max, 3);
});

test('colour steps run from 0 for nothing to 5 for the largest, any activity at least 1', () => {
  assert.equal(step(0, 10), 0);
  assert.equal(step(5, 0), 0);
  assert.equal(step(10, 10), 5);
  assert.equal(step(1, 1000), 1);
  assert.ok(step(5, 10) > step(1, 10));
});

const pairs = [
  { china: 'CN-GD', counterpart: 'BR', agreements: 1, active: 1 },
  { china: 'CN-GD', counterpart: 'PE', agreements: 1, active: 1 },
  { china: 'CN-GD', counterpart: 'AR', agreements: 1, active: 0 },
  { china: 'CN-HA', counterpart: 'AR', agreements: 1, active: 1 },
  { china: 'CN-JL', counterpart: 'AR', agreements: 2, active: 2 },
];

test('the matrix puts the busiest provinces and countries first, with totals', () => {
  const m = matrix(pairs);
  assert.deepEqual(m.rows, ['CN-GD', 'CN-JL', 'CN-HA']);
  assert.deepEqual(m.cols, ['AR', 'BR', 'PE']);
  assert.equal(m.cells.get('CN-JL~AR').agreements, 2);
  assert.equal(m.rowTotals.get('CN-GD'), 3);
  assert.equal(m.colTotals.get('AR'), 4);
  assert.equal(m.total, 6);
  assert.equal(m.max, 2);
});

test('the matrix keeps only the province and country the filters name, subdivisions of the country included', () => {
  assert.deepEqual(matrix(pairs, { province: 'CN-GD' }).cols, ['AR', 'BR', 'PE']);
  assert.deepEqual(matrix(pairs, { country: 'AR' }).rows, ['CN-JL', 'CN-GD', 'CN-HA']);
  const bySubdivision = [{ china: 'CN-GD', counterpart: 'AR-B', agreements: 1, active: 1 }, { china: 'CN-GD', counterpart: 'BR-PE', agreements: 1, active: 1 }];
  assert.deepEqual(matrix(bySubdivision, { country: 'AR' }).cols, ['AR-B']);
  assert.equal(matrix(pairs, { country: 'MX' }).rows.length, 0);
});

test('the timeline has every year between the first and the last, empty ones at 0', () => {
  const { years, max } = timeline([
    { year: 2012, agreementsSigned: 3, missionsCompleted: 1, conferences: 0, statements: 0 },
    { year: 2009, agreementsSigned: 1, missionsCompleted: 0, conferences: 1, statements: 1 },
  ]);
  assert.deepEqual(years.map((y) => y.year), [2009, 2010, 2011, 2012]);
  assert.equal(years[1].total, 0);
  assert.deepEqual(years[3].counts, { agreementsSigned: 3, missionsCompleted: 1, conferences: 0, statements: 0 });
  assert.equal(max, 4);
  assert.deepEqual(timeline([]), { years: [], max: 0 });
});

test('the kind and status filters offer what the rows carry', () => {
  assert.deepEqual(choices([hubei, chile]), { kinds: ['cooperation', 'sister-city'], statuses: ['signed', 'terminated'] });
});

test('queries leave out what is not given', () => {
  assert.equal(query({ level: 'country', asOf: null, country: '' }), '?level=country');
  assert.equal(query({}), '');
  assert.equal(query({ asOf: '2010-01-01', counterpart: 'subdivision' }), '?asOf=2010-01-01&counterpart=subdivision');
});

test('the records behind a cell are asked for as the region pairs count them, with the filters', () => {
  assert.equal(recordsQuery({ cell: 'CN-GD~BR', asOf: '2010-01-01', kind: 'sister-city' }),
    '?type=agreement&region=CN-GD&level=subdivision&counterpart=BR&counterpartLevel=country&asOf=2010-01-01&kind=sister-city&page=0&size=50');
  assert.equal(recordsQuery({ cell: 'CN~AR-E', counterpart: 'subdivision' }),
    '?type=agreement&region=CN&level=subdivision&counterpart=AR-E&counterpartLevel=subdivision&page=0&size=50');
  assert.equal(recordsQuery({ country: 'AR', status: 'signed' }), '?region=AR&status=signed&page=0&size=50');
  assert.equal(recordsQuery({ country: 'AR', province: 'CN-JL' }), '?region=CN-JL&counterpart=AR&page=0&size=50');
});

test("a record's history keeps the order of its life and the precision of each date", () => {
  const steps = history({ steps: [{ step: 'signed', date: '2019', precision: 'year', countsFrom: '2019-12-31' },
    { step: 'proposed', countsFrom: '2019-12-31' }, { step: 'renewed', date: '2021-05-04', precision: 'day' }] });
  assert.deepEqual(steps, [{ step: 'signed', date: '2019', precision: 'year' }, { step: 'proposed', date: null, precision: null },
    { step: 'renewed', date: '2021-05-04', precision: 'day' }]);
  assert.deepEqual(history({}), []);
});

test('networks list their members from the membership records, the largest first', () => {
  const membership = (member, name, place, network, title, since) => ({ type: 'membership', title,
    steps: [{ step: 'started', date: since }],
    actors: [{ actorId: member, name, role: 'member', country: place.slice(0, 2), subdivision: place.length > 2 ? place : null },
      { actorId: network, name: title, role: 'network' }] });
  const list = networks({ items: [
    membership('gz', 'Guangzhou', 'CN-GD', 'uclg', 'UCLG', '2016'),
    membership('gz', 'Guangzhou', 'CN-GD', 'metro', 'Metropolis', '2016-01-01'),
    membership('ba', 'Buenos Aires', 'AR', 'metro', 'Metropolis', '2004'),
  ] });
  assert.deepEqual(list.map((n) => [n.name, n.members.map((m) => m.name)]), [['Metropolis', ['Buenos Aires', 'Guangzhou']], ['UCLG', ['Guangzhou']]]);
  assert.deepEqual(list[1].members[0], { id: 'gz', name: 'Guangzhou', place: 'CN-GD', since: '2016' });
  assert.deepEqual(networks(null), []);
});
