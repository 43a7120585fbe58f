/** The shape of a parameter of the catalogue (./catalog.ts), and the builder of numeric ones. */

export type ParameterType = 'number' | 'integer' | 'boolean' | 'enum';

export interface ParameterDef {
  name: string;
  type: ParameterType;
  /** Canonical unit; numbers without a unit are taken in it. */
  unit?: string;
  /** Other accepted units → factor to multiply by to get the canonical unit. */
  units?: Record<string, number>;
  /** enum: accepted values; the item may give one or a list (a multi-capability machine). */
  values?: readonly string[];
  /** Smallest accepted value (inclusive unless `exclusiveMin`). */
  min?: number;
  exclusiveMin?: boolean;
  /**
   * false: the value selects a band or is a discrete property (travel length, wavelength), so near misses never relax
   * it.
   */
  relax?: false;
  description: string;
}

export const number = (
  name: string,
  unit: string,
  description: string,
  extra: Partial<ParameterDef> = {},
): ParameterDef => ({
  name,
  type: 'number',
  unit,
  min: 0,
  description,
  ...extra,
});
