/**
 * Netherlands national control list for advanced semiconductor manufacturing equipment:
 * Regeling geavanceerde productieapparatuur voor halfgeleiders (Art. 9 of Reg. (EU) 2021/821),
 * adopted 23 June 2023, in force 1 Sep 2023, amended Sept 2024 and Jan 2025. The Commission
 * publishes such lists under Art. 9(4) numbered "3B1001.x" (OJ C/2023/441, 20.10.2023): the
 * Annex I entry number with a "1" inserted. Exports outside the EU need a licence.
 */
import type { CuratedItem } from './curated';

const REGELING =
  'Regeling van de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking van 23 juni 2023, nr. MinBuza.2023.15246-27 (Regeling geavanceerde productieapparatuur voor halfgeleiders), Stcrt. 2023, 18212, art. 2 and bijlage; notified under Art. 9(4) Reg. (EU) 2021/821 and published in OJ C/2023/441 (20.10.2023)';
const STCRT_SRC =
  'https://zoek.officielebekendmakingen.nl/stcrt-2023-18212.html (title, number, art. 2: export from NL without licence prohibited)';
const OJ_SRC =
  'https://eur-lex.europa.eu/legal-content/IT/TXT/HTML/?uri=OJ:C_202300441 (and the CS version): lists "3B1001.l ... EUV pellicles" and "3B1001.m", adopted by the Netherlands on 23 June 2023';

export const NL_NATIONAL: readonly CuratedItem[] = [
  {
    code: '3B1001',
    heading: 'Advanced semiconductor manufacturing equipment (Dutch national additions to 3B001)',
    summary:
      'Dutch national list of semiconductor production equipment beyond Annex I 3B001; licence required for export outside the EU, to every destination. Paragraphs as published in the Commission compilation of national control lists.',
    citation: REGELING,
    effectiveFrom: '2023-09-01',
    verified: false,
    verify:
      'Verified: the Regeling (Stcrt. 2023, 18212; art. 2 licence requirement), paragraphs l and m (OJ C/2023/441), application since 1 Sep 2023 (rijksoverheid.nl news of 15 Jan 2025). Not verified: the wording of m and of the further paragraphs (the OJ page and the Staatscourant annex were read only at their beginning).',
    source: `${STCRT_SRC} ; ${OJ_SRC} ; https://www.rijksoverheid.nl/actueel/nieuws/2025/01/15/klever-aanscherping-exportcontrole-op-geavanceerde-productieapparatuur-voor-halfgeleiders (in force since 1 Sep 2023)`,
    usCounterparts: ['3B001', '3B090', '3B993'],
    paragraphs: [
      // The OJ page was read, but its wording of 3B1001.l was not quoted into the data (issue 11 item 6).
      {
        label: 'l',
        text: 'EUV pellicles.',
        provenance: { verified: false, verify: 'Quote 3B1001.l word for word from OJ C/2023/441.' },
      },
      {
        label: 'm',
        text: 'Paragraph published in OJ C/2023/441 (its description was not read; the Dutch Regeling lists equipment for EUV pellicle production here).',
        provenance: { verified: false, verify: 'Transcribe 3B1001.m from OJ C/2023/441.' },
      },
    ],
    notes: [
      'Further items of the 2023 list (to transcribe with their letters): equipment designed for epitaxial growth of silicon, carbon-doped silicon, silicon-germanium or carbon-doped silicon-germanium; deposition equipment; and lithography equipment covering ASML immersion DUV systems TWINSCAN NXT:2000i, NXT:2050i and NXT:2100i (Tweakers, 30 Jun 2023, quoting the Staatscourant and ASML).',
    ],
  },
  {
    code: '3B1001DUV',
    heading: 'Immersion DUV lithography: licence extended to NXT:1970i and NXT:1980i (amendment)',
    summary:
      'Amendment of the Regeling bringing further immersion DUV lithography systems (ASML TWINSCAN NXT:1970i and NXT:1980i) under the Dutch national licence requirement, replacing the corresponding US FDP-based licensing for those systems.',
    citation:
      'Regeling van de Minister voor Buitenlandse Handel en Ontwikkelingshulp van 2 september 2024, nr. BZ2404162 (art. II replaces the bijlage of the Regeling; art. III: in force the day after its Staatscourant issue)',
    effectiveFrom: '2024-09-07',
    verified: false,
    verify:
      'Verified: the amending Regeling of 2 Sep 2024 nr. BZ2404162 replaces the whole annex ("uitbreiding van de vergunningplicht") and enters into force the day after publication. Not verified: the publication date (7 Sep 2024 in force per REGULATORY-FACTS.md), the entry number and parameters covering NXT:1970i/1980i.',
    source:
      'officielebekendmakingen.nl Staatscourant text of the Regeling of 2 Sep 2024 nr. BZ2404162 (read at its beginning); REGULATORY-FACTS.md for the models and date',
    usCounterparts: ['3B001.f.1.b'],
  },
  {
    code: '3B1001MET',
    heading: 'Measuring and inspection equipment and further technologies (second amendment, in force 1 Apr 2025)',
    summary:
      'Second amendment of the national measure, published in the Staatscourant on 15 Jan 2025 and applying from 1 Apr 2025: a national licence requirement for specific measuring and inspection equipment usable in advanced semiconductor production and a limited set of technologies for other process steps; exports from the Netherlands to all destinations outside the EU.',
    citation:
      'Wijziging van de Regeling geavanceerde productieapparatuur voor halfgeleiders, Staatscourant 15 Jan 2025, applying from 1 Apr 2025',
    effectiveFrom: '2025-04-01',
    verified: false,
    verify:
      'Publication (15 Jan 2025) and application date (1 Apr 2025) from the official rijksoverheid.nl announcement; check the Staatscourant text for its number, the entry numbers and the parameters.',
    source:
      'https://www.rijksoverheid.nl/actueel/nieuws/2025/01/15/klever-aanscherping-exportcontrole-op-geavanceerde-productieapparatuur-voor-halfgeleiders',
    usCounterparts: ['3B993', '3B994'],
  },
];

/** A separate Dutch instrument, not transcribed: what it is, so nobody assumes NL = only this list. */
export const NL_OTHER_MEASURES = [
  'Regeling aanvullende controlemaatregelen op de Verordening producten voor tweeërlei gebruik (in force 1 Dec 2024): country-neutral licence requirement for "Unilaterally Controlled Items" (semiconductor, quantum, additive manufacturing) listed in its Annex with Dutch-specific ECCNs; National General Export Authorisation NL900. Source: Baker McKenzie Sanctions News (18 Oct 2024). Entries not transcribed.',
] as const;
