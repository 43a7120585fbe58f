/**
 * Science-and-technology agreements among allies, seeded with real agreements. Every field carries the
 * passage it rests on and where from, or is "unknown" (never filled from another agreement's text).
 * Sources were found and read in this work; where a passage supports a value only by inference, `note` says so.
 */
import type { Agreement } from '../agreements';

const CORDIS_1997 =
  'https://cordis.europa.eu/article/id/9475-euus-science-and-technology-cooperation-agreement-signed/pl';
const CORDIS_1998 = 'https://cordis.europa.eu/programme/rcn/639_es.html';
const OEIL_2004 = 'https://oeil.secure.europarl.europa.eu/oeil/en/document-summary?id=884275';
const REAGAN = 'https://www.reaganlibrary.gov/research/speeches/062088a';
const MOFA_US = 'https://www.mofa.go.jp/region/n-america/us/q&a/science/Science.html';
const GOVUK =
  'https://gov.uk/government/news/first-ever-uk-us-science-and-technology-agreement-paves-the-way-for-closer-research-collaborations';
const WH_2017 =
  'https://trumpwhitehouse.archives.gov/articles/united-states-united-kingdom-sign-landmark-science-technology-agreement/';
const EUJP_OJ = 'https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=CELEX%3A22011A0406%2801%29';
const EUJP_DEC = 'https://dataverse.harvard.edu/dataset.xhtml?persistentId=doi:10.7910/DVN/0EGYWY';
const EUJP_PR = 'http://europa.eu/rapid/press-release_IP-09-1844_en.htm';
const MOFA_EUJP = 'https://www.mofa.go.jp/mofaj/press/release/23/3/0330_01.html';

const unknown = { value: 'unknown' as const };

export const SEED_AGREEMENTS: readonly Agreement[] = [
  {
    id: 'eu-us-st-1997',
    title:
      'Agreement for scientific and technological cooperation between the European Community and the Government of the United States of America',
    parties: ['EU', 'US'],
    kind: 'bilateral',
    signed: {
      value: '1997-12-05',
      quote:
        'the Science and Technology Cooperation Agreement signed during the EU-US Summit in Washington, on 5 December 1997',
      url: CORDIS_1997,
    },
    inForce: {
      value: '1998-10-14',
      quote:
        'was concluded in 1998 for a period of five years, extendable by a further five years. ... the Agreement, which expired on 13 October 2003.',
      url: OEIL_2004,
      note: 'date derived: a five-year term that expired on 13 Oct 2003 began on 14 Oct 1998',
    },
    expiry: {
      value: 'renewed',
      quote:
        'Council Decision 2004/756/EC concerning the conclusion of an Agreement renewing the Agreement for scientific and technological cooperation',
      url: OEIL_2004,
      note: 'later renewals and the current expiry: unknown',
    },
    fields: {
      value: [
        'environment',
        'biomedicine and health',
        'agriculture',
        'fisheries science',
        'engineering research',
        'non-nuclear energy',
        'natural resources',
        'materials sciences and metrology',
        'information and communication technologies',
        'telematics',
        'biotechnology',
        'marine sciences and technology',
        'social sciences',
        'transportation',
        'science and technology policy',
      ],
      quote:
        'Areas for cooperative activities under this agreement are: - Environment including climate research; - Biomedicine and health ... - Information and communication technologies; - Telematics; - Biotechnology; ...',
      url: CORDIS_1998,
    },
    terms: {
      reciprocity: {
        value: 'yes',
        quote:
          "In addition to reciprocal participation in each others' research programmes, cooperation may also take place through coordinated and joint research projects",
        url: CORDIS_1997,
      },
      nationalTreatment: unknown,
      ipAllocation: {
        value: 'annex',
        quote:
          'The allocation and protection of intellectual property rights are dealt with in the Annex to the Agreement.',
        url: 'https://cordis.europa.eu/article/id/11436-ecusa-scientific-and-technological-cooperation-agreement',
      },
      researchSecurity: {
        value: 'partial',
        quote:
          'On the US side, government-funded research programmes in equivalent fields not affecting national security will be covered.',
        url: CORDIS_1997,
        note: 'a scope exclusion, not a research-security clause',
      },
      exportControl: unknown,
      disputeSettlement: unknown,
    },
    agencies: {
      value: ['European Commission', 'US Department of State'],
      quote:
        'The Commission and the State Department of the United States of America, as Executive Agents, will establish a Joint Consultative Group (JCG)',
      url: CORDIS_1998,
    },
  },
  {
    id: 'us-jp-st-1988',
    title:
      'Agreement between the Government of the United States of America and the Government of Japan on Cooperation in Research and Development in Science and Technology',
    parties: ['US', 'JP'],
    kind: 'bilateral',
    signed: {
      value: '1988-06-20',
      quote:
        'June 20, 1988 ... Prime Minister Takeshita and I have just signed a new agreement on cooperation in research and development in science and technology.',
      url: REAGAN,
    },
    inForce: unknown,
    expiry: unknown,
    fields: {
      value: [
        'life sciences, including biotechnology',
        'information science and technology',
        'automation and process control',
        'joint database development',
        'global geoscience and environment',
        'advanced materials, including superconductors',
        'other fields',
      ],
      quote:
        '(1) Life Sciences, including Biotechnology (2) Information Science and Technology (3) Automation and Process Control (4) Joint Database Development (5) Global Geoscience and Environment (6) Advanced Materials, including Superconductors (7) Other Fields',
      url: MOFA_US,
      note: 'the fields of the joint projects under the agreement, as MOFA lists them',
    },
    terms: {
      reciprocity: {
        value: 'yes',
        quote: "It's based on the principles of mutual and equitable contributions and benefits.",
        url: REAGAN,
      },
      nationalTreatment: unknown,
      ipAllocation: unknown,
      researchSecurity: {
        value: 'unknown',
        quote:
          'the relationship between advanced science and technology and security was taken up as one of the themes for discussions at the negotiations',
        url: 'https://www.mofa.go.jp/policy/other/bluebook/1988/1988-2-4.htm',
        note: 'security was negotiated; whether the text has a clause was not read',
      },
      exportControl: unknown,
      disputeSettlement: unknown,
    },
    agencies: {
      value: ['joint high-level committee'],
      quote: 'Under this agreement we will establish a joint high-level committee to meet at least annually',
      url: REAGAN,
    },
  },
  {
    id: 'us-uk-st-2017',
    title:
      'Agreement between the Government of the United States of America and the Government of the United Kingdom of Great Britain and Northern Ireland on Science and Technology Cooperation',
    parties: ['US', 'GB'],
    kind: 'bilateral',
    signed: {
      value: '2017-09-20',
      quote:
        'Science Minister Jo Johnson has today (Wednesday 20 September) signed a UK-US Science and Technology Agreement with US Acting Assistant Secretary of State',
      url: GOVUK,
    },
    inForce: unknown,
    expiry: unknown,
    fields: {
      value: [
        'basic science',
        'early-stage R&D',
        'emerging technologies like artificial intelligence',
        'public-private partnership models',
        'science and economic prosperity',
      ],
      quote:
        'Scientific and policy areas that this bilateral agreement aims to cover include basic science, early-stage R&D, emerging technologies like artificial intelligence, promising new public-private partnership models',
      url: WH_2017,
    },
    terms: {
      reciprocity: unknown,
      nationalTreatment: unknown,
      ipAllocation: {
        value: 'yes',
        quote:
          'The agreement sets forth principles for scientific collaboration on a wide variety of subjects, including ... the handling of jointly-developed intellectual property',
        url: WH_2017,
      },
      researchSecurity: unknown,
      exportControl: unknown,
      disputeSettlement: unknown,
    },
    agencies: {
      value: ['US Department of State', 'UK Minister of State for Universities, Science, Research and Innovation'],
      quote:
        'signed a UK-US Science and Technology Agreement with US Acting Assistant Secretary of State for Oceans and International Environmental and Scientific Affairs Judith G Garber',
      url: GOVUK,
    },
  },
  {
    id: 'eu-jp-st-2009',
    title:
      'Agreement between the European Community and the Government of Japan on cooperation in science and technology',
    parties: ['EU', 'JP'],
    kind: 'bilateral',
    signed: {
      value: '2009-11-30',
      quote:
        'That Agreement was signed by the representatives of the Parties on 30 November 2009 in Brussels subject to its conclusion at a later date.',
      url: EUJP_DEC,
      citation: 'Council Decision 2011/213/EU, recital 2, OJ L 90, 6.4.2011',
    },
    inForce: {
      value: '2011-03-29',
      quote:
        '3月29日(火曜日),「科学技術における協力に関する日本国政府と欧州共同体との間の協定」(日・EC科学技術協力協定)は,...効力を生じました。',
      url: MOFA_EUJP,
    },
    expiry: unknown,
    fields: {
      value: ['energy', 'environment', 'new materials'],
      quote:
        'common research priorities and areas of common interest, such as energy and environment ... Discussions are already well advanced in some fields, such as energy and new materials.',
      url: EUJP_PR,
      note: 'examples named at signature, not the agreement’s full list',
    },
    terms: {
      reciprocity: {
        value: 'yes',
        quote:
          'reciprocal participation in research programmes, exchange of researchers, and coordinated calls for proposals',
        url: EUJP_PR,
      },
      nationalTreatment: unknown,
      ipAllocation: unknown,
      researchSecurity: {
        value: 'unknown',
        quote:
          'The Parties shall encourage, develop and facilitate cooperative activities under this Agreement in the areas of science and technology for peaceful purposes.',
        url: EUJP_OJ,
        citation: 'OJ L 90, 6.4.2011, Art. 1(1)',
        note: 'a peaceful-purposes clause; no research-security clause was read',
      },
      exportControl: unknown,
      disputeSettlement: unknown,
    },
    agencies: {
      value: ['Joint Committee'],
      quote: 'the Joint Committee established by Article 6(1) of the Agreement',
      url: EUJP_DEC,
      citation: 'Council Decision 2011/213/EU, Art. 2',
    },
  },
];
