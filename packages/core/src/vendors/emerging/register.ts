/**
 * The emerging- and critical-technology taxonomies as cited data (issue 16 §4). Area names are
 * transcribed from the sources named in each taxonomy; `readVia` says where the wording was read.
 */
export interface TechArea {
  id: string;
  name: string;
  /**
   * Recommendation (EU) 2023/2113: the four areas "highly likely to present the most sensitive and immediate risks".
   */
  mostSensitive?: boolean;
}
export interface Taxonomy {
  id: 'bis-anprm-2018' | 'us-cet-2024' | 'eu-2023-2113';
  title: string;
  citation: string;
  url: string;
  readVia: string;
  areas: TechArea[];
}

const a = (id: string, name: string, mostSensitive?: boolean): TechArea =>
  mostSensitive ? { id, name, mostSensitive } : { id, name };

export const TAXONOMIES: readonly Taxonomy[] = [
  {
    id: 'bis-anprm-2018',
    title: 'BIS, Review of Controls for Certain Emerging Technologies (ANPRM): 14 representative technology categories',
    citation:
      '83 FR 58201 (19 November 2018), Bureau of Industry and Security, advance notice of proposed rulemaking under ECRA §1758',
    url: 'https://www.federalregister.gov/documents/2018/11/19/2018-25221/review-of-controls-for-certain-emerging-technologies',
    readVia: 'the list as reproduced by WorldECR (November 2018) and DLA Piper (19 November 2018)',
    areas: [
      a('biotechnology', 'Biotechnology'),
      a('ai-ml', 'Artificial intelligence (AI) and machine learning technology'),
      a('pnt', 'Position, Navigation, and Timing (PNT) technology'),
      a('microprocessor', 'Microprocessor technology'),
      a('advanced-computing', 'Advanced computing technology'),
      a('data-analytics', 'Data analytics technology'),
      a('quantum', 'Quantum information and sensing technology'),
      a('logistics', 'Logistics technology'),
      a('additive-manufacturing', 'Additive manufacturing (e.g., 3D printing)'),
      a('robotics', 'Robotics'),
      a('bci', 'Brain-computer interfaces'),
      a('hypersonics', 'Hypersonics'),
      a('advanced-materials', 'Advanced materials'),
      a('advanced-surveillance', 'Advanced surveillance technologies'),
    ],
  },
  {
    id: 'us-cet-2024',
    title: 'Critical and Emerging Technologies List Update (18 areas)',
    citation:
      'National Science and Technology Council, Fast Track Action Subcommittee on Critical and Emerging Technologies, February 2024',
    url: 'https://www.whitehouse.gov/wp-content/uploads/2024/02/Critical-and-Emerging-Technologies-List-2024-Update.pdf',
    readVia:
      'the area list as reproduced by AIP FYI (13 February 2024) and Thompson Hine SmarTrade (February 2024); the URL is the White House report as published then (not re-fetched here)',
    areas: [
      a('advanced-computing', 'Advanced Computing'),
      a('advanced-engineering-materials', 'Advanced Engineering Materials'),
      a('gas-turbine', 'Advanced Gas Turbine Engine Technologies'),
      a('sensing-signature', 'Advanced and Networked Sensing and Signature Management'),
      a('advanced-manufacturing', 'Advanced Manufacturing'),
      a('ai', 'Artificial Intelligence'),
      a('biotechnologies', 'Biotechnologies'),
      a('clean-energy', 'Clean Energy Generation and Storage'),
      a('cybersecurity', 'Data Privacy, Data Security, and Cybersecurity Technologies'),
      a('directed-energy', 'Directed Energy'),
      a('uxs-robotics', 'Highly Automated, Autonomous, and Uncrewed Systems, and Robotics'),
      a('human-machine', 'Human-Machine Interfaces'),
      a('hypersonics', 'Hypersonics'),
      a('communications', 'Integrated Communication and Networking Technologies'),
      a('pnt', 'Positioning, Navigation, and Timing (PNT) Technologies'),
      a('quantum', 'Quantum Information and Enabling Technologies'),
      a('semiconductors', 'Semiconductors and Microelectronics'),
      a('space', 'Space Technologies and Systems'),
    ],
  },
  {
    id: 'eu-2023-2113',
    title:
      'Commission Recommendation (EU) 2023/2113 on critical technology areas for the EU’s economic security (10 areas)',
    citation: 'Commission Recommendation (EU) 2023/2113 of 3 October 2023, OJ L, 11.10.2023, Annex',
    url: 'https://eur-lex.europa.eu/eli/reco/2023/2113/oj',
    readVia:
      'the Commission press release of 3 October 2023 (four areas) and the area list as reproduced by Zabala and Ridens (October 2023)',
    areas: [
      a('semiconductors', 'Advanced semiconductors technologies', true),
      a('ai', 'Artificial intelligence technologies', true),
      a('quantum', 'Quantum technologies', true),
      a('biotechnologies', 'Biotechnologies', true),
      a('connectivity-navigation-digital', 'Advanced connectivity, navigation and digital technologies'),
      a('sensing', 'Advanced sensing technologies'),
      a('space-propulsion', 'Space & propulsion technologies'),
      a('energy', 'Energy technologies'),
      a('robotics-autonomous', 'Robotics and autonomous systems'),
      a('materials-manufacturing-recycling', 'Advanced materials, manufacturing and recycling technologies'),
    ],
  },
];

export const areaKey = (taxonomy: Taxonomy['id'], area: string) => `${taxonomy}:${area}`;
export const ALL_AREA_KEYS: readonly string[] = TAXONOMIES.flatMap((t) => t.areas.map((x) => areaKey(t.id, x.id)));
