/**
 * The round trip's activities (docs/roundtrip.md): the Activiteiten sheet's rows against the scan's
 * activities. A row with an ID is compared cell by cell, in the columns the file has; a row without
 * one is an addition (its initiative matched by name), or — when its initiative has an activity of
 * that name — compared with it, its empty cells left alone.
 */
import { VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../src-shared/import-mapping';
import { nameKey, type CellValue } from '../import';
import type { DiffContext } from './diff-context';
import type { Value } from './diff-model';
import { initiativeCells } from './diff-initiatives';
import { additionClause, compareActivityExtra, compareRole } from './diff-providers';
import { plainText, readCoded, readName, readReach, readText, readValues, readYearCell, valueKey, valueText, type Read, type ValueRef } from './normalise';
import type { SheetRow, SheetTable } from './read-file';
import type { StateActivity } from './state';

const VALUE_DIMS = new Set<string>(VALUE_DIMENSION_KEYS);
const sameValues = (a: readonly ValueRef[], b: readonly ValueRef[]) => a.map(valueKey).join('\n') === b.map(valueKey).join('\n');
const joined = (values: readonly ValueRef[]) => (values.length === 0 ? null : values.map(valueText).join(', '));
const SEPARATOR = /[;,|/\n\r]/;

export function compareActivities(d: DiffContext, table: SheetTable): void {
  const added = new Set<string>();
  for (const row of table.rows) {
    const byId = d.known(table, row, d.state.activities, d.fileIds, { nl: 'activiteit', en: 'activity' });
    if (byId === 'skip') continue;
    if (byId) {
      compareActivity(d, table, row, byId, true);
      initiativeCells(d, table, row, byId.initiativeId);
      continue;
    }
    const name = d.taken(readName(row.cells.get('name') ?? null), table, row, 'name', row.cells.get('name') ?? null)?.value ?? null;
    const initiative = d.taken(readName(row.cells.get('initiative') ?? null), table, row, 'initiative', row.cells.get('initiative') ?? null)?.value ?? null;
    if (name === null || initiative === null) {
      d.issue('error', table, row, name === null ? 'name' : 'initiative', name === null ? { nl: 'Deze rij is overgeslagen: ze heeft geen naam van de activiteit.', en: 'This row is skipped: it has no activity name.' } : { nl: 'Deze rij is overgeslagen: ze noemt geen initiatief.', en: 'This row is skipped: it names no initiative.' });
      continue;
    }
    const initiativeId = d.initiativeByName(initiative);
    const existing = initiativeId === undefined ? undefined : d.activityNamed(initiativeId, name);
    if (existing && !d.fileIds.has(existing.id)) {
      d.fileIds.add(existing.id);
      compareActivity(d, table, row, existing, false);
      initiativeCells(d, table, row, existing.initiativeId);
      continue;
    }
    const key = `${initiativeId ?? nameKey(initiative)}\u0000${nameKey(name)}`;
    if (existing || added.has(key)) {
      d.issue('error', table, row, 'name', { nl: `Deze rij is overgeslagen: '${initiative}' heeft al een activiteit '${name}'.`, en: `This row is skipped: '${initiative}' has an activity '${name}' already.` });
      continue;
    }
    const clauses = additionClauses(d, table, row);
    if (!clauses) continue;
    added.add(key);
    const known = initiativeId === undefined ? undefined : d.state.initiatives.get(initiativeId);
    d.added.push({ initiative: known?.name ?? initiative, name, initiativeId: known?.id ?? null, clauses, sheet: table.sheet, row: row.row });
    if (known) {
      initiativeCells(d, table, row, known.id);
      continue;
    }
    const creating = d.creating.get(nameKey(initiative)) ?? { name: initiative, clauses: [...(d.newFields.get(nameKey(initiative))?.clauses ?? [])] };
    d.creating.set(nameKey(initiative), creating);
    // A field the Initiatieven sheet (or an earlier row) gave is kept; the first row that fills one gives it.
    for (const clause of initiativeCells(d, table, row, null)) {
      const field = clause.slice(0, clause.indexOf('='));
      if (!creating.clauses.some((c) => c.startsWith(`${field}=`))) creating.clauses.push(clause);
    }
  }
}

/** The clauses of a new activity (its filled cells); undefined when it cannot be added (no type). */
function additionClauses(d: DiffContext, table: SheetTable, row: SheetRow): string[] | undefined {
  const clauses: string[] = [];
  let type = false;
  for (const [key, raw] of row.cells) {
    if (key === 'name' || key === 'initiative' || key.startsWith('initiative.')) continue;
    if (key.startsWith('role:') || key.startsWith('extra:')) {
      const clause = additionClause(d, table, row, key, raw);
      if (clause) clauses.push(clause);
      continue;
    }
    const field = readField(d, table, row, key, raw);
    if (!field || field.value === null || (Array.isArray(field.value) && field.value.length === 0)) continue;
    if (key === 'type') type = true;
    clauses.push(field.clause);
  }
  if (!type) {
    d.issue('error', table, row, 'type', { nl: 'Deze rij is niet toegevoegd: een activiteit heeft een type.', en: 'This row is not added: an activity has a type.' });
    return undefined;
  }
  return clauses;
}

/** One activity cell, read: its value and the clause that sets it; undefined when it is not taken (reported). */
function readField(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue): { value: Value | ValueRef[]; clause: string } | undefined {
  if (VALUE_DIMS.has(key)) {
    const dim = key as ValueDimensionKey;
    const got = d.taken(readValues(d.state.matchers, dim, raw, d.state.unmapped.get(dim) ?? new Map()), table, row, key, raw);
    if (!got) return undefined;
    if (got.value.some((v) => 'unmapped' in v && SEPARATOR.test(v.unmapped))) {
      d.issue('error', table, row, key, { nl: 'Niet overgenomen: een niet-gekoppelde waarde met een scheidingsteken verandert u in de app.', en: 'Not taken: an unmapped value holding a separator is changed in the app.' }, raw);
      return undefined;
    }
    return { value: got.value, clause: `${dim}=${got.value.map(valueText).join(',')}` };
  }
  const read: Read<Value> | undefined =
    key === 'description' ? readText(raw)
    : key === 'startYear' ? readYearCell(raw)
    : key === 'reach' ? readReach(raw)
    : key === 'reachUnit' || key === 'reachSource' ? readCoded(d.state.matchers, key, raw)
    : undefined;
  if (!read) return undefined;
  const got = d.taken(read, table, row, key, raw);
  return got ? { value: got.value, clause: `${key}=${got.value ?? ''}` } : undefined;
}

function compareActivity(d: DiffContext, table: SheetTable, row: SheetRow, current: StateActivity, clear: boolean): void {
  for (const [key, raw] of row.cells) {
    if (!clear && plainText(raw) === '') continue;
    if (key.startsWith('initiative.')) continue;
    const at = { kind: 'activity' as const, id: current.id, subject: current.name, sheet: table.sheet, row: row.row };
    if (key === 'name' || key === 'initiative') {
      const got = d.taken(readName(raw), table, row, key, raw);
      if (!got) continue;
      if (got.value === null) {
        d.issue('error', table, row, key, key === 'name' ? { nl: 'Niet overgenomen: een activiteit heeft een naam.', en: 'Not taken: an activity has a name.' } : { nl: 'Niet overgenomen: een activiteit hoort bij een initiatief.', en: 'Not taken: an activity belongs to an initiative.' });
        continue;
      }
      if (key === 'name') {
        if (got.value !== current.name) d.changed.push({ ...at, field: 'name', old: current.name, new: got.value, clause: `name=${got.value}` });
        continue;
      }
      const target = d.initiativeByName(got.value);
      if (target === undefined) {
        d.issue('error', table, row, key, { nl: `Niet overgenomen: scan ${d.state.scan} heeft geen initiatief '${got.value}'; voeg het eerst toe.`, en: `Not taken: scan ${d.state.scan} has no initiative '${got.value}'; add it first.` }, raw);
      } else if (target !== current.initiativeId) {
        d.changed.push({ ...at, field: 'initiative', old: d.state.initiatives.get(current.initiativeId)?.name ?? null, new: d.state.initiatives.get(target)!.name, clause: `initiative=${target}` });
      }
      continue;
    }
    if (key.startsWith('role:')) {
      compareRole(d, table, row, key, raw, current, at);
      continue;
    }
    if (key.startsWith('extra:')) {
      compareActivityExtra(d, table, row, key, raw, current, at);
      continue;
    }
    const field = readField(d, table, row, key, raw);
    if (!field) continue;
    if (Array.isArray(field.value)) {
      const dim = key as ValueDimensionKey;
      const before = current.values.get(dim) ?? [];
      if (sameValues(before, field.value)) continue;
      if (dim === 'type' && field.value.length === 0) {
        d.issue('error', table, row, key, { nl: 'Niet overgenomen: een activiteit heeft een type.', en: 'Not taken: an activity has a type.' });
        continue;
      }
      d.changed.push({ ...at, field: dim, old: joined(before), new: joined(field.value), clause: field.clause, dimension: dim, oldValues: before, newValues: field.value });
      continue;
    }
    const old = current[key as 'description' | 'startYear' | 'reach' | 'reachUnit' | 'reachSource'];
    if (field.value !== old) d.changed.push({ ...at, field: key, old, new: field.value, clause: field.clause });
  }
}
