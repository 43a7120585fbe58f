/**
 * Red flags from a coalition partner (issue 14 item 6): an address, phone number, e-mail domain, payer account or
 * HS pattern that an agency of the user's coalition published as an indicator. The indicator is the partner's
 * statement, not an official list: the flag carries its provenance (agency, coalition, date, reason), and a retracted
 * indicator is no longer given to the scorer. Part of RED_FLAG_RULES (red-flags.ts), in its order.
 */
import type { RedFlagRule } from './red-flags';

export const SHARED_RULES: readonly RedFlagRule[] = [
  {
    id: 'coalition_indicator',
    tag: 'coalition_indicator',
    title: 'A detail of the order matches an indicator a coalition partner agency shared',
    check: 'shared_indicator',
    params: {},
    fields: [
      'parties[].address',
      'parties[].phones',
      'parties[].emails',
      'payment.payerAccount',
      'items[].hsCode',
      'sharedIndicators',
    ],
    heuristicParams: [],
    weight: 0.45,
    verify: true,
    citations: [
      'Reg. (EU) 2021/821 Art. 23(1) (exchange of information between competent authorities; verify: paragraph)',
    ],
  },
];
