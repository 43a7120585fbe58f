/** Display helpers shared by the tables. */

/** Hashes are long hex strings; the first 12 characters are enough to compare by eye. */
/** A source id that is only a digest (the CSL's 40-hex `_id`): no reference to a reader (core entryReference). */
export const isDigest = (id: string): boolean => /^[0-9a-f]{32,}$/i.test(id);

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
