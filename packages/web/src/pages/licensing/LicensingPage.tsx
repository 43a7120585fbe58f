/**
 * Licensing: describe one transaction and get, per jurisdiction, what it requires — with the
 * chain of rules that fired, each cited and dated, and the ones that did not fire and why.
 */
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/useSubmit';
import { EXAMPLES } from './examples';
import { HeldLicences } from './HeldLicences';
import { emptyForm, fieldErrors, toTransaction, type TransactionForm } from './form';
import { LicensingResult } from './LicensingResult';
import { TransactionFields } from './TransactionFields';
import type { DeterminationWithVersions } from './types';
import './licensing.css';

type Response = DeterminationWithVersions;

export function LicensingPage() {
  const [form, setForm] = useState<TransactionForm>(emptyForm);
  const [result, setResult] = useState<Response>();
  const submit = useSubmit();
  const resultRef = useRef<HTMLDivElement>(null);
  const errors = fieldErrors(submit.error);

  const determine = async () => {
    setResult(undefined);
    const r = await submit.run(() => api<Response>('POST', '/determine', { body: toTransaction(form) }));
    if (r) {
      setResult(r);
      requestAnimationFrame(() => resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    }
  };
  const load = (next: TransactionForm) => {
    setForm(next);
    setResult(undefined);
    submit.reset();
  };

  return (
    <>
      <PageHeader
        title="Licensing"
        description="Determine what one transaction requires in each jurisdiction — not subject, no licence, a licence exception, a licence or a prohibition — as of its date, with every rule cited."
      />
      <section className="panel" aria-labelledby="lic-form-title">
        <div className="lic-form-head">
          <h2 id="lic-form-title" className="panel-title">
            Transaction
          </h2>
          <div className="lic-examples" role="group" aria-label="Examples">
            <span className="muted">Examples:</span>
            {EXAMPLES.map((x) => (
              <button
                key={x.label}
                type="button"
                className="btn btn-secondary btn-small"
                title={`Expected: ${x.expect}`}
                onClick={() => load(x.form())}
              >
                {x.label}
              </button>
            ))}
          </div>
        </div>
        <ErrorAlert error={submit.error} shown={Object.keys(errors).filter((p) => p !== '' && p !== '/')} />
        <TransactionFields
          form={form}
          errors={errors}
          busy={submit.busy}
          onChange={setForm}
          onSubmit={() => void determine()}
          onClear={() => load(emptyForm())}
        />
      </section>
      <div ref={resultRef}>{result && <LicensingResult result={result} />}</div>
      <HeldLicences />
    </>
  );
}
