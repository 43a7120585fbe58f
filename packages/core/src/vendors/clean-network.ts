/**
 * The Clean Network as a policy profile the user may enable: not law. Source: US Department of
 * State, press statement "Announcing the Expansion of the Clean Network to Safeguard America's
 * Assets" (Secretary Pompeo, 5 August 2020), and the 5G Clean Path (29 April 2020) it builds on.
 * Which vendor counts as "untrusted" is our operationalisation (stated in each finding): a vendor
 * or owner on a US vendor-restriction list, or equipment whose country of origin is the PRC.
 */
import type { CleanLine } from './categories';

export interface CleanNetworkLine {
  line: CleanLine;
  title: string;
  /** Verbatim from the statement; null when the exact wording was not verified (see note). */
  quote: string | null;
  note?: string;
}

export const CLEAN_NETWORK_SOURCE =
  'US Department of State, "Announcing the Expansion of the Clean Network to Safeguard America\'s Assets", press statement, 5 August 2020 (text as reproduced by benton.org); 5G Clean Path announced 29 April 2020';

export const CLEAN_NETWORK_LINES: readonly CleanNetworkLine[] = [
  {
    line: 'clean_path_5g',
    title: '5G Clean Path',
    // Quoted from the State Department's 5G Clean Path description as reproduced by michaelkans.blog (12 Aug 2020).
    quote:
      'an end-to-end communication path that does not use any transmission, control, computing, or storage equipment from untrusted IT vendors, such as Huawei and ZTE',
  },
  {
    line: 'clean_carrier',
    title: 'Clean Carrier',
    quote:
      'To ensure untrusted People’s Republic of China (PRC) carriers are not connected with US telecommunications networks.',
  },
  {
    line: 'clean_cloud',
    title: 'Clean Cloud',
    quote:
      'To prevent US citizens’ most sensitive personal information and our businesses’ most valuable intellectual property, including COVID-19 vaccine research, from being stored and processed […]',
  },
  {
    line: 'clean_store_apps',
    title: 'Clean Store / Clean Apps',
    quote: 'To remove untrusted applications from US mobile app stores.',
  },
  {
    line: 'clean_cable',
    title: 'Clean Cable',
    quote: null,
    note: 'the exact wording of the Clean Cable line was not verified here; secondary reports describe it as keeping undersea cables from being used for intelligence gathering',
  },
];
