/**
 * `dualuse coalitions|applications|denials|consultations|matrix`: coalition coordination
 * (issue 14) from the command line, as the tenant's admin (--tenant). Bodies are JSON arguments,
 * validated by the same use cases as the API. Separation of duties (countersigner ≠ decider)
 * is by user name, so a decision needs two different people: use the API or UI for those steps.
 */
import {
  acceptCoalition,
  actOnApplication,
  agencies,
  amendDenial,
  closeCoalitionConsultation,
  createCoalition,
  decideApplication,
  denialReviewQueue,
  listApplications,
  listCoalitions,
  listConsultations,
  listDenials,
  listUndercuts,
  matchApplication,
  openCoalitionConsultation,
  postConsultationMessage,
  registerAgency,
  revokeDenial,
  showApplication,
  showCoalition,
  showDenial,
  submitApplication,
  updateCoalition,
  weakestLinkMatrix,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { matrixCsv } from '@dualuse/core/coalition';
import type { Command } from 'commander';
import { readText } from '../../files';
import { jsonObject } from './args';
import { printJson } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import type { AppContext } from '@dualuse/app';
import type { Principal } from '@dualuse/core';

type Work = (app: AppContext, p: Principal, args: string[]) => Promise<unknown>;
const obj = jsonObject;

/** One subcommand: `name <args...>` printing the use case's result as JSON. */
function sub(parent: Command, usage: string, description: string, work: Work): void {
  parent
    .command(usage)
    .description(description)
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (...all: unknown[]) => {
      const args = all.filter((a): a is string => typeof a === 'string');
      const o = all.find((a) => typeof a === 'object' && a !== null && 'tenant' in a) as { tenant: string };
      await withApp(async (app) => printJson(await work(app, await principalFor(app, o.tenant), args)));
    });
}

export function registerCoalition(program: Command): void {
  const c = program.command('coalitions').description('agencies and the coalitions that share denials');
  sub(c, 'agencies', 'the agency directory', (app, p) => agencies(app, p));
  sub(c, 'register <agency>', 'register this tenant as an agency: {"name","country"}', (app, p, [a]) =>
    registerAgency(app, p, obj(a, 'agency')),
  );
  sub(c, 'list', 'coalitions this agency founded, belongs to or is invited to', (app, p) => listCoalitions(app, p));
  sub(
    c,
    'create <coalition>',
    'found one: {"name","members":[tenant ids],"shares","withheld","consultationDays"}',
    (app, p, [a]) => createCoalition(app, p, obj(a, 'coalition')),
  );
  sub(
    c,
    'update <id> <changes>',
    'edit one this agency founded: {"name","shares","withheld","consultationDays","invite":[ids],"remove":[ids]}',
    (app, p, [id, x]) => updateCoalition(app, p, id!, obj(x, 'changes')),
  );
  sub(c, 'accept <id>', 'accept an invitation', (app, p, [id]) => acceptCoalition(app, p, id!));
  sub(c, 'show <id>', 'one coalition with its members', (app, p, [id]) => showCoalition(app, p, id!));

  const a = program
    .command('applications')
    .description('licence applications: submitted by exporters, worked by agencies');
  sub(a, 'list [side]', 'applicant (default) or agency side', (app, p, [side]) =>
    listApplications(app, p, { side: side === 'agency' ? 'agency' : 'applicant' }),
  );
  sub(
    a,
    'submit <application>',
    'submit: {"agencyId","reference","destination","items","parties","endUse"}',
    (app, p, [x]) => submitApplication(app, p, obj(x, 'application')),
  );
  sub(a, 'show <id>', 'the case', (app, p, [id]) => showApplication(app, p, id!));
  sub(a, 'match <id>', 'match against the denials in force this agency can see', (app, p, [id]) =>
    matchApplication(app, p, id!),
  );
  sub(
    a,
    'act <id> <act> <body>',
    'assign|note|question|advice|countersign|answer with {"text"} or {"to"}',
    (app, p, [id, act, b]) => {
      if (!['assign', 'note', 'question', 'advice', 'countersign', 'answer'].includes(act!))
        throw invalidInput(`unknown act '${act}'`);
      return actOnApplication(app, p, id!, { ...obj(b, 'body'), act: act as 'note' });
    },
  );
  sub(a, 'decide <id> <decision>', '{"kind":"approve|approve_with_provisos|refuse", ...}', (app, p, [id, d]) =>
    decideApplication(app, p, id!, obj(d, 'decision')),
  );

  const d = program.command('denials').description('the denial register, allies’ shared denials and undercut notices');
  sub(d, 'list [scope]', 'own (default) or visible (with allies’ shared denials)', (app, p, [scope]) =>
    listDenials(app, p, { scope: scope === 'visible' ? 'visible' : 'own' }),
  );
  sub(d, 'review', 'denials due for review within 90 days (three years, Reg. (EU) 2021/821 Art. 16)', (app, p) =>
    denialReviewQueue(app, p),
  );
  sub(d, 'show <id>', 'one denial with its revisions', (app, p, [id]) => showDenial(app, p, id!));
  sub(
    d,
    'amend <id> <changes>',
    'a new revision: {"reason","endUse","deniedParties","controlEntries"}',
    (app, p, [id, b]) => amendDenial(app, p, id!, obj(b, 'changes')),
  );
  sub(d, 'revoke <id> <body>', 'revoke: {"reason"}', (app, p, [id, b]) => revokeDenial(app, p, id!, obj(b, 'body')));
  sub(d, 'undercuts', 'undercut notices from allies', (app, p) => listUndercuts(app, p));

  const k = program.command('consultations').description('no-undercut consultations (Reg. (EU) 2021/821 Art. 16(5))');
  sub(k, 'list', 'opened by or addressed to this agency', (app, p) => listConsultations(app, p));
  sub(k, 'open <body>', '{"applicationId","denialId","question"}', (app, p, [b]) =>
    openCoalitionConsultation(app, p, obj(b, 'body')),
  );
  sub(k, 'message <id> <body>', '{"kind":"question|answer","text"}', (app, p, [id, b]) =>
    postConsultationMessage(app, p, id!, obj(b, 'body')),
  );
  sub(k, 'close <id> <body>', '{"outcome"}', (app, p, [id, b]) =>
    closeCoalitionConsultation(app, p, id!, obj(b, 'body')),
  );

  program
    .command('matrix')
    .description('weakest-link matrix: items × destinations × jurisdictions, each cell a determination')
    .option('--seed', 'the seed matrix of issue 14')
    .option('--date <date>', 'as of (YYYY-MM-DD)', new Date().toISOString().slice(0, 10))
    .option('--input <file>', 'a JSON request {"date","items","destinations","jurisdictions"}')
    .option('--csv', 'CSV (one line per cell) instead of JSON')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(async (o: { seed?: boolean; date: string; input?: string; csv?: boolean; tenant: string }) =>
      withApp(async (app) => {
        const req = o.input ? (JSON.parse(readText(o.input)) as unknown) : { seed: true, date: o.date };
        if (!o.input && !o.seed) throw invalidInput('give --seed or --input FILE');
        const r = await weakestLinkMatrix(app, await principalFor(app, o.tenant), req);
        if (o.csv) process.stdout.write(matrixCsv(r.rows));
        else printJson(r);
      }),
    );
}
export { registerCoalitionNotices } from './notices';
export { registerSharedLists } from './shared';
