/**
 * `dualuse lists rescreen [--workers N]`: the re-screens owed after list changes. With --workers,
 * each tenant's counterparties are screened in chunks by `dualuse worker --screening` processes on
 * the JetStream work queue (N started here for the run; 0: workers running elsewhere), against the
 * same entries as in one process; a stopped run resumes from the chunks already committed.
 */
import { runRescreenJobs } from '@dualuse/app';
import type { Command } from 'commander';
import { printJson, printTable } from '../../output';
import { withApp } from '../../run';
import { parseChunkSize, parseWorkers, withLocalWorkers } from '../screening/index';

export function registerListRescreen(lists: Command): void {
  lists
    .command('rescreen')
    .description('run the re-screens owed after list changes (resumes jobs a stopped process left pending)')
    .option(
      '--workers <n>',
      'screen on JetStream workers: start N local `worker --screening` (0: use running ones)',
      parseWorkers,
    )
    .option('--chunk-size <n>', 'counterparties per work-queue chunk with --workers (default 500)', parseChunkSize)
    .action(async (o: { workers?: number; chunkSize?: number }, cmd: Command) =>
      withApp(async (app) => {
        const log = (msg: string) => process.stderr.write(`${msg}\n`);
        const rescreened =
          o.workers === undefined
            ? await runRescreenJobs(app, log)
            : await withLocalWorkers(app, o.workers, () =>
                runRescreenJobs(app, log, { workers: { chunkSize: o.chunkSize } }),
              );
        if (cmd.optsWithGlobals().json) printJson({ rescreened });
        else printTable(rescreened, ['tenant', 'list', 'hits']);
      }),
    );
}
