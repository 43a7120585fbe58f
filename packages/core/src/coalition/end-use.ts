/**
 * How alike two end-use statements are. OUR heuristic, not a legal test: the share of
 * content words two statements have in common (Dice coefficient over stemmed words, stop
 * words removed). It only adds to a match's score; it never makes or breaks a match alone.
 */
const STOP = new Set(
  'a an and are as at be by for from in into is it its of on or the to with which will be used use uses using our their his her this that these those'.split(
    ' ',
  ),
);

/** Lower-case words of 3+ letters, crude plural/verb endings removed ("machines" → "machin"). */
export function endUseWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3 && !STOP.has(w))
    .map((w) => w.replace(/(ing|ed|es|s)$/, ''));
  return new Set(words.filter((w) => w.length >= 3));
}

export interface EndUseSimilarity {
  score: number;
  shared: string[];
}

export function endUseSimilarity(a: string | Set<string>, b: string | Set<string>): EndUseSimilarity {
  const x = typeof a === 'string' ? endUseWords(a) : a;
  const y = typeof b === 'string' ? memoWords(b) : b;
  if (!x.size || !y.size) return { score: 0, shared: [] };
  const shared = [...x].filter((w) => y.has(w)).sort();
  return { score: Math.round(((2 * shared.length) / (x.size + y.size)) * 1000) / 1000, shared };
}

// Denials' end uses are compared again on every application: keep their word sets.
const memo = new Map<string, Set<string>>();
function memoWords(text: string): Set<string> {
  let w = memo.get(text);
  if (!w) {
    if (memo.size > 50_000) memo.clear();
    memo.set(text, (w = endUseWords(text)));
  }
  return w;
}
