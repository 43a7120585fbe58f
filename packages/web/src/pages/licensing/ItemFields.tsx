/** One item of the transaction: what it is, how each jurisdiction classifies it, origin, content and value. */
import { TextField } from '../../components/Field';
import { CountryField } from './CountryField';
import type { ItemForm } from './form';

export const ITEM_KEYS = [
  'description',
  'classification',
  'classification/US',
  'classification/EU',
  'classification/UK',
  'classification/NL',
  'classification/JP',
  'classification/AU',
  'hs',
  'origin',
  'us_content_percent',
  'value',
  'quantity',
];

interface Props {
  index: number;
  item: ItemForm;
  errors: Record<string, string>;
  onChange: (item: ItemForm) => void;
  onRemove?: (() => void) | undefined;
}

export function ItemFields({ index, item, errors, onChange, onRemove }: Props) {
  const err = (k: string) => errors[`/items/${index}/${k}`];
  const set =
    <K extends keyof ItemForm>(k: K) =>
    (v: ItemForm[K]) =>
      onChange({ ...item, [k]: v });
  const text = (
    k: 'description' | 'us' | 'eu' | 'uk' | 'nl' | 'jp' | 'au' | 'hs' | 'usContent' | 'value' | 'quantity',
  ) => ({ value: item[k], onChange: (e: { target: { value: string } }) => set(k)(e.target.value) });
  return (
    <fieldset className="lic-item" aria-label={`Item ${index + 1}`}>
      <div className="lic-item-head">
        <legend>Item {index + 1}</legend>
        {onRemove && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onRemove}>
            Remove item {index + 1}
          </button>
        )}
      </div>
      <div className="lic-grid">
        <div className="lic-span-2">
          <TextField
            label="Description"
            placeholder="e.g. datacenter GPU, 80 GB HBM3"
            error={err('description')}
            {...text('description')}
          />
        </div>
        <TextField
          label="US ECCN"
          placeholder="3A090.a or EAR99"
          error={err('classification/US') ?? err('classification')}
          hint="Commerce Control List, 15 CFR 774"
          {...text('us')}
        />
        <TextField
          label="EU control code"
          placeholder="3A001.a.1 or unlisted"
          error={err('classification/EU')}
          hint="Annex I, Reg. (EU) 2021/821"
          {...text('eu')}
        />
        <TextField label="HS code" placeholder="854231" inputMode="numeric" error={err('hs')} {...text('hs')} />
        <CountryField label="Origin" value={item.origin} onValue={set('origin')} error={err('origin')} />
        <TextField
          label="US content %"
          inputMode="decimal"
          placeholder="0–100"
          error={err('us_content_percent')}
          hint="Controlled US content, for de minimis (734.4)"
          {...text('usContent')}
        />
        <TextField label="Value (USD)" inputMode="decimal" error={err('value')} {...text('value')} />
        <TextField label="Quantity" inputMode="numeric" error={err('quantity')} {...text('quantity')} />
      </div>
      <details className="lic-more" open={!!(item.uk || item.nl || item.jp || item.au)}>
        <summary>UK, Dutch, Japanese and Australian list codes</summary>
        <div className="lic-grid">
          <TextField
            label="UK control code"
            placeholder="PL9010 or 3A001.a.1"
            error={err('classification/UK')}
            hint="UK Strategic Export Control List"
            {...text('uk')}
          />
          <TextField
            label="NL control code"
            placeholder="3B1001.l"
            error={err('classification/NL')}
            hint="Dutch national list (advanced chip-making equipment)"
            {...text('nl')}
          />
          <TextField
            label="JP control code"
            placeholder="JP2023LIT"
            error={err('classification/JP')}
            hint="METI list under FEFTA"
            {...text('jp')}
          />
          <TextField
            label="AU DSGL code"
            placeholder="3A001.a.1"
            error={err('classification/AU')}
            hint="Defence and Strategic Goods List"
            {...text('au')}
          />
        </div>
      </details>
      <div className="lic-flags">
        <label className="checkbox">
          <input type="checkbox" checked={item.enc} onChange={(e) => set('enc')(e.target.checked)} /> ENC-eligible
          (740.17)
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={item.sta} onChange={(e) => set('sta')(e.target.checked)} /> STA consignee
          statement on file (740.20(d)(2))
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={item.usTech} onChange={(e) => set('usTech')(e.target.checked)} /> Direct
          product of US technology (734.9)
        </label>
      </div>
    </fieldset>
  );
}
