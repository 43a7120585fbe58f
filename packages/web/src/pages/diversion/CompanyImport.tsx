/**
 * Import companies, people and their links into the tenant (CSV, JSON lines or FollowTheMoney), for the network and
 * ownership views.
 */
import { useState } from 'react';
import { ErrorAlert, Notice } from '../../components/Alert';
import { useCan } from '../../lib/me';
import { useSubmit } from '../../lib/useSubmit';
import { importCompanies } from './network';

export function CompanyImport() {
  const canWrite = useCan('diversion:write');
  const [done, setDone] = useState<string>();
  const submit = useSubmit();
  if (!canWrite) return <p className="muted">Your role may read imported companies but not import them.</p>;
  const pick = async (file: File | undefined) => {
    setDone(undefined);
    if (!file) return;
    const text = await file.text();
    const r = await submit.run(() => importCompanies(file.name, text));
    if (r)
      setDone(
        `${file.name}: ${r.companies} companies and people, ${r.links} links, ${r.listed} listed — stored for this tenant.`,
      );
  };
  return (
    <div className="field">
      <label htmlFor="net-companies">Import companies (CSV, JSON lines or FollowTheMoney)</label>
      <input
        id="net-companies"
        type="file"
        accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
        disabled={submit.busy}
        onChange={(e) => void pick(e.target.files?.[0])}
      />
      <p className="field-hint">
        Optional: parties already imported are kept; a registry re-export replaces records with the same id.
      </p>
      <ErrorAlert error={submit.error} title="Nothing was imported" />
      {done && <Notice kind="success">{done}</Notice>}
    </div>
  );
}
