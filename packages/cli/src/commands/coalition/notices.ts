/**
 * `dualuse coalitions notices …` and `dualuse coalitions partners …`: signed notices with agencies on other
 * deployments (issue 14 item 3), calling the same use cases as /api/v1/coalition/notices. `import` takes many files:
 * each bad file is reported with its reason and the rest are imported, unless --strict.
 */
import { writeFileSync } from 'node:fs';
import {
  addPartnerKey,
  consultPartner,
  exportDenialNotice,
  importNotice,
  listNotices,
  listPartnerKeys,
  noticeKey,
  pushNotice,
  replyToConsultation,
  type AppContext,
} from '@dualuse/app';
import { DomainError, type Principal } from '@dualuse/core';
import type { Command } from 'commander';
import { readText } from '../../files';
import { parseJsonArg } from '../../json-lines';
import { printJson } from '../../output';
import { jsonObject } from './args';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';

type Opts = { tenant: string } & Record<string, unknown>;
type Work = (app: AppContext, p: Principal, args: string[], o: Opts) => Promise<unknown>;

function action(work: Work) {
  return async (...all: unknown[]) => {
    const args = all.filter((a): a is string => typeof a === 'string');
    const list = all.find((a): a is string[] => Array.isArray(a)) ?? [];
    const o = all.find((a) => typeof a === 'object' && a !== null && 'tenant' in a) as Opts;
    await withApp(async (app) => printJson(await work(app, await principalFor(app, o.tenant), [...args, ...list], o)));
  };
}

/** Imports each file; a bad one is reported (file, reason) and skipped unless strict. */
async function importFiles(app: AppContext, p: Principal, files: string[], strict: boolean) {
  const results: Record<string, unknown>[] = [];
  for (const file of files) {
    try {
      const doc = parseJsonArg(readText(file, 1024 * 1024), file, (v) => v);
      results.push({ file, ...(await importNotice(app, p, doc)) });
    } catch (error) {
      if (strict || !(error instanceof DomainError)) throw error;
      results.push({ file, status: 'refused', error: error.message });
    }
  }
  if (results.some((r) => r.status === 'refused')) process.exitCode = 2;
  return results;
}

function registerPartners(coalitions: Command): void {
  const k = coalitions.command('partners').description('public notice keys of partner agencies on other deployments');
  k.command('list')
    .description('registered partner keys')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(action((app, p) => listPartnerKeys(app, p)));
  k.command('add-key <publicKey>')
    .description('register a partner agency’s public key (from its `coalitions notices key`)')
    .requiredOption('--name <name>', 'the agency’s name')
    .requiredOption('--country <cc>', 'its country (ISO 3166-1 alpha-2)')
    .option('--tenant <slug>', 'tenant', 'operator')
    .action(action((app, p, [key], o) => addPartnerKey(app, p, { publicKey: key, name: o.name, country: o.country })));
}

export function registerCoalitionNotices(program: Command): void {
  const coalitions = program.commands.find((c) => c.name() === 'coalitions') ?? program.command('coalitions');
  registerPartners(coalitions);
  const n = coalitions.command('notices').description('signed notices exchanged with partner deployments');
  const cmd = (usage: string, description: string) =>
    n.command(usage).description(description).option('--tenant <slug>', 'tenant', 'operator');
  cmd('key', 'this agency’s public notice key, to give partners').action(action((app, p) => noticeKey(app, p)));
  cmd('list', 'notices issued and received')
    .option('--kind <kind>', 'denial, denial_amended, denial_revoked, undercut or consultation')
    .option('--direction <d>', 'issued or received')
    .action(
      action((app, p, _a, o) =>
        listNotices(app, p, { kind: o.kind as string | undefined, direction: o.direction as string | undefined }),
      ),
    );
  cmd('export <denialId>', 'sign one of this agency’s denials (notified, amended or revoked)')
    .option('--out <file>', 'write the signed notice to a file instead of standard output')
    .action(
      action(async (app, p, [id], o) => {
        const signed = await exportDenialNotice(app, p, id!);
        if (typeof o.out !== 'string') return signed;
        writeFileSync(o.out, `${JSON.stringify(signed, null, 2)}\n`);
        return { written: o.out, id: signed.notice.id, kind: signed.notice.kind };
      }),
    );
  cmd('import <files...>', 'import partners’ signed notices (re-importing one is a no-op)')
    .option('--strict', 'stop at the first refused file')
    .action(action((app, p, files, o) => importFiles(app, p, files, o.strict === true)));
  cmd('push <noticeId>', 'send an issued notice to a partner’s import endpoint')
    .requiredOption('--to <url>', 'the partner’s API base, e.g. https://partner.example/api/v1')
    .requiredOption('--token-file <file>', 'file holding the API key the partner issued to this agency')
    .action(
      action((app, p, [id], o) =>
        pushNotice(app, p, { noticeId: id, endpoint: o.to, token: readText(String(o.tokenFile), 4096).trim() }),
      ),
    );
  cmd('consult <body>', 'open a consultation on an imported denial: {"applicationId","denialId","question"}').action(
    action((app, p, [b]) => consultPartner(app, p, jsonObject(b, 'consultation'))),
  );
  cmd('reply <body>', 'answer or close a consultation: {"thread","kind":"answer|outcome","text"}').action(
    action((app, p, [b]) => replyToConsultation(app, p, jsonObject(b, 'reply'))),
  );
}
