/**
 * The `regioscan` command line. Every subcommand is a small module; this file only routes.
 * Exit codes: 0 success, 1 usage error, 2 refused input (later subcommands), 3 internal error.
 */
import { UserError } from '../errors';
import { packageVersion } from '../version';
import { runCompare } from './compare';
import { runBackup, runBackups, runRestore } from './backups';
import { runFacets } from './facets';
import { runExport } from './export';
import { runGraph } from './graph';
import { runImport } from './import';
import { runList } from './list';
import { runPairings } from './pairings';
import { runOverview } from './overview';
import { runScans } from './scans';
import { runServe } from './serve';
import { runWhiteSpots } from './whitespots';
import { CliUsageError, type CliIo, type Subcommand } from './types';
import { asksForHelp, commandUsage, isCommandName, overallUsage, type CommandName } from './usage';

const SUBCOMMANDS: Record<CommandName, Subcommand> = {
  serve: runServe,
  backup: runBackup,
  backups: runBackups,
  restore: runRestore,
  import: runImport,
  scans: runScans,
  facets: runFacets,
  list: runList,
  export: runExport,
  graph: runGraph,
  pairings: runPairings,
  compare: runCompare,
  whitespots: runWhiteSpots,
  overview: runOverview,
};

export async function main(argv: string[], io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && isCommandName(topic)) io.out(commandUsage(topic) + '\n');
    else io.out(overallUsage(packageVersion()) + '\n');
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(packageVersion() + '\n');
    return 0;
  }
  if (!isCommandName(command)) {
    io.err(`regioscan: unknown command '${command}'; run 'regioscan --help' for the list.\n`);
    return 1;
  }
  const run = SUBCOMMANDS[command];
  // Help is answered here, before the command parses its options or opens the database.
  if (asksForHelp(rest)) {
    io.out(commandUsage(command) + '\n');
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`regioscan ${command}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof UserError) {
      io.err(`regioscan ${command}: ${error.message}\n`);
      // Words the user typed that name nothing are usage errors; a refused file is exit 2.
      return error.code.startsWith('invalid-') ? 1 : 2;
    }
    io.err(`regioscan ${command}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 3;
  }
}
