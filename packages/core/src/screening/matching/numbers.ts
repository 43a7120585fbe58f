/**
 * Numbers written as words or digits, and ordinals, to one form: digits. "Brigade Forty-Four"
 * and "Brigade 44", "First Bank" and "1st Bank", "Zweite Fabrik" and "2. Fabrik" compare equal.
 * Applied to organisation (and vessel, aircraft, unknown) names only: in person names these
 * words are surnames or particles ("Dos Santos", "Uno").
 *
 * Languages: English, French, German, Spanish, Italian, Portuguese, Russian (romanised); the
 * words are in normalised form (lower-case ASCII). Ours, from the languages' grammars.
 */
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwolf: 12,
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  quattro: 4,
  cinque: 5,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
  venti: 20,
  trenta: 30,
  quaranta: 40,
  cinquanta: 50,
  quatro: 4,
  sete: 7,
  oito: 8,
  dez: 10,
  vinte: 20,
  odin: 1,
  dva: 2,
  tri: 3,
  chetyre: 4,
  pyat: 5,
  shest: 6,
  sem: 7,
  vosem: 8,
  devyat: 9,
  desyat: 10,
  dvadtsat: 20,
  tridtsat: 30,
  sorok: 40,
  pyatdesyat: 50,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  premier: 1,
  premiere: 1,
  deuxieme: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  erste: 1,
  erster: 1,
  erstes: 1,
  zweite: 2,
  zweiter: 2,
  dritte: 3,
  dritter: 3,
  vierte: 4,
  funfte: 5,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  quinto: 5,
  primo: 1,
  prima: 1,
  terzo: 3,
  quarto: 4,
  pervyy: 1,
  pervy: 1,
  vtoroy: 2,
  vtoroi: 2,
  tretiy: 3,
  tretii: 3,
};
const ORDINAL_DIGITS = /^(\d+)(st|nd|rd|th|er|e|eme|ere|o|a|te|ter)$/;

/** Number and ordinal words in `tokens` as digits; "forty four" (two tokens) becomes "44". */
export function numbersAsDigits(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const ord = ORDINAL_DIGITS.exec(t);
    if (ord) {
      out.push(String(Number(ord[1])));
      continue;
    }
    if (ORDINALS[t] !== undefined) {
      out.push(String(ORDINALS[t]));
      continue;
    }
    const tens = TENS[t];
    if (tens !== undefined) {
      const unit = UNITS[tokens[i + 1] ?? ''];
      if (unit !== undefined && unit > 0 && unit < 10) {
        out.push(String(tens + unit));
        i++;
      } else out.push(String(tens));
      continue;
    }
    // "fortyfour" / "forty-four" written as one token.
    const joined = Object.keys(TENS).find(
      (w) => t.startsWith(w) && UNITS[t.slice(w.length)] !== undefined && UNITS[t.slice(w.length)]! < 10,
    );
    if (joined) {
      out.push(String(TENS[joined]! + UNITS[t.slice(joined.length)]!));
      continue;
    }
    out.push(UNITS[t] !== undefined ? String(UNITS[t]) : t);
  }
  return out;
}
