// The whole view lives in the URL's query, so that a view can be shared and cited: parse and print it.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;
const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const WORD = /^[a-z0-9][a-z0-9-]{0,63}$/;

const realDay = (v) => {
  const date = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
};

const FIELDS = {
  lang: (v) => (v === 'es' || v === 'en' ? v : null),
  asOf: (v) => (DAY.test(v) && realDay(v) ? v : null),
  country: (v) => (COUNTRY.test(v) ? v : null),
  province: (v) => (SUBDIVISION.test(v) && v.startsWith('CN-') ? v : null),
  kind: (v) => (WORD.test(v) ? v : null),
  status: (v) => (WORD.test(v) ? v : null),
  field: (v) => (WORD.test(v) ? v : null),
  counterpart: (v) => (v === 'subdivision' ? v : null),
  sourced: (v) => (v === 'true' ? v : null),
  // A matrix cell: a province (or unknown, or CN as links made before the unknown rows had it) × a country, a
  // subdivision or a country's actors without one (BR-unknown).
  cell: (v) => {
    const [china, other] = v.split('~');
    return china && other && (SUBDIVISION.test(china) || COUNTRY.test(china) || china === 'unknown')
      && (SUBDIVISION.test(other) || COUNTRY.test(other) || /^[A-Z]{2}-unknown$/.test(other)) ? v : null;
  },
};

export const KEYS = Object.keys(FIELDS);

/** The view a query string names; anything malformed is dropped, so an edited URL never breaks the page. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = {};
  for (const key of KEYS) {
    const raw = params.get(key);
    state[key] = raw == null ? null : FIELDS[key](raw.trim());
  }
  return state;
}

/** The query string of a view, its keys in a fixed order and without the ones at their default. */
export function toSearch(state) {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key] != null && state[key] !== '') params.set(key, state[key]);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The as-of slider moves by months from January 1980; its last step is today. */
export const FIRST_YEAR = 1980;

export function monthIndex(day) {
  const [year, month] = day.split('-').map(Number);
  return (year - FIRST_YEAR) * 12 + (month - 1);
}

export function monthStart(index) {
  const year = FIRST_YEAR + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}
