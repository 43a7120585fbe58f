/**
 * What an imported company declares it does (its registry's NACE / NAICS / ISIC codes, or words), in words, with the
 * business profile the line-of-business red flag reads it as — a profile of ours, labelled so.
 */
import type { NetworkNode } from './network';

export function CompanyActivities({ node, inline = false }: { node: NetworkNode; inline?: boolean }) {
  const list = node.activities ?? [];
  if (!list.length) return inline ? <span className="muted">none declared</span> : null;
  const items = list.map((a) => (
    <li key={a.text}>
      {a.text}
      <span className="muted">
        {a.profile ? ` — read as: ${a.profile} (our business profile)` : ' — no business profile of ours covers it'}
      </span>
    </li>
  ));
  if (inline)
    return (
      <ul className="activity-list" aria-label={`Declared activities of ${node.name}`}>
        {items}
      </ul>
    );
  return (
    <section aria-label={`What ${node.name} declares it does`} data-testid="company-activities">
      <p>
        <strong>Declared activity</strong> (from the imported company file):
      </p>
      <ul>{items}</ul>
    </section>
  );
}
