/**
 * The exporter's application form as data: read into the application the agency receives, and into the transaction
 * the licensing engine determines first (so the application is built from a determination, attached as evidence).
 */
import { applicationTransaction } from '@dualuse/core/coalition';
import type { Schema } from '../../api';

export interface ApplicationForm {
  agencyId: string;
  reference: string;
  destination: string;
  description: string;
  /** "EU 2B001.b, WA 2.B.1.b" */
  entries: string;
  endUser: string;
  endUserAddress: string;
  endUse: string;
}

export const EMPTY_FORM: ApplicationForm = {
  agencyId: '',
  reference: '',
  destination: '',
  description: '',
  entries: '',
  endUser: '',
  endUserAddress: '',
  endUse: '',
};

export function controlEntries(text: string): { jurisdiction: string; code: string }[] {
  return text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const [jurisdiction, ...code] = x.split(/\s+/);
      return { jurisdiction: (jurisdiction ?? '').toUpperCase(), code: code.join(' ') };
    });
}

export function applicationBody(f: ApplicationForm, determinationId: string | undefined) {
  const destination = f.destination.trim().toUpperCase();
  return {
    agencyId: f.agencyId,
    reference: f.reference,
    destination,
    items: [{ description: f.description, controlEntries: controlEntries(f.entries) }],
    parties: [
      {
        role: 'end_user' as const,
        name: f.endUser,
        country: destination,
        ...(f.endUserAddress ? { address: f.endUserAddress } : {}),
      },
    ],
    endUse: f.endUse,
    ...(determinationId ? { determinationId } : {}),
  };
}

/** The one-item transaction the licensing engine is asked about, built as the server builds it on submission. */
export function transactionOf(f: ApplicationForm, exporterCountry: string): Schema<'Transaction'> {
  const today = new Date().toISOString().slice(0, 10);
  return applicationTransaction(applicationBody(f, undefined), exporterCountry, today) as Schema<'Transaction'>;
}
