/**
 * One jurisdiction's column of the side-by-side view: how its list relates to the US entry
 * (same item, differs, no entry, national measure — from the core mapping, with its
 * citation) and the entry text where that list is imported.
 */
import { ApiError } from '../../lib/api';
import { Loading } from '../../components/Alert';
import { useQuery } from '@tanstack/react-query';
import { EntryDetail } from './EntryDetail';
import { shownHeading } from './TextSource';
import type { Counterpart, EntryView, Shown } from './types';

/**
 * How a counterpart relates to the US entry (core mapping.ts `CounterpartRelation`); unknown values are shown as
 * written.
 */
const RELATION: Record<string, { badge: string; label: (j: string, code?: string) => string }> = {
  same_item: { badge: 'badge-green', label: (j, code) => `Same item: ${j} ${code ?? ''}` },
  differs: { badge: 'badge-amber', label: (j, code) => `Differs: ${j} ${code ?? 'entry'}` },
  us_unilateral: { badge: 'badge-red', label: (j) => `No ${j} entry (US-unilateral)` },
  national_only: { badge: 'badge-violet', label: (j, code) => `${j} national entry ${code ?? ''}` },
};
const relationOf = (relation: string) =>
  RELATION[relation] ?? { badge: 'badge-blue', label: () => relation.replace(/_/g, ' ') };

function EntryText({ view }: { view: EntryView }) {
  return (
    <>
      <h3 className="compare-heading">
        {view.entry.code} — {shownHeading(view.entry)}
      </h3>
      <p className="field-hint">
        {view.list} {view.version}, in force from {view.effectiveFrom}
      </p>
      <EntryDetail entry={view.entry} paragraph={view.paragraph} />
    </>
  );
}

/** The text of a counterpart numbered differently (EU 3A501 for US 3A090), if that list is imported. */
function CounterpartText({ jurisdiction, code, asOf }: { jurisdiction: string; code: string; asOf: string }) {
  const shown = useQuery<Shown>({
    queryKey: [`/controls/${encodeURIComponent(code)}?${new URLSearchParams({ jurisdiction, asOf })}`],
  });
  if (shown.isLoading) return <Loading what={`${jurisdiction} ${code}`} />;
  const view = shown.data?.entries[0];
  if (view) return <EntryText view={view} />;
  const reason =
    shown.error instanceof ApiError && shown.error.status === 404
      ? `The ${jurisdiction} list is not imported (or has no ${code} on ${asOf}), so its text is not shown.`
      : `The ${jurisdiction} text could not be loaded.`;
  return <p className="field-hint">{reason}</p>;
}

/**
 * `listInForce`: whether a list of this jurisdiction is imported and in force on asOf; only then
 * is a counterpart's text looked up (otherwise there is nothing to fetch, and the column says so).
 */
export function CompareColumn({
  jurisdiction,
  code,
  asOf,
  here,
  mapping,
  isUs,
  listInForce,
}: {
  jurisdiction: string;
  code: string;
  asOf: string;
  here?: EntryView | undefined;
  mapping: readonly Counterpart[];
  isUs: boolean;
  listInForce: boolean;
}) {
  const elsewhere = mapping.filter((m) => m.code);
  return (
    <section className="compare-column" aria-label={`${jurisdiction} column`}>
      <h2 className="compare-jurisdiction">{jurisdiction}</h2>
      {isUs && (
        <span className={`badge ${here ? 'badge-blue' : 'badge-red'}`}>
          {here ? `US ${here.entry.code}` : 'No US entry'}
        </span>
      )}
      {mapping.map((m, i) => (
        <div key={i} className="compare-mapping">
          <span className={`badge ${relationOf(m.relation).badge}`}>
            {relationOf(m.relation).label(jurisdiction, m.code)}
          </span>
          <p>{m.note}</p>
          <p className="field-hint">
            {m.citation}
            {m.verified ? '' : ' — derived or from a secondary source; to verify against the list text'}
          </p>
        </div>
      ))}
      {!isUs && mapping.length === 0 && !here && (
        <p className="field-hint">
          No mapping from US {code} to {jurisdiction} is known.
        </p>
      )}
      {here ? (
        <EntryText view={here} />
      ) : listInForce ? (
        elsewhere.map((m) => <CounterpartText key={m.code} jurisdiction={jurisdiction} code={m.code!} asOf={asOf} />)
      ) : (
        !isUs &&
        elsewhere.length > 0 && (
          <p className="field-hint">
            No {jurisdiction} list is imported for {asOf}, so the text of {elsewhere.map((m) => m.code).join(', ')} is
            not shown; the relation above comes from the mapping.
          </p>
        )
      )}
    </section>
  );
}
