/**
 * A freshly issued secret. The server keeps only its hash, so this is the one chance to
 * copy it; the notice says so and stays until dismissed.
 */
import { useState } from 'react';
import { Icon } from './Icon';

export function OneTimeSecret({ title, secret, onDismiss }: { title: string; secret: string; onDismiss: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    // The clipboard API needs a secure context; where it is missing the text is still selectable.
    navigator.clipboard?.writeText(secret).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="alert alert-warning secret" role="status">
      <Icon name="key" />
      <div className="secret-body">
        <strong>{title}</strong>
        <p>Copy it now and store it safely: it will not be shown again.</p>
        <div className="secret-row">
          <input
            className="mono"
            readOnly
            value={secret}
            aria-label="New secret"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="btn btn-secondary" onClick={copy}>
            {copied ? 'Copied' : 'Copy'}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onDismiss}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
