// Which party a file network is drawn around (diversion/network-file.ts).
import { DomainError, invalidInput } from '@dualuse/core';

/**
 * By id, then by exact name, then a unique name containing the text; the best-connected party when none is asked for.
 */
export function pickCenter(
  party: string | undefined,
  parties: { id: string; name: string }[],
  degree: (id: string) => number,
): string {
  if (!party?.trim())
    return [...parties].sort((a, b) => degree(b.id) - degree(a.id) || a.id.localeCompare(b.id))[0]!.id;
  const q = party.trim();
  const byId = parties.find((p) => p.id === q);
  if (byId) return byId.id;
  const lower = q.toLowerCase();
  const exact = parties.filter((p) => p.name.toLowerCase() === lower);
  if (exact.length) return exact[0]!.id;
  const partial = parties.filter((p) => p.name.toLowerCase().includes(lower));
  if (partial.length === 1) return partial[0]!.id;
  if (!partial.length) throw new DomainError('not_found', `no party with id or name "${q}" in the file`);
  throw invalidInput(
    `"${q}" matches ${partial.length} parties: ${partial
      .slice(0, 5)
      .map((p) => `${p.name} (${p.id})`)
      .join('; ')}${partial.length > 5 ? '; …' : ''} — give the id or the full name`,
    '/party',
  );
}
