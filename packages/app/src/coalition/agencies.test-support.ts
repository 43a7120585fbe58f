/** Setup shared by the coalition use-case tests: agency tenants DE, FR and NL, each registered as its agency. */
import type { Principal } from '@dualuse/core';
import type { AppContext } from '../context';
import { cliPrincipal } from '../access/principals';
import { createTenant } from '../access/tenants';
import { registerAgency } from './coalitions';

export type AgencyKey = 'de' | 'fr' | 'nl';

const AGENCIES = {
  de: { name: 'BAFA', country: 'DE' },
  fr: { name: 'SBDU', country: 'FR' },
  nl: { name: 'CDIU', country: 'NL' },
} as const;

/** Creates the three agency tenants (slugs `<slugPrefix>-de`…) as the operator `op` and answers their tenant ids. */
export async function createAgencies(
  app: AppContext,
  op: Principal,
  slugPrefix: string,
): Promise<Record<AgencyKey, string>> {
  const ids: Record<AgencyKey, string> = { de: '', fr: '', nl: '' };
  for (const k of ['de', 'fr', 'nl'] as const) {
    const admin = { email: `a@${k}.example`, name: 'A' };
    ids[k] = (await createTenant(app, op, { slug: `${slugPrefix}-${k}`, name: k, kind: 'agency', admin })).tenant.id;
  }
  for (const k of ['de', 'fr', 'nl'] as const)
    await registerAgency(app, cliPrincipal({ id: ids[k], isOperator: false }), AGENCIES[k]);
  return ids;
}
