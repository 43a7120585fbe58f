/** What a coalition may share and withhold, as a person reads it, and the checkbox group both settings forms use. */
export const SHARES: Record<string, string> = {
  denial: 'Denials',
  undercut: 'Undercut notices',
  list_addition: 'List additions',
  indicator: 'Indicators',
};
export const WITHHOLDABLE: Record<string, string> = {
  reason: 'Reason',
  endUse: 'End use',
  item: 'Item description',
  addresses: 'Addresses',
};

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((x) => x !== value);
}

export function Checkboxes(props: {
  legend: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const { legend, options, value, onChange } = props;
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {Object.entries(options).map(([k, label]) => (
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
