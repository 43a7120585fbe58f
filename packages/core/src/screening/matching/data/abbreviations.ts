/**
 * Abbreviations and spellings of the same word, mapped to one form before comparison. Compiled by us from the names
 * on the published lists and in customer files: a matching aid of ours, not an official table. Extend it when a list
 * or a customer file shows a new form. All entries are in normalised form (lower-case ASCII, as `normaliseText`
 * produces).
 */

/** Abbreviations lists and customers both use, expanded before comparison. */
export const ABBREVIATIONS: Record<string, string> = {
  intl: 'international',
  int: 'international',
  internat: 'international',
  comp: 'company',
  cos: 'companies',
  grp: 'group',
  gp: 'group',
  hldgs: 'holdings',
  hldg: 'holding',
  hold: 'holding',
  tech: 'technology',
  techn: 'technology',
  technol: 'technology',
  techs: 'technologies',
  technologies: 'technology',
  mfg: 'manufacturing',
  mfr: 'manufacturer',
  ind: 'industries',
  inds: 'industries',
  industrial: 'industries',
  industry: 'industries',
  svc: 'services',
  svcs: 'services',
  service: 'services',
  sys: 'systems',
  system: 'systems',
  assn: 'association',
  assoc: 'association',
  dept: 'department',
  natl: 'national',
  nat: 'national',
  univ: 'university',
  inst: 'institute',
  ctr: 'center',
  centre: 'center',
  org: 'organization',
  organisation: 'organization',
  mgmt: 'management',
  mgt: 'management',
  dev: 'development',
  eng: 'engineering',
  engg: 'engineering',
  elec: 'electronics',
  electr: 'electronics',
  electronic: 'electronics',
  equip: 'equipment',
  bros: 'brothers',
  st: 'saint',
  ste: 'sainte',
  // German and Russian "Sankt" (Sankt-Peterburg, Sankt Gallen) is "Saint".
  sankt: 'saint',
  mt: 'mount',
  amer: 'american',
  euro: 'european',
  sci: 'scientific',
  us: 'united states',
  usa: 'united states',
  uk: 'united kingdom',
  uae: 'united arab emirates',
  prc: 'china',
  dprk: 'north korea',
  trdg: 'trading',
  trade: 'trading',
  shipg: 'shipping',
  invest: 'investment',
  invt: 'investment',
  investments: 'investment',
};

/**
 * Spellings of the same particle or word, mapped to one form before comparison:
 * "ibn"/"ben"/"bin" (son of), "el"/"ul"/"al" (the).
 */
export const SYNONYMS: Record<string, string> = {
  ibn: 'bin',
  ben: 'bin',
  bn: 'bin',
  binti: 'bint',
  el: 'al',
  ul: 'al',
  abdel: 'abdul',
  abdal: 'abdul',
  abdoul: 'abdul',
};
