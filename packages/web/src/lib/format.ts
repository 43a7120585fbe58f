/** Display helpers shared by the tables. */

/** Hashes are long hex strings; the first 12 characters are enough to compare by eye. */
export function shortHash(hash: string): string {
  return hash.length > 12 ? hash.slice(0, 12) : hash;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Local time as YYYY-MM-DD HH:MM:SS: unambiguous across locales and sortable by eye, with
 * seconds because audit order matters at that scale. The exact UTC instant is in the title.
 */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: '2-digit' });
}

/**
 * Compact JSON for the details column, with a space after each top-level comma and colon so
 * the browser can wrap between entries rather than inside them. The full value is in the title.
 */
export function compactJson(value: unknown, max = 160): string {
  const text =
    value && typeof value === 'object' && !Array.isArray(value)
      ? `{${Object.entries(value)
          .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
          .join(', ')}}`
      : (JSON.stringify(value) ?? '');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
