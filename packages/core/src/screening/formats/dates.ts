/**
 * Dates as the lists write them, to `PartialDate` at the precision given:
 * ISO ("1962-07-15", "1962-07", "1962"), OFAC/UN prose ("15 Jul 1962", "Jul 1962",
 * "circa 1960", "1960 to 1965", "between 1960 and 1965"), slashed day-first (UK, DFAT
 * "dd/mm/yyyy" with "dd/mm/" placeholders for unknown parts) and month-first (BIS).
 */
import type { PartialDate } from '../model';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(y: number, m?: number, d?: number): string | undefined {
  if (y < 1000 || y > 2999) return undefined;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** One date, no range: ISO, "15 Jul 1962", "Jul 1962", "1962", day-first or month-first slashes. */
export function singleDate(raw: string, slashOrder: 'dmy' | 'mdy' = 'dmy'): string | undefined {
  const s = raw.trim().replace(/\.$/, '');
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$/.exec(s);
  if (m) return ymd(+m[1]!, m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
  m = /^(?:(\d{1,2})[\s-]+)?([A-Za-z]{3,9})\.?,?[\s-]+(\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!.toLowerCase().slice(0, m[2]!.toLowerCase().startsWith('sept') ? 4 : 3)];
    return mon ? ymd(+m[3]!, mon, m[1] ? +m[1] : undefined) : undefined;
  }
  m = /^([A-Za-z]{3,9})\s+(\d{1,2}),\s*(\d{4})$/.exec(s);
  if (m) {
    const mon = MONTHS[m[1]!.toLowerCase().slice(0, 3)];
    return mon ? ymd(+m[3]!, mon, +m[2]!) : undefined;
  }
  m = /^(\d{1,2}|[dD]{1,2}|[mM]{1,2})[/.](\d{1,2}|[dD]{1,2}|[mM]{1,2})[/.](\d{4})$/.exec(s);
  if (m) {
    const [a, b] = slashOrder === 'dmy' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    // "dd/mm/1961" and "00/00/1961" both mean: only the year (or month) is known.
    const day = /^\d+$/.test(a) && +a > 0 ? +a : undefined;
    const mon = /^\d+$/.test(b) && +b > 0 ? +b : undefined;
    return ymd(+m[3]!, mon, mon === undefined ? undefined : day);
  }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return ymd(+m[2]!, +m[1]!);
  return undefined;
}

/**
 * A date phrase, possibly a range or approximate. Undefined when it is not a date at all,
 * so the caller can warn instead of inventing one.
 */
export function parseDate(raw: string | undefined, slashOrder: 'dmy' | 'mdy' = 'dmy'): PartialDate | undefined {
  if (!raw) return undefined;
  let s = raw
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[.;,]$/, '');
  let approximate = false;
  const circa = /^(?:circa|ca\.?|c\.|approximately|approx\.?|about|around):?\s+/i.exec(s);
  if (circa) {
    approximate = true;
    s = s.slice(circa[0].length);
  }
  const range = /^(?:between\s+)?(.+?)\s+(?:to|and|-|–)\s+(.+)$/i.exec(s) ?? /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s);
  if (range) {
    const from = singleDate(range[1]!, slashOrder);
    const to = singleDate(range[2]!, slashOrder);
    if (from && to) return approximate ? { date: from, to, approximate } : { date: from, to };
  }
  const date = singleDate(s, slashOrder);
  if (!date) return undefined;
  return approximate ? { date, approximate } : { date };
}

export function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.date === b.date && a.to === b.to && !!a.approximate === !!b.approximate;
}
