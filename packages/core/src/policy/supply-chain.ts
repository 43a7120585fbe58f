/**
 * Supply-chain market shares in the layout of the ETO/CSET Chip Explorer data release
 * (eto.tech/dataset-docs/chipexplorer), which the product imports from the user's own copy (the data
 * is CC BY-NC 4.0: it is never shipped with the product). Three CSV files:
 *   inputs.csv     input_id, input_name, type, stage_id (others ignored)
 *   providers.csv  provider_name, provider_id, provider_type (country | organization), country (ISO3, organizations)
 *   provision.csv  provider_id, provided_id, share_provided (percent; empty = unknown, never zero), year
 * Country providers are named by ISO3 code ("Various countries" and regions such as "EUR" are kept as
 * unattributed shares, not guessed into a country).
 */
import { countryCode } from '../common/countries';
import { columns, parseCsv } from '../screening/formats/csv';

export interface SupplyInput {
  id: string;
  name: string;
  type: string;
  stage?: string;
}

export interface Provider {
  id: string;
  name: string;
  kind: 'country' | 'organization';
  /** ISO alpha-2: the country itself, or an organization's headquarters; undefined for "Various" and regions. */
  country?: string;
}

export interface Provision {
  provider: string;
  input: string;
  /** Percent; null when the source gives none. */
  share: number | null;
  year: string;
}

export interface SupplyChainData {
  inputs: Map<string, SupplyInput>;
  providers: Map<string, Provider>;
  provision: Provision[];
}

export function parseSupplyChain(files: { inputs: string; providers: string; provision: string }): SupplyChainData {
  const inputs = new Map<string, SupplyInput>();
  {
    const [h, ...rows] = parseCsv(files.inputs, 'inputs.csv');
    const c = columns('inputs.csv', h, ['input_id', 'input_name', 'type']);
    for (const r of rows) {
      const id = r.cells[c.input_id]!.trim();
      if (!/^N\d+$/.test(id)) throw new Error(`inputs.csv line ${r.line}: input_id "${id}" is not N<number>`);
      const stage = c.stage_id !== undefined ? r.cells[c.stage_id]?.trim() : undefined;
      inputs.set(id, {
        id,
        name: r.cells[c.input_name]!.trim(),
        type: r.cells[c.type]!.trim(),
        ...(stage ? { stage } : {}),
      });
    }
  }
  const providers = new Map<string, Provider>();
  {
    const [h, ...rows] = parseCsv(files.providers, 'providers.csv');
    const c = columns('providers.csv', h, ['provider_name', 'provider_id', 'provider_type', 'country']);
    for (const r of rows) {
      const kind = r.cells[c.provider_type]!.trim();
      if (kind !== 'country' && kind !== 'organization')
        throw new Error(`providers.csv line ${r.line}: provider_type "${kind}" is not country or organization`);
      const name = r.cells[c.provider_name]!.trim();
      const country = countryCode(kind === 'country' ? name : r.cells[c.country]!.trim());
      providers.set(r.cells[c.provider_id]!.trim(), {
        id: r.cells[c.provider_id]!.trim(),
        name,
        kind,
        ...(country ? { country } : {}),
      });
    }
  }
  const [h, ...rows] = parseCsv(files.provision, 'provision.csv');
  const c = columns('provision.csv', h, ['provider_id', 'provided_id', 'share_provided', 'year']);
  const provision: Provision[] = rows.map((r) => {
    const text = r.cells[c.share_provided]!.trim();
    const share = text === '' ? null : Number(text);
    if (share !== null && (!Number.isFinite(share) || share < 0 || share > 100))
      throw new Error(`provision.csv line ${r.line}: share_provided "${text}" is not a percentage`);
    const provider = r.cells[c.provider_id]!.trim();
    if (!providers.has(provider))
      throw new Error(`provision.csv line ${r.line}: provider_id "${provider}" is not in providers.csv`);
    return { provider, input: r.cells[c.provided_id]!.trim(), share, year: r.cells[c.year]!.trim() };
  });
  return { inputs, providers, provision };
}
