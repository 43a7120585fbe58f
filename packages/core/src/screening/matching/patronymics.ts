/**
 * East Slavic patronymics: a middle name formed from the father's given name ("Sergeyevich", son of Sergey;
 * "Germanovna", daughter of German). Russian -ovich/-evich/-ovna/-evna (BGN/PCGN), Ukrainian -ovych/-evych/-ivna
 * (Resolution No. 55 of 2010), Belarusian -avich/-avna. Our heuristic, from the forms the published lists write.
 *
 * A patronymic and the word it is formed from are two names of two roles, not two spellings of one: "Sergey" is the
 * person, "Sergeyevich" his son; "GERMANOVA" is a surname, "Germanovna" the daughter of a German. Spelling measures
 * find them alike (one is the start of the other), and a match on them is a match on a relative or a namesake.
 */
const PATRONYMIC = /^([a-z]{3,}?)(?:ovich|evich|ovych|evych|avich|ovna|evna|ivna|avna)$/;

/** The stem a patronymic is formed from ("sergeyevich": "serge"), or undefined for any other word. */
export function patronymicStem(token: string): string | undefined {
  return PATRONYMIC.exec(token)?.[1];
}

/** What the given name or the surname formed from a patronymic's stem adds to it ("ivan" + "ov", "german" + "ova"). */
const FORMED_FROM = /^(?:|a|y|i|ov|ev|ova|eva|in|ina)$/;
/** Letters a patronymic's stem has at least beyond another's when it is that one glued to a given name. */
const GLUED = 3;

/**
 * One token is a patronymic and the other the given name or the surname formed from its stem: "sergey" /
 * "sergeyevich", "stepan" / "stepanovich", "germanova" / "germanovna", "ivanov" / "ivanovich". Or the other is a
 * given name glued to another patronymic, as two words written as one are compared ("vladimirovich" / "vladimir
 * petrovich": the son against the father). A word the patronymic begins with, other than these endings, is the
 * patronymic misspelt ("yakovlena" for "yakovlevna") and is left to the spelling measures.
 */
export function patronymicOfOther(a: string, b: string): boolean {
  const sa = patronymicStem(a);
  const sb = patronymicStem(b);
  if (sa !== undefined && sb !== undefined) return glued(sa, sb) || glued(sb, sa);
  const stem = sa ?? sb;
  if (stem === undefined) return false;
  const other = sa === undefined ? a : b;
  return other.startsWith(stem) && FORMED_FROM.test(other.slice(stem.length));
}

const glued = (stem: string, longer: string) => longer.length >= stem.length + GLUED && longer.startsWith(stem);
