/**
 * The technical parameters an item can be described by, with their canonical unit (the one
 * in the name) and the other units accepted as `{ "value": 1.2, "unit": "TB/s" }`. Rules in
 * ./rules-*.ts compare against the canonical unit only, so a threshold is written once.
 * The parameters are kept by topic in ./catalog-*.ts.
 */
import type { ParameterDef } from './catalog-def';
import { COMPUTING_PARAMETERS } from './catalog-computing';
import { SENSOR_PARAMETERS } from './catalog-sensors';
import { SYSTEM_PARAMETERS } from './catalog-systems';

export type { ParameterDef, ParameterType } from './catalog-def';
export { FUNCTIONS } from './catalog-functions';

export const PARAMETERS: readonly ParameterDef[] = [
  ...COMPUTING_PARAMETERS,
  ...SENSOR_PARAMETERS,
  ...SYSTEM_PARAMETERS,
];

export const PARAMETER_BY_NAME: ReadonlyMap<string, ParameterDef> = new Map(PARAMETERS.map((p) => [p.name, p]));
