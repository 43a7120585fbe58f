/**
 * An audit record in words: what the action did ("imported a list"), what kind of object it touched and where that
 * object lives in the app, and the few details a reader scans for. The record itself is unchanged (the JSON stays one
 * click away); an action or subject type not in these tables is shown by its words, never hidden.
 */
import type { AuditRecord } from '../../lib/types';

/** The action codes the use cases record (app/src/**: `record(..., { action })`), as a verb phrase. */
const ACTIONS: Record<string, string> = {
  'auth.login': 'signed in',
  'auth.logout': 'signed out',
  'auth.login_failed': 'failed to sign in',
  'user.create': 'created a user',
  'user.update': 'changed a user',
  'user.password': 'set a password',
  'api_key.create': 'issued an API key',
  'api_key.revoke': 'revoked an API key',
  'tenant.create': 'created a tenant',
  'tenant.open': 'opened a tenant',
  'lists.import': 'imported a restricted-party list',
  'lists.pin': 'pinned a list version',
  'lists.unpin': 'unpinned a list version',
  'screening.run': 'screened parties',
  'screening.run.distributed': 'screened parties (distributed run)',
  'screening.decide': 'decided a screening hit',
  'screening.compare': 'compared list versions',
  'counterparties.import': 'imported counterparties',
  'controls.import': 'imported a control list',
  'controls.load_curated': 'loaded curated control data',
  'classify.run': 'classified an item',
  'classification.approve': 'approved a classification',
  'classifications.recheck': 'rechecked classifications',
  'licensing.determine': 'determined the licence requirements of a transaction',
  'licence.add': 'added a licence',
  'licence.draw': 'drew down a licence',
  'regulations.import': 'imported regulations',
  'diversion.score': 'scored shipments for diversion red flags',
  'diversion.import': 'imported shipments or payments and scored them',
  'diversion.stream.score': 'scored streamed shipments',
  'diversion.trade': 'analysed trade flows',
  'diversion.network_file': 'mapped the network of a file',
  'case.open': 'opened a case',
  'vendors.check': 'checked a vendor inventory',
  'device.register': 'registered a device',
  'device.alert': 'raised a device alert',
  'device.alert.resolve': 'resolved a device alert',
  'device.command.propose': 'proposed a device command',
  'device.command.approve': 'approved a device command',
  'device.command.cancel': 'cancelled a device command',
  'device.evidence_verify': 'verified device evidence',
  'denial.create': 'recorded a licence denial',
  'denial.amend': 'amended a licence denial',
  'denial.revoke': 'revoked a licence denial',
  'application.submit': 'submitted a licence application',
  'application.approve': 'approved a licence application',
  'application.refuse': 'refused a licence application',
  'policy.trade.import': 'imported trade data',
  'policy.control.cost': 'estimated the cost of a control',
  'policy.chokepoints': 'analysed supply-chain chokepoints',
  'vendors.import': 'imported a vendor inventory',
};

/** Where each kind of subject is shown in the app; the id is appended when the page takes one. */
const SUBJECTS: Record<string, { label: string; path?: (id: string) => string }> = {
  case: { label: 'case', path: (id) => `/diversion/cases/${id}` },
  application: { label: 'licence application', path: (id) => `/coalition/applications/${id}` },
  denial: { label: 'denial', path: (id) => `/coalition/denials/${id}` },
  user: { label: 'user', path: () => '/users' },
  api_key: { label: 'API key', path: () => '/api-keys' },
  tenant: { label: 'tenant', path: () => '/tenants' },
  list: { label: 'restricted-party list', path: () => '/screening/lists' },
  control_list_version: { label: 'control-list version', path: () => '/classification/list' },
  regulation_version: { label: 'regulations version', path: () => '/regulations' },
  device: { label: 'device', path: () => '/devices' },
  screening_hit: { label: 'screening hit', path: (id) => `/screening/review?hit=${encodeURIComponent(id)}` },
  import_batch: { label: 'import batch', path: () => '/diversion/alerts' },
  shipment: { label: 'shipment', path: () => '/diversion/alerts' },
  vendor_report: { label: 'vendor report', path: () => '/vendors' },
  session: { label: 'session' },
};

const words = (code: string): string => code.replace(/[._-]+/g, ' ').trim();

export function actionText(action: string): string {
  return ACTIONS[action] ?? words(action);
}

export interface SubjectView {
  kind: string;
  id: string;
  /** A human name for the object from the record's details (a file, a name, a reference), when it has one. */
  name?: string;
  path?: string;
}

const NAME_KEYS = ['name', 'title', 'email', 'reference', 'file', 'fileName', 'list', 'label'] as const;

export function subjectOf(r: AuditRecord): SubjectView | undefined {
  if (!r.subject) return undefined;
  const known = SUBJECTS[r.subject.type];
  const name = NAME_KEYS.map((k) => r.details[k]).find((v): v is string => typeof v === 'string' && v !== '');
  const path = known?.path?.(r.subject.id);
  return {
    kind: known?.label ?? words(r.subject.type),
    id: r.subject.id,
    ...(name ? { name } : {}),
    ...(path ? { path } : {}),
  };
}

const scalar = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    ? String(v)
    : Array.isArray(v)
      ? `${v.length} ${v.length === 1 ? 'item' : 'items'}`
      : undefined;

/** The first few details as "key value" pairs, in words; the JSON holds the rest. */
export function detailsSummary(details: Record<string, unknown>, max = 4): string {
  const parts = Object.entries(details)
    .map(([k, v]) => [words(k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()), scalar(v)] as const)
    .filter((x): x is readonly [string, string] => x[1] !== undefined)
    .map(([k, v]) => `${k}: ${v.length > 60 ? `${v.slice(0, 59)}…` : v}`);
  const shown = parts.slice(0, max).join(' · ');
  return parts.length > max ? `${shown} · …` : shown;
}
