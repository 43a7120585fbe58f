/**
 * A shipment entered in a form: reference, date and destination; parties with their roles; items; the route leg by
 * leg; who pays from where; the contract's Art. 12g clause and the end-use statement. Every field is optional except
 * what the API needs (a reference, parties, items); what is left empty is "not stated", never "no".
 */
import { CountryField, CountryOptions } from '../../components/CountryField';
import { SelectField, TextField } from '../../components/Field';
import { ItemsFields, PartiesFields } from './ShipmentParties';
import { MODES, type LegDraft, type ShipmentDraft, type Stated } from './shipment-draft';

type Errors = Record<string, string>;

const STATED = (yes: string, no: string) => [
  { value: '', label: 'Not stated' },
  { value: 'yes', label: yes },
  { value: 'no', label: no },
];

function RouteFields({
  route,
  errors,
  onChange,
}: {
  route: LegDraft[];
  errors: Errors;
  onChange: (r: LegDraft[]) => void;
}) {
  const set = (i: number, patch: Partial<LegDraft>) =>
    onChange(route.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const last = route.at(-1)?.to ?? '';
  return (
    <fieldset className="ship-group" aria-label="Route">
      <legend>Route</legend>
      {route.map((l, i) => (
        <div key={i} className="ship-card ship-leg" role="group" aria-label={`Leg ${i + 1}`}>
          <CountryField
            label="From"
            value={l.from}
            error={errors[`/route/${i}/from`]}
            onValue={(from) => set(i, { from })}
          />
          <CountryField label="To" value={l.to} error={errors[`/route/${i}/to`]} onValue={(to) => set(i, { to })} />
          <SelectField
            label="Mode"
            value={l.mode}
            options={MODES.map((m) => ({ value: m, label: m || 'Not stated' }))}
            onChange={(e) => set(i, { mode: e.target.value as LegDraft['mode'] })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => onChange(route.filter((_, j) => j !== i))}
          >
            Remove leg {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => onChange([...route, { from: last, to: '', mode: '' }])}
      >
        Add leg
      </button>
    </fieldset>
  );
}

function PaymentFields({
  d,
  errors,
  set,
}: {
  d: ShipmentDraft;
  errors: Errors;
  set: (patch: Partial<ShipmentDraft>) => void;
}) {
  return (
    <fieldset className="ship-group" aria-label="Payment and contract">
      <legend>Payment and contract</legend>
      <div className="ship-card">
        <TextField
          label="Payer"
          value={d.payer}
          error={errors['/payment/payer']}
          onChange={(e) => set({ payer: e.target.value })}
        />
        <CountryField
          label="Payer's bank country"
          value={d.payerBankCountry}
          error={errors['/payment/payerBankCountry']}
          onValue={(payerBankCountry) => set({ payerBankCountry })}
        />
        <TextField
          label="Amount"
          inputMode="decimal"
          value={d.amount}
          error={errors['/payment/amount']}
          onChange={(e) => set({ amount: e.target.value })}
        />
        <TextField label="Payment currency" value={d.currency} onChange={(e) => set({ currency: e.target.value })} />
        <TextField
          label="Contract date"
          type="date"
          value={d.contractDate}
          error={errors['/contract/date']}
          onChange={(e) => set({ contractDate: e.target.value })}
        />
        <SelectField
          label="No re-export to Russia clause"
          value={d.clause}
          options={STATED('In the contract', 'Not in the contract')}
          hint="Reg. (EU) 833/2014 Art. 12g"
          onChange={(e) => set({ clause: e.target.value as Stated })}
        />
        <SelectField
          label="End-use statement"
          value={d.endUseStatement}
          options={STATED('Supplied', 'Not supplied')}
          onChange={(e) => set({ endUseStatement: e.target.value as Stated })}
        />
      </div>
    </fieldset>
  );
}

export function ShipmentForm({
  draft,
  errors,
  onChange,
}: {
  draft: ShipmentDraft;
  errors: Errors;
  onChange: (d: ShipmentDraft) => void;
}) {
  const set = (patch: Partial<ShipmentDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="ship-form" role="group" aria-label="Shipment form">
      <CountryOptions />
      <div className="ship-card">
        <TextField
          label="Reference"
          value={draft.id}
          error={errors['/id']}
          onChange={(e) => set({ id: e.target.value })}
          hint="Your order or shipment number; unique, it names the alert"
        />
        <TextField
          label="Shipment date"
          type="date"
          value={draft.date}
          error={errors['/date']}
          onChange={(e) => set({ date: e.target.value })}
        />
        <CountryField
          label="Final destination"
          value={draft.destination}
          error={errors['/destination']}
          onValue={(destination) => set({ destination })}
        />
      </div>
      <PartiesFields parties={draft.parties} errors={errors} onChange={(parties) => set({ parties })} />
      <ItemsFields items={draft.items} errors={errors} onChange={(items) => set({ items })} />
      <RouteFields route={draft.route} errors={errors} onChange={(route) => set({ route })} />
      <PaymentFields d={draft} errors={errors} set={set} />
    </div>
  );
}
