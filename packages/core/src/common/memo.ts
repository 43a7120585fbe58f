/**
 * A bounded memo for pure functions of one string: the same party names, addresses and item
 * descriptions recur across a batch of shipments, and normalising them (transliteration, word
 * tables) is the costly part of scoring. When full, the memo starts again rather than tracking
 * recency: cheap, and a batch refills it with what it uses.
 */
export function memoByString<T>(fn: (s: string) => T, max = 50_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache = new Map();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
