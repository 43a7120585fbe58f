/** One party to screen: the name, and the facts that corroborate or rule out a match. */
import { useState, type FormEvent } from 'react';
import { DEFAULT_THRESHOLD } from '@dualuse/core/matching';
import { SelectField, TextField } from '../../components/Field';
import type { PartyRequest } from './types';

export interface SearchInput {
  party: PartyRequest;
  threshold?: number;
}

const TYPES = [
  { value: '', label: 'Any' },
  { value: 'person', label: 'Person' },
  { value: 'organization', label: 'Organisation' },
  { value: 'vessel', label: 'Vessel' },
  { value: 'aircraft', label: 'Aircraft' },
];

/** Server pointers for this one-party request, mapped to the field that shows them. */
export const SEARCH_POINTERS = {
  name: ['/parties/0/name'],
  type: ['/parties/0/type'],
  countries: ['/parties/0/countries', '/parties/0/countries/0'],
  birthDate: ['/parties/0/birthDate', '/parties/0/date_of_birth'],
  threshold: ['/threshold'],
};
export const SEARCH_SHOWN = Object.values(SEARCH_POINTERS).flat();

export function SearchForm({
  busy,
  fields,
  onSearch,
}: {
  busy: boolean;
  fields: Record<string, string>;
  onSearch: (input: SearchInput) => void;
}) {
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [countries, setCountries] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [threshold, setThreshold] = useState('');
  const err = (key: keyof typeof SEARCH_POINTERS) => SEARCH_POINTERS[key].map((p) => fields[p]).find(Boolean);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const party: PartyRequest = { name: name.trim() };
    if (type) party.type = type as PartyRequest['type'];
    const list = countries
      .split(/[,;|]/)
      .map((c) => c.trim())
      .filter(Boolean);
    if (list.length) party.countries = list;
    if (birthDate.trim()) party.birthDate = birthDate.trim();
    onSearch({ party, ...(threshold.trim() ? { threshold: Number(threshold) } : {}) });
  };

  return (
    <section className="panel" aria-labelledby="search-title">
      <h2 id="search-title" className="panel-title">
        Screen a party
      </h2>
      <form className="form-grid search-form" onSubmit={submit} role="search" noValidate>
        <TextField
          label="Name"
          required
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={err('name')}
          placeholder="Person, company, vessel or aircraft"
          spellCheck={false}
        />
        <SelectField
          label="Type"
          value={type}
          onChange={(e) => setType(e.target.value)}
          options={TYPES}
          error={err('type')}
        />
        <TextField
          label="Countries"
          value={countries}
          onChange={(e) => setCountries(e.target.value)}
          error={err('countries')}
          hint="Codes or names, comma-separated."
          placeholder="e.g. CD, Rwanda"
        />
        <TextField
          label="Date of birth"
          value={birthDate}
          onChange={(e) => setBirthDate(e.target.value)}
          error={err('birthDate')}
          hint="YYYY, YYYY-MM or full date."
          placeholder="YYYY-MM-DD"
          inputMode="numeric"
        />
        <TextField
          label="Threshold"
          type="number"
          min={0}
          max={1}
          step={0.01}
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
          error={err('threshold')}
          placeholder={DEFAULT_THRESHOLD.toFixed(2)}
          hint="Minimum score."
        />
        <div className="search-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !name.trim()}>
            {busy ? 'Screening…' : 'Screen'}
          </button>
        </div>
      </form>
    </section>
  );
}
