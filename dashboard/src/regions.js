/** ISO 3166-1 codes of the countries and territories of Latin America and the Caribbean (UN M49 area 419). */
export const LATIN_AMERICA = [
  'AG', 'AI', 'AR', 'AW', 'BB', 'BL', 'BO', 'BQ', 'BR', 'BS', 'BV', 'BZ', 'CL', 'CO', 'CR', 'CU', 'CW', 'DM', 'DO',
  'EC', 'FK', 'GD', 'GF', 'GP', 'GS', 'GT', 'GY', 'HN', 'HT', 'JM', 'KN', 'KY', 'LC', 'MF', 'MQ', 'MS', 'MX', 'NI',
  'PA', 'PE', 'PR', 'PY', 'SR', 'SV', 'SX', 'TC', 'TT', 'UY', 'VC', 'VE', 'VG', 'VI',
];
