/**
 * Crosswalk from technology areas to control-list entries (our mapping, labelled as such): which
 * entries already control part of an area, in which jurisdiction. An area with no entry in a
 * jurisdiction is reported as a gap — a candidate for a control proposal, not a finding that
 * nothing is controlled (entries outside this crosswalk may apply). US entries are ECCNs of the
 * Commerce Control List (15 CFR 774 Supp. 1); EU entries are Annex I of Regulation (EU) 2021/821,
 * numbered as the Wassenaar entry they implement.
 */
import { ALL_AREA_KEYS, TAXONOMIES } from './register';

export interface CrosswalkEntry {
  jurisdiction: 'US' | 'EU';
  code: string;
  areas: string[];
  note?: string;
}

const both = (code: string, areas: string[], note?: string): CrosswalkEntry[] => [
  { jurisdiction: 'US', code, areas, ...(note ? { note } : {}) },
  { jurisdiction: 'EU', code, areas, ...(note ? { note } : {}) },
];
const us = (code: string, areas: string[], note?: string): CrosswalkEntry[] => [
  { jurisdiction: 'US', code, areas, ...(note ? { note } : {}) },
];

const SEMI = ['bis-anprm-2018:microprocessor', 'us-cet-2024:semiconductors', 'eu-2023-2113:semiconductors'];
const COMPUTE = ['bis-anprm-2018:advanced-computing', 'us-cet-2024:advanced-computing', 'eu-2023-2113:ai'];
const AI = ['bis-anprm-2018:ai-ml', 'us-cet-2024:ai', 'eu-2023-2113:ai'];
const QUANTUM = ['bis-anprm-2018:quantum', 'us-cet-2024:quantum', 'eu-2023-2113:quantum'];
const BIO = ['bis-anprm-2018:biotechnology', 'us-cet-2024:biotechnologies', 'eu-2023-2113:biotechnologies'];
const PNT = ['bis-anprm-2018:pnt', 'us-cet-2024:pnt', 'eu-2023-2113:connectivity-navigation-digital'];
const HYPER = ['bis-anprm-2018:hypersonics', 'us-cet-2024:hypersonics', 'eu-2023-2113:space-propulsion'];
const ROBOT = ['bis-anprm-2018:robotics', 'us-cet-2024:uxs-robotics', 'eu-2023-2113:robotics-autonomous'];
const MATERIALS = [
  'bis-anprm-2018:advanced-materials',
  'us-cet-2024:advanced-engineering-materials',
  'eu-2023-2113:materials-manufacturing-recycling',
];
const SURVEIL = ['bis-anprm-2018:advanced-surveillance', 'us-cet-2024:sensing-signature', 'eu-2023-2113:sensing'];
const CYBER = ['us-cet-2024:cybersecurity', 'eu-2023-2113:connectivity-navigation-digital'];

export const CROSSWALK: readonly CrosswalkEntry[] = [
  ...both('3A001', SEMI),
  ...both('3B001', SEMI),
  ...both('3C001', SEMI),
  ...both('3D001', SEMI),
  ...both('3E001', SEMI),
  ...us('3B993', SEMI, 'US-only semiconductor manufacturing equipment entry'),
  ...us('3A090', [...SEMI, ...AI], 'US-only advanced-computing integrated circuits'),
  ...us('4A090', [...COMPUTE, ...AI], 'US-only advanced-computing computers'),
  ...us('4E091', AI, 'US-only AI model weights entry'),
  ...both('4A003', COMPUTE),
  ...both('4D001', COMPUTE),
  ...both('4E001', COMPUTE),
  ...us(
    '4A906',
    QUANTUM,
    'US quantum computers entry; not in Annex I of Regulation (EU) 2021/821 (some member states control nationally)',
  ),
  ...both('1C351', BIO),
  ...both('1C353', BIO),
  ...both('2B352', BIO),
  ...us('2D352', BIO, 'software for nucleic acid assemblers (the 2020 BIS emerging-technology rule)'),
  ...both('7A003', PNT),
  ...both('7A005', PNT),
  ...us('7D003', PNT),
  ...both('9A004', [...HYPER, 'us-cet-2024:space']),
  ...both('9A106', HYPER),
  ...us('9A515', ['us-cet-2024:space', 'eu-2023-2113:space-propulsion'], 'US 500-series spacecraft entry'),
  ...both('9E003', ['us-cet-2024:gas-turbine']),
  ...both('2B007', ROBOT),
  ...both('9A012', ROBOT),
  ...both('8A001', ROBOT),
  ...both('2B001', ['us-cet-2024:advanced-manufacturing', 'eu-2023-2113:materials-manufacturing-recycling']),
  ...both('1C007', MATERIALS),
  ...both('1C010', MATERIALS),
  ...both('6A002', SURVEIL),
  ...both('6A003', SURVEIL),
  ...both('5A001', [...SURVEIL, 'us-cet-2024:communications']),
  ...us('5A980', SURVEIL, 'US-only surreptitious interception devices'),
  ...both('6A005', ['us-cet-2024:directed-energy']),
  ...both('5A002', CYBER),
  ...both('5D002', CYBER),
  ...both('5A004', CYBER),
];

/** Per area and jurisdiction: the entries that control part of it, or a gap (no entry in this crosswalk). */
export function coverage(): { area: string; name: string; US: string[]; EU: string[]; gaps: ('US' | 'EU')[] }[] {
  return ALL_AREA_KEYS.map((key) => {
    const [tax, id] = key.split(':') as [string, string];
    const name = TAXONOMIES.find((t) => t.id === tax)!.areas.find((x) => x.id === id)!.name;
    const codes = (j: 'US' | 'EU') =>
      CROSSWALK.filter((e) => e.jurisdiction === j && e.areas.includes(key)).map((e) => e.code);
    const US = codes('US');
    const EU = codes('EU');
    return {
      area: key,
      name,
      US,
      EU,
      gaps: [...(US.length ? [] : ['US' as const]), ...(EU.length ? [] : ['EU' as const])],
    };
  });
}
