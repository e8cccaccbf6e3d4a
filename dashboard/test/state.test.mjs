import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthIndex, monthStart, parseState, toSearch } from '../src/state.js';

test('the URL holds the whole view and reads back the same', () => {
  const view = { lang: 'es', asOf: '2010-01-01', country: 'AR', province: 'CN-JL', kind: 'cooperation', status: 'signed',
    field: 'trade', counterpart: 'subdivision', sourced: 'true', cell: 'CN-JL~AR-E' };
  const search = toSearch(view);
  assert.equal(search, '?lang=es&asOf=2010-01-01&country=AR&province=CN-JL&kind=cooperation&status=signed&field=trade&counterpart=subdivision&sourced=true&cell=CN-JL%7EAR-E');
  assert.deepEqual(parseState(search), view);
});

test('defaults are left out of the URL', () => {
  assert.equal(toSearch({ lang: null, asOf: null, country: '' }), '');
});

test('a malformed value is dropped, not obeyed', () => {
  const state = parseState('?asOf=2010-13-45&country=argentina&province=BR-SP&kind=<script>&cell=CN-GD&lang=fr');
  assert.deepEqual(Object.values(state).filter((v) => v !== null), []);
  assert.equal(parseState('?asOf=2010-02-30').asOf, null);
  assert.equal(parseState('?asOf=2012-02-29').asOf, '2012-02-29');
});

test("a cell may name the Chinese actors without a province and a country's actors without a subdivision", () => {
  assert.equal(parseState('?cell=unknown~BR').cell, 'unknown~BR');
  assert.equal(parseState('?cell=CN-GD~BR-unknown').cell, 'CN-GD~BR-unknown');
  assert.equal(parseState('?cell=unknown~AR-unknown').cell, 'unknown~AR-unknown');
  assert.equal(parseState('?cell=CN~AR').cell, 'CN~AR');
  assert.equal(parseState('?cell=unknown~unknown').cell, null);
  assert.equal(parseState('?cell=BR-unknown~AR').cell, null);
  assert.equal(parseState('?cell=Unknown~AR').cell, null);
});

test('the slider moves by months from January 1980', () => {
  assert.equal(monthIndex('1980-01-15'), 0);
  assert.equal(monthIndex('2010-01-01'), 360);
  assert.equal(monthStart(360), '2010-01-01');
  assert.equal(monthStart(monthIndex('2016-04-07')), '2016-04-01');
});
