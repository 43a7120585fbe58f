/**
 * Provisions of the Japanese goods ordinance (貨物等省令) as exporters write them, and the one
 * code we key them by: "Art. 6 item 17 (ka)", "Article 6(17)(ka)", "6-17-ka", "第6条第17号カ",
 * "第六条第十七号カ", "6条17号カ" → JP6-17-KA; "Art. 6 item 17-2", "第6条第17号の2" → JP6-17-2.
 * Sub-items are numbered in iroha order (イ, ロ, ハ, ...), the order Japanese statutes use.
 */

/** Iroha order with the romanisation used in English texts (ヲ "wo" and ヰ "wi" keep them apart from オ and イ). */
const IROHA_ROMAJI: ReadonlyArray<[string, string]> = [
  ['イ', 'i'],
  ['ロ', 'ro'],
  ['ハ', 'ha'],
  ['ニ', 'ni'],
  ['ホ', 'ho'],
  ['ヘ', 'he'],
  ['ト', 'to'],
  ['チ', 'chi'],
  ['リ', 'ri'],
  ['ヌ', 'nu'],
  ['ル', 'ru'],
  ['ヲ', 'wo'],
  ['ワ', 'wa'],
  ['カ', 'ka'],
  ['ヨ', 'yo'],
  ['タ', 'ta'],
  ['レ', 're'],
  ['ソ', 'so'],
  ['ツ', 'tsu'],
  ['ネ', 'ne'],
  ['ナ', 'na'],
  ['ラ', 'ra'],
  ['ム', 'mu'],
  ['ウ', 'u'],
  ['ヰ', 'wi'],
  ['ノ', 'no'],
  ['オ', 'o'],
  ['ク', 'ku'],
  ['ヤ', 'ya'],
  ['マ', 'ma'],
  ['ケ', 'ke'],
  ['フ', 'fu'],
  ['コ', 'ko'],
  ['エ', 'e'],
  ['テ', 'te'],
  ['ア', 'a'],
  ['サ', 'sa'],
  ['キ', 'ki'],
  ['ユ', 'yu'],
  ['メ', 'me'],
  ['ミ', 'mi'],
  ['シ', 'shi'],
  ['ヱ', 'we'],
  ['ヒ', 'hi'],
  ['モ', 'mo'],
  ['セ', 'se'],
  ['ス', 'su'],
];
export const IROHA: readonly string[] = IROHA_ROMAJI.map(([k]) => k);
const ROMAJI = new Map(IROHA_ROMAJI);
const KANA = new Map(IROHA_ROMAJI.map(([k, r]) => [r, k]));
export const romajiOf = (kana: string): string => ROMAJI.get(kana) ?? '';

/** 六 → 6, 十七 → 17, 二十三 → 23 (the numerals of article and item numbers). */
function kanjiNumber(s: string): number | undefined {
  const digits = '〇一二三四五六七八九';
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return undefined;
  const tens = m[2] ? (m[1] ? digits.indexOf(m[1]) : 1) : 0;
  const ones = m[3] ? digits.indexOf(m[3]) : m[2] ? 0 : m[1] ? digits.indexOf(m[1]) : 0;
  return tens * 10 + ones;
}

const code = (article: number, item: number, sub: string | undefined, branch: number | undefined) =>
  `JP${article}-${item}${branch ? `-${branch}` : ''}${sub ? `-${sub.toUpperCase()}` : ''}`;

/**
 * The code of a provision written in any of the familiar forms, or undefined if `input` is not one.
 * The sub-item must be an iroha letter (kana or romaji); an unknown one is not a provision.
 */
export function parseJpProvision(input: string): string | undefined {
  const s = input.normalize('NFKC').trim();
  // Japanese: (貨物等省令)第6条第17号カ, 6条17号の2, 第六条第十七号(カ)
  const ja =
    /^(?:貨物等省令)?第?([0-9一二三四五六七八九十]+)条第?([0-9一二三四五六七八九十]+)号(?:の([0-9一二三四五六七八九十]+))?[(]?([ァ-ヶ])?[)]?$/.exec(
      s,
    );
  if (ja) {
    const [a, i, b] = [kanjiNumber(ja[1]!), kanjiNumber(ja[2]!), ja[3] ? kanjiNumber(ja[3]) : undefined];
    if (a === undefined || i === undefined || (ja[3] && b === undefined) || (ja[4] && !ROMAJI.has(ja[4])))
      return undefined;
    return code(a, i, ja[4] ? ROMAJI.get(ja[4]) : undefined, b);
  }
  // English / codes: Art. 6 item 17 (ka), Article 6(17)(ka), Art 6, item 17-2, 6-17-ka, JP6-17-KA
  const en =
    /^(?:JP)?\s*(?:art(?:icle)?\.?\s*)?(\d{1,2})(?:\s*[,-]\s*|\s+|(?=\())(?:item\s*|\()?\s*(\d{1,2})\)?(?:\s*-\s*(\d))?\s*(?:[-\s]?\(?([a-z]{1,3})\)?)?$/i.exec(
      s,
    );
  if (!en) return undefined;
  const sub = en[4]?.toLowerCase();
  if (sub && !KANA.has(sub)) return undefined;
  return code(Number(en[1]), Number(en[2]), sub, en[3] ? Number(en[3]) : undefined);
}
