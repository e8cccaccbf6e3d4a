import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreementsOf, choices, history, mapFigures, matrix, networks, query, recordsQuery, regionRows, step, timeline } from '../src/shape.js';
import { translator } from '../src/i18n.js';

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

const unknownCN = { region: 'unknown', country: 'CN', agreementsByKind: { 'sister-city': 9 }, agreementsByStatus: { signed: 9 },
  activeAgreements: 9, relationships: 7, share: 0.75, engagementIndex: 27 };

test('the unknown row is no place on the map: apart, and out of the colour scale', () => {
  const { byRegion, max, unknown } = mapFigures([hubei, unknownCN, chile]);
  assert.equal(byRegion.has('unknown'), false);
  assert.equal(max, 3);
  assert.deepEqual(unknown, [{ value: 9, row: unknownCN }]);
});

test('a region table lists the rows with activity, the most agreements first and the unknown rows last', () => {
  const quiet = { region: 'CN-XZ', agreementsByKind: {}, engagementIndex: 0 };
  const unknownNone = { ...unknownCN, country: undefined, agreementsByKind: { cooperation: 1 } };
  assert.deepEqual(regionRows([unknownCN, chile, quiet, hubei, unknownNone]).map((r) => [r.region, r.country]),
    [['CN-HB', undefined], ['CL', undefined], ['unknown', 'CN'], ['unknown', undefined]]);
  assert.deepEqual(regionRows([unknownCN, hubei], { kind: 'cooperation' }).map((r) => r.region), ['CN-HB', 'unknown']);
});

test('the unknown rows are labelled, in English and Spanish, and their share shown as a percentage', () => {
  const en = translator('en');
  const es = translator('es');
  assert.equal(en.region(unknownCN), 'Unknown province/region (China)');
  assert.equal(es.region(unknownCN), 'Provincia/región desconocida (China)');
  assert.equal(en.region({ region: 'unknown' }), 'Unknown country');
  assert.equal(es.region({ region: 'unknown' }), 'País desconocido');
  assert.equal(en.region(chile), 'Chile');
  assert.equal(en.china('unknown'), 'China, province unknown');
  assert.equal(es.china('unknown'), 'China, provincia desconocida');
  assert.equal(en.place('BR-unknown'), 'Brazil, province/region unknown');
  assert.equal(es.place('BR-unknown'), 'Brasil, provincia/región desconocida');
  assert.equal(en.share(0.75), '75%');
  assert.equal(en.share(1 / 3), '33.3%');
  assert.equal(es.term('superseded'), 'sustituido');
  assert.equal(en('relationships'), 'Relationships');
  assert.equal(es('relationships'), 'Relaciones');
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

test("the matrix has a row for the Chinese actors without a province and a column per country's actors without a subdivision, last", () => {
  const withUnknown = [
    { china: 'unknown', counterpart: 'BR', agreements: 5, active: 4, relationships: 3, share: 0.5 },
    { china: 'CN-GD', counterpart: 'BR', agreements: 1, active: 1, relationships: 1, share: 0.1 },
  ];
  const m = matrix(withUnknown);
  assert.deepEqual(m.rows, ['CN-GD', 'unknown']);
  assert.equal(m.cells.get('unknown~BR').agreements, 5);
  assert.equal(m.total, 6);
  const bySubdivision = [
    { china: 'unknown', counterpart: 'unknown', counterpartCountry: 'BR', agreements: 4, active: 4, relationships: 2 },
    { china: 'unknown', counterpart: 'unknown', counterpartCountry: 'AR', agreements: 1, active: 1, relationships: 1 },
    { china: 'CN-GD', counterpart: 'BR-SP', agreements: 1, active: 1, relationships: 1 },
  ];
  const s = matrix(bySubdivision);
  assert.deepEqual(s.cols, ['BR-SP', 'BR-unknown', 'AR-unknown']);
  assert.equal(s.cells.get('unknown~BR-unknown').agreements, 4);
  assert.deepEqual(matrix(bySubdivision, { country: 'BR' }).cols, ['BR-SP', 'BR-unknown']);
  assert.deepEqual(matrix(bySubdivision, { province: 'CN-GD' }).rows, ['CN-GD']);
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
  assert.equal(years[3].relationships, 0);
  assert.equal(timeline([{ year: 2016, agreementsSigned: 2, relationships: 1 }]).years[0].relationships, 1);
  assert.deepEqual(timeline([]), { years: [], max: 0 });
});

test('the kind and status filters offer what the rows carry', () => {
  assert.deepEqual(choices([hubei, chile]), { kinds: ['cooperation', 'sister-city'],
    statuses: ['expired', 'proposed', 'signed', 'superseded', 'suspended', 'terminated'] });
  assert.ok(choices([]).statuses.includes('superseded'), 'superseded is offered before any agreement has it');
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
  assert.equal(recordsQuery({ cell: 'unknown~BR' }),
    '?type=agreement&region=unknown&level=subdivision&country=CN&counterpart=BR&counterpartLevel=country&page=0&size=50');
  assert.equal(recordsQuery({ cell: 'CN-GD~BR-unknown', counterpart: 'subdivision', status: 'superseded' }),
    '?type=agreement&region=CN-GD&level=subdivision&counterpart=unknown&counterpartLevel=subdivision&counterpartCountry=BR&status=superseded&page=0&size=50');
  assert.equal(recordsQuery({ cell: 'unknown~AR-unknown', counterpart: 'subdivision' }),
    '?type=agreement&region=unknown&level=subdivision&country=CN&counterpart=unknown&counterpartLevel=subdivision&counterpartCountry=AR&page=0&size=50');
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
