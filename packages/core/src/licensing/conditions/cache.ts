/**
 * Everything the licensing engine keeps between evaluations, in one object the caller owns and
 * passes in (`DetermineOptions.cache`): the rules staged per rule set, date and opt-ins
 * (staged.ts), the memo of keyed condition outcomes per place key, entry numbers for keys, and
 * compiled patterns. A batch shares one cache so that it evaluates a keyed condition once per
 * distinct key; a determination without one gets a fresh cache and re-uses within itself only.
 * Nothing here is module state: two caches never see each other's entries.
 */
import type { LicensingJurisdiction, LicensingRule } from '../model';
import type { KeyMemo, Staged } from '../staged';

/**
 * Place keys kept, over every rule set and date: two generations of at most GENERATION keys, so
 * that keys in use survive a reset and memory stays bounded (about 40 MB for 100,000 generated
 * transactions in full detail; bench/licensing-determine.ts).
 */
const GENERATION = 4_096;

export class LicensingCache {
  /** Rules in force per rule set, then per date and opt-ins, per jurisdiction (staged.ts `rulesInForce`). */
  readonly staged = new WeakMap<readonly LicensingRule[], Map<string, Map<LicensingJurisdiction, Staged>>>();
  /** The handler of each condition object evaluated (conditions/registry.ts). */
  readonly handlers = new WeakMap<object, object>();
  #current = new Map<object, Map<string, KeyMemo>>();
  #previous = new Map<object, Map<string, KeyMemo>>();
  #count = 0;
  #entryIds = new WeakMap<object, number>();
  #nextEntryId = 1;
  #patterns = new Map<string, RegExp>();

  /** The memo of `owner` (one staged rule set) for a place key, made by `make` when not kept. */
  placeMemo(owner: object, key: string, make: () => KeyMemo): KeyMemo {
    let mine = this.#current.get(owner);
    let m = mine?.get(key);
    if (m) return m;
    m = this.#previous.get(owner)?.get(key) ?? make();
    if (this.#count >= GENERATION) {
      this.#previous = this.#current;
      this.#current = new Map();
      this.#count = 0;
      mine = undefined;
    }
    if (!mine) this.#current.set(owner, (mine = new Map()));
    mine.set(key, m);
    this.#count++;
    return m;
  }

  /** A number per control-list entry object (entries are immutable versions), for memo keys; 0 for none. */
  entryId(entry: object | undefined): number {
    if (!entry) return 0;
    let id = this.#entryIds.get(entry);
    if (id === undefined) this.#entryIds.set(entry, (id = this.#nextEntryId++));
    return id;
  }

  /** A rule's regular expression, compiled once (case-insensitive, as the rules are written). */
  pattern(source: string): RegExp {
    let re = this.#patterns.get(source);
    if (!re) this.#patterns.set(source, (re = new RegExp(source, 'i')));
    return re;
  }
}
