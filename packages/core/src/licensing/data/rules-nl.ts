/**
 * Netherlands national controls on advanced semiconductor manufacturing equipment, made under
 * Reg. (EU) 2021/821 Art. 9 (national measures for items not in Annex I): the Regulation of the
 * Minister for Foreign Trade of 23 June 2023, no. MinBuza.2023.15246-27 ("Regeling geavanceerde
 * productieapparatuur voor halfgeleiders", Stcrt. 2023, 18212, published 30 June 2023), in force
 * 1 Sep 2023: a licence is required to export the items of its annex from the Netherlands to
 * destinations outside the EU; applications are assessed case by case (government notice: "this
 * is not an export ban"). Amended by the Regulation of 2 Sep 2024 nr. BZ2404162 (new annex: more
 * DUV immersion lithography types, NXT:1970i / 1980i; in force 7 Sep 2024) and by the amendment
 * published 15 Jan 2025, applying from 1 Apr 2025 (measuring / inspection equipment and technology;
 * rijksoverheid.nl announcement of 15 Jan 2025). National codes: 3B1001.l, 3B1001.m... as the
 * Commission publishes them under Art. 9(4) (OJ C/2023/441).
 *
 * The item codes are the national list's own (transcribed in packages/core/src/controls by the
 * control-list work); an item carries them as `classification.NL`, "unlisted" when not on the list.
 * The EU rules apply to a Dutch exporter as well: these rules are in addition to them.
 */
import type { LicensingRule, RuleCondition } from '../model';

const REGELING = 'Regeling geavanceerde productieapparatuur voor halfgeleiders (Stcrt. 2023, 18212)';
const OUTSIDE_EU: RuleCondition = { all: [{ listed: true }, { not: { destinationIn: ['EU'] } }] };
const effect = { decision: 'LICENCE_REQUIRED' as const, policy: 'case_by_case' as const, reasons: ['NL national'] };

export const NL_RULES: LicensingRule[] = [
  {
    id: 'NL-exporter',
    jurisdiction: 'NL',
    stage: 'jurisdiction',
    title: 'Export from the Netherlands (national measure under Reg. 2021/821 Art. 9)',
    citation: `Reg. (EU) 2021/821 Art. 9(1); ${REGELING} art. 2`,
    source: `${REGELING}, in force 1 Sep 2023`,
    effectiveFrom: '2023-09-01',
    when: { exporterIn: ['NL'] },
    effect: { subject: true },
  },
  {
    id: 'NL-SME-2023',
    jurisdiction: 'NL',
    stage: 'requirement',
    title:
      'Advanced semiconductor manufacturing equipment on the national list, exported outside the EU: national licence required (case by case)',
    citation: `${REGELING} art. 2 and Annex (2023 version)`,
    source: 'Regulation of 23 June 2023, no. MinBuza.2023.15246-27, in force 1 Sep 2023',
    effectiveFrom: '2023-09-01',
    effectiveTo: '2024-09-07',
    when: OUTSIDE_EU,
    effect,
  },
  {
    id: 'NL-SME-2024',
    jurisdiction: 'NL',
    stage: 'requirement',
    title:
      'As amended from 7 Sep 2024 (further DUV immersion lithography types): national licence required outside the EU',
    citation: `${REGELING} art. 2 and Annex as replaced by the Regulation of 2 Sep 2024 nr. BZ2404162`,
    source: 'Regulation of 2 Sep 2024 nr. BZ2404162, in force the day after publication (7 Sep 2024)',
    effectiveFrom: '2024-09-07',
    effectiveTo: '2025-04-01',
    when: OUTSIDE_EU,
    effect,
    unverified: 'publication date from the government press release of 6 Sep 2024 ("as of 7 September 2024")',
  },
  {
    id: 'NL-SME-2025',
    jurisdiction: 'NL',
    stage: 'requirement',
    title:
      'As amended in 2025 (measuring and inspection equipment, further technology): national licence required outside the EU',
    citation: `${REGELING} art. 2 and Annex, as amended (Staatscourant 15 Jan 2025)`,
    source: 'Amendment published 15 Jan 2025, applying from 1 Apr 2025 (rijksoverheid.nl, 15 Jan 2025)',
    effectiveFrom: '2025-04-01',
    when: OUTSIDE_EU,
    effect,
    unverified:
      'the Staatscourant number of the 2025 amendment was not read; since Delegated Reg. (EU) 2025/2003 (15 Nov 2025) items now in EU Annex I (3B501...) leave the national list — the NL classification must follow the list version',
  },
];
