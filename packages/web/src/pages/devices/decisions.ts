/**
 * Where-is-the-device decisions and device alert kinds in words, with the map's colours: the API names them by
 * slug ("in-proscribed-country"), a reader should see "in a proscribed country". Kept out of DevicesMap so the
 * table and the timeline do not load the map's libraries.
 */
export const DECISIONS: Record<string, { colour: string; label: string }> = {
  'consistent-with-site': { colour: '#15803d', label: 'consistent with the licensed site' },
  'left-site': { colour: '#b45309', label: 'left the site' },
  'in-proscribed-country': { colour: '#b91c1c', label: 'in a proscribed country' },
  inconclusive: { colour: '#6b7280', label: 'inconclusive or no heartbeat yet' },
};

export const decisionColour = (d: string | null) => (DECISIONS[d ?? 'inconclusive'] ?? DECISIONS.inconclusive!).colour;

/** A decision or alert kind in words: its label when it is a decision, else the slug with its hyphens as spaces. */
export const kindLabel = (kind: string | null): string =>
  kind === null ? 'no heartbeat' : (DECISIONS[kind]?.label ?? kind.replace(/-/g, ' '));
