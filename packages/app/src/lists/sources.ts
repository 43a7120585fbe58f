/**
 * Where each list is published. `dualuse lists sync` downloads these and imports them;
 * DUALUSE_LIST_SOURCES names a JSON file ({ "id": ["url", ...] }) that replaces them (a
 * mirror, a proxy, a test server). Files of one source are imported together (OFAC's CSV set).
 */
export const OFFICIAL_LIST_SOURCES: Record<string, { title: string; urls: string[] }> = {
  'us-ofac-sdn': {
    title: 'OFAC Specially Designated Nationals (legacy CSV set)',
    urls: ['SDN.CSV', 'ALT.CSV', 'ADD.CSV', 'SDN_COMMENTS.CSV'].map(
      (f) => `https://sanctionslistservice.ofac.treas.gov/api/download/${f}`,
    ),
  },
  'us-ofac-cons': {
    title: 'OFAC Consolidated (non-SDN) lists (CSV set)',
    urls: ['CONS_PRIM.CSV', 'CONS_ALT.CSV', 'CONS_ADD.CSV', 'CONS_COMMENTS.CSV'].map(
      (f) => `https://sanctionslistservice.ofac.treas.gov/api/download/${f}`,
    ),
  },
  'un-sc': {
    title: 'UN Security Council Consolidated List',
    urls: ['https://scsanctions.un.org/resources/xml/en/consolidated.xml'],
  },
  'us-csl': {
    title: 'US Consolidated Screening List (Entity List, MEU, UVL, DPL, ISN, ...)',
    urls: ['https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv'],
  },
  'uk-fcdo': {
    title: 'UK Sanctions List (FCDO)',
    urls: ['https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml'],
  },
  'au-dfat': {
    title: 'Australia DFAT Consolidated List',
    urls: ['https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx'],
  },
};
