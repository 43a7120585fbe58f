/**
 * Runs the server-side chain verification and shows the verdict: green when every record's
 * hash checks out (and, with a signed checkpoint, that it matches it), otherwise each finding
 * in red with the sequence number to investigate.
 */
import { useCallback, useState } from 'react';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { api } from '../../lib/api';
import { shortHash } from '../../lib/format';
import type { AuditVerification } from '../../lib/types';

export interface VerifyState {
  busy: boolean;
  result: AuditVerification | undefined;
  error: unknown;
  run: () => void;
}

export function useVerify(): VerifyState {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditVerification>();
  const [error, setError] = useState<unknown>();
  const run = useCallback(() => {
    setBusy(true);
    setError(undefined);
    api<AuditVerification>('GET', '/audit/verify')
      .then(setResult, (e: unknown) => {
        setResult(undefined);
        setError(e);
      })
      .finally(() => setBusy(false));
  }, []);
  return { busy, result, error, run };
}

export function VerifyResult({ state }: { state: VerifyState }) {
  const { result, error } = state;
  if (error) return <ErrorAlert error={error} title="Verification could not run" />;
  if (!result) return null;
  if (result.ok) {
    return (
      <div className="alert alert-success" role="status" data-testid="verify-result">
        <Icon name="check" />
        <div>
          <strong>
            Chain intact: {result.checked} {result.checked === 1 ? 'record' : 'records'} verified
          </strong>
          <p>
            Last record <span className="mono">#{result.lastSeq}</span>, hash{' '}
            <span className="mono" title={result.lastHash}>
              {shortHash(result.lastHash)}
            </span>
            .
          </p>
          <p>
            {result.checkpoint
              ? `Held to the signed checkpoint of record #${result.checkpoint.seq} (${result.checkpoint.at}, key ${result.checkpoint.keyId}): records up to it are exactly those that existed when it was signed.`
              : 'No signed checkpoint is configured: this proves the records agree with each other, not that the newest ones were not removed or the chain re-hashed by someone with database access (docs/operations.md).'}
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="alert alert-error" role="alert" data-testid="verify-result">
      <Icon name="alert" />
      <div>
        <strong>
          Chain broken: {result.findings.length} {result.findings.length === 1 ? 'finding' : 'findings'} in{' '}
          {result.checked} records checked
        </strong>
        <ul className="findings">
          {result.findings.map((f, i) => (
            <li key={`${f.seq}-${f.kind}-${i}`}>
              <span className="badge badge-red">{f.kind}</span> <span className="mono">#{f.seq}</span> {f.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
