/**
 * The parties of a shipment, one card each with its role, and its items: what the red flags read (names and addresses
 * against the lists, contacts, incorporation dates, HS codes and values). Errors arrive keyed by the API's JSON
 * pointer (/parties/0/name) and show under their field.
 */
import type { PartyRole } from '@dualuse/core/diversion';
import { CountryField } from '../../components/CountryField';
import { SelectField, TextField } from '../../components/Field';
import { emptyItem, emptyParty, ROLE_LABELS, ROLE_OPTIONS, type ItemDraft, type PartyDraft } from './shipment-draft';

type Errors = Record<string, string>;

const replace = <T,>(xs: T[], i: number, patch: Partial<T>): T[] =>
  xs.map((x, j) => (j === i ? { ...x, ...patch } : x));

function PartyCard({
  p,
  at,
  errors,
  onChange,
}: {
  p: PartyDraft;
  at: string;
  errors: Errors;
  onChange: (p: Partial<PartyDraft>) => void;
}) {
  const text = (
    label: string,
    key: 'name' | 'address' | 'emails' | 'phones' | 'website' | 'business',
    hint?: string,
  ) => (
    <TextField
      label={label}
      value={p[key]}
      error={errors[`${at}/${key}`]}
      onChange={(e) => onChange({ [key]: e.target.value })}
      {...(hint ? { hint } : {})}
    />
  );
  return (
    <>
      <SelectField
        label="Role"
        value={p.role}
        options={ROLE_OPTIONS}
        error={errors[`${at}/role`]}
        onChange={(e) => onChange({ role: e.target.value as PartyRole })}
      />
      {text('Name', 'name')}
      <CountryField
        label="Country"
        value={p.country}
        error={errors[`${at}/country`]}
        onValue={(country) => onChange({ country })}
      />
      {text('Address', 'address')}
      {text('Emails', 'emails', 'Separate several with commas')}
      {text('Phones', 'phones', 'Separate several with commas')}
      {text('Website', 'website')}
      <TextField
        label="Incorporated"
        type="date"
        value={p.incorporated}
        error={errors[`${at}/incorporated`]}
        onChange={(e) => onChange({ incorporated: e.target.value })}
        hint="From a company registry, when known"
      />
      {text('Line of business', 'business', 'As declared, e.g. machine building')}
    </>
  );
}

export function PartiesFields({
  parties,
  errors,
  onChange,
}: {
  parties: PartyDraft[];
  errors: Errors;
  onChange: (p: PartyDraft[]) => void;
}) {
  const next: PartyRole = parties.some((p) => p.role === 'end_user') ? 'freight_forwarder' : 'end_user';
  return (
    <fieldset className="ship-group" aria-label="Parties">
      <legend>Parties</legend>
      {parties.map((p, i) => (
        <div key={i} className="ship-card" role="group" aria-label={`${ROLE_LABELS[p.role]} (party ${i + 1})`}>
          <PartyCard p={p} at={`/parties/${i}`} errors={errors} onChange={(x) => onChange(replace(parties, i, x))} />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => onChange(parties.filter((_, j) => j !== i))}
          >
            Remove party {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() => onChange([...parties, emptyParty(next)])}
      >
        Add party
      </button>
    </fieldset>
  );
}

export function ItemsFields({
  items,
  errors,
  onChange,
}: {
  items: ItemDraft[];
  errors: Errors;
  onChange: (i: ItemDraft[]) => void;
}) {
  return (
    <fieldset className="ship-group" aria-label="Items">
      <legend>Items</legend>
      {items.map((it, i) => {
        const at = `/items/${i}`;
        const field = (
          label: string,
          key: 'description' | 'hsCode' | 'quantity' | 'value' | 'currency',
          hint?: string,
        ) => (
          <TextField
            label={label}
            value={it[key]}
            error={errors[`${at}/${key}`]}
            inputMode={key === 'quantity' || key === 'value' ? 'decimal' : undefined}
            onChange={(e) => onChange(replace(items, i, { [key]: e.target.value }))}
            {...(hint ? { hint } : {})}
          />
        );
        return (
          <div key={i} className="ship-card ship-item" role="group" aria-label={`Item ${i + 1}`}>
            {field('Description', 'description', 'Part numbers in it are read, e.g. STM32F407VGT6')}
            {field('HS code', 'hsCode', '6 digits or more, e.g. 8542.31')}
            {field('Quantity', 'quantity')}
            {field('Value', 'value')}
            {field('Currency', 'currency', 'e.g. EUR')}
            <button
              type="button"
              className="btn btn-ghost btn-small"
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              Remove item {i + 1}
            </button>
          </div>
        );
      })}
      <button type="button" className="btn btn-secondary btn-small" onClick={() => onChange([...items, emptyItem()])}>
        Add item
      </button>
    </fieldset>
  );
}
