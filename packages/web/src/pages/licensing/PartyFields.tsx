/**
 * The parties to the transaction; each is screened when lists are loaded, and its country can matter (e.g. Reg.
 * 833/2014 Art. 2 "indirectly").
 */
import { SelectField, TextField } from '../../components/Field';
import { CountryField } from '../../components/CountryField';
import type { PartyForm } from './form';

const ROLES = [
  { value: 'end_user', label: 'End user' },
  { value: 'consignee', label: 'Consignee' },
  { value: 'intermediate_consignee', label: 'Intermediate consignee' },
  { value: 'purchaser', label: 'Purchaser' },
  { value: 'forwarder', label: 'Forwarder' },
  { value: 'other', label: 'Other' },
];

interface Props {
  parties: PartyForm[];
  errors: Record<string, string>;
  onChange: (parties: PartyForm[]) => void;
}

export function PartyFields({ parties, errors, onChange }: Props) {
  const update = (i: number, p: Partial<PartyForm>) =>
    onChange(parties.map((old, j) => (j === i ? { ...old, ...p } : old)));
  return (
    <div className="lic-parties">
      {parties.length === 0 && (
        <p className="muted lic-none">
          No parties yet. Add the end user and consignee so they can be screened and their countries considered.
        </p>
      )}
      {parties.map((p, i) => (
        <div key={i} className="lic-party" role="group" aria-label={`Party ${i + 1}`}>
          <SelectField
            label="Role"
            value={p.role}
            error={errors[`/parties/${i}/role`]}
            options={ROLES}
            onChange={(e) => update(i, { role: e.target.value })}
          />
          <TextField
            label="Name"
            value={p.name}
            error={errors[`/parties/${i}/name`]}
            onChange={(e) => update(i, { name: e.target.value })}
          />
          <CountryField
            label="Country"
            value={p.country}
            error={errors[`/parties/${i}/country`]}
            onValue={(country) => update(i, { country })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small lic-party-remove"
            onClick={() => onChange(parties.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-secondary btn-small"
        onClick={() =>
          onChange([...parties, { role: parties.length ? 'consignee' : 'end_user', name: '', country: '' }])
        }
      >
        Add party
      </button>
    </div>
  );
}
