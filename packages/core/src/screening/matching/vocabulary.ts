/**
 * Words that say little about who a party is. Data, not code: extend these tables when a
 * list or a customer file shows a new form. All entries are in normalised form (lower-case
 * ASCII, as `normaliseText` produces).
 */

/**
 * Legal forms across languages, each mapped to one canonical form so "OOO", "LLC" and
 * "Obshchestvo s ogranichennoy otvetstvennostyu" compare equal. Multi-word forms are
 * matched as phrases before tokenisation.
 */
export const LEGAL_FORMS: Record<string, readonly string[]> = {
  llc: ['llc', 'l l c', 'ooo', 'gesellschaft mit beschrankter haftung', 'societatea cu raspundere limitata', 'sociedad de responsabilidad limitada', 'societe a responsabilite limitee', 'societa a responsabilita limitata', 'besloten vennootschap', 'tovarystvo z obmezhenoiu vidpovidalnistiu', 'tov', 'spolka z o o', 'obshchestvo s ogranichennoy otvetstvennostyu', 'obshchestvo s ogranichennoi otvetstvennostiu', 'limited liability company', 'too', 'tovarishchestvo s ogranichennoy otvetstvennostyu', 'mchj', 'ltd liability co', 'sp z o o', 'spolka z ograniczona odpowiedzialnoscia', 'sro', 's r o', 'srl', 's r l', 'sarl', 's a r l', 'gmbh', 'g m b h', 'bv', 'b v', 'kft', 'doo', 'd o o'],
  jsc: ['jsc', 'ao', 'oao', 'zao', 'pao', 'ojsc', 'cjsc', 'pjsc', 'joint stock company', 'open joint stock company', 'closed joint stock company', 'public joint stock company', 'aktsionernoe obshchestvo', 'aktsionernoye obshchestvo', 'otkrytoe aktsionernoe obshchestvo', 'zakrytoe aktsionernoe obshchestvo', 'publichnoe aktsionernoe obshchestvo', 'ag', 'a g', 'sa', 's a', 'spa', 's p a', 'nv', 'n v', 'as', 'a s', 'ab', 'oy', 'oyj', 'asa', 'plc', 'p l c', 'public limited company', 'tbk', 'pt'],
  ltd: ['ltd', 'limited', 'co ltd', 'company limited', 'co limited', 'pte ltd', 'pvt ltd', 'private limited', 'pty ltd', 'proprietary limited', 'sdn bhd', 'bhd', 'yugen kaisha', 'kabushiki kaisha', 'kk', 'k k', 'youxian gongsi', 'you xian gong si', 'gufen youxian gongsi', 'jusikhoesa', 'chusik hoesa'],
  inc: ['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cie', 'compagnie', 'compania', 'companhia', 'kompaniya', 'firma', 'fze', 'fzco', 'fzc', 'fz llc', 'dmcc', 'est', 'establishment'],
  partnership: ['lp', 'l p', 'llp', 'l l p', 'kg', 'ohg', 'gbr', 'snc', 'partnership', 'limited partnership'],
  nonprofit: ['ano', 'avtonomnaya nekommercheskaya organizatsiya', 'autonomous non profit organization', 'nko', 'ngo', 'foundation', 'stiftung', 'fond', 'ev', 'e v', 'eingetragener verein'],
  unitary: ['fgup', 'gup', 'mup', 'federal state unitary enterprise', 'federalnoe gosudarstvennoe unitarnoe predpriyatie', 'state unitary enterprise', 'unitary enterprise'],
};

/** Abbreviations lists and customers both use, expanded before comparison. */
export const ABBREVIATIONS: Record<string, string> = {
  intl: 'international', int: 'international', internat: 'international',
  comp: 'company', cos: 'companies', grp: 'group', gp: 'group', hldgs: 'holdings', hldg: 'holding', hold: 'holding',
  tech: 'technology', techn: 'technology', technol: 'technology', techs: 'technologies', technologies: 'technology',
  mfg: 'manufacturing', mfr: 'manufacturer', ind: 'industries', inds: 'industries', industrial: 'industries', industry: 'industries',
  svc: 'services', svcs: 'services', service: 'services', sys: 'systems', system: 'systems',
  assn: 'association', assoc: 'association', dept: 'department', natl: 'national', nat: 'national',
  univ: 'university', inst: 'institute', ctr: 'center', centre: 'center', org: 'organization', organisation: 'organization',
  mgmt: 'management', mgt: 'management', dev: 'development', eng: 'engineering', engg: 'engineering',
  elec: 'electronics', electr: 'electronics', electronic: 'electronics', equip: 'equipment', bros: 'brothers',
  st: 'saint', ste: 'sainte', mt: 'mount', amer: 'american', euro: 'european', sci: 'scientific',
  us: 'united states', usa: 'united states', uk: 'united kingdom', uae: 'united arab emirates', prc: 'china', dprk: 'north korea',
  trdg: 'trading', trade: 'trading', shipg: 'shipping', invest: 'investment', invt: 'investment', investments: 'investment',
};

/** Titles and honorifics: dropped from person names ("Mr. Recep Tayyip Erdogan"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'honorable', 'honourable',
  'he', 'his excellency', 'excellency', 'gen', 'general', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'sgt',
  'adm', 'admiral', 'rev', 'reverend', 'fr', 'father', 'imam', 'mullah', 'maulvi', 'mawlawi', 'qari', 'hajji', 'haji', 'alhaj',
  'sheikh', 'shaikh', 'sheik', 'shaykh', 'emir', 'amir', 'prince', 'princess', 'king', 'queen', 'jr', 'sr', 'ii', 'iii',
  'herr', 'frau', 'senor', 'senora', 'sra', 'sr', 'gospodin', 'tovarishch',
]);

/** Function words and particles: kept for display, weighed lightly in scores. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ul', 'bin', 'ben', 'ibn', 'bint', 'abu', 'abd', 'abdul', 'abdel', 'ould', 'oglu', 'ogly', 'kyzy', 'uulu',
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'les', 'y', 'e',
  'of', 'the', 'and', 'for', 'in', 'at', 'on', 'by', 'to', 'a', 'an', 'und', 'et',
]);

/**
 * Words so common in organisation names that they must never carry a match alone
 * ("GLOBAL TRADING CORP" is not a hit on "GLOBAL TRADING LLC").
 */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  'international', 'global', 'trading', 'group', 'holding', 'holdings', 'industries', 'technology', 'services', 'systems',
  'general', 'enterprise', 'enterprises', 'investment', 'import', 'export', 'logistics', 'shipping', 'marine', 'maritime',
  'energy', 'oil', 'gas', 'petroleum', 'bank', 'financial', 'finance', 'capital', 'partners', 'management', 'consulting',
  'solutions', 'development', 'construction', 'engineering', 'electronics', 'manufacturing', 'production', 'products',
  'commercial', 'commerce', 'resources', 'ventures', 'network', 'networks', 'media', 'company', 'companies', 'national',
  'state', 'federal', 'central', 'united', 'new', 'east', 'west', 'north', 'south', 'asia', 'pacific', 'europe', 'european',
  'american', 'world', 'universal', 'associated', 'association', 'foundation', 'institute', 'center', 'research', 'scientific',
  'equipment', 'machinery', 'supply', 'supplies', 'trade', 'llc', 'jsc', 'ltd', 'inc', 'partnership', 'unitary', 'plant',
  'factory', 'works', 'office', 'department', 'ministry', 'organization', 'agency', 'bureau', 'fund', 'airlines', 'air',
  // Industry words: as common in company names as "trading", never identifying on their own.
  'cloud', 'compute', 'computing', 'computer', 'supercomputing', 'software', 'digital', 'data', 'information', 'communication',
  'communications', 'telecom', 'telecommunications', 'semiconductor', 'microelectronics', 'optoelectronics', 'intelligent', 'smart',
  'automation', 'aerospace', 'aviation', 'aircraft', 'space', 'defense', 'defence', 'chemical', 'chemicals', 'pharmaceutical', 'materials',
  'power', 'electric', 'precision', 'instrument', 'instruments', 'optical', 'laboratory', 'university', 'academy', 'science', 'sciences',
  'logistic', 'transport', 'heavy', 'device', 'devices', 'security', 'medical', 'nuclear', 'shipbuilding', 'mining', 'metals', 'steel',
]);

/**
 * Articles that open an organisation's name, dropped from it before comparison: "The Base"
 * is "Base", "Al-Nusrah Front" is "Nusrah Front", "La Compagnie…" is "Compagnie…". English,
 * Arabic (al/el/ul romanised), French, Spanish, Italian, German, Dutch, Portuguese.
 */
export const ORG_ARTICLES: ReadonlySet<string> = new Set(['the', 'al', 'el', 'ul', 'le', 'la', 'les', 'l', 'il', 'lo', 'los', 'las', 'die', 'das', 'het', 'een', 'os']);

/**
 * Linking words inside organisation names ("Bank of Kunlun", "Société pour…", "Werk für…"),
 * dropped wherever they stand. Not the particles of family names ("van der", "de", "dos"),
 * which are part of a name a company may carry.
 */
export const ORG_LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'et', 'pour', 'und', 'fur', 'fuer', 'y', 'e', 'para', 'voor', 'imeni']);

/**
 * Spellings of the same particle or word, mapped to one form before comparison:
 * "ibn"/"ben"/"bin" (son of), "el"/"ul"/"al" (the).
 */
export const SYNONYMS: Record<string, string> = {
  ibn: 'bin', ben: 'bin', bn: 'bin', binti: 'bint',
  el: 'al', ul: 'al',
  abdel: 'abdul', abdal: 'abdul', abdoul: 'abdul',
};
