import { InMemoryCandidateIndex, Screener, normaliseName, queryKeys } from '@dualuse/core/screening/matching/index';
const mk = (id: string, names: string[]) => ({ sourceId: id, type: 'organization' as const, names: names.map((full, i) => ({ full, kind: (i ? 'strong_alias' : 'primary') as any })), addresses: [], countries: ['RU'], birthDates: [], birthPlaces: [], identifiers: [], programs: [] });
const entries = [mk('1', ['GAZPROM KOMPLEKTATSIYA, OOO']), mk('2', ['KRASLESINVEST CJSC']), mk('3',['OJSC KEREMET BANK']), ...Array.from({length: 50}, (_, i) => mk(`f${i}`, [`GAZPROM FILLER${i} OOO`]))];
const s = new Screener(new InMemoryCandidateIndex([{ list: 't', listVersion: '1', entries }]));
for (const q of ["OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 'GAZPROM KOMPLEKTATSIYA'", 'THE CLOSED JOINT-STOCK COMPANY KRASLESINVEST', 'OTKRYTOE AKTSIONERNOE OBSCHESTVO KEREMET BANK']) {
  for (const r of normaliseName(q, 'organization')) console.log(r.tokens, queryKeys(r));
  console.log(s.screen({ name: q, type: 'organization' }).map((h) => [h.entryId, h.score, h.explanation.features.map(f=>f.detail)]));
}
for (const r of normaliseName('GAZPROM KOMPLEKTATSIYA, OOO', 'organization')) console.log(r.tokens, queryKeys(r));
