/**
 * The `regioscan` command line. Every subcommand lives in its domain (`src-main/<domain>/cli.ts`);
 * this file only routes.
 * Exit codes: 0 success, 1 usage error, 2 refused input, 3 internal error. Every error is one line on
 * stderr in the UI's language stored in the database (Dutch by default; see database.ts).
 */
import { asUserError, internalMessage, UserError } from '../errors';
import { cliLanguage, resetCliLanguage } from './database';
import { packageVersion } from '../version';
import { runFacets, runExport, runList } from '../activities/cli';
import { runBackup, runBackups, runRestore } from '../backups/cli';
import { runCompare } from '../compare/cli';
import { runAdd, runDelete, runEdit, runInitiative, runMergeInitiatives } from '../edits/cli';
import { runDemand } from '../demand/cli';
import { runGeography } from '../geography/cli';
import { runGoals } from '../goals/cli';
import { runGraph } from '../graph/cli';
import { runHistory, runRedo, runRevert, runUndo } from '../history/cli';
import { runMap, runMappings, runUnmap } from '../mappings/cli';
import { runImport } from '../import/cli';
import { runNextDoor, runOverlap } from '../nextdoor/cli';
import { runChanges, runLink, runLinks, runUnlink } from '../links/cli';
import { runOverview } from '../overview/cli';
import { runPairings } from '../pairings/cli';
import { runPublish } from '../publish/cli';
import { runReport } from '../report/cli';
import { runScans } from '../scans/cli';
import { runServe } from '../serve/cli';
import { runImpact, runSurvey } from '../surveys/cli';
import { runWhiteSpots } from '../whitespots/cli';
import { CliUsageError, typed, type CliIo, type Subcommand } from './types';
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
  geography: runGeography,
  history: runHistory,
  undo: runUndo,
  redo: runRedo,
  revert: runRevert,
  edit: runEdit,
  add: runAdd,
  delete: runDelete,
  initiative: runInitiative,
  'merge-initiatives': runMergeInitiatives,
  survey: runSurvey,
  impact: runImpact,
  goals: runGoals,
  nextdoor: runNextDoor,
  overlap: runOverlap,
  demand: runDemand,
  publish: runPublish,
  report: runReport,
  links: runLinks,
  link: runLink,
  unlink: runUnlink,
  changes: runChanges,
  map: runMap,
  unmap: runUnmap,
  mappings: runMappings,
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
    const lang = cliLanguage(rest);
    const name = typed(command);
    io.err(`${lang === 'nl' ? `regioscan: onbekende opdracht ${name}; 'regioscan --help' geeft de lijst.` : `regioscan: unknown command ${name}; run 'regioscan --help' for the list.`}\n`);
    return 1;
  }
  const run = SUBCOMMANDS[command];
  // Help is answered here, before the command parses its options or opens the database.
  if (asksForHelp(rest)) {
    io.out(commandUsage(command) + '\n');
    return 0;
  }
  resetCliLanguage();
  try {
    return await run(rest, io);
  } catch (error) {
    const { message, exit } = cliError(error);
    io.err(`regioscan ${command}: ${oneLine(message[cliLanguage(rest)])}\n`);
    return exit;
  }
}

/** The sentence and exit code for an error: usage 1, refused input 2, a bug 3 (one line, no stack). */
function cliError(error: unknown): { message: { nl: string; en: string }; exit: number } {
  if (error instanceof CliUsageError) return { message: { nl: error.nl, en: error.message }, exit: 1 };
  const known = asUserError(error);
  // Words the user typed that name nothing are usage errors; a refused file or input is exit 2.
  if (known instanceof UserError) return { message: known.messages, exit: known.code.startsWith('invalid-') ? 1 : 2 };
  return { message: internalMessage(error), exit: 3 };
}

/** An error is one line, whatever it quotes. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}
