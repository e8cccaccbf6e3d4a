// Each view draws itself from shaped data into its section; none fetches anything.
import { h, s, $ } from './dom.js';
import { agreementsOf, history, mapFigures, matrix, networks, regionRows, SERIES, step, timeline } from './shape.js';

/** The country shapes, drawn once; shading and labels change with the data. */
export function drawMap(svg, data, onSelect) {
  svg.setAttribute('viewBox', `0 0 ${data.width} ${data.height}`);
  svg.append(s('path', { class: 'sphere', d: data.sphere }));
  for (const region of data.regions) {
    const path = s('path', { d: region.d, 'data-region': region.code, role: 'button', tabindex: '-1' });
    path.addEventListener('click', () => onSelect(region.code));
    path.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(region.code);
      }
    });
    svg.append(path);
  }
}

/**
 * A country's first-level regions, shaded by their agreements as the table lists them; a Chinese province is a
 * button selecting it as the province filter, the others tell their figures on focus or pointer.
 */
export function subdivisionMap(svg, tooltip, shapes, rows, state, t, onSelect) {
  const { byRegion, max } = mapFigures(rows, state);
  svg.setAttribute('viewBox', `0 0 ${shapes.width} ${shapes.height}`);
  svg.querySelector('title').textContent = t('subdivisionMap', { country: t.place(state.country) });
  svg.replaceChildren(svg.querySelector('title'), ...shapes.regions.map((region) => {
    const figure = byRegion.get(region.code);
    const value = figure?.value ?? 0;
    const label = `${t.place(region.code)}: ${t.count(value, 'agreements')}`
      + (figure ? `, ${t.count(figure.row.activeAgreements, 'active')}, ${t.count(figure.row.relationships, 'relationships')}` : '');
    const selectable = region.code.startsWith('CN-');
    const path = s('path', { d: region.d, 'data-region': region.code, 'data-count': value, 'aria-label': label,
      class: `region s${step(value, max)}${state.province === region.code ? ' selected' : ''}`,
      role: selectable ? 'button' : 'img', tabindex: value > 0 || state.province === region.code ? '0' : '-1' });
    if (selectable) {
      path.addEventListener('click', () => onSelect(region.code));
      path.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(region.code);
        }
      });
    }
    path.onpointerenter = path.onfocus = (e) => showTip(tooltip, label, e, svg);
    path.onpointerleave = path.onblur = () => { tooltip.hidden = true; };
    return path;
  }));
}

/** The countries shaded by their agreements; the actors without a country are a line under the map, not a shape. */
export function shadeMap(svg, tooltip, rows, state, t) {
  const { byRegion, max, unknown } = mapFigures(rows, state);
  for (const path of svg.querySelectorAll('path[data-region]')) {
    const code = path.dataset.region;
    const figure = byRegion.get(code);
    const value = figure?.value ?? 0;
    const label = `${t.place(code)}: ${t.count(value, 'agreements')}`
      + (figure ? `, ${t.count(figure.row.activeAgreements, 'active')}, ${t.count(figure.row.relationships, 'relationships')}, ${t('index').toLowerCase()} ${t.number(figure.row.engagementIndex)}` : '');
    path.setAttribute('class', `region s${step(value, max)}${state.country === code ? ' selected' : ''}`);
    path.setAttribute('aria-label', label);
    path.setAttribute('data-count', value);
    path.setAttribute('tabindex', value > 0 || state.country === code ? '0' : '-1');
    path.onpointerenter = path.onfocus = (e) => showTip(tooltip, label, e, svg);
    path.onpointerleave = path.onblur = () => { tooltip.hidden = true; };
  }
  $('#map-legend').replaceChildren(...[0, 1, 2, 3, 4, 5].map((i) => h('span', { class: `swatch s${i}` })),
    h('span', { text: ` 0 – ${t.number(max)}` }),
    ...unknown.filter((u) => u.value).map(({ value, row }) => h('span', { class: 'unknown', 'data-region': 'unknown', 'data-count': value,
      text: ` · ${t.region(row)}: ${t.count(value, 'agreements')}${shareOf(row, state, t, (v) => ` (${t('ofAll', { share: v })})`)}, ${t.count(row.relationships, 'relationships')}` })));
}

/** A row's share of the table's agreements, which the API gives of all its agreements: none under a kind or status. */
const shareOf = (row, state, t, text = (v) => v) => (state.kind || state.status ? '' : text(t.share(row.share)));

function showTip(tooltip, label, event, svg) {
  tooltip.textContent = label;
  tooltip.hidden = false;
  const box = svg.getBoundingClientRect();
  const target = event.target.getBoundingClientRect();
  const x = event.clientX ?? target.left + target.width / 2;
  const y = event.clientY ?? target.top + target.height / 2;
  tooltip.style.left = `${Math.min(x - box.left + 12, box.width - 220)}px`;
  tooltip.style.top = `${y - box.top + 12}px`;
}

function table(headers, rows, { caption, numeric = [] } = {}) {
  return h('table', {},
    caption ? h('caption', { class: 'visually-hidden', text: caption }) : null,
    h('thead', {}, h('tr', {}, headers.map((text, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null, text })))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell, i) => h('td', { class: numeric.includes(i) ? 'num' : null }, cell))))));
}

/** A country's first-level regions (or all of them), the unknown rows last and labelled, each with its share. */
export function subdivisionTable(target, rows, state, t) {
  const shown = regionRows(rows, state);
  target.replaceChildren(shown.length ? table(
    [t('region'), t('agreements'), t('relationships'), t('share'), t('active'), t('index')],
    shown.map((r) => [h('span', { title: r.region === 'unknown' ? null : r.region, 'data-region': r.region,
      class: r.region === 'unknown' ? 'unknown' : null, text: t.region(r) }), t.number(agreementsOf(r, state)),
    t.number(r.relationships), shareOf(r, state, t) || '—', t.number(r.activeAgreements), h('span', {
        title: `${t('missions')} ${t.number(r.missionsLed + r.missionsHosted)}, ${t('conferences')} ${t.number(r.conferences)}, ${t('statements')} ${t.number(r.statements)}`,
        text: t.number(r.engagementIndex) })]),
    { numeric: [1, 2, 3, 4, 5], caption: t('subdivisionsTitle') }) : h('p', { text: t('none') }));
}

export function matrixTable(target, pairs, state, t, onCell) {
  const m = matrix(pairs, state);
  if (!m.rows.length) {
    target.replaceChildren(h('p', { class: 'empty', text: t('matrixEmpty') }));
    return m;
  }
  const head = h('tr', {}, h('td', { class: 'corner' }),
    m.cols.map((c) => h('th', { scope: 'col', class: 'col', title: t.place(c) }, h('span', { text: t.place(c) }))),
    h('th', { scope: 'col', class: 'num', text: t('total') }));
  const body = m.rows.map((r) => h('tr', {}, h('th', { scope: 'row', title: r, class: r === 'unknown' ? 'unknown' : null, text: t.china(r) }),
    m.cols.map((c) => {
      const pair = m.cells.get(`${r}~${c}`);
      if (!pair) return h('td', { class: 'cell s0' });
      const key = `${r}~${c}`;
      const label = `${t.china(r)} × ${t.place(c)}: ${t.count(pair.agreements, 'agreements')}, ${t.count(pair.active, 'active')}, ${t.count(pair.relationships, 'relationships')}`;
      return h('td', { class: `cell s${step(pair.agreements, m.max)}` },
        h('button', { type: 'button', 'data-cell': key, 'aria-label': label, title: label,
          'aria-pressed': String(state.cell === key), onclick: () => onCell(key), text: t.number(pair.agreements) }));
    }),
    h('td', { class: 'num total', text: t.number(m.rowTotals.get(r)) })));
  const foot = h('tr', {}, h('th', { scope: 'row', text: t('total') }),
    m.cols.map((c) => h('td', { class: 'num total', text: t.number(m.colTotals.get(c)) })),
    h('td', { class: 'num total', 'data-total': m.total, text: t.number(m.total) }));
  target.replaceChildren(h('table', { class: 'matrix' },
    h('caption', { class: 'visually-hidden', text: t('matrix') }), h('thead', {}, head), h('tbody', {}, body), h('tfoot', {}, foot)));
  return m;
}

const COLOURS = { agreementsSigned: 'c1', missionsCompleted: 'c2', conferences: 'c3', statements: 'c4' };

export function timelineChart(target, years, t) {
  const data = timeline(years);
  if (!data.years.length) {
    target.replaceChildren(h('p', { class: 'empty', text: t('timelineEmpty') }));
    return;
  }
  const width = 960, height = 220, left = 36, right = 18, bottom = 22, top = 8;
  const band = (width - left - right) / data.years.length;
  const y = (v) => (height - bottom - top) * (v / (data.max || 1));
  const ticks = [0, Math.ceil(data.max / 2), data.max].filter((v, i, a) => a.indexOf(v) === i);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img',
    'aria-label': `${t('timeline')}: ${data.years[0].year}–${data.years.at(-1).year}` },
    ticks.map((v) => s('g', {}, s('line', { x1: left, x2: width - right, y1: height - bottom - y(v), y2: height - bottom - y(v), class: 'grid' }),
      s('text', { x: left - 6, y: height - bottom - y(v) + 4, class: 'tick', 'text-anchor': 'end', text: t.number(v) }))),
    data.years.map((row, i) => {
      let base = height - bottom;
      const x = left + i * band;
      const label = `${row.year}: ${SERIES.map((k) => t.count(row.counts[k], k)).join(', ')}, ${t.count(row.relationships, 'relationships')}`;
      return s('g', { 'data-year': row.year, 'data-total': row.total },
        s('title', { text: label }),
        SERIES.filter((k) => row.counts[k]).map((k) => {
          const hgt = y(row.counts[k]);
          base -= hgt;
          return s('rect', { x: x + band * 0.12, width: Math.max(1, band * 0.76), y: base, height: hgt, class: COLOURS[k] });
        }),
        (row.year % 5 === 0 || data.years.length < 12)
          ? s('text', { x: x + band / 2, y: height - 6, class: 'tick', 'text-anchor': 'middle', text: row.year }) : null);
    }));
  const legend = h('p', { class: 'legend' }, SERIES.map((k) => h('span', {}, h('span', { class: `swatch ${COLOURS[k]}` }), ` ${t(k)} `)));
  const details = h('details', {}, h('summary', { text: t('timeline') }),
    table([t('timeline'), t(SERIES[0]), t('relationships'), ...SERIES.slice(1).map((k) => t(k))],
      data.years.filter((r) => r.total).map((r) => [String(r.year), t.number(r.counts[SERIES[0]]), t.number(r.relationships),
        ...SERIES.slice(1).map((k) => t.number(r.counts[k]))]),
      { numeric: [1, 2, 3, 4, 5] }));
  target.replaceChildren(legend, svg, details);
}

export function mostActiveList(target, rows, t) {
  target.replaceChildren(rows.length ? table([t('name'), t('region'), t('engagements'), t('lastActivity')],
    rows.map((r) => [r.name ?? r.actorId, t.place(r.subdivision ?? r.country), t.number(r.engagements), t.date(r.lastActivity)]),
    { numeric: [2] }) : h('p', { text: t('none') }));
}

export function dormantList(target, rows, t) {
  target.replaceChildren(rows.length ? table([t('titleCol'), t('kind'), t('lastContact')],
    rows.map((r) => [r.title ?? r.agreementId, t.term(r.kind), t.date(r.lastContact)])) : h('p', { text: t('none') }));
}

export function fieldList(target, rows, t) {
  target.replaceChildren(rows.length ? table([t('field'), t('agreements'), t('relationships'), t('share')],
    rows.map((r) => [t.term(r.field), t.number(r.agreements), t.number(r.relationships),
      h('span', { class: 'bar' }, h('span', { style: `width:${Math.round(r.share * 100)}%` }), ` ${Math.round(r.share * 100)} %`)]),
    { numeric: [1, 2] }) : h('p', { text: t('none') }));
}

/** Networks with their members where the drill-down lists memberships; else the memberships by country. */
export function networkList(target, page, rows, t) {
  if (page) {
    const list = networks(page);
    target.replaceChildren(list.length ? h('ul', { class: 'networks' }, list.map((n) => h('li', { 'data-network': n.id },
      h('strong', { text: `${n.name} (${t.number(n.members.length)})` }), ': ',
      n.members.map((m, i) => [i ? ', ' : '', h('span', { title: m.since ? `${t('since')} ${m.since}` : null,
        text: `${m.name}${m.place ? ` (${t.place(m.place)})` : ''}` })])))) : h('p', { text: t('none') }));
    return;
  }
  const members = rows.filter((r) => r.networkMemberships > 0).sort((a, b) => b.networkMemberships - a.networkMemberships);
  target.replaceChildren(members.length ? table([t('region'), t('memberships')],
    members.map((r) => [t.region(r), t.number(r.networkMemberships)]), { numeric: [1] }) : h('p', { text: t('none') }));
}

/** The records behind a figure with their history and sources, or, where the API cannot list them, the figure. */
export function recordList(target, page, fallback, t) {
  if (!page) {
    target.replaceChildren(h('p', { text: fallback ? t('recordsUnavailable', {
      n: t.number(fallback.agreements), active: t.number(fallback.active),
      first: t.date(fallback.firstSigned), last: t.date(fallback.lastSigned) }) : t('recordsNone') }));
    return;
  }
  const items = page.items ?? [];
  if (!items.length) {
    target.replaceChildren(h('p', { text: t('recordsNone') }));
    return;
  }
  target.replaceChildren(h('ol', { class: 'records' }, items.map((r) => h('li', { 'data-record': r.id },
    h('h4', {}, r.title ?? r.id),
    h('p', { class: 'meta' }, [t.term(r.type), t.term(r.kind), t.term(r.status)].filter(Boolean).join(' · ')),
    r.actors?.length ? h('p', {}, h('strong', { text: `${t('actors')}: ` }),
      r.actors.map((a) => `${a.name ?? a.actorId}${a.role ? ` (${t.term(a.role)})` : ''}`).join(', ')) : null,
    history(r).length ? h('p', {}, h('strong', { text: `${t('steps')}: ` }),
      history(r).map((st) => [t.term(st.step), st.date, st.date && st.precision !== 'day' ? `(${t.term(st.precision)})` : null]
        .filter(Boolean).join(' ')).join(' → ')) : null,
    h('p', {}, h('strong', { text: `${t('sources')}: ` }), r.sources?.length
      ? r.sources.map((src, i) => [i ? '; ' : '', src.url ? h('a', { href: src.url, rel: 'noopener', text: src.title ?? src.url }) : src.title,
        src.publisher ? ` (${src.publisher})` : ''])
      : h('em', { text: t('unsourced') }))))),
  ...(page.total > items.length ? [h('p', { text: `${t.number(items.length)} / ${t.number(page.total)}` })] : []));
}
