// The dashboard: the view state (in the URL), the statistics it needs, and the live stream that refreshes them.
import { $, $$, h } from './dom.js';
import { choices, column, query, recordsQuery } from './shape.js';
import { FIRST_YEAR, monthIndex, monthStart, parseState, toSearch } from './state.js';
import { translator } from './i18n.js';
import {
  dormantList, drawMap, fieldList, matrixTable, mostActiveList, networkList, recordList, shadeMap, subdivisionMap,
  subdivisionTable, timelineChart,
} from './views.js';

const STATS = 'api/v1/stats';
const state = parseState(location.search);
state.lang ??= navigator.language?.startsWith('es') ? 'es' : null;
let names = {};
/** Countries with first-level region shapes, and the shapes loaded so far. */
let shaped = new Set();
const shapes = new Map();
let t = translator(state.lang ?? 'en');
let data = { countries: [], subdivisions: [], pairs: [], years: [], fields: [] };
let generation = 0;

/** What each view downloads: the API's own CSV of what the view shows. */
const CSV = {
  map: () => `${STATS}/regions${query({ level: 'country', asOf: state.asOf, sourced: state.sourced })}`,
  subdivisions: () => `${STATS}/regions${query({ level: 'subdivision', country: state.country, asOf: state.asOf, sourced: state.sourced })}`,
  matrix: () => `${STATS}/region-pairs${query({ counterpart: state.counterpart, asOf: state.asOf, sourced: state.sourced })}`,
  timeline: () => `${STATS}/years${query({ asOf: state.asOf, sourced: state.sourced })}`,
  'most-active': () => `${STATS}/actors/most-active${query({ limit: 10, asOf: state.asOf, sourced: state.sourced })}`,
  dormant: () => `${STATS}/dormant-links${query({ asOf: state.asOf, sourced: state.sourced })}`,
  fields: () => `${STATS}/fields${query({ asOf: state.asOf, sourced: state.sourced })}`,
  networks: () => `${STATS}/records${query({ type: 'membership', region: state.country, asOf: state.asOf, sourced: state.sourced, size: 500 })}`,
  records: () => `${STATS}/records${recordsQuery(state)}`,
};

async function json(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}

function update(changes) {
  Object.assign(state, changes);
  history.replaceState(null, '', `${location.pathname}${toSearch(state)}`);
  refresh();
}

function labels() {
  document.documentElement.lang = t.lang;
  document.title = t('title');
  for (const element of $$('[data-t]')) element.textContent = t(element.dataset.t);
  for (const button of $$('button[data-csv]')) {
    const what = button.closest('section').querySelector('h2')?.textContent ?? '';
    button.setAttribute('aria-label', t('download', { what }));
    button.title = t('download', { what });
  }
  $('#asof-range').setAttribute('aria-label', t('asOf'));
  $('#asof-date').setAttribute('aria-label', `${t('asOf')} (YYYY-MM-DD)`);
  const live = $('#live').classList;
  $('#live').textContent = live.contains('on') ? `${t('live')} ·` : live.contains('off') ? `${t('offline')} ·` : '';
  $('#lang').textContent = t('language');
  $('#lang').setAttribute('aria-label', t('languageLabel'));
}

function options(select, values, selected, label = (v) => v) {
  select.replaceChildren(h('option', { value: '', text: t('all') }),
    ...values.map((v) => h('option', { value: v, selected: v === selected, text: label(v) })));
  select.value = selected ?? '';
}

function controls() {
  const codes = data.countries.map((r) => r.region).filter((c) => c && c !== 'unknown');
  if (state.country && !codes.includes(state.country)) codes.push(state.country);
  const byName = (a, b) => t.place(a).localeCompare(t.place(b), t.lang);
  options($('#country'), codes.sort(byName), state.country, t.place);
  options($('#province'), Object.keys(names).filter((c) => c.startsWith('CN-')).sort(byName), state.province, t.place);
  const { kinds, statuses } = choices(data.countries);
  options($('#kind'), kinds, state.kind, t.term);
  options($('#status'), statuses, state.status, t.term);
  options($('#field'), data.fields.map((f) => f.field), state.field, t.term);
  $('#counterpart').value = state.counterpart ?? 'country';
  $('#sourced').checked = state.sourced === 'true';
  const today = new Date().toISOString().slice(0, 10);
  const range = $('#asof-range');
  range.min = 0;
  range.max = monthIndex(today) + 1;
  range.value = state.asOf ? monthIndex(state.asOf) : range.max;
  range.setAttribute('aria-valuetext', state.asOf ?? t('today'));
  $('#asof-date').max = today;
  $('#asof-date').value = state.asOf ?? today;
  $('#asof-label').textContent = state.asOf ?? t('today');
}

async function freshness() {
  try {
    const response = await fetch('api/v1/stats/freshness', { headers: { Accept: 'application/json' } });
    const data = await response.json();
    $('#freshness').textContent = t('dataAsOf', {
      time: new Date(data.lastAppliedAt ?? Date.now()).toLocaleString(t.lang, { dateStyle: 'medium', timeStyle: 'medium' }),
      events: t.number(data.events ?? 0),
      lag: data.waiting ? t('lag', { n: t.number(data.waiting) }) : '',
    });
  } catch {
    $('#freshness').textContent = '';
  }
}

/** The records behind the selected cell, or behind the country and province chosen, with their history and sources. */
async function records() {
  const section = $('#records-view');
  const [china, other] = state.cell?.split('~') ?? [];
  const parts = state.cell ? [t.china(china), t.place(other)] : [state.province, state.country].filter(Boolean).map(t.place);
  for (const key of ['kind', 'status', 'field']) if (state[key]) parts.push(t.term(state[key]));
  const what = parts.join(' × ');
  section.hidden = !what;
  if (!what) return;
  $('#records-title').textContent = t('recordsOf', { what });
  const pair = data.pairs.find((p) => `${p.china}~${column(p)}` === state.cell);
  try {
    recordList($('#records'), await json(CSV.records()), pair, t);
    $('#records-view button[data-csv]').hidden = false;
  } catch {
    recordList($('#records'), null, pair, t);
    $('#records-view button[data-csv]').hidden = true;
  }
}

/** The chosen country's first-level regions as a map, when the build made its shapes (China, Latin America). */
async function regionsMap(rows) {
  const wrap = $('#subdivision-map-wrap');
  wrap.hidden = !shaped.has(state.country);
  if (wrap.hidden) return;
  if (!shapes.has(state.country)) shapes.set(state.country, await json(`assets/admin1/${state.country}.json`));
  $('#subdivision-map-help').hidden = state.country !== 'CN';
  subdivisionMap($('#subdivision-map'), $('#subdivision-tooltip'), shapes.get(state.country), rows, state, t,
    (code) => update({ province: state.province === code ? null : code, cell: null }));
}

/** Loads every statistic the view needs as of its date, then draws them all; a later refresh wins over an earlier one. */
async function refresh() {
  const mine = ++generation;
  const asOf = state.asOf;
  document.body.setAttribute('aria-busy', 'true');
  try {
    const [countries, subdivisions, pairs, years, active, dormant, fields] = await Promise.all([
      json(CSV.map()), json(CSV.subdivisions()), json(CSV.matrix()), json(CSV.timeline()),
      json(CSV['most-active']()), json(CSV.dormant()), json(CSV.fields()),
    ]);
    if (mine !== generation) return;
    data = { countries, subdivisions, pairs, years, fields };
    t = translator(state.lang ?? 'en', names);
    labels();
    controls();
    shadeMap($('#map'), $('#tooltip'), countries, state, t);
    $('#subdivisions-help').textContent = t('subdivisionsHelp', { country: state.country ? t.place(state.country) : t('all').toLowerCase() });
    subdivisionTable($('#subdivisions'), subdivisions, state, t);
    await regionsMap(subdivisions).catch(() => { $('#subdivision-map-wrap').hidden = true; });
    matrixTable($('#matrix'), pairs, state, t, (cell) => update({ cell: state.cell === cell ? null : cell }));
    timelineChart($('#timeline'), years, t);
    mostActiveList($('#most-active'), active, t);
    dormantList($('#dormant'), dormant, t);
    fieldList($('#fields'), fields, t);
    networkList($('#networks'), await json(CSV.networks()).catch(() => null), countries, t);
    await records();
    await freshness();
    if (mine !== generation) return;
    document.body.dataset.asOf = asOf ?? 'today';
    document.body.dataset.loaded = String(mine);
    $('#error').hidden = true;
  } catch (error) {
    if (mine !== generation) return;
    $('#error').hidden = false;
    $('#error').textContent = t('failed', { what: t('title'), error: error.message });
  } finally {
    if (mine === generation) document.body.removeAttribute('aria-busy');
  }
}

async function download(view) {
  const response = await fetch(CSV[view](), { headers: { Accept: 'text/csv' } });
  const link = h('a', { href: URL.createObjectURL(await response.blob()),
    download: `observatory-${view}-${state.asOf ?? new Date().toISOString().slice(0, 10)}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** New events refresh every view through the statistics' Server-Sent Events, without a reload. */
function live() {
  let first = true;
  let pending = null;
  const source = new EventSource(`${STATS}/stream`);
  source.onopen = () => { $('#live').textContent = `${t('live')} ·`; $('#live').className = 'live on'; };
  source.onerror = () => { $('#live').textContent = `${t('offline')} ·`; $('#live').className = 'live off'; };
  source.onmessage = () => {
    if (first) {
      first = false;
      return;
    }
    clearTimeout(pending);
    pending = setTimeout(refresh, 200);
  };
}

function bind() {
  const on = (selector, event, handler) => $(selector).addEventListener(event, handler);
  on('#lang', 'click', () => update({ lang: (state.lang ?? 'en') === 'en' ? 'es' : 'en' }));
  for (const key of ['country', 'province', 'kind', 'status', 'field']) {
    on(`#${key}`, 'change', (e) => update({ [key]: e.target.value || null, cell: null }));
  }
  on('#counterpart', 'change', (e) => update({ counterpart: e.target.value === 'subdivision' ? 'subdivision' : null, cell: null }));
  on('#sourced', 'change', (e) => update({ sourced: e.target.checked ? 'true' : null, cell: null }));
  on('#asof-range', 'input', (e) => {
    const value = Number(e.target.value);
    $('#asof-label').textContent = value >= Number(e.target.max) ? t('today') : monthStart(value);
  });
  on('#asof-range', 'change', (e) => {
    const value = Number(e.target.value);
    update({ asOf: value >= Number(e.target.max) ? null : monthStart(value) });
  });
  on('#asof-date', 'change', (e) => {
    const day = e.target.value;
    update({ asOf: day && day < new Date().toISOString().slice(0, 10) && day >= `${FIRST_YEAR}-01-01` ? day : null });
  });
  on('#asof-today', 'click', () => update({ asOf: null }));
  on('#clear', 'click', () => update({ country: null, province: null, kind: null, status: null, field: null, sourced: null, cell: null }));
  on('#records-close', 'click', () => update(state.cell ? { cell: null }
    : { country: null, province: null, kind: null, status: null, field: null }));
  for (const button of $$('button[data-csv]')) button.addEventListener('click', () => download(button.dataset.csv));
}

async function start() {
  const [map, subdivisionNames, withShapes] = await Promise.all([json('assets/map.json'),
    json('assets/subdivisions.json'), json('assets/admin1/index.json').catch(() => [])]);
  names = subdivisionNames;
  shaped = new Set(withShapes);
  t = translator(state.lang ?? 'en', names);
  labels();
  drawMap($('#map'), map, (code) => update({ country: state.country === code ? null : code, cell: null }));
  bind();
  await refresh();
  live();
}

start();
