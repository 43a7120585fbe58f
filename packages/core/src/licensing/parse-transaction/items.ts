/**
 * Step 2 of `parseTransaction`: the items, each with its classification per jurisdiction (checked against the code
 * pattern of the jurisdiction registry) or the parameters to classify it by, and its amounts and statements.
 */
import { jurisdictionOf, licensingJurisdictions } from '../jurisdictions/registry';
import type { TransactionItem } from '../transaction';
import { isObject, type Issues } from './issues';
import { ECCN, ITEM_AMOUNTS, ITEM_FLAGS, ITEM_KEYS, SANCTIONS_LISTS } from './vocabulary';

type RawItem = Record<string, unknown>;

export function parseItems(raw: unknown, issues: Issues): TransactionItem[] {
  const items: TransactionItem[] = [];
  if (!Array.isArray(raw) || raw.length === 0) issues.fail('/items', 'must be a non-empty array of items');
  else
    raw.forEach((one, i) => {
      const item = parseItem(one, `/items/${i}`, issues);
      if (item) items.push(item);
    });
  return items;
}

function parseItem(raw: unknown, p: string, issues: Issues): TransactionItem | undefined {
  if (!isObject(raw)) {
    issues.fail(p, 'an item is an object');
    return undefined;
  }
  issues.unknownKeys(raw, p, ITEM_KEYS);
  const item: TransactionItem = { origin: issues.country(raw.origin, `${p}/origin`, true) ?? '' };
  if (raw.description !== undefined) item.description = issues.str(raw.description, `${p}/description`, false) ?? '';
  if (raw.classification !== undefined) parseClassification(raw.classification, item, p, issues);
  if (raw.parameters !== undefined) {
    if (!isObject(raw.parameters)) issues.fail(`${p}/parameters`, 'must be an object of parameter → value');
    else item.parameters = raw.parameters;
  }
  if (!Object.keys(item.classification ?? {}).length && !item.parameters)
    issues.fail(`${p}/classification`, 'give a classification per jurisdiction, or parameters to classify the item by');
  if (raw.hs !== undefined) {
    if (typeof raw.hs !== 'string' || !/^\d{4,10}$/.test(raw.hs.replace(/\./g, '')))
      issues.fail(`${p}/hs`, 'must be an HS / HTS code of 4 to 10 digits, e.g. "854231"');
    else item.hs = raw.hs.replace(/\./g, '');
  }
  parseAmounts(raw, item, p, issues);
  if (raw.us_content_eccns !== undefined) parseUsContentEccns(raw.us_content_eccns, item, p, issues);
  if (raw.sanctions_lists !== undefined)
    item.sanctions_lists = issues.vocabulary(raw.sanctions_lists, `${p}/sanctions_lists`, SANCTIONS_LISTS);
  parseFlags(raw, item, p, issues);
  return item;
}

/** Every jurisdiction of the registry, with the code pattern of its control list(s). */
function parseClassification(raw: unknown, item: TransactionItem, p: string, issues: Issues): void {
  if (!isObject(raw)) {
    issues.fail(`${p}/classification`, 'must be an object of jurisdiction → code, e.g. {"US": "3A090.a"}');
    return;
  }
  const classification: Record<string, string> = {};
  item.classification = classification;
  for (const [j, code] of Object.entries(raw)) {
    const codes = jurisdictionOf(j)?.classification;
    if (!codes) {
      issues.fail(
        `${p}/classification/${j}`,
        `unknown jurisdiction '${j}'; one of ${licensingJurisdictions().join(', ')}`,
      );
      continue;
    }
    const c = typeof code === 'string' ? (codes.normalise?.(code.trim()) ?? code.trim()) : undefined;
    if (c === undefined || !codes.pattern.test(c))
      issues.fail(`${p}/classification/${j}`, `'${String(code)}' is not a control code such as ${codes.examples}`);
    else classification[j] = c;
  }
}

function parseAmounts(raw: RawItem, item: TransactionItem, p: string, issues: Issues): void {
  for (const k of ITEM_AMOUNTS) {
    const v = raw[k];
    if (v === undefined) continue;
    const percent = k === 'us_content_percent';
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (percent && v > 100))
      issues.fail(`${p}/${k}`, percent ? 'must be a number from 0 to 100' : 'must be a non-negative number');
    else item[k] = v;
  }
}

function parseUsContentEccns(raw: unknown, item: TransactionItem, p: string, issues: Issues): void {
  if (!Array.isArray(raw)) {
    issues.fail(`${p}/us_content_eccns`, 'must be an array of the ECCNs of the US-origin content, e.g. ["9A515.a"]');
    return;
  }
  const eccns: string[] = [];
  item.us_content_eccns = eccns;
  raw.forEach((x, j) => {
    if (typeof x !== 'string' || !ECCN.test(x.trim()))
      issues.fail(
        `${p}/us_content_eccns/${j}`,
        `'${String(x)}' is not an ECCN such as 9A515.a or 3A001.b.2 (EAR99 content is not listed here)`,
      );
    else eccns.push(x.trim());
  });
}

function parseFlags(raw: RawItem, item: TransactionItem, p: string, issues: Issues): void {
  for (const k of ITEM_FLAGS) {
    const v = raw[k];
    if (v === undefined) continue;
    if (typeof v !== 'boolean') issues.fail(`${p}/${k}`, 'must be true or false');
    else item[k] = v;
  }
}
