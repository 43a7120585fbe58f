/**
 * The seed matrix of issue 14: chip-making equipment (3B001, 3B993 and the NL/JP national
 * entries overlaying them) and AI chips to CN; machine tools and Common High Priority List
 * items to KG, KZ, AM, AE, TR; thermal cameras; encryption. Only the US codes are chosen here
 * (examples, ours); every other jurisdiction's classification is derived through the controls
 * mapping (controls/mapping.ts, with its own citations and `verified` flags), and where the
 * mapping knows no counterpart the jurisdiction is left out, so the engine answers "unknown"
 * (fail closed, with an open question) instead of us guessing.
 */
import { counterparts } from '../../controls/mapping';
import type { LicensingJurisdiction } from '../../licensing/model';
import type { MatrixItem, MatrixRequest } from '../matrix';

const LICENSING = new Set<string>(['EU', 'UK', 'NL', 'JP', 'AU']);

/** US code → classification per jurisdiction via the mapping: same-number entries and national overlays. */
export function classificationFromUs(usCode: string): Record<string, string> {
  const out: Record<string, string> = { US: usCode };
  for (const c of counterparts(usCode)) {
    if (!LICENSING.has(c.jurisdiction) || !c.code) continue;
    if (c.relation === 'same_item' || c.relation === 'differs' || c.relation === 'national_only')
      out[c.jurisdiction] ??= c.code;
  }
  return out;
}

const SEED_ITEMS: { id: string; label: string; us: string }[] = [
  { id: 'litho-3B001.f.1', label: 'Lithography equipment (3B001.f.1)', us: '3B001.f.1' },
  { id: 'sme-3B993', label: 'Semiconductor manufacturing equipment (3B993)', us: '3B993' },
  { id: 'sme-3B090', label: 'Advanced SME (3B090)', us: '3B090' },
  { id: 'ai-chip-3A090.a', label: 'Advanced computing IC (3A090.a)', us: '3A090.a' },
  { id: 'machine-tool-2B001.b', label: 'Milling machine tool (2B001.b)', us: '2B001.b' },
  { id: 'nuclear-machine-tool-2B201', label: 'Machine tool, NSG (2B201)', us: '2B201' },
  { id: 'ic-3A001.a', label: 'Integrated circuits (3A001.a)', us: '3A001.a' },
  { id: 'thermal-camera-6A003.b.4', label: 'Thermal imaging camera (6A003.b.4)', us: '6A003.b.4' },
  { id: 'encryption-5A002.a', label: 'Encryption item (5A002.a)', us: '5A002.a' },
  { id: 'uav-9A012', label: 'Unmanned aerial vehicle (9A012)', us: '9A012' },
];

export const SEED_DESTINATIONS = ['CN', 'KG', 'KZ', 'AM', 'AE', 'TR', 'RU', 'IN', 'BR', 'JP'];

export function seedMatrixRequest(date: string, jurisdictions?: LicensingJurisdiction[]): MatrixRequest {
  const items: MatrixItem[] = SEED_ITEMS.map((i) => ({
    id: i.id,
    label: i.label,
    classification: classificationFromUs(i.us),
  }));
  return {
    date,
    items,
    destinations: SEED_DESTINATIONS,
    jurisdictions: jurisdictions ?? ['US', 'EU', 'UK', 'NL', 'JP', 'AU'],
  };
}
