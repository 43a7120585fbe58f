/**
 * Quoted passages behind the dates and scopes of US rules (issue 11): each the DATES section or
 * the operative sentence of the Federal Register rule, or — marked `secondary` — a public page
 * restating it where the FR text itself was not reachable from this workspace. Every quote here
 * was read at the URL given; none is paraphrased.
 */
import type { Evidence } from '../../common/evidence';

/** 81 FR 35586 (3 Jun 2016): the definitions rule (734.7 "published", 734.8 fundamental research). */
export const FR_81_35586: Evidence = {
  quote: 'The rule is effective September 1, 2016.',
  citation: '81 FR 35586 (FR Doc. 2016-12734, 3 Jun 2016)',
  url: 'https://www.internationaltradecomplianceupdate.com/2016/06/03/bis-and-state-amend-ear-and-itar-to-harmonize-definitions-and-scope',
  from: 'secondary',
};

/** BIS de minimis guidelines: the 10 % / 25 % levels, stated before 81 FR 35586 existed. */
export const DE_MINIMIS_2014: Evidence = {
  quote:
    'De minimis Rules Guidelines - as modified on 7/10/14 (§ 734.4 and Supplement No. 2 to part 734 of the EAR) ... Non-"600 series" & non-9Y515 items: 10 % to Country Group E:1, 25% to all other destinations.',
  citation: '15 CFR 734.4; BIS De minimis Rules Guidelines (10 Jul 2014)',
  url: 'http://www.bis.doc.gov/index.php/licensing/reexports-and-offshore-transactions/de-minimis-guidelines',
  from: 'official',
};
export const DE_MINIMIS_2015: Evidence = {
  quote:
    'Non-“600 series,” non-9x515 or non-‘see-through carve-out’1 items: 10 % to Country Group E:1, 25% to all other destinations.',
  citation: '15 CFR 734.4; BIS De minimis Rules Guidelines (as modified on 29 October 2015)',
  url: 'https://www.bis.doc.gov/index.php/all-articles/22-licensing/reexports-and-offshore-transactions/644-de-minimis-guidelines',
  from: 'official',
};

/**
 * 88 FR 2821 (18 Jan 2023): Macau added to the Oct-2022 advanced-computing controls, effective the day before
 * publication.
 */
export const FR_88_2821: readonly Evidence[] = [
  {
    quote:
      'On January 18, 2023, the U.S. Commerce Department’s Bureau of Industry and Security (BIS) published in the Federal Register an Interim Final Rule, 88 Fed. Reg. 2821, ... This interim final rule is effective as of January 17, 2023.',
    citation: '88 FR 2821 (FR Doc. 2023-00888)',
    url: 'https://www.tradepractitioner.com/2023/01/bis-amends-ear-to-apply-recent-advanced-computer-and-semiconductor-export-controls-to-macau/',
    from: 'secondary',
  },
  {
    quote:
      'This rule also adds Macau to the destination scope of the Advanced computing Foreign Direct Product (FDP) Rule and the Supercomputer FDP Rule in § 734.9. Similarly, this rule adds Macau as an additional destination in the end-use controls under §§ 744.6 (Restrictions on Specific Activities of US Persons) and 744.23',
    citation: '88 FR 2821',
    url: 'https://www.tradepractitioner.com/2023/01/bis-amends-ear-to-apply-recent-advanced-computer-and-semiconductor-export-controls-to-macau/',
    from: 'secondary',
  },
];

/** 744.21 military end use / end user: the rule that put each country under it (issue 11: one date per country). */
export const MEU_2020: readonly Evidence[] = [
  {
    quote:
      'On April 28, 2020, the U.S. Department of Commerce, Bureau of Industry and Security (“BIS”) published a final rule to expand license requirements on exports, reexports, and transfers (in-country) of items intended for military end use or military end users in China, Russia or Venezuela. The final rule will become effective on June 29, 2020.',
    citation: '85 FR 23459 (FR Doc. 2020-07241, 28 Apr 2020)',
    url: 'https://www.magstonelaw.com/news-1/bis-expands-export-restrictions-to-china%2C-russia-and-venezula-for-military-end-users-or-military-end-use',
    from: 'secondary',
  },
];
export const MEU_BURMA: readonly Evidence[] = [
  {
    quote:
      'These final rules effective March 8, 2021 come less than a month after President Biden imposed sanctions blocking U.S. property and interests of Burmese military and government officials.',
    citation: '86 FR 13173 (FR Doc. 2021-04745, "Burma: Implementation of Sanctions", 8 Mar 2021)',
    url: 'https://www.globaltrademag.com/bis-implements-new-burma-export-controls-and-adds-four-entities-to-the-entity-list/',
    from: 'secondary',
  },
  {
    quote:
      'BIS added Burma to the list of countries subject to ‘military end use’ and ‘military end user’ (MEU) restrictions under § 744.21 of the EAR.',
    citation: '86 FR 13173',
    url: 'https://www.kelleydrye.com/viewpoints/blogs/trade-and-manufacturing-monitor/new-export-control-restrictions-imposed-on-burma-four-parties-added-to-entity-list',
    from: 'secondary',
  },
];
export const MEU_CAMBODIA: readonly Evidence[] = [
  {
    quote:
      'BIS is amending the Export Administration Regulations (EAR) to add Cambodia to: ... (2) the list of countries subject to military end use and end user controls in § 744.21,',
    citation: '86 FR 70015 (FR Doc. 2021-26633, Federal Register Vol. 86, No. 234, Thursday, December 9, 2021)',
    url: 'https://info.expeditors.com/newsflash/us-commerce-and-state-departments-increase-export-controls-for-cambodia',
    from: 'secondary',
  },
];
export const MEU_BELARUS: readonly Evidence[] = [
  {
    quote:
      "expand the existing `military end use' and `military end user' control scope to include Belarus for all items “subject to the EAR” other than food and medicine designated EAR99; ... DATES: This rule is effective on March 2, 2022.",
    citation: '87 FR 13048 (FR Doc. 2022-04819, 8 Mar 2022)',
    url: 'http://federal.elaws.us/citation/87-FR-13059',
    from: 'official',
  },
];
export const MEU_NICARAGUA: readonly Evidence[] = [
  {
    quote:
      'The U.S. Commerce Department’s Bureau of Industry and Security (BIS) amended the EAR to (i) move Nicaragua from Country Group B to Country Group D:1, (ii) add Nicaragua to Country Group D:5, consistent with its status as an arms embargo country (discussed below), and (iii) add Nicaragua to the list of countries subject to the military end use and military end user restrictions in EAR § 744.21.',
    citation: '89 FR 18780 (FR Doc. 2024-05696, 15 Mar 2024)',
    url: 'https://www.globaltradeandsanctionslaw.com/u-s-increases-export-restrictions-against-nicaragua/',
    from: 'secondary',
  },
  {
    quote: 'Both rules are effective March 15, 2024.',
    citation: '89 FR 18780',
    url: 'https://info.expeditors.com/newsflash/state-commerce-make-control-changes-for-nicaragua',
    from: 'secondary',
  },
];

/**
 * 61 FR 12714 (25 Mar 1996): the restructured EAR (parts 730-774) — the start date of rules that have stood since then.
 */
export const EAR_1996: Evidence = {
  quote:
    'DATES: Effective Dates: This interim rule is effective April 24, 1996, except part 752, which shall be effective March 25, 1996.',
  citation:
    '61 FR 12714 (Federal Register Vol. 61, No. 58, 25 Mar 1996), "Export Administration Regulation; Simplification of Export Administration Regulations"',
  from: 'official',
};
export const EAR_1996_SOURCE = 'EAR as restructured by 61 FR 12714 (25 Mar 1996), effective 24 Apr 1996';

/** The same 2014 guidance on content that has no de minimis level. */
export const DE_MINIMIS_2014_EXCLUDED: Evidence = {
  quote:
    'Content that is not eligible for de minimis treatment ... Certain 9E003 technology ... Certain U.S. origin components of high performance computers ... Encryption 5E002',
  citation: '15 CFR 734.4(a); BIS De minimis Rules Guidelines (10 Jul 2014)',
  url: 'http://www.bis.doc.gov/index.php/licensing/reexports-and-offshore-transactions/de-minimis-guidelines',
  from: 'official',
};

/** The affiliates rule (90 FR 47201) and its one-year suspension (10 Nov 2025 – 9 Nov 2026). */
export const AFFILIATES_2025: readonly Evidence[] = [
  {
    quote:
      'Under this IFR, any entity that is at least 50 percent owned by one or more entities on the Entity List will itself automatically be subject to Entity List restrictions. ... DATES: Effective date: This rule is effective September 29, 2025.',
    citation: '90 FR 47201 (FR Doc. 2025-19001)',
    url: 'https://thefederalregister.org/documents/2025-19001/expansion-of-end-user-controls-to-cover-affiliates-of-certain-listed-entities',
    from: 'official',
  },
  {
    quote:
      'on November 10, 2025, BIS issued a final rule suspending the Affiliates Rule for one year from November 10, 2025 through November 9, 2026. ... The Affiliates Rule will be reimposed in one year, on November 10, 2026 (unless, of course, the suspension is extended or there are other formal actions to remove the rule entirely).',
    citation: 'BIS final rule of 10 Nov 2025, Federal Register Vol. 90, No. 216 (12 Nov 2025)',
    url: 'https://www.arnoldporter.com/en/perspectives/blogs/enforcement-edge/2025/11/doc-suspends-enforcement-of-the-affiliates-rule-for-one-year',
    from: 'secondary',
  },
];

/** 85 FR 83793 (23 Dec 2020): the Military End-User List (744 Supp. 7). */
export const MEU_LIST_2020: Evidence = {
  quote:
    "In this final rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations (EAR) by adding a new `Military End User' (MEU) List that includes the first tranche of entities. ... Dates This rule is effective December 23, 2020.",
  citation: '85 FR 83793 (FR Doc. 2020-28052)',
  url: 'https://open-gov.usebase.io/federal-register/2020-28052',
  from: 'official',
};
