// Turns the statistics API's rows into what each view draws. Pure functions: the unit tests cover them.

const sum = (values) => Object.values(values ?? {}).reduce((a, b) => a + b, 0);

/**
 * The code of the rows for records whose actor has no region at a level (at the level of subdivisions one per
 * country, with its `country`): a row of the tables, never a place on a map.
 */
export const UNKNOWN = 'unknown';

/** Agreements of a region row, narrowed to a kind or a status when the filters name one. */
export function agreementsOf(row, { kind, status } = {}) {
  if (kind) return row.agreementsByKind?.[kind] ?? 0;
  if (status) return row.agreementsByStatus?.[status] ?? 0;
  return sum(row.agreementsByKind);
}

/** Each region's figure for the map, by code, with the largest one (for the colour scale); the unknown rows apart. */
export function mapFigures(rows, filters = {}) {
  const byRegion = new Map();
  const unknown = [];
  let max = 0;
  for (const row of rows) {
    const value = agreementsOf(row, filters);
    if (row.region === UNKNOWN) {
      unknown.push({ value, row });
      continue;
    }
    byRegion.set(row.region, { value, row });
    max = Math.max(max, value);
  }
  return { byRegion, max, unknown };
}

/** The rows of a region table with activity, the most agreements first and the unknown rows last (as the API has them). */
export function regionRows(rows, filters = {}) {
  return rows.filter((r) => agreementsOf(r, filters) > 0 || r.engagementIndex > 0)
    .sort((a, b) => (a.region === UNKNOWN) - (b.region === UNKNOWN) || agreementsOf(b, filters) - agreementsOf(a, filters)
      || a.region.localeCompare(b.region) || (a.country ?? '').localeCompare(b.country ?? ''));
}

/** Colour step 0 (none) to 5 (the most) of a value against the largest, on a square-root scale. */
export function step(value, max) {
  if (!value || !max) return 0;
  return Math.min(5, Math.max(1, Math.ceil(Math.sqrt(value / max) * 5)));
}

const unknownLast = (code) => code === UNKNOWN || code.endsWith(`-${UNKNOWN}`);
const byTotal = (totals) => (a, b) => (unknownLast(a) - unknownLast(b)) || (totals.get(b) - totals.get(a)) || a.localeCompare(b);

/**
 * A matrix column's key: the counterpart's code, or for Latin American actors without a subdivision their country's
 * code and `-unknown` (BR-unknown), one column per country. The rows are the `china` side as given: a province, or
 * `unknown` for the Chinese actors without one.
 */
export const column = (pair) => (pair.counterpart === UNKNOWN ? `${pair.counterpartCountry}-${UNKNOWN}` : pair.counterpart);

/**
 * The heat table of Chinese provinces (rows) against Latin American countries or subdivisions (columns) from
 * /stats/region-pairs, narrowed to the province and country filters, busiest rows and columns first, unknown last.
 */
export function matrix(pairs, { province, country } = {}) {
  const cells = new Map();
  const rowTotals = new Map();
  const colTotals = new Map();
  let max = 0;
  for (const pair of pairs) {
    const col = column(pair);
    if (province && pair.china !== province) continue;
    if (country && col !== country && !col.startsWith(`${country}-`)) continue;
    cells.set(`${pair.china}~${col}`, pair);
    rowTotals.set(pair.china, (rowTotals.get(pair.china) ?? 0) + pair.agreements);
    colTotals.set(col, (colTotals.get(col) ?? 0) + pair.agreements);
    max = Math.max(max, pair.agreements);
  }
  return {
    rows: [...rowTotals.keys()].sort(byTotal(rowTotals)),
    cols: [...colTotals.keys()].sort(byTotal(colTotals)),
    cells, rowTotals, colTotals, max,
    total: [...rowTotals.values()].reduce((a, b) => a + b, 0),
  };
}

export const SERIES = ['agreementsSigned', 'missionsCompleted', 'conferences', 'statements'];

/** Every year from the first with activity to the last, each with its four counts and its relationships (0 where none). */
export function timeline(years) {
  if (!years.length) return { years: [], max: 0 };
  const byYear = new Map(years.map((y) => [y.year, y]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const out = [];
  let max = 0;
  for (let year = first; year <= last; year++) {
    const row = byYear.get(year) ?? {};
    const counts = Object.fromEntries(SERIES.map((s) => [s, row[s] ?? 0]));
    const total = sum(counts);
    max = Math.max(max, total);
    out.push({ year, counts, total, relationships: row.relationships ?? 0 });
  }
  return { years: out, max };
}

/** The statuses an agreement can have on a date (superseded: upgraded by a later agreement). */
export const STATUSES = ['proposed', 'signed', 'suspended', 'terminated', 'expired', 'superseded'];

/** The kinds the region rows carry and every status (with any other the rows carry), sorted: the filters' choices. */
export function choices(rows) {
  const kinds = new Set();
  const statuses = new Set(STATUSES);
  for (const row of rows) {
    Object.keys(row.agreementsByKind ?? {}).forEach((k) => kinds.add(k));
    Object.keys(row.agreementsByStatus ?? {}).forEach((s) => statuses.add(s));
  }
  return { kinds: [...kinds].sort(), statuses: [...statuses].sort() };
}

/** The query of a statistics request: the as-of date and whatever else is given, empty values left out. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value != null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * The drill-down query (/stats/records) for the records behind a matrix cell or a filtered view, with the filters in
 * force. A cell is matched as /region-pairs counts it: the Chinese side at the level of subdivisions (`unknown` with
 * `country=CN` for the actors without a province), the other at the level of the matrix's columns (an unknown
 * subdivision with its `counterpartCountry`).
 */
export function recordsQuery(state, page = 0) {
  const common = { asOf: state.asOf, kind: state.kind, status: state.status, field: state.field,
    sourced: state.sourced, page, size: 50 };
  if (state.cell) {
    const [region, other] = state.cell.split('~');
    const unknownOther = other.endsWith(`-${UNKNOWN}`);
    return query({ type: 'agreement', region, level: 'subdivision', country: region === UNKNOWN ? 'CN' : null,
      counterpart: unknownOther ? UNKNOWN : other,
      counterpartLevel: state.counterpart === 'subdivision' || unknownOther ? 'subdivision' : 'country',
      counterpartCountry: unknownOther ? other.slice(0, 2) : null, ...common });
  }
  const region = state.province ?? state.country;
  const counterpart = state.province && state.country ? state.country : null;
  return query({ region, counterpart, ...common });
}

/** A record's history: its steps as the API gives them, in the order of its life, each with its date as given. */
export function history(record) {
  return (record.steps ?? []).map((step) => ({
    step: step.step,
    date: step.date ?? null,
    precision: step.date ? step.precision ?? null : null,
  }));
}

/** Networks with their members, from the membership records (/stats/records?type=membership), most members first. */
export function networks(page) {
  const byNetwork = new Map();
  for (const record of page?.items ?? []) {
    const network = record.actors?.find((a) => a.role === 'network');
    const member = record.actors?.find((a) => a.role === 'member');
    if (!network || !member) continue;
    const entry = byNetwork.get(network.actorId) ?? { id: network.actorId, name: network.name ?? record.title, members: [] };
    entry.members.push({ id: member.actorId, name: member.name ?? member.actorId, place: member.subdivision ?? member.country,
      since: record.steps?.find((st) => st.step === 'started')?.date ?? null });
    byNetwork.set(network.actorId, entry);
  }
  const out = [...byNetwork.values()];
  out.forEach((n) => n.members.sort((a, b) => a.name.localeCompare(b.name)));
  return out.sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
}
