/**
 * The `.regioscan-goals.json` file: the region's goals to hand to a colleague or another database, as
 * a `.regioscan-filter.json` carries a saved filter (src-main/filters/filter-file.ts). Scans travel by
 * region and year (ids differ per database). The whole file is read against one schema: anything of
 * the wrong kind anywhere is refused with one sentence naming it, and nothing is stored. The goals of
 * one file are added in one change group (origin `goal`); a name already taken gets " (2)".
 */
import { z } from 'zod';
import { filterSchema } from '../../src-shared/filter-schema';
import type { GoalsImportResult } from '../../src-shared/goals-model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { withChangeGroup } from '../history';
import { fileStamp } from '../rpc/deliver';
import { newestScanOf, scanRow } from '../scans';
import { filterFileIssue, parseRegioscanFile } from '../validation';
import { GOAL_NAME_MAX, insertGoals, storedGoals, type NewGoal } from './goals';
import { goalByName } from './repository';

export const GOALS_FILE_FORMAT = 'regioscan-goals';
/** At most this many goals in one file (a region states a handful). */
export const GOALS_FILE_MAX = 500;

const scanRef = z.object({ region: z.string().max(200), year: z.number().int().nullable() }).strict();

const goalsFileSchema = z
  .object({
    format: z.literal(GOALS_FILE_FORMAT),
    version: z.literal(1),
    goals: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(GOAL_NAME_MAX),
            target: z.number().int().min(0).max(1_000_000).nullable(),
            minReach: z.number().int().min(0).max(1_000_000_000).nullable(),
            scans: z.array(scanRef).max(1000),
            filter: filterSchema,
          })
          .strict(),
      )
      .max(GOALS_FILE_MAX),
  })
  .strict();

/** Every goal of this database as a file another database can import. */
export function goalsFile(db: Db, date = new Date()): { fileName: string; text: string } {
  const goals = storedGoals(db).map((g) => ({
    name: g.name,
    target: g.target,
    minReach: g.minReach,
    scans: g.filter.scans.flatMap((id) => {
      const scan = scanRow(db, id);
      return scan ? [{ region: scan.region, year: scan.year }] : [];
    }),
    filter: { ...g.filter, scans: [] },
  }));
  return { fileName: `regioscan-beleidsdoelen-${fileStamp(date)}.regioscan-goals.json`, text: JSON.stringify({ format: GOALS_FILE_FORMAT, version: 1, goals }, null, 2) };
}

function refuse(problem: { nl: string; en: string }): never {
  throw new UserError('goals-file-unreadable', {
    nl: `Dit doelenbestand is niet ingelezen: ${problem.nl}. Er is niets opgeslagen.`,
    en: `This goals file was not read: ${problem.en}. Nothing was saved.`,
  });
}

/** A name no goal has yet, nor one added before it from the same file: "Naam", else "Naam (2)", … */
function freeName(db: Db, wanted: string, taken: Set<string>): string {
  const free = (name: string) => !goalByName(db, name) && !taken.has(name.toLowerCase());
  let name = wanted;
  for (let n = 2; !free(name); n++) name = `${wanted.slice(0, GOAL_NAME_MAX - 6)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

export function importGoalsFile(db: Db, text: string): GoalsImportResult {
  const raw = parseRegioscanFile(text, { code: 'goals', nl: 'doelen', en: 'goals', extension: '.regioscan-goals.json' });
  const parsed = goalsFileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) refuse(filterFileIssue(parsed.error.issues[0]!));
  const missing = new Set<string>();
  const taken = new Set<string>();
  const goals: NewGoal[] = parsed.data.goals.map((g) => {
    const scans: number[] = [];
    for (const ref of g.scans) {
      const found = newestScanOf(db, ref.region, ref.year);
      if (found) scans.push(found.id);
      else missing.add(`${ref.region}${ref.year ? ` ${ref.year}` : ''}`);
    }
    return { name: freeName(db, g.name, taken), filter: { ...g.filter, scans }, target: g.target, minReach: g.minReach };
  });
  if (goals.length > 0) withChangeGroup(db, { origin: 'goal', label: `import ${goals.length} goals` }, () => insertGoals(db, goals));
  return { imported: goals.length, names: goals.map((g) => g.name), missingScans: [...missing] };
}
