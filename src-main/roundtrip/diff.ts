/**
 * The round trip's diff (docs/roundtrip.md): a workbook's rows against one scan, matched by ID. Rows
 * with an ID are compared cell by cell, by the importer's reading of each cell (normalise.ts), only in
 * the columns the file has; rows without an ID are additions, matched to existing initiatives by name
 * (an activity that exists by name is compared instead, its empty cells left alone); rows the export
 * held and the file no longer has are removals. Every cell that cannot be taken is an issue, never
 * dropped in silence. Pure: the scan's state comes in (state.ts), a plan goes out (apply.ts writes it).
 */
import { VALUE_DIMENSION_KEYS, type ValueDimensionKey } from '../../src-shared/import-mapping';
import { nameKey, organisations, type CellValue } from '../import';
import { plainText, readCoded, readName, readReach, readText, readValues, readYearCell, valueKey, valueText, type Message, type Read, type ValueRef } from './normalise';
import type { RoundtripFile, SheetRow, SheetTable } from './read-file';
import type { ScanState, StateActivity, StateInitiative } from './state';

export type Value = string | number | null;

export interface DiffChange {
  /** An activity's field (`name`, `sector`, `initiative`, …) or an initiative's (`initiative.website`). */
  kind: 'activity' | 'initiative';
  id: number;
  field: string;
  /** The activity's or initiative's name as the database has it. */
  subject: string;
  old: Value;
  new: Value;
  /** The `--set` clause that writes it (edits domain). */
  clause: string;
  /** For a dimension: the values before and after (labels for the preview). */
  dimension?: ValueDimensionKey;
  oldValues?: ValueRef[];
  newValues?: ValueRef[];
  sheet: string;
  row: number;
}

export interface DiffAddition {
  initiative: string;
  name: string;
  /** The existing initiative it goes to; null: a new one of that name (see newInitiatives). */
  initiativeId: number | null;
  clauses: string[];
  sheet: string;
  row: number;
}

export interface DiffRemoval {
  id: number;
  initiative: string;
  name: string;
}

export interface DiffIssue {
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  nl: string;
  en: string;
}

export interface RoundtripDiff {
  scan: number;
  fileName: string;
  added: DiffAddition[];
  changed: DiffChange[];
  removed: DiffRemoval[];
  issues: DiffIssue[];
  /** Initiatives the additions create, with the fields the Initiatieven sheet gives them (`--set` clauses). */
  newInitiatives: { name: string; clauses: string[] }[];
}

const VALUE_DIMS = new Set<string>(VALUE_DIMENSION_KEYS);
const INITIATIVE_FIELDS = ['name', 'description', 'website', 'startYear', 'homeRegion'] as const;
type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

/** An ID cell: a positive whole number (as number or text), empty, or not an ID. */
export function readId(raw: CellValue): number | null | 'bad' {
  if (raw === null) return null;
  const text = typeof raw === 'number' ? String(raw) : String(raw).trim();
  if (text === '') return null;
  return /^\d{1,12}$/.test(text) && Number(text) > 0 ? Number(text) : 'bad';
}

const sameValues = (a: readonly ValueRef[], b: readonly ValueRef[]) => a.map(valueKey).join('\n') === b.map(valueKey).join('\n');
const joined = (values: readonly ValueRef[]) => (values.length === 0 ? null : values.map(valueText).join(', '));
const SEPARATOR = /[;,|/\n\r]/;

class Differ {
  readonly changed: DiffChange[] = [];
  readonly added: DiffAddition[] = [];
  readonly issues: DiffIssue[] = [];
  /** Initiatives by the new name the Initiatieven sheet gives them. */
  private readonly renamed = new Map<string, number>();
  /** New initiatives' fields from ID-less Initiatieven rows, by folded name. */
  private readonly newFields = new Map<string, { name: string; clauses: string[] }>();
  readonly creating = new Map<string, { name: string; clauses: string[] }>();
  readonly fileIds = new Set<number>();

  constructor(
    private readonly file: RoundtripFile,
    private readonly state: ScanState,
  ) {}

  issue(severity: DiffIssue['severity'], table: SheetTable | null, row: SheetRow | null, key: string | null, message: Message, raw?: CellValue): void {
    const column = key && table ? table.columns.get(key) : undefined;
    const value = raw === undefined || raw === null ? null : plainText(raw).slice(0, 200);
    this.issues.push({ severity, sheet: table?.sheet ?? null, row: row?.row ?? null, column: column ? `${column.letter} (${column.header})` : null, value, ...message });
  }

  /**
   * The stored row a sheet row's ID names, the first time the sheet names it; null for a row without
   * ID; 'skip' (with an issue) for an ID that is no number, names nothing of the scan, or came before.
   */
  private known<T>(table: SheetTable, row: SheetRow, stored: ReadonlyMap<number, T>, seen: Set<number>, kind: { nl: string; en: string }): T | null | 'skip' {
    const id = readId(row.id);
    if (id === null) return null;
    if (id === 'bad') {
      this.issue('error', table, row, 'id', { nl: 'Deze rij is overgeslagen: de ID is geen nummer.', en: 'This row is skipped: its ID is not a number.' }, row.id);
      return 'skip';
    }
    const current = stored.get(id);
    if (!current) {
      this.issue('error', table, row, 'id', { nl: `Deze rij is overgeslagen: scan ${this.state.scan} heeft geen ${kind.nl} ${id} (meer).`, en: `This row is skipped: scan ${this.state.scan} has no ${kind.en} ${id} (any more).` }, row.id);
      return 'skip';
    }
    if (seen.has(id)) {
      this.issue('error', table, row, 'id', { nl: `Deze rij is overgeslagen: ${kind.nl} ${id} staat al hoger in het blad.`, en: `This row is skipped: ${kind.en} ${id} is on an earlier row already.` }, row.id);
      return 'skip';
    }
    seen.add(id);
    return current;
  }

  private taken<T>(read: Read<T>, table: SheetTable, row: SheetRow, key: string, raw: CellValue): { value: T } | undefined {
    if (!read.ok) {
      this.issue('error', table, row, key, { nl: `Niet overgenomen: ${read.problem.nl}`, en: `Not taken: ${read.problem.en}` }, raw);
      return undefined;
    }
    if (read.warning) this.issue('warning', table, row, key, read.warning, raw);
    return { value: read.value };
  }

  /** Initiatieven: rows with an ID are compared; rows without one match an initiative by name or describe a new one. */
  initiatives(table: SheetTable): void {
    const seen = new Set<number>();
    for (const row of table.rows) {
      const byId = this.known(table, row, this.state.initiatives, seen, { nl: 'initiatief', en: 'initiative' });
      if (byId === 'skip') continue;
      if (byId) {
        this.compareInitiative(table, row, byId, true);
        continue;
      }
      const name = this.taken(readName(row.cells.get('name') ?? null), table, row, 'name', row.cells.get('name') ?? null)?.value ?? null;
      if (name === null) continue;
      const existing = this.initiativeByName(name);
      if (existing !== undefined) this.compareInitiative(table, row, this.state.initiatives.get(existing)!, false);
      else this.newFields.set(nameKey(name), { name, clauses: this.initiativeClauses(table, row) });
    }
  }

  private readInitiativeField(field: InitiativeField, raw: CellValue): Read<Value> {
    if (field === 'name') return readName(raw);
    if (field === 'startYear') return readYearCell(raw);
    const text = readText(raw);
    if (field === 'website' && text.ok && text.value !== null && /\s/.test(text.value)) return { ok: false, problem: { en: 'a website has no spaces.', nl: 'een website bevat geen spaties.' } };
    return text;
  }

  private compareInitiative(table: SheetTable, row: SheetRow, current: StateInitiative, clear: boolean): void {
    for (const field of INITIATIVE_FIELDS) {
      if (!row.cells.has(field)) continue;
      const raw = row.cells.get(field) ?? null;
      const got = this.taken(this.readInitiativeField(field, raw), table, row, field, raw);
      if (!got) continue;
      if (got.value === null && (!clear || field === 'name')) {
        if (field === 'name') this.issue('error', table, row, field, { nl: 'Niet overgenomen: een initiatief heeft een naam.', en: 'Not taken: an initiative has a name.' });
        continue;
      }
      if (got.value === current[field]) continue;
      this.changed.push({ kind: 'initiative', id: current.id, subject: current.name, field: `initiative.${field}`, old: current[field], new: got.value, clause: `${field}=${got.value ?? ''}`, sheet: table.sheet, row: row.row });
      if (field === 'name') this.renamed.set(nameKey(String(got.value)), current.id);
    }
  }

  private initiativeClauses(table: SheetTable, row: SheetRow): string[] {
    const clauses: string[] = [];
    for (const field of INITIATIVE_FIELDS) {
      if (field === 'name' || !row.cells.has(field)) continue;
      const raw = row.cells.get(field) ?? null;
      const got = this.taken(this.readInitiativeField(field, raw), table, row, field, raw);
      if (got && got.value !== null) clauses.push(`${field}=${got.value}`);
    }
    return clauses;
  }

  /** The scan's initiatives by folded name (several: a name shared by two is no match). */
  private byName: Map<string, number[]> | undefined;
  /** The scan's activities by initiative and folded name. */
  private byActivityName: Map<string, StateActivity> | undefined;

  /** An initiative of the scan by its name now, or by the new name the Initiatieven sheet gives it. */
  initiativeByName(name: string): number | undefined {
    if (!this.byName) {
      this.byName = new Map();
      for (const i of this.state.initiatives.values()) this.byName.set(nameKey(i.name), [...(this.byName.get(nameKey(i.name)) ?? []), i.id]);
    }
    const key = nameKey(name);
    const now = this.byName.get(key) ?? [];
    if (now.length === 1) return now[0];
    return this.renamed.get(key);
  }

  private activityNamed(initiative: number, name: string): StateActivity | undefined {
    if (!this.byActivityName) {
      this.byActivityName = new Map();
      for (const a of this.state.activities.values()) this.byActivityName.set(`${a.initiativeId}\u0000${nameKey(a.name)}`, a);
    }
    return this.byActivityName.get(`${initiative}\u0000${nameKey(name)}`);
  }

  activities(table: SheetTable): void {
    const added = new Set<string>();
    for (const row of table.rows) {
      const byId = this.known(table, row, this.state.activities, this.fileIds, { nl: 'activiteit', en: 'activity' });
      if (byId === 'skip') continue;
      if (byId) {
        this.compareActivity(table, row, byId, true);
        this.initiativeCells(table, row, byId.initiativeId);
        continue;
      }
      const name = this.taken(readName(row.cells.get('name') ?? null), table, row, 'name', row.cells.get('name') ?? null)?.value ?? null;
      const initiative = this.taken(readName(row.cells.get('initiative') ?? null), table, row, 'initiative', row.cells.get('initiative') ?? null)?.value ?? null;
      if (name === null || initiative === null) {
        this.issue('error', table, row, name === null ? 'name' : 'initiative', name === null ? { nl: 'Deze rij is overgeslagen: ze heeft geen naam van de activiteit.', en: 'This row is skipped: it has no activity name.' } : { nl: 'Deze rij is overgeslagen: ze noemt geen initiatief.', en: 'This row is skipped: it names no initiative.' });
        continue;
      }
      const initiativeId = this.initiativeByName(initiative);
      const existing = initiativeId === undefined ? undefined : this.activityNamed(initiativeId, name);
      if (existing && !this.fileIds.has(existing.id)) {
        this.fileIds.add(existing.id);
        this.compareActivity(table, row, existing, false);
        this.initiativeCells(table, row, existing.initiativeId);
        continue;
      }
      const key = `${initiativeId ?? nameKey(initiative)}\u0000${nameKey(name)}`;
      if (existing || added.has(key)) {
        this.issue('error', table, row, 'name', { nl: `Deze rij is overgeslagen: '${initiative}' heeft al een activiteit '${name}'.`, en: `This row is skipped: '${initiative}' has an activity '${name}' already.` });
        continue;
      }
      const clauses = this.additionClauses(table, row);
      if (!clauses) continue;
      added.add(key);
      const known = initiativeId === undefined ? undefined : this.state.initiatives.get(initiativeId);
      this.added.push({ initiative: known?.name ?? initiative, name, initiativeId: known?.id ?? null, clauses, sheet: table.sheet, row: row.row });
      if (known) {
        this.initiativeCells(table, row, known.id);
        continue;
      }
      const creating = this.creating.get(nameKey(initiative)) ?? { name: initiative, clauses: [...(this.newFields.get(nameKey(initiative))?.clauses ?? [])] };
      this.creating.set(nameKey(initiative), creating);
      // A field the Initiatieven sheet (or an earlier row) gave is kept; the first row that fills one gives it.
      for (const clause of this.initiativeCells(table, row, null)) {
        const field = clause.slice(0, clause.indexOf('='));
        if (!creating.clauses.some((c) => c.startsWith(`${field}=`))) creating.clauses.push(clause);
      }
    }
  }

  /** An initiative's value of a field after the Initiatieven sheet's changes. */
  private initiativeValue(id: number, field: InitiativeField): Value {
    const change = this.changed.find((c) => c.kind === 'initiative' && c.id === id && c.field === `initiative.${field}`);
    return change ? change.new : this.state.initiatives.get(id)?.[field] ?? null;
  }

  /**
   * The initiative's fields on an activity row: for an existing initiative, a value other than the
   * one it has (or gets on the Initiatieven sheet) is an issue; for a new one, its clauses.
   */
  private initiativeCells(table: SheetTable, row: SheetRow, initiative: number | null): string[] {
    const clauses: string[] = [];
    for (const [key, raw] of row.cells) {
      if (!key.startsWith('initiative.') || plainText(raw) === '') continue;
      const field = key.slice('initiative.'.length) as InitiativeField;
      const got = this.taken(this.readInitiativeField(field, raw), table, row, key, raw);
      if (!got || got.value === null) continue;
      if (initiative === null) clauses.push(`${field}=${got.value}`);
      else if (got.value !== this.initiativeValue(initiative, field)) {
        this.issue('warning', table, row, key, { nl: 'Niet overgenomen: de velden van een initiatief verandert u op het blad Initiatieven.', en: 'Not taken: an initiative’s fields are changed on the Initiatieven sheet.' }, raw);
      }
    }
    return clauses;
  }

  /** The clauses of a new activity (its filled cells); undefined when it cannot be added (no type). */
  private additionClauses(table: SheetTable, row: SheetRow): string[] | undefined {
    const clauses: string[] = [];
    let type = false;
    for (const [key, raw] of row.cells) {
      if (key === 'name' || key === 'initiative' || key.startsWith('initiative.')) continue;
      if (key.startsWith('role:') || key.startsWith('extra:')) {
        if (plainText(raw) !== '') this.issue('warning', table, row, key, { nl: 'Niet overgenomen: aanbieders en extra velden van een nieuwe activiteit vult u in de app in.', en: 'Not taken: the providers and extra fields of a new activity are filled in in the app.' }, raw);
        continue;
      }
      const field = this.readField(table, row, key, raw);
      if (!field || field.value === null || (Array.isArray(field.value) && field.value.length === 0)) continue;
      if (key === 'type') type = true;
      clauses.push(field.clause);
    }
    if (!type) {
      this.issue('error', table, row, 'type', { nl: 'Deze rij is niet toegevoegd: een activiteit heeft een type.', en: 'This row is not added: an activity has a type.' });
      return undefined;
    }
    return clauses;
  }

  /** One activity cell, read: its value and the clause that sets it; undefined when it is not taken (reported). */
  private readField(table: SheetTable, row: SheetRow, key: string, raw: CellValue): { value: Value | ValueRef[]; clause: string } | undefined {
    if (VALUE_DIMS.has(key)) {
      const dim = key as ValueDimensionKey;
      const got = this.taken(readValues(this.state.matchers, dim, raw, this.state.unmapped.get(dim) ?? new Map()), table, row, key, raw);
      if (!got) return undefined;
      if (got.value.some((v) => 'unmapped' in v && SEPARATOR.test(v.unmapped))) {
        this.issue('error', table, row, key, { nl: 'Niet overgenomen: een niet-gekoppelde waarde met een scheidingsteken verandert u in de app.', en: 'Not taken: an unmapped value holding a separator is changed in the app.' }, raw);
        return undefined;
      }
      return { value: got.value, clause: `${dim}=${got.value.map(valueText).join(',')}` };
    }
    const read: Read<Value> | undefined =
      key === 'description' ? readText(raw)
      : key === 'startYear' ? readYearCell(raw)
      : key === 'reach' ? readReach(raw)
      : key === 'reachUnit' || key === 'reachSource' ? readCoded(this.state.matchers, key, raw)
      : undefined;
    if (!read) return undefined;
    const got = this.taken(read, table, row, key, raw);
    return got ? { value: got.value, clause: `${key}=${got.value ?? ''}` } : undefined;
  }

  private compareActivity(table: SheetTable, row: SheetRow, current: StateActivity, clear: boolean): void {
    for (const [key, raw] of row.cells) {
      if (!clear && plainText(raw) === '') continue;
      if (key.startsWith('initiative.')) continue;
      const at = { kind: 'activity' as const, id: current.id, subject: current.name, sheet: table.sheet, row: row.row };
      if (key === 'name' || key === 'initiative') {
        const got = this.taken(readName(raw), table, row, key, raw);
        if (!got) continue;
        if (got.value === null) {
          this.issue('error', table, row, key, key === 'name' ? { nl: 'Niet overgenomen: een activiteit heeft een naam.', en: 'Not taken: an activity has a name.' } : { nl: 'Niet overgenomen: een activiteit hoort bij een initiatief.', en: 'Not taken: an activity belongs to an initiative.' });
          continue;
        }
        if (key === 'name') {
          if (got.value !== current.name) this.changed.push({ ...at, field: 'name', old: current.name, new: got.value, clause: `name=${got.value}` });
          continue;
        }
        const target = this.initiativeByName(got.value);
        if (target === undefined) {
          this.issue('error', table, row, key, { nl: `Niet overgenomen: scan ${this.state.scan} heeft geen initiatief '${got.value}'; voeg het eerst toe.`, en: `Not taken: scan ${this.state.scan} has no initiative '${got.value}'; add it first.` }, raw);
        } else if (target !== current.initiativeId) {
          this.changed.push({ ...at, field: 'initiative', old: this.state.initiatives.get(current.initiativeId)?.name ?? null, new: this.state.initiatives.get(target)!.name, clause: `initiative=${target}` });
        }
        continue;
      }
      if (key.startsWith('role:')) {
        const names = (list: readonly string[]) => [...new Set(list.map(nameKey))].sort().join('\n');
        if (names(organisations(plainText(raw))) !== names(current.roles.get(key.slice(5)) ?? [])) {
          this.issue('warning', table, row, key, { nl: 'Niet overgenomen: aanbieders verandert u in de app.', en: 'Not taken: providers are changed in the app.' }, raw);
        }
        continue;
      }
      if (key.startsWith('extra:')) {
        if (plainText(raw) !== (current.extras.get(key.slice(6)) ?? '').replace(/\r\n?/g, '\n').trim()) {
          this.issue('warning', table, row, key, { nl: 'Niet overgenomen: extra velden verandert u in de app.', en: 'Not taken: extra fields are changed in the app.' }, raw);
        }
        continue;
      }
      const field = this.readField(table, row, key, raw);
      if (!field) continue;
      if (Array.isArray(field.value)) {
        const dim = key as ValueDimensionKey;
        const before = current.values.get(dim) ?? [];
        if (sameValues(before, field.value)) continue;
        if (dim === 'type' && field.value.length === 0) {
          this.issue('error', table, row, key, { nl: 'Niet overgenomen: een activiteit heeft een type.', en: 'Not taken: an activity has a type.' });
          continue;
        }
        this.changed.push({ ...at, field: dim, old: joined(before), new: joined(field.value), clause: field.clause, dimension: dim, oldValues: before, newValues: field.value });
        continue;
      }
      const old = current[key as 'description' | 'startYear' | 'reach' | 'reachUnit' | 'reachSource'];
      if (field.value !== old) this.changed.push({ ...at, field: key, old, new: field.value, clause: field.clause });
    }
  }

  removed(table: SheetTable | null): DiffRemoval[] {
    const record = this.file.record;
    if (!table || !table.columns.has('id')) return [];
    if (!record || !record.scans.includes(this.state.scan)) {
      this.issue('warning', null, null, null, {
        nl: 'Het Filter-blad zegt niet welke rijen de export bevatte; rijen die uit het bestand zijn verwijderd worden niet als verwijderd getoond.',
        en: 'The Filter sheet does not record which rows the export held; rows deleted from the file are not shown as removed.',
      });
      return [];
    }
    const out: DiffRemoval[] = [];
    for (const id of record.activities) {
      const a = this.state.activities.get(id);
      if (a && !this.fileIds.has(id)) out.push({ id, initiative: this.state.initiatives.get(a.initiativeId)?.name ?? '', name: a.name });
    }
    return out;
  }
}

export function diffFile(file: RoundtripFile, state: ScanState): RoundtripDiff {
  const d = new Differ(file, state);
  if (file.initiatives) d.initiatives(file.initiatives);
  if (file.activities) d.activities(file.activities);
  const removed = d.removed(file.activities);
  return { scan: state.scan, fileName: file.fileName, added: d.added, changed: d.changed, removed, issues: d.issues, newInitiatives: [...d.creating.values()] };
}

/** The diff as `regioscan diff --json` prints it. */
export function diffJson(diff: RoundtripDiff) {
  return {
    scan: diff.scan,
    added: diff.added.map((a) => ({ initiative: a.initiative, name: a.name })),
    changed: diff.changed.map((c) => ({ id: c.id, field: c.field, old: c.old, new: c.new })),
    removed: diff.removed.map((r) => ({ id: r.id, initiative: r.initiative, name: r.name })),
    issues: diff.issues.map((i) => ({ severity: i.severity, sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i.en })),
  };
}
