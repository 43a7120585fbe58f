/**
 * Shapes of the screening API, generated from the server's OpenAPI document
 * (packages/server/src/routes/screening/schemas.ts → ../../api/schema.d.ts).
 */
import type { Schema } from '../../api';

export type HitStatus = Schema<'HitStatus'>;
export type HitExplanation = Schema<'HitExplanation'>;
export type PartyRequest = Schema<'Party'>;
/** A hit as the screen call returns it: the core's hit plus review state. */
export type HitView = Schema<'Hit'>;
export type ScreenResponse = Schema<'ScreenResponse'>;
export type PartyResult = ScreenResponse['results'][number];
/** A stored hit, as the review queue lists it. */
export type HitRecord = Schema<'HitRecord'>;
export type EntryReference = Schema<'EntryReference'>;
export type ListVersion = Schema<'ListVersion'>;
export type ListVersions = Schema<'ListVersions'>;
export type ListDiff = Schema<'ListDiff'>;
export type EntryChange = ListDiff['added'][number];
