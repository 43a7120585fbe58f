/**
 * Trade terms → the words the control lists use for the same things, so a text search for
 * "datacenter GPU accelerator" reaches the entries written as "integrated circuits" with a
 * "total processing performance" (3A090) and computers "containing integrated circuits"
 * (4A090), not 2B122 through the stem of "accelerations". OUR search vocabulary, not law:
 * the expansions are phrases of the regulations' own wording, never entry numbers, and each
 * search answer says which expansions it used.
 */

export interface SearchSynonym {
  /** Lower-case trade terms as users type them (matched as whole words, plural "s" optional). */
  terms: readonly string[];
  /** Phrases of the lists' wording searched as well. */
  means: readonly string[];
}

// An accelerator is sold as a chip or as a card/module: an assembly "containing integrated circuits".
const CHIP = ['integrated circuits', 'total processing performance', 'containing integrated circuits'];

export const SEARCH_SYNONYMS: readonly SearchSynonym[] = [
  {
    terms: [
      'gpu',
      'gpgpu',
      'graphics processor',
      'graphics card',
      'accelerator',
      'ai accelerator',
      'npu',
      'tpu',
      'ai chip',
    ],
    means: CHIP,
  },
  {
    terms: ['asic', 'fpga', 'cpu', 'microprocessor', 'processor', 'soc', 'system on chip'],
    means: ['integrated circuits'],
  },
  { terms: ['datacenter', 'data center', 'data centre'], means: ['datacenters'] },
  {
    terms: ['server', 'ai server', 'gpu server', 'workstation', 'supercomputer', 'compute node'],
    means: ['computers', 'digital computers'],
  },
  { terms: ['hbm', 'high bandwidth memory'], means: ['memory bandwidth density', 'high bandwidth memory'] },
  { terms: ['scanner', 'lithography scanner'], means: ['step and scan', 'lithography equipment'] },
  { terms: ['stepper'], means: ['step and repeat', 'lithography equipment'] },
  { terms: ['euv'], means: ['extreme ultraviolet'] },
  {
    terms: ['5-axis', '5 axis', 'five-axis', 'machining center', 'machining centre', 'cnc mill'],
    means: ['milling machines', 'contouring control'],
  },
  {
    terms: ['cnc lathe', 'turning center', 'turning centre', 'lathe'],
    means: ['turning machines', 'contouring control'],
  },
  {
    terms: ['vpn', 'ipsec', 'aes', 'encryption', 'encrypted'],
    means: ['cryptography for data confidentiality', 'information security'],
  },
  { terms: ['drone', 'uav', 'uas'], means: ['unmanned aerial vehicles'] },
  { terms: ['thermal camera', 'thermal imager', 'infrared camera'], means: ['focal plane arrays', 'cameras'] },
];

export interface SearchExpansion {
  term: string;
  means: readonly string[];
}

/** The trade terms a query contains and the list wording each adds. */
export function expandSearch(query: string, synonyms: readonly SearchSynonym[] = SEARCH_SYNONYMS): SearchExpansion[] {
  const q = ` ${query.toLowerCase().replace(/[^a-z0-9-]+/g, ' ')} `;
  const out: SearchExpansion[] = [];
  for (const s of synonyms)
    for (const term of s.terms)
      if (q.includes(` ${term} `) || q.includes(` ${term}s `)) {
        if (!out.some((o) => o.means === s.means)) out.push({ term, means: s.means });
      }
  return out;
}

/** The distinct phrases to search in addition to the query. */
export const searchPhrases = (expansions: readonly SearchExpansion[]): string[] => [
  ...new Set(expansions.flatMap((e) => e.means)),
];
