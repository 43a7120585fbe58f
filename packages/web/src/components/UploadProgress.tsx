/** Where an upload is, as a progress bar a screen reader can follow: reading the file, bytes sent, then the check. */
import type { UploadStage } from '../lib/upload';

const size = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3)).toLocaleString()} kB`;

function describe(s: UploadStage): { text: string; value?: number } {
  if (s.stage === 'reading') return { text: 'Reading the file…' };
  if (s.stage === 'checking') return { text: 'Sent; the server is checking and importing it (all or nothing)…' };
  const value = s.total ? s.loaded / s.total : 0;
  return { text: `Sending: ${size(s.loaded)} of ${size(s.total)} (${Math.round(value * 100)} %)`, value };
}

export function UploadProgress({ stage, label }: { stage: UploadStage | undefined; label: string }) {
  if (!stage) return null;
  const { text, value } = describe(stage);
  return (
    <div className="progress" data-testid="upload-progress">
      {/* An indeterminate bar (no value) while the file is read and while the server checks it. */}
      <progress className="bar" aria-label={label} max={1} {...(value === undefined ? {} : { value })} />
      <span className="muted" role="status" aria-live="polite">
        {text}
      </span>
    </div>
  );
}
