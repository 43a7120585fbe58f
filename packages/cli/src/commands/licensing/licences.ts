/**
 * `dualuse licences add|list|show|draw`: the licences a tenant holds and shipments drawn
 * against them. `draw` determines each shipment and writes its draw-downs, all or nothing per
 * shipment; a shipment no held licence covers is refused with the reason per licence (exit 5).
 */
import { addLicence, listLicences, recordShipment, showLicence } from '@dualuse/app';
import { invalidInput, parseLicence, parseTransaction } from '@dualuse/core';
import type { Command } from 'commander';
import { parseJsonArg, readJsonLines } from '../../json-lines';
import { printJson, printTable } from '../../output';
import { EXIT, ExitError, withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

function inputs(
  arg: string | undefined,
  file: string | undefined,
  what: string,
  validate: (v: unknown, where: string) => unknown,
): unknown[] {
  const list =
    arg !== undefined
      ? [parseJsonArg(arg, `the ${what} argument`, validate)]
      : file
        ? readJsonLines(file, validate)
        : [];
  if (!list.length) throw invalidInput(`give a ${what} as JSON, or --input FILE.jsonl with one ${what} per line`);
  return list;
}

export function registerLicences(program: Command): void {
  const licences = program
    .command('licences')
    .description('licences the tenant holds, and shipments drawn against them');

  licences
    .command('add [licence]')
    .description('record licences: one as JSON, or --input licences.jsonl (all are validated before any is stored)')
    .option('--input <file>', 'JSON Lines, one licence per line')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (arg: string | undefined, o: { input?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const list = inputs(arg, o.input, 'licence', parseLicence);
        const p = await principalFor(app, o.tenant);
        const stored = [];
        for (const l of list) stored.push(await addLicence(app, p, l));
        if (json(cmd)) printJson({ licences: stored });
        else printTable(stored.map(row), COLUMNS);
      }),
    );

  licences
    .command('list')
    .option('--jurisdiction <code>', 'only this jurisdiction (US, EU, UK...)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { jurisdiction?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const list = await listLicences(app, await principalFor(app, o.tenant), { jurisdiction: o.jurisdiction });
        if (json(cmd)) printJson({ licences: list });
        else printTable(list.map(row), COLUMNS);
      }),
    );

  licences
    .command('show <ref>')
    .description('one licence (id or number) with every draw-down')
    .option('--jurisdiction <code>', 'when the number exists in several jurisdictions')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (ref: string, o: { jurisdiction?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const l = await showLicence(app, await principalFor(app, o.tenant), ref, o.jurisdiction);
        if (json(cmd)) return printJson(l);
        printTable([row(l)], COLUMNS);
        printTable(l.drawdowns, ['transaction_id', 'item', 'code', 'value', 'quantity', 'shipped_on', 'created_by']);
      }),
    );

  licences
    .command('draw [transaction]')
    .description(
      'determine shipments and draw them against held licences: one transaction as JSON, or --input shipments.jsonl',
    )
    .option('--input <file>', 'JSON Lines, one transaction per line')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (arg: string | undefined, o: { input?: string; tenant: string }, cmd: Command) =>
      withApp(async (app) => {
        const list = inputs(arg, o.input, 'transaction', parseTransaction);
        const p = await principalFor(app, o.tenant);
        const out: Record<string, unknown>[] = [];
        let refused = 0;
        for (const t of list) {
          try {
            const r = await recordShipment(app, p, t);
            out.push({ id: r.transaction_id, drawn: true, drawdowns: r.drawdowns, coverage: r.coverage });
          } catch (error) {
            if (!(error instanceof Error) || !('kind' in error) || error.kind !== 'conflict') throw error;
            refused++;
            out.push({ id: (t as { id?: string }).id, drawn: false, reason: error.message });
          }
        }
        if (json(cmd)) printJson({ shipments: out });
        else
          for (const s of out)
            process.stdout.write(
              s.drawn
                ? `${String(s.id)}: drawn ${(s.drawdowns as { number: string; item: number; value: number; quantity: number }[]).map((d) => `item ${d.item} on ${d.number} (${d.value}, qty ${d.quantity})`).join('; ') || '(no licence needed)'}\n`
                : `${String(s.id)}: REFUSED — ${String(s.reason)}\n`,
            );
        if (refused) throw new ExitError(`${refused} of ${list.length} shipments were not drawn`, EXIT.conflict);
      }),
    );
}

const COLUMNS = ['number', 'jurisdiction', 'status', 'items', 'destinations', 'used', 'remaining', 'expires'];
const row = (l: {
  number: string;
  jurisdiction: string;
  status: string;
  terms: { items: { code: string }[]; destinations: string[]; expires: string; currency: string };
  used: { value: number; quantity: number };
  remaining: { value?: number; quantity?: number };
}) => ({
  number: l.number,
  jurisdiction: l.jurisdiction,
  status: l.status,
  items: l.terms.items.map((i) => i.code).join(', '),
  destinations: l.terms.destinations.join(', '),
  used: `${l.used.value} ${l.terms.currency} / qty ${l.used.quantity}`,
  remaining: `${l.remaining.value ?? '∞'} / qty ${l.remaining.quantity ?? '∞'}`,
  expires: l.terms.expires,
});
