/**
 * Editing a scan (issue 16 "Editing"): each edit is checked whole first, then written as ONE change
 * group with origin `edit` in one transaction, so it is in the history and undone in one step. What
 * it returns says what changed (for the CLI, the index and the screens).
 */
import type { HistoryEntry } from '../../src-shared/model';
import { edit, refreshIndex } from '../activities';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { history, inChangeGroup, subjectName, withChangeGroup, type Changes } from '../history';
import { scanRow } from '../scans';
import { storedExtraName } from './provider-sets';
import { activitySets, initiativeSets, refused, type ActivitySet, type InitiativeSet } from './set-clauses';

export interface EditResult {
  /** The activity or initiative edited, added or kept. */
  id: number;
  /** The change group (null when nothing changed) and the ids it touched. */
  changes: Changes;
  /** The entries it wrote, as `regioscan history` lists them. */
  entries: HistoryEntry[];
}

function notFound(kind: 'activity' | 'initiative' | 'scan', id: number): UserError {
  const { nl } = subjectName(kind);
  return new UserError('not-found', { nl: `Er is geen ${nl} ${id}.`, en: `There is no ${kind} ${id}.` });
}

function activity(db: Db, id: number): edit.EditedActivity {
  const row = edit.activityForEdit(db, id);
  if (!row) throw notFound('activity', id);
  return row;
}

function initiative(db: Db, id: number): edit.EditedInitiative {
  const row = edit.initiativeForEdit(db, id);
  if (!row) throw notFound('initiative', id);
  return row;
}

/** An initiative of the scan by id, or by name (case and spacing aside); `create` makes one for a name that matches none. */
function initiativeIn(db: Db, scan: number, ref: string, create: boolean): { id: number } | { create: string } {
  if (ref === '') throw refused('an activity belongs to an initiative: give its id or name.', 'een activiteit hoort bij een initiatief: geef het nummer of de naam.');
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const own = edit.initiativesOfScan(db, scan);
  if (/^\d+$/.test(ref)) {
    const found = own.find((i) => i.id === Number(ref));
    if (found) return { id: found.id };
  }
  const named = own.filter((i) => fold(i.name) === fold(ref));
  if (named.length === 1) return { id: named[0]!.id };
  if (named.length > 1) throw refused(`${named.length} initiatives of scan ${scan} are called '${clip(ref)}': give the id.`, `${named.length} initiatieven van scan ${scan} heten '${clip(ref)}': geef het nummer.`);
  if (/^\d+$/.test(ref) || !create) throw refused(`scan ${scan} has no initiative '${clip(ref)}'.`, `scan ${scan} heeft geen initiatief '${clip(ref)}'.`);
  return { create: ref };
}

function written(db: Db, id: number, changes: Changes): EditResult {
  // Inside another group (a round trip applies many edits as one): that group's owner refreshes the
  // index and reads the entries once, when it closes; reading them here would grow with every edit.
  if (inChangeGroup(db)) return { id, changes, entries: [] };
  // The index follows in place (an added or deleted activity rebuilds it on the next query).
  if (changes.group !== null) refreshIndex(db, changes);
  return { id, changes, entries: changes.group === null ? [] : history(db, { group: changes.group }) };
}

function apply(db: Db, id: number, scan: number, sets: readonly ActivitySet[], target: (ref: string) => number): void {
  for (const set of sets) {
    if (set.kind === 'field') edit.setActivityField(db, id, set.field, set.value);
    else if (set.kind === 'initiative') edit.setActivityField(db, id, 'initiative', target(set.value));
    else if (set.kind === 'providers') edit.setProviders(db, id, set.role, set.names);
    else if (set.kind === 'extra') edit.setExtra(db, 'activity', id, scan, storedExtraName(db, 'activity', id, scan, set.name), set.value);
    else edit.setActivityValues(db, id, set.dimension, set.ids);
  }
}

/** `regioscan edit ACTIVITY_ID --set …`: fields, coded values and the initiative of one activity. */
export function editActivity(db: Db, id: number, clauses: readonly string[]): EditResult {
  activity(db, id);
  return editActivityWith(db, id, activitySets(db, clauses));
}

/** One activity's checked sets (from `--set` or the app's edit channel) written as one change group. */
export function editActivityWith(db: Db, id: number, sets: readonly ActivitySet[]): EditResult {
  const row = activity(db, id);
  // Moving to another initiative: only one of the same scan, named or numbered (none is made here).
  const targets = new Map(sets.flatMap((s) => (s.kind === 'initiative' ? [[s.value, initiativeIn(db, row.scan_id, s.value, false)]] : [])));
  const { changes } = withChangeGroup(db, { origin: 'edit', label: `activity ${id}`, scan: row.scan_id }, () =>
    apply(db, id, row.scan_id, sets, (ref) => (targets.get(ref) as { id: number }).id),
  );
  return written(db, id, changes);
}

/** `regioscan add --scan ID --initiative ID|NAME --name TEXT [--set …]`: a new activity (and a new initiative for a name that matches none). */
export function addActivity(db: Db, args: { scan: number; initiative: string; name: string; clauses: readonly string[] }): AddResult {
  if (!scanRow(db, args.scan)) throw notFound('scan', args.scan);
  const sets = activitySets(db, [`name=${args.name}`, ...args.clauses]);
  if (sets.some((s) => s.kind === 'initiative')) throw refused('give the initiative with --initiative, not --set.', 'geef het initiatief met --initiative, niet met --set.');
  return addActivityWith(db, { scan: args.scan, target: initiativeIn(db, args.scan, args.initiative.trim(), true), sets });
}

export type AddResult = EditResult & { initiative: number; createdInitiative: boolean };

/**
 * The app's add: to an initiative of the scan by id, or to one by name (case and spacing aside; a
 * name that matches none makes a new initiative). `sets` holds the name and any other checked sets.
 */
export function addActivityTo(db: Db, args: { scan: number; initiative: number | { name: string }; sets: readonly ActivitySet[] }): AddResult {
  if (!scanRow(db, args.scan)) throw notFound('scan', args.scan);
  let target: { id: number } | { create: string };
  if (typeof args.initiative === 'number') {
    const own = initiative(db, args.initiative);
    if (own.scan_id !== args.scan) throw refused(`initiative ${args.initiative} is not of scan ${args.scan}.`, `initiatief ${args.initiative} hoort niet bij scan ${args.scan}.`);
    target = { id: own.id };
  } else {
    const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    const name = args.initiative.name.trim();
    const named = edit.initiativesOfScan(db, args.scan).filter((i) => fold(i.name) === fold(name));
    if (named.length > 1) throw refused(`${named.length} initiatives of scan ${args.scan} are called '${clip(name)}'.`, `${named.length} initiatieven van scan ${args.scan} heten '${clip(name)}'.`);
    target = named.length === 1 ? { id: named[0]!.id } : { create: name };
  }
  return addActivityWith(db, { scan: args.scan, target, sets: args.sets });
}

function addActivityWith(db: Db, args: { scan: number; target: { id: number } | { create: string }; sets: readonly ActivitySet[] }): AddResult {
  const { target, sets } = args;
  const name = sets.find((s) => s.kind === 'field' && s.field === 'name') as { value: string } | undefined;
  if (!name) throw refused('a new activity needs a name.', 'een nieuwe activiteit heeft een naam nodig.');
  const { result, changes } = withChangeGroup(db, { origin: 'edit', label: `add ${name.value}`, scan: args.scan }, () => {
    const initiativeId = 'id' in target ? target.id : edit.insertInitiative(db, args.scan, target.create);
    const id = edit.insertActivity(db, args.scan, initiativeId, name.value);
    apply(db, id, args.scan, sets.filter((s) => !(s.kind === 'field' && s.field === 'name')), () => initiativeId);
    return { id, initiativeId };
  });
  return { ...written(db, result.id, changes), initiative: result.initiativeId, createdInitiative: !('id' in target) };
}

/** `regioscan delete ACTIVITY_ID`: the activity with its values, providers and extra fields. */
export function deleteActivity(db: Db, id: number): EditResult {
  const row = activity(db, id);
  const { changes } = withChangeGroup(db, { origin: 'edit', label: `delete ${row.name}`, scan: row.scan_id }, () => edit.deleteActivityRow(db, id));
  return written(db, id, changes);
}

/** `regioscan initiative ID --set name=…|website=…|description=…|extra.NAME=…`. */
export function editInitiative(db: Db, id: number, clauses: readonly string[]): EditResult {
  initiative(db, id);
  if (clauses.length === 0) throw refused('give at least one --set.', 'geef minstens één --set.');
  return editInitiativeWith(db, id, initiativeSets(clauses));
}

/** One initiative's checked sets written as one change group. */
export function editInitiativeWith(db: Db, id: number, sets: readonly InitiativeSet[]): EditResult {
  const row = initiative(db, id);
  const { changes } = withChangeGroup(db, { origin: 'edit', label: `initiative ${id}`, scan: row.scan_id }, () => {
    for (const s of sets) {
      if (s.kind === 'field') edit.setInitiativeField(db, id, s.field, s.value);
      else edit.setExtra(db, 'initiative', id, row.scan_id, storedExtraName(db, 'initiative', id, row.scan_id, s.name), s.value);
    }
  });
  return written(db, id, changes);
}

/** An initiative with all its activities, as one change group (undo brings them all back). */
export function deleteInitiative(db: Db, id: number): EditResult {
  const row = initiative(db, id);
  const { changes } = withChangeGroup(db, { origin: 'edit', label: `delete ${row.name}`, scan: row.scan_id }, () => {
    for (const a of edit.activitiesOfInitiative(db, id)) edit.deleteActivityRow(db, a);
    edit.deleteInitiativeRow(db, id);
  });
  return written(db, id, changes);
}

/**
 * `regioscan merge-initiatives KEEP_ID OTHER_ID`: OTHER's activities move to KEEP, KEEP's empty
 * description, website, start year and home region take OTHER's, and OTHER is deleted (its extra
 * fields and map position with it; undo brings them back). Both must be of one scan.
 */
export function mergeInitiatives(db: Db, keepId: number, otherId: number): EditResult {
  const keep = initiative(db, keepId);
  const other = initiative(db, otherId);
  if (keepId === otherId) throw refused('an initiative cannot be merged with itself.', 'een initiatief kan niet met zichzelf worden samengevoegd.');
  if (keep.scan_id !== other.scan_id) {
    throw refused(`initiatives ${keepId} and ${otherId} belong to different scans; only initiatives of one scan are merged.`, `initiatieven ${keepId} en ${otherId} horen bij verschillende scans; alleen initiatieven van één scan worden samengevoegd.`);
  }
  const { changes } = withChangeGroup(db, { origin: 'edit', label: `merge ${other.name} into ${keep.name}`, scan: keep.scan_id }, () => {
    edit.moveActivities(db, otherId, keepId);
    const fill = { description: 'description', website: 'website', startYear: 'start_year', homeRegion: 'home_region' } as const;
    for (const [field, column] of Object.entries(fill) as [keyof typeof fill, (typeof fill)[keyof typeof fill]][]) {
      if (keep[column] === null && other[column] !== null) edit.setInitiativeField(db, keepId, field, other[column]);
    }
    edit.deleteInitiativeRow(db, otherId);
  });
  return written(db, keepId, changes);
}
