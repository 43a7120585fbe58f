/**
 * Dates of birth as customer files write them, read only when the reading is unambiguous:
 * `1969`, `1969-07`, `1969-07-16`, `1969-7-16`, `1969/07/16`, `16.07.1969`, `16-07-1969`,
 * `16/07/1969` (day first, read only when the day is above 12 or equals the month, since
 * `07/08/1969` is 7 August in Europe and July 8 in the US), `07/16/1969` (month first, when the
 * second number is above 12), `July 16, 1969`, `16 July 1969`, `Jul 1969`.
 * Returns YYYY, YYYY-MM or YYYY-MM-DD, or an error message saying why not.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function month(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 && /^[a-z]+\.?$/i.test(word) ? i + 1 : null;
}

function ymd(y: number, m: number, d?: number): string | { error: string } {
  if (y < 1850 || y > 2100) return { error: `year ${y} is out of range` };
  if (m < 1 || m > 12) return { error: `month ${m} does not exist` };
  if (d === undefined) return `${y}-${pad(m)}`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > last) return { error: `day ${d} does not exist in ${y}-${pad(m)}` };
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function parsePartyDate(text: string): string | { error: string } {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(t))) {
    const checked = ymd(Number(m[1]), 1);
    return typeof checked === 'string' ? m[1]! : checked;
  }
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(t))) return ymd(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t))) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(t))) {
    const [a, sep, b, y] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
    // Dots and dashes are day-first everywhere they are used; slashes are not.
    if (sep !== '/' || a > 12 || a === b) return ymd(y, b, a);
    if (b > 12) return ymd(y, a, b);
    return { error: `'${t}' could be day/month or month/day; write it as YYYY-MM-DD` };
  }
  if ((m = /^([a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/i.exec(t)) && month(m[1]!))
    return ymd(Number(m[3]), month(m[1]!)!, Number(m[2]));
  if ((m = /^(\d{1,2})\.?\s+([a-z]+\.?),?\s+(\d{4})$/i.exec(t)) && month(m[2]!))
    return ymd(Number(m[3]), month(m[2]!)!, Number(m[1]));
  if ((m = /^([a-z]+\.?),?\s+(\d{4})$/i.exec(t)) && month(m[1]!)) return ymd(Number(m[2]), month(m[1]!)!);
  return { error: `'${t}' is not a date (YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or "July 16, 1969")` };
}
