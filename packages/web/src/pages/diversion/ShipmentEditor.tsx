/**
 * The shipment being scored, in a form (the default) or as JSON (for pasting from another system). Switching keeps
 * everything: the form carries fields it does not show, and JSON that does not parse keeps the JSON view open with
 * the reason.
 */
import { messageOf } from '../../lib/api';
import { EXAMPLES } from './examples';
import { ShipmentForm } from './ShipmentForm';
import { draftOf, emptyParty, emptyItem, newReference, shipmentOf, type ShipmentDraft } from './shipment-draft';

export type Mode = 'form' | 'json';

export interface Editor {
  mode: Mode;
  draft: ShipmentDraft;
  text: string;
  jsonError: string | undefined;
  note: string;
}

export const blankDraft = (): ShipmentDraft => ({
  ...draftOf({ id: newReference() }),
  parties: [emptyParty('exporter'), emptyParty('consignee'), emptyParty('end_user')],
  items: [emptyItem()],
});

export const initialEditor = (): Editor => ({
  mode: 'form',
  draft: blankDraft(),
  text: '',
  jsonError: undefined,
  note: '',
});

/** An example under a fresh reference: a kept shipment's reference may be used once. */
export function exampleEditor(i: number, mode: Mode): Editor {
  const e = EXAMPLES[i]!;
  const draft = draftOf({ ...e.shipment, id: newReference() });
  return { mode, draft, text: JSON.stringify(shipmentOf(draft), null, 2), jsonError: undefined, note: e.note };
}

/** The shipment to send, or the reason the JSON view's text is not one. */
export function shipmentOfEditor(ed: Editor): { shipment?: Record<string, unknown>; error?: string } {
  if (ed.mode === 'form') return { shipment: shipmentOf(ed.draft) };
  try {
    const value: unknown = JSON.parse(ed.text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { error: 'Expected one shipment object' };
    return { shipment: value as Record<string, unknown> };
  } catch (error) {
    return { error: `Not valid JSON: ${messageOf(error)}` };
  }
}

export function ShipmentEditor({
  ed,
  errors,
  onChange,
}: {
  ed: Editor;
  errors: Record<string, string>;
  onChange: (ed: Editor) => void;
}) {
  const id = 'shipment-json';
  const switchTo = (mode: Mode) => {
    if (mode === ed.mode) return;
    if (mode === 'json')
      return onChange({ ...ed, mode, text: JSON.stringify(shipmentOf(ed.draft), null, 2), jsonError: undefined });
    const { shipment, error } = shipmentOfEditor(ed);
    if (!shipment) return onChange({ ...ed, jsonError: error });
    onChange({ ...ed, mode, draft: draftOf(shipment), jsonError: undefined });
  };
  return (
    <>
      <div className="subnav" role="tablist" aria-label="Enter the shipment as">
        {(['form', 'json'] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="tab"
            aria-selected={ed.mode === m}
            className="subnav-link"
            aria-current={ed.mode === m ? 'page' : undefined}
            onClick={() => switchTo(m)}
          >
            {m === 'form' ? 'Form' : 'JSON'}
          </button>
        ))}
      </div>
      {ed.note && <p className="field-hint">{ed.note}</p>}
      {ed.mode === 'form' ? (
        <ShipmentForm draft={ed.draft} errors={errors} onChange={(draft) => onChange({ ...ed, draft })} />
      ) : (
        <div className={`field${ed.jsonError ? ' field-invalid' : ''}`}>
          <label htmlFor={id}>Shipment (JSON)</label>
          <textarea
            id={id}
            className="mono"
            rows={18}
            spellCheck={false}
            value={ed.text}
            onChange={(e) => onChange({ ...ed, text: e.target.value })}
            aria-invalid={ed.jsonError ? true : undefined}
            aria-describedby={`${id}-msg`}
          />
          <p id={`${id}-msg`} className={ed.jsonError ? 'field-error' : 'field-hint'}>
            {ed.jsonError ??
              'Parties (role, name, country, address, phones, emails, incorporated…), items (hsCode, quantity, value), route, payment, contract, amendments. Countries as ISO codes or names.'}
          </p>
        </div>
      )}
    </>
  );
}
