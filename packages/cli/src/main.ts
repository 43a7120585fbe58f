/** `dualuse <command>`: every command takes --json; exit codes are listed in run.ts (EXIT). */
import { Command, CommanderError } from 'commander';
import { registerAdmin, registerRead } from './commands/access/index';
import { registerControls } from './commands/controls/index';
import { registerDevices } from './commands/devices/index';
import { registerCases, registerDiversion, registerDiversionRecords } from './commands/diversion/index';
import { registerDetermine, registerLicences } from './commands/licensing/index';
import { registerLists } from './commands/lists/index';
import { registerRegulations } from './commands/regulations/index';
import { registerPolicy } from './commands/policy/index';
import { registerScreen } from './commands/screening/index';
import { registerStream } from './commands/stream/index';
import { registerCoalition } from './commands/coalition/index';
import { registerCoalitionNotices } from './commands/coalition/index';
import { registerSharedLists } from './commands/coalition/index';
import { registerDb, registerWorker, start } from './commands/system/index';
import { registerVendors } from './commands/vendors/index';
import { EXIT, reportError } from './run';

const program = new Command('dualuse')
  .description('dual-use export controls: screening, classification, licensing, diversion, end-use monitoring')
  .option('--json', 'print one JSON document on stdout instead of tables')
  .showHelpAfterError()
  .exitOverride();

program
  .command('start')
  .description('run the API and web UI (embedded database unless DATABASE_URL is set)')
  .action(start);
registerAdmin(program);
registerRead(program);
registerDb(program);
registerLists(program);
registerScreen(program);
registerControls(program);
registerRegulations(program);
registerPolicy(program);
registerVendors(program);
registerDevices(program);
registerDiversion(program);
registerDiversionRecords(program);
registerCases(program);
registerDetermine(program);
registerWorker(program);
registerStream(program);
registerLicences(program);
registerCoalition(program);
registerCoalitionNotices(program);
registerSharedLists(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; usage mistakes exit 2 after commander printed why.
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else {
    process.exitCode = reportError(error, process.argv.includes('--json'));
  }
}
