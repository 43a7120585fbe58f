/**
 * Diversion cases from the command line:
 *
 *   dualuse cases open ALERT_ID... [--title T] [--assignee EMAIL]
 *   dualuse cases list [--status open|closed]
 *   dualuse cases show ID
 *   dualuse cases note ID TEXT
 *   dualuse cases close ID --decision cleared|declined|reported --reason TEXT
 */
import {
  addCaseEvent,
  CASE_DECISIONS,
  getCase,
  listCases,
  openCase,
  type CaseDecision,
  type CaseDetail,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

function show(d: CaseDetail, json: boolean): void {
  if (json) return printJson(d);
  const c = d.case;
  process.stdout.write(
    `${c.id}  ${c.title}\nstatus ${c.status}${c.decision ? ` (${c.decision}: ${c.decisionReason})` : ''}, assignee ${c.assignee ?? '-'}\n`,
  );
  printTable(
    d.alerts.map((a) => ({
      subject: `${a.subjectType} ${a.subjectRef}`,
      score: a.score,
      flags: a.flags.map((f) => f.tag).join(', '),
    })),
    ['subject', 'score', 'flags'],
  );
  printTable(
    d.events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      by: (e.actor as { name?: string }).name ?? '',
      body: JSON.stringify(e.body),
    })),
    ['at', 'kind', 'by', 'body'],
  );
}

export function registerCases(program: Command): void {
  const cases = program
    .command('cases')
    .description('diversion cases: open from alerts, annotate, close with a decision');
  const tenant = (c: Command) => c.option('--tenant <slug>', 'tenant', 'operator');
  tenant(
    cases
      .command('open')
      .description('open a case from alerts')
      .argument('<alertIds...>', 'alert ids (see `dualuse alerts --json`)')
      .option('--title <title>', 'title')
      .option('--assignee <user>', 'user e-mail or id'),
  ).action(async (alertIds: string[], o: { title?: string; assignee?: string; tenant: string }, cmd: Command) => {
    await withApp(async (app) =>
      show(
        await openCase(app, await principalFor(app, o.tenant), { alertIds, title: o.title, assignee: o.assignee }),
        !!cmd.optsWithGlobals().json,
      ),
    );
  });
  tenant(cases.command('list').description('cases, newest first').option('--status <status>', 'open or closed')).action(
    async (o: { status?: 'open' | 'closed'; tenant: string }, cmd: Command) => {
      await withApp(async (app) => {
        const rows = await listCases(app, await principalFor(app, o.tenant), { status: o.status });
        if (cmd.optsWithGlobals().json) printJson({ cases: rows });
        else
          printTable(
            rows.map((c) => ({
              id: c.id,
              title: c.title,
              status: c.status,
              decision: c.decision ?? '',
              assignee: c.assignee ?? '',
              opened: c.openedAt.toISOString().slice(0, 10),
            })),
            ['id', 'title', 'status', 'decision', 'assignee', 'opened'],
          );
      });
    },
  );
  tenant(cases.command('show').description('a case with its alerts and events').argument('<id>')).action(
    async (id: string, o: { tenant: string }, cmd: Command) => {
      await withApp(async (app) =>
        show(await getCase(app, await principalFor(app, o.tenant), id), !!cmd.optsWithGlobals().json),
      );
    },
  );
  tenant(cases.command('note').description('add a note').argument('<id>').argument('<text>')).action(
    async (id: string, text: string, o: { tenant: string }, cmd: Command) => {
      await withApp(async (app) =>
        show(
          await addCaseEvent(app, await principalFor(app, o.tenant), id, { kind: 'note', text }),
          !!cmd.optsWithGlobals().json,
        ),
      );
    },
  );
  tenant(
    cases
      .command('close')
      .description('close with a decision and its reason')
      .argument('<id>')
      .option('--decision <decision>', CASE_DECISIONS.join(' | '))
      .option('--reason <text>', 'why'),
  ).action(async (id: string, o: { decision?: string; reason?: string; tenant: string }, cmd: Command) => {
    if (!o.decision || !(CASE_DECISIONS as readonly string[]).includes(o.decision))
      throw invalidInput(`--decision must be one of ${CASE_DECISIONS.join(', ')}`);
    if (!o.reason?.trim()) throw invalidInput('--reason is required: say why');
    await withApp(async (app) =>
      show(
        await addCaseEvent(app, await principalFor(app, o.tenant), id, {
          kind: 'close',
          decision: o.decision as CaseDecision,
          reason: o.reason!,
        }),
        !!cmd.optsWithGlobals().json,
      ),
    );
  });
}
