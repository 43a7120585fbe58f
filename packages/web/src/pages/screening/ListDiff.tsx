/** Two versions of one list side by side: entries added, removed and changed (with the fields). */
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { api } from '../../lib/api';
import { formatDate, formatTime, isDigest } from '../../lib/format';
import { useSubmit } from '../../lib/useSubmit';
import type { EntryChange, ListDiff, ListVersion } from './types';

const label = (v: ListVersion) =>
  `${v.publishedAt ? formatDate(v.publishedAt) : `imported ${formatTime(v.importedAt)}`} · ${v.entryCount.toLocaleString()} entries · ${v.id.slice(0, 8)}`;

function Changes({
  title,
  tone,
  items,
  fields,
}: {
  title: string;
  tone: 'green' | 'red' | 'amber';
  items: EntryChange[];
  fields?: boolean;
}) {
  return (
    <section className={`diff-col diff-${tone}`} aria-label={title}>
      <h3>
        {title} <span className="diff-count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="diff-list">
          {items.map((c) => (
            <li key={c.sourceId} title={`Entry id ${c.sourceId}`}>
              {!isDigest(c.sourceId) && <span className="mono">{c.sourceId}</span>} {c.name}
              {fields && c.fields && c.fields.length > 0 && (
                <span className="token-list">
                  {c.fields.map((f) => (
                    <code key={f} className="token">
                      {f}
                    </code>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ListDiffPanel({ versions }: { versions: ListVersion[] }) {
  const names = [...new Set(versions.map((v) => v.list))].filter(
    (l) => versions.filter((v) => v.list === l).length > 1,
  );
  const [list, setList] = useState(names[0] ?? '');
  const of = versions.filter((v) => v.list === list);
  const [from, setFrom] = useState(of[1]?.id ?? '');
  const [to, setTo] = useState(of[0]?.id ?? '');
  const [diff, setDiff] = useState<ListDiff>();
  const submit = useSubmit();

  const pickList = (l: string) => {
    const vs = versions.filter((v) => v.list === l);
    setList(l);
    setFrom(vs[1]?.id ?? '');
    setTo(vs[0]?.id ?? '');
    setDiff(undefined);
  };
  const compare = async (e: FormEvent) => {
    e.preventDefault();
    const out = await submit.run(() =>
      api<ListDiff>('GET', `/lists/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    );
    setDiff(out);
  };

  const options = of.map((v) => ({ value: v.id, label: label(v) }));
  return (
    <section className="panel diff" aria-labelledby="diff-title">
      <h2 id="diff-title" className="panel-title">
        Compare versions
      </h2>
      {names.length === 0 ? (
        <p className="muted">Each list has a single version so far; a comparison needs two.</p>
      ) : (
        <form className="diff-form" onSubmit={(e) => void compare(e)}>
          <SelectField
            label="List"
            value={list}
            onChange={(e) => pickList(e.target.value)}
            options={names.map((n) => ({ value: n, label: n }))}
          />
          <SelectField label="From" value={from} onChange={(e) => setFrom(e.target.value)} options={options} />
          <SelectField label="To" value={to} onChange={(e) => setTo(e.target.value)} options={options} />
          <div className="diff-actions">
            <button type="submit" className="btn btn-primary" disabled={submit.busy || !from || !to || from === to}>
              {submit.busy ? 'Comparing…' : 'Compare'}
            </button>
          </div>
        </form>
      )}
      <ErrorAlert error={submit.error} title="Could not compare" />
      {diff && (
        <div className="diff-cols" data-testid="list-diff">
          <Changes title="Added" tone="green" items={diff.added} />
          <Changes title="Removed" tone="red" items={diff.removed} />
          <Changes title="Changed" tone="amber" items={diff.changed} fields />
        </div>
      )}
    </section>
  );
}
