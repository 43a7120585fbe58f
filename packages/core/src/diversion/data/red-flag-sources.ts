/**
 * Quoted passages behind red-flag indicators (issue 11 item 6). Each quote was read at its URL;
 * `secondary` marks a law-firm or bank page restating the official alert, whose own text was
 * not reachable from this workspace.
 */
import type { Evidence } from '../../common/evidence';

/** FinCEN–BIS Supplemental Alert FIN-2023-Alert004 (19 May 2023): date of incorporation. */
export const ALERT_2023_INCORPORATION: Evidence = {
  quote:
    'In case you missed it, FinCEN issued an updated alert regarding continued vigilance for Russian Evasion Attempts on May 19, 2023 (FIN-2023-Alert004) ... Evaluating the customer’s date of incorporation (e.g., incorporation after February 24, 2022),',
  citation: 'FIN-2023-Alert004',
  url: 'https://blog.bankerscompliance.com/en/russian-evasion-attempts-continue?hs_amp=true',
  from: 'secondary',
};

/** FinCEN–BIS Joint Notice FIN-2023-NTC2 (6 Nov 2023): letters of credit. */
export const NOTICE_2023_LETTER_OF_CREDIT: Evidence = {
  quote: 'Purchases under a letter of credit that are consigned to the issuing bank, not to the actual end-user.',
  citation: 'FinCEN–BIS Joint Notice FIN-2023-NTC2, 6 Nov 2023',
  url: 'https://webiis05.mondaq.com/unitedstates/export-controls--trade--investment-sanctions/1389114/bis-and-fincen-issue-a-joint-alert-on-new-reporting-key-term-and-red-flags-relating-to-global-evasion-of-us-export-controls',
  from: 'secondary',
};

/**
 * DOJ/Commerce/Treasury Tri-Seal Compliance Note (2 Mar 2023): shipments once bound for Russia, last-minute changes.
 */
export const TRISEAL_2023_ROUTING: Evidence = {
  quote:
    'transactions involving a change in shipments or payments that were previously scheduled for Russia as well as for Belarus; last-minute changes to shipping instructions that appear contrary to customer history or business practices',
  citation: 'DOJ/Commerce/Treasury Tri-Seal Compliance Note, 2 Mar 2023',
  url: 'https://lidings.com/media/legalupdates/guidelines_suspicious_transactions',
  from: 'secondary',
};

/** Short citations of the red-flag sources, as the rules name them. */
export const BIS_KYC = '15 CFR part 732 Supp. 3 (BIS "Know Your Customer" Guidance and Red Flags)';
export const FINCEN_2022 = 'FinCEN–BIS Joint Alert FIN-2022-Alert003, 28 Jun 2022';
export const FINCEN_2023 = 'FinCEN–BIS Joint Notice FIN-2023-NTC2, 6 Nov 2023';
export const TRISEAL = 'DOJ/Commerce/Treasury Tri-Seal Compliance Note, 2 Mar 2023';
export const FINCEN_2023_MAY = 'FinCEN–BIS Supplemental Alert FIN-2023-Alert004, 19 May 2023';
export const NCA = 'NCA/OFSI Red Alert, Dec 2023';
