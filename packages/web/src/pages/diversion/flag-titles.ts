/**
 * A red flag's title by its tag, from the rules themselves (core diversion/data/red-flags.ts): stored alerts keep
 * only the tag, and a reader should see "Listed party match", not "listed_party_match".
 */
import { RED_FLAG_RULES } from '@dualuse/core/diversion';

const TITLES = new Map(RED_FLAG_RULES.map((r) => [r.tag, r.title]));

export const flagTitle = (tag: string): string => TITLES.get(tag) ?? tag;
