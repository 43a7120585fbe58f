import type { ListEntry } from '../model';

/** A list entry for matcher tests: the first name is the primary, the rest strong aliases; `extra` sets any field. */
export const testEntry = (
  sourceId: string,
  type: ListEntry['type'],
  names: string[],
  extra: Partial<ListEntry> = {},
): ListEntry => ({
  sourceId,
  type,
  names: names.map((full, i) => ({ full, kind: i === 0 ? 'primary' : 'strong_alias' })),
  addresses: [],
  countries: [],
  birthDates: [],
  birthPlaces: [],
  identifiers: [],
  programs: ['TEST'],
  ...extra,
});
