import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  currentListVersions,
  diffListVersions,
  getListVersions,
  importListFiles,
  runRescreenJobs,
  staleLists,
  syncLists,
  type AppContext,
  type ImportResult,
  type ListImportOptions,
  type RescreenOutcome,
  type SourceFile,
} from '@dualuse/app';
import { invalidInput } from '@dualuse/core';
import { DEFAULT_MAX_BYTES, FORMAT_NOT_RECOGNISED, sniffFormat } from '@dualuse/core/screening';
import { parseError } from '@dualuse/core/screening';
import { fileSize, readBytes, readHead } from '../../files';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { principalFor } from '../../tenant-arg';
import { registerListPins } from './pin';
import { registerListRescreen } from './rescreen';

const json = (cmd: Command) => Boolean(cmd.optsWithGlobals().json);

/** A file, or every file of a folder (an OFAC CSV set is imported together). */
function readInputs(paths: string[], maxBytes: number, format?: string): SourceFile[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw invalidInput(`${p}: no such file or folder`);
    }
    if (!st.isDirectory()) {
      files.push(p);
      continue;
    }
    for (const f of readdirSync(p).sort()) {
      if (!f.startsWith('.') && statSync(join(p, f)).isFile() && !/\.md$|^SHA256SUMS$/i.test(f)) files.push(join(p, f));
    }
  }
  if (files.length === 0) throw invalidInput(`no files in ${paths.join(', ')}`);
  // Every file is sized and sniffed from its first 64 KiB before any is read whole: a 1 GB file
  // of the wrong kind is refused at once, not after loading it ("format not recognised").
  for (const f of files) {
    fileSize(f, maxBytes);
    if (!format && !sniffFormat(basename(f), readHead(f)))
      throw parseError(basename(f), undefined, FORMAT_NOT_RECOGNISED);
  }
  return files.map((f) => ({ name: basename(f), bytes: readBytes(f, maxBytes) }));
}

export function registerLists(program: Command): void {
  const lists = program.command('lists').description('published restricted-party lists: import, versions, diffs');

  lists
    .command('import')
    .description(
      'import official list files (a file or a folder); all-or-nothing; checked against the previous version; re-screens stored counterparties',
    )
    .argument('<paths...>', 'files or folders')
    .option('--source <format>', 'force the format instead of detecting it (e.g. un-xml, ofac-csv)')
    .option(
      '--published-at <date>',
      'publication date (YYYY-MM-DD) of a file whose format states none (e.g. OFAC legacy CSV); audited',
    )
    .option(
      '--accept-shrink',
      'accept a version that lost more entries than DUALUSE_LIST_MAX_SHRINK allows (needs --reason)',
    )
    .option(
      '--allow-older',
      'store a publication older than the stored one, for the record; it does not become current (needs --reason)',
    )
    .option('--reason <text>', 'why an override is used (audited)')
    .action(
      async (
        paths: string[],
        o: { source?: string; publishedAt?: string; acceptShrink?: boolean; allowOlder?: boolean; reason?: string },
        cmd: Command,
      ) =>
        withApp(async (app) => {
          const p = await principalFor(app, 'operator');
          const files = readInputs(paths, Math.min(app.config.DUALUSE_MAX_IMPORT_BYTES, DEFAULT_MAX_BYTES), o.source);
          process.stderr.write(`importing ${files.length} file(s): ${files.map((f) => f.name).join(', ')}\n`);
          const results = await importListFiles(app, p, files, {
            format: o.source,
            ...overrides(o),
            ...(o.publishedAt
              ? { declaredDate: { date: o.publishedAt, by: `${p.displayName} (--published-at)` } }
              : {}),
          });
          const rescreened = await runRescreenJobs(app, (msg) => process.stderr.write(`${msg}\n`));
          if (json(cmd)) printJson({ results, rescreened, warnings: await freshness(app) });
          else printImport(results, rescreened);
          // Importing is not screening: another list's age is a warning, never this command's exit code.
          for (const w of json(cmd) ? [] : await freshness(app))
            process.stderr.write(`warning: screening would refuse: ${w}\n`);
        }),
    );

  lists
    .command('sync')
    .description('download each list from its official publisher and import it (needs network); same checks as import')
    .option('--list <id...>', 'only these lists')
    .option(
      '--accept-shrink',
      'accept versions that lost more entries than DUALUSE_LIST_MAX_SHRINK allows (needs --reason)',
    )
    .option('--allow-older', 'store publications older than the stored ones, for the record (needs --reason)')
    .option('--reason <text>', 'why an override is used (audited)')
    .action(
      async (o: { list?: string[]; acceptShrink?: boolean; allowOlder?: boolean; reason?: string }, cmd: Command) =>
        withApp(async (app) => {
          const p = await principalFor(app, 'operator');
          const out = await syncLists(app, p, {
            only: o.list,
            log: (msg) => process.stderr.write(`${msg}\n`),
            ...overrides(o),
          });
          const rescreened = await runRescreenJobs(app, (msg) => process.stderr.write(`${msg}\n`));
          if (json(cmd)) printJson({ synced: out, rescreened });
          else
            printTable(
              out.flatMap((x) =>
                x.error
                  ? [{ source: x.source, status: 'FAILED', detail: x.error }]
                  : x.results.map((r) => ({
                      source: x.source,
                      status: r.status,
                      detail: `${r.list} ${r.version.entryCount} entries, ${r.current ? 'current' : `not current: ${r.currentReason}`}`,
                    })),
              ),
              ['source', 'status', 'detail'],
            );
          if (out.some((x) => x.error)) process.exitCode = 7;
        }),
    );

  registerListRescreen(lists);

  registerListPins(lists);

  lists
    .command('list')
    .description('loaded lists and their versions')
    .option('--all', 'every version, not only the newest')
    .action(async (o: { all?: boolean }, cmd: Command) =>
      withApp(async (app) => {
        const v = await getListVersions(app, await principalFor(app, 'operator'));
        if (json(cmd)) printJson(v);
        else if (o.all)
          printTable(
            v.all.map((x) => ({ ...x, current: v.latest.some((c) => c.id === x.id) ? 'yes' : '' })),
            [
              'list',
              'current',
              'entryCount',
              'publishedAt',
              'dateSource',
              'sourceRole',
              'publisher',
              'importedAt',
              'id',
            ],
          );
        else
          printTable(
            v.latest.map((x) => ({ ...x, why: v.current.find((c) => c.list === x.list)?.reason ?? '' })),
            ['list', 'entryCount', 'publishedAt', 'dateSource', 'id', 'why'],
          );
      }),
    );

  lists
    .command('diff')
    .description(
      'added, removed and changed entries between two versions (ids from `lists list --all`), or the last two of --list',
    )
    .argument('[from]', 'older version id')
    .argument('[to]', 'newer version id')
    .option('--list <id>', 'compare the two newest versions of this list')
    .action(async (from: string | undefined, to: string | undefined, o: { list?: string }, cmd: Command) =>
      withApp(async (app) => {
        const p = await principalFor(app, 'operator');
        if (o.list) {
          const versions = (await getListVersions(app, p)).all.filter((v) => v.list === o.list);
          if (versions.length < 2)
            throw invalidInput(`list ${o.list} has ${versions.length} version(s); a diff needs two`);
          [to, from] = [versions[0]!.id, versions[1]!.id];
        }
        if (!from || !to) throw invalidInput('give two version ids, or --list <id>');
        const d = await diffListVersions(app, p, from, to);
        if (json(cmd)) printJson(d);
        else {
          process.stdout.write(
            `${d.from.list}: ${d.from.publishedAt ?? d.from.importedAt} → ${d.to.publishedAt ?? d.to.importedAt}: +${d.added.length} -${d.removed.length} ~${d.changed.length}\n`,
          );
          printTable(
            [
              ...d.added.map((x) => ({ change: 'added', ...x })),
              ...d.removed.map((x) => ({ change: 'removed', ...x })),
              ...d.changed.map((x) => ({ change: 'changed', ...x, fields: x.fields?.join(',') })),
            ],
            ['change', 'sourceId', 'name', 'fields'],
          );
        }
      }),
    );
}

const overrides = (o: { acceptShrink?: boolean; allowOlder?: boolean; reason?: string }): ListImportOptions => ({
  acceptShrink: o.acceptShrink,
  allowOlder: o.allowOlder,
  reason: o.reason,
});

const freshness = async (app: AppContext): Promise<string[]> => staleLists(app, await currentListVersions(app.db.orm));

function printImport(results: ImportResult[], rescreened: RescreenOutcome[]): void {
  printTable(
    results.map((r) => ({
      list: r.list,
      status: r.status,
      entries: r.version.entryCount,
      published: `${r.version.publishedAt ?? 'unknown'} (${r.version.dateSource})`,
      current: r.current ? 'yes' : 'no',
      version: r.version.id,
      diff: r.diff ? `+${r.diff.added} -${r.diff.removed} ~${r.diff.changed}` : '',
    })),
    ['list', 'status', 'entries', 'published', 'current', 'version', 'diff'],
  );
  for (const r of results) {
    if (r.version.dateSource !== 'stated')
      process.stdout.write(`${r.list}: dated ${r.version.publishedAt ?? 'unknown'}: ${r.version.publishedBasis}\n`);
    if (!r.current) process.stdout.write(`${r.list}: stored, not current: ${r.currentReason}\n`);
    for (const a of r.accepted) process.stdout.write(`${r.list}: ${a}\n`);
  }
  for (const r of rescreened.filter((x) => x.hits > 0))
    process.stdout.write(`tenant ${r.tenant}: ${r.hits} new hit(s) on ${r.list} to review\n`);
}
