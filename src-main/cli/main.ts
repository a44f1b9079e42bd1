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

const SUBCOMMANDS: Record<string, Subcommand> = {
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

export const USAGE = `Regioscan ${'{version}'} — map, filter and compare public support for SME digitalisation.

Usage: regioscan <command> [options]

Commands:
  import FILE [--region NAME] [--year N] [--replace|--keep-both] [--dry-run] [--json]
                         Import a workbook (.xlsx, .xls, .ods, .csv). Exit 0 imported (also when some
                         rows had errors), 2 file refused (nothing changed), 1 usage error
  scans [--json]         List the scans in the database
  facets [--scan ID]... [--where DIM=VAL[,VAL]]... [--text WORDS] [--json]
                         Count activities per value of every dimension (a dimension's own
                         condition does not narrow its own counts). --where: AND across
                         dimensions, OR within; DIM!=… excludes, DIM&=… requires all
  list [filter options] [--sort KEY] [--json]
                         The matching activities (JSON: every dimension as codes)
  export --out FILE.xlsx|FILE.csv [--separator ;|,] [--english] [filter options]
                         The matching activities for a meeting (sheets Activiteiten,
                         Initiatieven, Filter; CSV: UTF-8 with BOM)
  graph [--edges sector|generic|providers|learn]... [--lens A|B|C] [--role ROLE] [--min-weight N] [--top-per-node N|all] [filter options] [--json]
                         The Ecosysteemkaart: initiatives with their focus, region, scan, dominant
                         activity type and cluster, and their edges; each initiative keeps its 3
                         strongest lines per kind unless --top-per-node says otherwise (all: every line)
  pairings --lens A|B|C [--by activity|initiative] [--top N] [--across|--within] [--hide-known]
           [--for-initiative ID | --for-activity ID] [filter options] [--json]
                         Leer van elkaar: the best pairs of activities (or initiatives) under lens
                         A doelgroep+vorm, B knelpunt+activiteit, C aanbieder+rationale, with what
                         they share; --for-… gives one initiative's or activity's best partners
  compare --scan ID --scan ID [--scan ID]... [--where …]... [--text WORDS] [--json]
                         Vergelijken: the filter applied to each scan; per dimension, per value,
                         the count and the share per 100 matching activities of every scan
  whitespots [--rows DIM] [--cols DIM] [--layers DIM|none] [--exclude-generic] [--include-other]
             [filter options] [--json]
                         Witte vlekken: activities per combination (default sector × form ×
                         bottleneck 0–10, 1694 combinations; --include-other adds knelpunt 11
                         Overig), zeros included, and the number of empty combinations
  overview [--min-initiatives N] [--english] [filter options] [--json]
                         Overzicht: activities per type, type × geography, type × knelpunt,
                         reach per type, reach × effort, providers × role (organisations in at
                         least N initiatives, default 5)

Filter options (facets, list, export, graph, pairings, compare, whitespots, overview): --scan ID (repeatable), --where DIM=VAL[,VAL]
  (repeatable), --text WORDS, --filter NAME (a saved filter)
  serve [--port N] [--read-only] [--with-sample]
                         Serve the app on 127.0.0.1 for a browser (prints the URL with its token);
                         --with-sample loads the bundled sample scan into a new database
  backup                 Back the database up now into backups/ beside it (prints the backup's path)
  backups [--json]       List the backups (newest first; the last 10 are kept)
  restore (NAME|--latest)
                         Replace the database's content with a backup (checked first); the
                         current content is backed up before
  help                   Show this help

Options for every command:
  --db PATH    The SQLite data file (default: REGIOSCAN_DB, else the per-user app-data folder)
  --help       Show help
  --version    Print the version`;

export async function main(argv: string[], io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.out(USAGE.replace('{version}', packageVersion()) + '\n');
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(packageVersion() + '\n');
    return 0;
  }
  const run = SUBCOMMANDS[command];
  if (!run) {
    io.err(`regioscan: unknown command '${command}'; run 'regioscan --help' for the list.\n`);
    return 1;
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
