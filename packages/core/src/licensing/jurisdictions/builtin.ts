/**
 * The jurisdictions whose law the engine applies, in the order determinations list them. Each
 * entry names its control lists (controls/model.ts `CONTROL_LISTS`), its code pattern, its rule
 * modules in evaluation order, and the form fields only its law reads.
 */
import { AU_RULES } from '../data/rules-au';
import { EU_RULES } from '../data/rules-eu';
import { EU_CATCHALL_RULES } from '../data/rules-eu-catchall';
import { EU_GEA_RULES } from '../data/rules-eu-gea';
import { EU_RUSSIA_RULES } from '../data/rules-eu-russia';
import { JP_RULES } from '../data/rules-jp';
import { NL_RULES } from '../data/rules-nl';
import { UK_RULES } from '../data/rules-uk';
import { US_CHART_RULES, US_JURISDICTION_RULES } from '../data/rules-us-chart';
import { US_EXCEPTION_RULES } from '../data/rules-us-exceptions';
import { US_MORE_EXCEPTION_RULES } from '../data/rules-us-exceptions-more';
import { US_AFFILIATES_RULES } from '../data/rules-us-affiliates';
import { US_FDP_RULES } from '../data/rules-us-fdp';
import { US_REGION_RULES, US_TSU_APR_RULES } from '../data/rules-us-regions-exceptions';
import { US_OVERLAY_RULES } from '../data/rules-us-overlays';
import { parseJpProvision } from '../../controls/data/jp-provision';
import type { CodePattern, JurisdictionDefinition } from './model';

/** An ECCN of the CCL / an EU Annex I code (3A090.a), or the "not listed" words. */
const ECCN_OR_UNLISTED = /^(EAR99|unlisted|[0-9][A-E]\d{3}(\.[a-z0-9]{1,2})*)$/i;
/**
 * A national list code: PL5001, ML10.a, 3B1001.l, or a provision key such as JP6-17-KA (Japan, Art. 6 item 17 (ka)).
 */
const NATIONAL_CODE = /^(unlisted|[A-Z0-9]{2,12}(-[A-Z0-9]{1,4}){0,3}(\.[a-z0-9]{1,3})*)$/i;
const codes = (pattern: RegExp, examples: string, normalise?: CodePattern['normalise']): CodePattern => ({
  pattern,
  examples,
  ...(normalise ? { normalise } : {}),
});

export const BUILT_IN_JURISDICTIONS: readonly JurisdictionDefinition[] = [
  {
    code: 'US',
    name: 'United States',
    adjective: 'US',
    law: 'Export Administration Regulations, 15 CFR 730–774',
    controlLists: ['us-ccl'],
    classification: codes(ECCN_OR_UNLISTED, '3A090.a, or EAR99 / unlisted'),
    rules: [
      US_JURISDICTION_RULES,
      US_FDP_RULES,
      US_CHART_RULES,
      US_OVERLAY_RULES,
      US_AFFILIATES_RULES,
      US_REGION_RULES,
      US_EXCEPTION_RULES,
      US_MORE_EXCEPTION_RULES,
      US_TSU_APR_RULES,
    ],
    form: {
      classification: {
        label: 'US ECCN',
        placeholder: '3A090.a or EAR99',
        hint: 'Commerce Control List, 15 CFR 774',
        primary: true,
      },
      itemFields: [
        {
          field: 'us_content_percent',
          kind: 'number',
          label: 'US content %',
          placeholder: '0–100',
          hint: 'Controlled US content, for de minimis (734.4)',
        },
        { field: 'enc_eligible', kind: 'flag', label: 'ENC-eligible (740.17)' },
        { field: 'sta_consignee_statement', kind: 'flag', label: 'STA consignee statement on file (740.20(d)(2))' },
        { field: 'made_with_us_technology', kind: 'flag', label: 'Direct product of US technology (734.9)' },
      ],
    },
    traits: { deemedExport: true, classifyUpFront: true, earCountryTables: true },
  },
  {
    code: 'EU',
    name: 'European Union',
    adjective: 'EU',
    law: 'Reg. (EU) 2021/821 and the Russia / Belarus sanctions',
    controlLists: ['eu-annex-i', 'eu-annex-iv'],
    classification: codes(ECCN_OR_UNLISTED, '3A001.a.1, or unlisted'),
    rules: [EU_RULES, EU_CATCHALL_RULES, EU_RUSSIA_RULES, EU_GEA_RULES],
    form: {
      classification: {
        label: 'EU control code',
        placeholder: '3A001.a.1 or unlisted',
        hint: 'Annex I, Reg. (EU) 2021/821',
        primary: true,
      },
    },
    traits: { classifyUpFront: true },
  },
  {
    code: 'UK',
    name: 'United Kingdom',
    adjective: 'UK',
    law: 'Export Control Order 2008, retained Reg. (EC) 428/2009 and the Russia (Sanctions) (EU Exit) Regulations 2019',
    controlLists: ['uk-strategic'],
    classification: codes(NATIONAL_CODE, 'ML10.a, PL9010, 3A001.a.1 or unlisted'),
    rules: [UK_RULES],
    form: {
      classification: {
        label: 'UK control code',
        placeholder: 'PL9010 or 3A001.a.1',
        hint: 'UK Strategic Export Control List',
      },
    },
    traits: { multilateralCode: { from: ['EU', 'US'], caveat: 'UK military ML / PL entries are not derived' } },
  },
  {
    code: 'NL',
    name: 'Netherlands',
    adjective: 'Dutch',
    law: 'Regeling geavanceerde productieapparatuur voor halfgeleiders, under Reg. (EU) 2021/821 Art. 9',
    controlLists: ['nl-national'],
    classification: codes(NATIONAL_CODE, '3B1001.l or unlisted'),
    rules: [NL_RULES],
    form: {
      classification: {
        label: 'NL control code',
        placeholder: '3B1001.l',
        hint: 'Dutch national list (advanced chip-making equipment)',
      },
    },
  },
  {
    code: 'JP',
    name: 'Japan',
    adjective: 'Japanese',
    law: 'Foreign Exchange and Foreign Trade Act art. 48(1), Export Trade Control Order Appended Table 1',
    controlLists: ['jp-fefta'],
    classification: codes(NATIONAL_CODE, 'JP6-17-KA (Art. 6 item 17 (ka)), JP2023LIT or unlisted', parseJpProvision),
    rules: [JP_RULES],
    form: {
      classification: {
        label: 'JP control code',
        placeholder: 'JP6-17-KA',
        hint: 'Goods-ordinance provision as written (Art. 6 item 17 (ka), 第6条第17号カ) or its key, under FEFTA',
      },
    },
  },
  {
    code: 'AU',
    name: 'Australia',
    adjective: 'Australian',
    law: 'Customs (Prohibited Exports) Regulations 1958 reg. 13E and the Defence Trade Controls Act 2012',
    controlLists: ['au-dsgl'],
    classification: codes(NATIONAL_CODE, '3A001.a.1, ML10.a or unlisted'),
    rules: [AU_RULES],
    form: {
      classification: {
        label: 'AU DSGL code',
        placeholder: '3A001.a.1',
        hint: 'Defence and Strategic Goods List',
      },
    },
    traits: { multilateralCode: { from: ['EU', 'US'] } },
  },
];
