/**
 * Shapes of the licensing API, generated from the server's OpenAPI document
 * (packages/server/src/routes/licensing/schemas.ts, licence-schemas.ts → ../../api/schema.d.ts).
 */
import type { Schema } from '../../api';

export type DeterminationResult = Schema<'DeterminationResult'>;
/** POST /determine with one transaction: its determination and the rule and data versions used. */
export type DeterminationWithVersions = Schema<'DeterminationWithVersions'>;
export type Determination = Schema<'Determination'>;
export type RuleTrace = Schema<'RuleTrace'>;
export type Effect = Schema<'RuleEffect'>;
export type JurisdictionCoverage = Schema<'LicenceCoverage'>;
export type LicenceView = Schema<'LicenceView'>;
export type Decision = Determination['decision'];
export type Policy = NonNullable<Determination['policy']>;
