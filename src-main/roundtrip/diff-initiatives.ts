/**
 * The round trip's initiatives (docs/roundtrip.md): the Initiatieven sheet's rows against the scan's
 * initiatives — by ID, or by name for a row without one (a name that matches none describes a new
 * initiative) — and the initiative's own columns beside its activities on the Activiteiten sheet.
 */
import { nameKey, type CellValue } from '../import';
import type { DiffContext } from './diff-context';
import type { Value } from './diff-model';
import { additionClause, compareInitiativeExtra } from './diff-providers';
import { plainText, readName, readText, readYearCell, type Read } from './normalise';
import type { SheetRow, SheetTable } from './read-file';
import type { StateInitiative } from './state';

const INITIATIVE_FIELDS = ['name', 'description', 'website', 'startYear', 'homeRegion'] as const;
type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

/** Initiatieven: rows with an ID are compared; rows without one match an initiative by name or describe a new one. */
export function compareInitiatives(d: DiffContext, table: SheetTable): void {
  const seen = new Set<number>();
  for (const row of table.rows) {
    const byId = d.known(table, row, d.state.initiatives, seen, { nl: 'initiatief', en: 'initiative' });
    if (byId === 'skip') continue;
    if (byId) {
      compareInitiative(d, table, row, byId, true);
      continue;
    }
    const name = d.taken(readName(row.cells.get('name') ?? null), table, row, 'name', row.cells.get('name') ?? null)?.value ?? null;
    if (name === null) continue;
    const existing = d.initiativeByName(name);
    if (existing !== undefined) compareInitiative(d, table, row, d.state.initiatives.get(existing)!, false);
    else d.newFields.set(nameKey(name), { name, clauses: initiativeClauses(d, table, row) });
  }
}

function readInitiativeField(field: InitiativeField, raw: CellValue): Read<Value> {
  if (field === 'name') return readName(raw);
  if (field === 'startYear') return readYearCell(raw);
  const text = readText(raw);
  if (field === 'website' && text.ok && text.value !== null && /\s/.test(text.value)) return { ok: false, problem: { en: 'a website has no spaces.', nl: 'een website bevat geen spaties.' } };
  return text;
}

function compareInitiative(d: DiffContext, table: SheetTable, row: SheetRow, current: StateInitiative, clear: boolean): void {
  for (const field of INITIATIVE_FIELDS) {
    if (!row.cells.has(field)) continue;
    const raw = row.cells.get(field) ?? null;
    const got = d.taken(readInitiativeField(field, raw), table, row, field, raw);
    if (!got) continue;
    if (got.value === null && (!clear || field === 'name')) {
      if (field === 'name') d.issue('error', table, row, field, { nl: 'Niet overgenomen: een initiatief heeft een naam.', en: 'Not taken: an initiative has a name.' });
      continue;
    }
    if (got.value === current[field]) continue;
    d.changed.push({ kind: 'initiative', id: current.id, subject: current.name, field: `initiative.${field}`, old: current[field], new: got.value, clause: `${field}=${got.value ?? ''}`, sheet: table.sheet, row: row.row });
    if (field === 'name') d.renamed.set(nameKey(String(got.value)), current.id);
  }
  for (const [key, raw] of row.cells) if (key.startsWith('extra:')) compareInitiativeExtra(d, table, row, key, raw, current, clear);
}

function initiativeClauses(d: DiffContext, table: SheetTable, row: SheetRow): string[] {
  const clauses: string[] = [];
  for (const field of INITIATIVE_FIELDS) {
    if (field === 'name' || !row.cells.has(field)) continue;
    const raw = row.cells.get(field) ?? null;
    const got = d.taken(readInitiativeField(field, raw), table, row, field, raw);
    if (got && got.value !== null) clauses.push(`${field}=${got.value}`);
  }
  for (const [key, raw] of row.cells) {
    const clause = key.startsWith('extra:') ? additionClause(d, table, row, key, raw) : undefined;
    if (clause) clauses.push(clause);
  }
  return clauses;
}

/** An initiative's value of a field after the Initiatieven sheet's changes. */
function initiativeValue(d: DiffContext, id: number, field: InitiativeField): Value {
  const change = d.changed.find((c) => c.kind === 'initiative' && c.id === id && c.field === `initiative.${field}`);
  return change ? change.new : d.state.initiatives.get(id)?.[field] ?? null;
}

/**
 * The initiative's fields on an activity row: for an existing initiative, a value other than the
 * one it has (or gets on the Initiatieven sheet) is an issue; for a new one, its clauses.
 */
export function initiativeCells(d: DiffContext, table: SheetTable, row: SheetRow, initiative: number | null): string[] {
  const clauses: string[] = [];
  for (const [key, raw] of row.cells) {
    if (!key.startsWith('initiative.') || plainText(raw) === '') continue;
    const field = key.slice('initiative.'.length) as InitiativeField;
    const got = d.taken(readInitiativeField(field, raw), table, row, key, raw);
    if (!got || got.value === null) continue;
    if (initiative === null) clauses.push(`${field}=${got.value}`);
    else if (got.value !== initiativeValue(d, initiative, field)) {
      d.issue('warning', table, row, key, { nl: 'Niet overgenomen: de velden van een initiatief verandert u op het blad Initiatieven.', en: 'Not taken: an initiative’s fields are changed on the Initiatieven sheet.' }, raw);
    }
  }
  return clauses;
}

