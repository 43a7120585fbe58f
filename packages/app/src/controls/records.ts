/**
 * A tenant's product classifications: approved per jurisdiction with a rationale, tied to the
 * list version and entry text they were made against. When a new list version comes into
 * force, `recheckProductClassifications` flags each one whose entry changed or disappeared,
 * or whose stored parameters now classify differently.
 */
import {
  authorise,
  canonicalJson,
  classify,
  diffControlEntries,
  findParagraph,
  invalidInput,
  isJurisdiction,
  parseControlCode,
  parseItem,
  sha256Hex,
  type AuditActor,
  type ControlEntry,
  type Json,
  type Principal,
  type TenantId,
} from '@dualuse/core';
import {
  controlVersionsAsOf,
  findControlEntries,
  inTenant,
  listAllTenants,
  listProductClassifications,
  markProductClassification,
  upsertProductClassification,
  type ControlListVersionRow,
  type Orm,
  type ProductClassificationRow,
} from '@dualuse/store';
import { record } from '../audit/log';
import { actorOf, type AppContext } from '../common';

/** Codes that say "not on the list" rather than naming an entry. */
const UNLISTED = new Set(['EAR99', 'NOT_LISTED']);

export interface SaveClassification {
  productRef: string;
  productName: string;
  jurisdiction: string;
  code: string;
  rationale: string;
  parameters?: Record<string, unknown> | undefined;
}

/** A stored classification as the API and the CLI show it (times as ISO strings). */
export interface ProductClassificationView {
  id: string;
  tenantId: string;
  productRef: string;
  productName: string;
  jurisdiction: string;
  code: string;
  parameters: Record<string, unknown>;
  rationale: string;
  listVersionId: string | null;
  entryHash: string | null;
  approvedBy: AuditActor;
  approvedAt: string;
  status: string;
  reviewReason: string | null;
  checkedAt: string | null;
}

const view = ({ approvedAt, checkedAt, ...r }: ProductClassificationRow): ProductClassificationView => ({
  ...r,
  approvedBy: r.approvedBy as AuditActor,
  approvedAt: approvedAt.toISOString(),
  checkedAt: checkedAt?.toISOString() ?? null,
});

const today = (ctx: AppContext) => ctx.now().toISOString().slice(0, 10);
const entryHash = (entry: unknown) => sha256Hex(canonicalJson(entry as Json));

async function entryIn(
  tx: Orm,
  version: ControlListVersionRow,
  code: string,
): Promise<{ entry?: ControlEntry; problem?: string }> {
  const { entry: base, label } = parseControlCode(code);
  const [row] = await findControlEntries(tx, [version.id], base);
  if (!row) return { problem: `${base} is not an entry of ${version.list} ${version.version}` };
  const entry = row.entry as ControlEntry;
  if (label && !findParagraph(entry, `${base}.${label}`))
    return { entry, problem: `${code} is not a paragraph of ${base} in ${version.list} ${version.version}` };
  return { entry };
}

export async function saveProductClassification(
  ctx: AppContext,
  p: Principal,
  c: SaveClassification,
): Promise<ProductClassificationView> {
  authorise(p, 'classifications:write');
  const jurisdiction = c.jurisdiction.toUpperCase();
  if (!isJurisdiction(jurisdiction)) throw invalidInput(`unknown jurisdiction '${c.jurisdiction}'`, '/jurisdiction');
  const code = UNLISTED.has(c.code.toUpperCase()) ? c.code.toUpperCase() : c.code.trim();
  if (!c.rationale.trim()) throw invalidInput('say why: the rationale is what an auditor reads', '/rationale');
  // precise errors now, not at re-check time
  if (c.parameters && Object.keys(c.parameters).length) parseItem({ parameters: c.parameters });
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const [version] = await controlVersionsAsOf(tx, today(ctx), jurisdiction);
    let hash: string | null = null;
    if (version && !UNLISTED.has(code)) {
      const found = await entryIn(tx, version, code);
      if (found.problem) throw invalidInput(found.problem, '/code');
      hash = entryHash(found.entry);
    }
    const row = await upsertProductClassification(tx, {
      tenantId: p.tenantId,
      productRef: c.productRef,
      productName: c.productName,
      jurisdiction,
      code,
      parameters: c.parameters ?? {},
      rationale: c.rationale.trim(),
      listVersionId: version?.id ?? null,
      entryHash: hash,
      approvedBy: actorOf(p),
      approvedAt: ctx.now(),
    });
    await record(tx, ctx, p, {
      action: 'classification.approve',
      subject: { type: 'product', id: c.productRef },
      details: { jurisdiction, code, rationale: row.rationale },
      inputVersions: version ? { [version.list]: version.contentHash } : {},
    });
    return view(row);
  });
}

export async function getProductClassifications(
  ctx: AppContext,
  p: Principal,
  q: { status?: string | undefined } = {},
): Promise<ProductClassificationView[]> {
  authorise(p, 'classifications:read');
  return inTenant(ctx.db, p.tenantId, async (tx) => (await listProductClassifications(tx, q)).map(view));
}

export interface RecheckResult {
  checked: number;
  flagged: Array<{ productRef: string; jurisdiction: string; code: string; reason: string }>;
}

/** Re-checks the tenant's classifications against the list versions in force today. */
export async function recheckProductClassifications(ctx: AppContext, p: Principal): Promise<RecheckResult> {
  authorise(p, 'classifications:write');
  const asOf = today(ctx);
  return inTenant(ctx.db, p.tenantId, async (tx) => {
    const rows = await listProductClassifications(tx);
    const inForce = new Map<string, ControlListVersionRow | undefined>();
    const out: RecheckResult = { checked: 0, flagged: [] };
    for (const row of rows) {
      if (!inForce.has(row.jurisdiction))
        inForce.set(row.jurisdiction, (await controlVersionsAsOf(tx, asOf, row.jurisdiction))[0]);
      const version = inForce.get(row.jurisdiction);
      out.checked++;
      const reason = version ? await reasonToReview(tx, row, version, asOf) : undefined;
      if (reason)
        out.flagged.push({ productRef: row.productRef, jurisdiction: row.jurisdiction, code: row.code, reason });
      // A flag stays until someone approves the classification again.
      await markProductClassification(tx, row.id, {
        status: reason || row.status === 'review_needed' ? 'review_needed' : 'current',
        reviewReason: reason ?? row.reviewReason,
        checkedAt: ctx.now(),
      });
    }
    if (out.flagged.length)
      await record(tx, ctx, p, {
        action: 'classifications.recheck',
        subject: null,
        details: {
          checked: out.checked,
          flagged: out.flagged.map((f) => `${f.productRef} ${f.jurisdiction} ${f.code}`),
        },
        inputVersions: Object.fromEntries([...inForce.values()].filter((v) => v).map((v) => [v!.list, v!.contentHash])),
      });
    return out;
  });
}

async function reasonToReview(
  tx: Orm,
  row: ProductClassificationRow,
  version: ControlListVersionRow,
  asOf: string,
): Promise<string | undefined> {
  // Stored parameters are re-run through the parametric rules in force.
  if (Object.keys(row.parameters).length) {
    const result = classify(parseItem({ parameters: row.parameters }), {
      asOf,
      jurisdictions: [row.jurisdiction as never],
    });
    const codes = result.entries.map((e) => e.code);
    if (UNLISTED.has(row.code) && codes.length) return `the parameters are now caught by ${codes.join(', ')}`;
    if (
      !UNLISTED.has(row.code) &&
      result.verdict !== 'undetermined' &&
      result.rules.inPlay > 0 &&
      !codes.some((c) => c === row.code || c.startsWith(`${row.code}.`) || row.code.startsWith(`${c}.`))
    ) {
      return `the parameters now classify as ${codes.join(', ') || 'not listed'} under the rules in force`;
    }
  }
  if (UNLISTED.has(row.code) || row.listVersionId === version.id) return undefined;
  const now = await entryIn(tx, version, row.code);
  if (now.problem) return now.problem;
  if (row.entryHash && entryHash(now.entry) !== row.entryHash) {
    const before = row.listVersionId
      ? (await findControlEntries(tx, [row.listVersionId], parseControlCode(row.code).entry))[0]?.entry
      : undefined;
    const change = before ? diffControlEntries([before as ControlEntry], [now.entry!]).changed[0] : undefined;
    const what = change
      ? [
          ...change.fields,
          ...change.paragraphsChanged.map((c) => `${c} reworded`),
          ...change.paragraphsAdded.map((c) => `${c} added`),
          ...change.paragraphsRemoved.map((c) => `${c} removed`),
        ].join(', ')
      : 'text';
    return `${parseControlCode(row.code).entry} changed in ${version.list} ${version.version} (effective ${version.effectiveFrom}): ${what}`;
  }
  return undefined;
}

/** After a list import: re-check every tenant's classifications as the system. */
export async function recheckAllTenants(ctx: AppContext): Promise<Record<string, RecheckResult>> {
  const out: Record<string, RecheckResult> = {};
  for (const t of await listAllTenants(ctx.db.orm)) {
    const system: Principal = {
      tenantId: t.id as TenantId,
      tenantIsOperator: t.isOperator,
      userId: null,
      role: 'admin',
      via: 'system',
      credentialId: 'controls-import',
      displayName: 'control-list re-check',
    };
    out[t.slug] = await recheckProductClassifications(ctx, system);
  }
  return out;
}
