/** What a coalition may share and withhold, as a person reads it, and the checkbox group both settings forms use. */
import type { ShareKind, Withholdable } from './types';

export const SHARES: Record<ShareKind, string> = {
  denial: 'Denials',
  undercut: 'Undercut notices',
  list_addition: 'List additions',
  indicator: 'Indicators',
};
export const WITHHOLDABLE: Record<Withholdable, string> = {
  reason: 'Reason',
  endUse: 'End use',
  item: 'Item description',
  addresses: 'Addresses',
};

function toggle<K extends string>(list: K[], value: K, on: boolean): K[] {
  return on ? [...list, value] : list.filter((x) => x !== value);
}

export function Checkboxes<K extends string>(props: {
  legend: string;
  options: Record<K, string>;
  value: K[];
  onChange: (v: K[]) => void;
}) {
  const { legend, options, value, onChange } = props;
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {(Object.entries(options) as [K, string][]).map(([k, label]) => (
        <label key={k} className="checkbox">
          <input
            type="checkbox"
            checked={value.includes(k)}
            onChange={(e) => onChange(toggle(value, k, e.target.checked))}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Said beside a refusal criterion whose heading was transcribed but not yet checked against the official text
 * (core's criteria data, verified: false), wherever a criterion is read or chosen.
 */
export function UnverifiedHeading() {
  return <span className="cell-sub">heading transcribed, not yet checked against the official text</span>;
}
