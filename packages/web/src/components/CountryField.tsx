/**
 * An ISO alpha-2 country input with suggestions (names from the browser's Intl data, so no
 * table to maintain). It accepts any code; the API refuses one that is not two letters.
 */
import type { InputHTMLAttributes } from 'react';
import { TextField } from './Field';

const CODES =
  'AE AM AR AT AU AZ BE BR BY CA CH CN CU CZ DE DK ES FI FR GB GE HK IL IN IR IS IT JP KG KP KR KZ MO MX MY NL NO PL RU SA SE SG SY TH TJ TR TW UA US UZ VN'.split(
    ' ',
  );
const names = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName = (code: string): string => {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
};

export const COUNTRY_LIST_ID = 'country-codes';

/** Rendered once per page; every CountryField points at it. */
export function CountryOptions() {
  return (
    <datalist id={COUNTRY_LIST_ID}>
      {CODES.map((c) => (
        <option key={c} value={c}>
          {countryName(c)}
        </option>
      ))}
    </datalist>
  );
}

type Props = {
  label: string;
  value: string;
  onValue: (v: string) => void;
  error?: string | undefined;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

export function CountryField({ label, value, onValue, error, hint, ...rest }: Props) {
  const shown = hint ?? (/^[A-Z]{2}$/.test(value) ? countryName(value) : 'ISO code, e.g. CN');
  return (
    <TextField
      label={label}
      value={value}
      list={COUNTRY_LIST_ID}
      autoComplete="off"
      maxLength={2}
      error={error}
      hint={shown}
      onChange={(e) => onValue(e.target.value.toUpperCase())}
      {...rest}
    />
  );
}
