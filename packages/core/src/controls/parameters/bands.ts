/**
 * Builders that turn the regulation's band tables (frequency ranges × power, resolution ranges ×
 * sample rate) into plain conditions, so rule files hold the tables as data and the evaluator
 * stays generic.
 */
import type { Comparison, Condition } from './rule';

/** [paragraph, band from (exclusive), band to (inclusive), Psat greater than (W)]. */
export type SubBand = readonly [label: string, fromGhz: number, toGhz: number, watts: number];

export interface MicrowaveGroup {
  label: string;
  /** "Frequencies exceeding `from` GHz up to and including `to` GHz"; no `to`: any frequency above `from`. */
  from: number;
  to?: number;
  /** "Fractional bandwidth" greater than this, %, when the paragraph requires it. */
  fbw?: number;
  /** Psat greater than this (W) over the whole group, or per sub-band. */
  watts?: number;
  sub?: readonly SubBand[];
}

/** The item's rated range [frequency_min_ghz, frequency_max_ghz] reaches into (from, to]. */
export function overlaps(from: number, to?: number): Condition[] {
  return [
    { param: 'frequency_max_ghz', op: '>', value: from },
    ...(to === undefined ? [] : [{ param: 'frequency_min_ghz', op: '<=', value: to } as const]),
  ];
}

const power = (watts: number): Condition => ({ param: 'peak_saturated_power_w', op: '>', value: watts });

/**
 * One paragraph of 3A001.b.2 / b.3: rated in the group's band (with its fractional bandwidth) and
 * above the power threshold of a sub-band it covers. Covering several sub-bands, any one that is
 * exceeded catches the item: the lowest threshold decides (Note 2 to 3A001.b.2, Note 1 to b.3).
 */
export function microwaveGroup(g: MicrowaveGroup): Condition {
  const fbw: Condition[] =
    g.fbw === undefined ? [] : [{ param: 'fractional_bandwidth_percent', op: '>', value: g.fbw }];
  if (g.sub)
    return {
      label: g.label,
      all: [
        ...overlaps(g.from, g.to),
        ...fbw,
        { any: g.sub.map(([label, from, to, watts]) => ({ label, all: [...overlaps(from, to), power(watts)] })) },
      ],
    };
  return { label: g.label, all: [...overlaps(g.from, g.to), ...fbw, power(g.watts!)] };
}

/** [paragraph, bits from (inclusive), bits to (exclusive; undefined: no bound), comparison, sample rate (Msps)]. */
export type AdcBand = readonly [label: string, bits: number, below: number | undefined, op: Comparison, msps: number];

/** ADC resolution from `bits` (inclusive) to `below` (exclusive) with a sample rate compared to `msps`. */
export function adcBand([label, bits, below, op, msps]: AdcBand): Condition {
  return {
    label,
    all: [
      { param: 'adc_resolution_bits', op: '>=', value: bits },
      ...(below === undefined ? [] : [{ param: 'adc_resolution_bits', op: '<', value: below } as const]),
      { param: 'sample_rate_msps', op, value: msps },
    ],
  };
}
