/**
 * The 27 member states of the European Union since the United Kingdom left on 1 February 2020
 * (TEU Art. 52(1) names them). One list for every capability that names "the EU" as countries.
 */
export const EU_MEMBER_STATE_CODES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;
