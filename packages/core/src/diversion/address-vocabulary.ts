/**
 * Words of Hong Kong and UAE addresses as registration agents and the lists write them, each
 * mapped to one canonical form. The variants come from the OFAC Russia network slice
 * (shared/data/graph): "Mongkok"/"Mong Kok", "Wanchai"/"Wan Chai", "Tsimshatsui"/"Tsim Sha
 * Tsui", "Sham Shuipo"/"Sham Shui Po", "Dubai Airport Free Zone"/"Dubai Airport Freezone
 * Authority", "Sharjah Airport International Free Zone"/"Saif Zone", "P.O. Box"/"PO Box".
 */

/** Unit words: all mean "the unit inside the building". */
export const UNIT = new Set([
  'rm',
  'room',
  'flat',
  'unit',
  'suite',
  'ste',
  'apt',
  'apartment',
  'shop',
  'office',
  'off',
  'ofc',
  'kantor',
]);
export const FLOOR = new Set(['floor', 'fl', 'flr', 'f', 'level', 'lvl', 'storey', 'etazh', 'et']);
export const ABBREVIATIONS: Record<string, string> = {
  rd: 'road',
  st: 'street',
  str: 'street',
  ul: 'street',
  ulitsa: 'street',
  ave: 'avenue',
  av: 'avenue',
  blvd: 'boulevard',
  bldg: 'building',
  bld: 'building',
  blk: 'block',
  ctr: 'centre',
  cntr: 'centre',
  center: 'centre',
  twr: 'tower',
  hse: 'house',
  ind: 'industrial',
  indl: 'industrial',
  hk: 'hong kong',
  kln: 'kowloon',
  sq: 'square',
  pl: 'place',
  comm: 'commercial',
  coml: 'commercial',
  comml: 'commercial',
  intl: 'international',
  uae: 'united arab emirates',
  nt: 'new territories',
  dist: 'district',
  prosp: 'prospekt',
  pr: 'prospekt',
  pkt: 'prospekt',
  nab: 'naberezhnaya',
  per: 'pereulok',
  d: 'dom',
};
/** Words that carry nothing for identity. */
export const DROP = new Set(['no', 'nos', 'number', 'the', 'of', 'at', 'and', 'sar', 'prc']);

/**
 * District and zone names written as one word or several: the tokens of a run are joined when
 * they spell one of these (longest run first).
 */
export const JOINED = new Set([
  'mongkok',
  'wanchai',
  'causewaybay',
  'tsimshatsui',
  'kwuntong',
  'shamshuipo',
  'kowloonbay',
  'sheungwan',
  'laichikok',
  'kwaichung',
  'tsuenwan',
  'shatin',
  'yaumatei',
  'hunghom',
  'sanpokong',
  'chaiwan',
  'quarrybay',
  'northpoint',
  'tokwawan',
  'kowloontong',
  'chiufungtong',
  'wongchukhang',
  'apleichau',
  'jebelali',
  'alqusais',
  'burdubai',
  'almaktoum',
  'altwar',
  'alquoz',
  'albarsha',
  'portsaeed',
]);

/**
 * Free zones and business districts of the UAE under their many names (as they occur in the
 * OFAC slice), to one token each. Matched on normalised text, longest phrase first.
 */
export const ZONE_PHRASES: [string, string][] = (
  [
    ['jebel ali free zone authority', 'jafza'],
    ['jebel ali free zone', 'jafza'],
    ['jebel ali freezone', 'jafza'],
    ['jafz', 'jafza'],
    ['dubai airport free zone authority', 'dafza'],
    ['dubai airport freezone authority', 'dafza'],
    ['dubai airport free zone', 'dafza'],
    ['dubai airport freezone', 'dafza'],
    ['dafz', 'dafza'],
    ['sharjah airport international free zone', 'saifzone'],
    ['saif zone', 'saifzone'],
    ['saif', 'saifzone'],
    ['dubai multi commodities centre', 'dmcc'],
    ['dubai multi commodities center', 'dmcc'],
    ['dubai silicon oasis', 'dso'],
    ['dubai digital park', 'ddp'],
    ['ras al khaimah economic zone', 'rakez'],
    ['hamriyah free zone', 'hamriyahfz'],
    ['dubai world central', 'dwc'],
    ['jumeirah lakes towers', 'jlt'],
    ['jumeirah lake towers', 'jlt'],
    ['dubai international financial centre', 'difc'],
    ['dubai international financial center', 'difc'],
    ['international free zone authority', 'ifza'],
    ['free trade zone', 'freezone'],
    ['free zone', 'freezone'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * "P.O. Box 123", "PO Box: 123", "Post Office Box 123", "POB 123", "P.O.Box123": the box number, on normalised text.
 */
export const PO_BOX = /\b(?:p o box|po box|p o b|pob|pobox|post office box|post box)\s*(?:no\s+)?([a-z]{0,4}\s?\d+)\b/;
