/**
 * Request body limits per route. The default (`DUALUSE_MAX_BODY_BYTES`, 1 MiB) covers every JSON
 * request; only routes that carry whole files get more, each its own setting, so an analyst's
 * route can no longer take the 768 MiB meant for an operator's list import. Hono's bodyLimit
 * checks Content-Length first and counts a chunked body as it streams, answering 413 at the
 * limit. The table is documented in docs/limits.md.
 */
import type { Config } from '@dualuse/app';
import { API_PREFIX } from './routing';
import { REGULATIONS_IMPORT, REGULATIONS_MAX_BODY_BYTES } from './routes/regulations/index';

export type BodyLimitSetting =
  | 'DUALUSE_MAX_BODY_BYTES'
  | 'DUALUSE_MAX_IMPORT_BYTES'
  | 'DUALUSE_MAX_RECORDS_IMPORT_BYTES'
  | 'DUALUSE_MAX_ANALYSIS_BYTES';

/** path → the setting that limits its body (POST routes that carry files). */
export const BODY_LIMIT_ROUTES: Record<string, BodyLimitSetting> = {
  // Official list files (base64) of up to 512 MiB: the core parsers' own input limit.
  [`${API_PREFIX}/lists/import`]: 'DUALUSE_MAX_IMPORT_BYTES',
  // Official control-list files (the US CCL parsed JSON is 1.7 MB; the AU DSGL a zip).
  [`${API_PREFIX}/controls/import`]: 'DUALUSE_MAX_IMPORT_BYTES',
  [`${API_PREFIX}/diversion/shipments/import`]: 'DUALUSE_MAX_RECORDS_IMPORT_BYTES',
  [`${API_PREFIX}/diversion/payments/import`]: 'DUALUSE_MAX_RECORDS_IMPORT_BYTES',
  [`${API_PREFIX}/diversion/companies/import`]: 'DUALUSE_MAX_RECORDS_IMPORT_BYTES',
  // A fleet's recorded heartbeats (POST /devices/evidence): record files, like shipments.
  [`${API_PREFIX}/devices/evidence`]: 'DUALUSE_MAX_RECORDS_IMPORT_BYTES',
  // Eurostat Comext extracts (the monthly CN8 file: 7.6 MB gzip, 91 MB inflated) and FtM exports.
  [`${API_PREFIX}/diversion/trade`]: 'DUALUSE_MAX_ANALYSIS_BYTES',
  [`${API_PREFIX}/diversion/network`]: 'DUALUSE_MAX_ANALYSIS_BYTES',
  // Trade datasets (the same Comext extracts) and supply-chain files for policy analysis (issue 15).
  [`${API_PREFIX}/policy/trade/datasets`]: 'DUALUSE_MAX_ANALYSIS_BYTES',
  [`${API_PREFIX}/policy/chokepoints`]: 'DUALUSE_MAX_ANALYSIS_BYTES',
};

export const bodyLimitSetting = (path: string): BodyLimitSetting => BODY_LIMIT_ROUTES[path] ?? 'DUALUSE_MAX_BODY_BYTES';

/**
 * The limit of a path and what to name in the 413. The eCFR XML of parts 738 and 740 is a few MB: 32 MB, at most the
 * import limit.
 */
export function bodyLimitOf(config: Config, path: string): { max: number; setting: string } {
  if (path === REGULATIONS_IMPORT)
    return {
      max: Math.min(REGULATIONS_MAX_BODY_BYTES, config.DUALUSE_MAX_IMPORT_BYTES),
      setting: 'the regulations import limit',
    };
  const setting = bodyLimitSetting(path);
  return { max: config[setting], setting };
}
