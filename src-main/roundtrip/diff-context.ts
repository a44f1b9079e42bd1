/**
 * What the round trip's diff collects while it reads a file's sheets (diff.ts): the changes, the
 * additions and the issues, and the lookups every sheet needs — a row's ID against the scan, a cell
 * read or reported, an initiative or activity by name.
 */
import { nameKey, type CellValue } from '../import';
import type { DiffAddition, DiffChange, DiffIssue } from './diff-model';
import { readId } from './diff-model';
import { plainText, type Message, type Read } from './normalise';
import type { RoundtripFile, SheetRow, SheetTable } from './read-file';
import type { ScanState, StateActivity } from './state';

export class DiffContext {
  readonly changed: DiffChange[] = [];
  readonly added: DiffAddition[] = [];
  readonly issues: DiffIssue[] = [];
  /** Initiatives by the new name the Initiatieven sheet gives them. */
  readonly renamed = new Map<string, number>();
  /** New initiatives' fields from ID-less Initiatieven rows, by folded name. */
  readonly newFields = new Map<string, { name: string; clauses: string[] }>();
  readonly creating = new Map<string, { name: string; clauses: string[] }>();
  readonly fileIds = new Set<number>();
  /** The scan's initiatives by folded name (several: a name shared by two is no match). */
  private byName: Map<string, number[]> | undefined;
  /** The scan's activities by initiative and folded name. */
  private byActivityName: Map<string, StateActivity> | undefined;

  constructor(
    readonly file: RoundtripFile,
    readonly state: ScanState,
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
  known<T>(table: SheetTable, row: SheetRow, stored: ReadonlyMap<number, T>, seen: Set<number>, kind: { nl: string; en: string }): T | null | 'skip' {
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

  /** A cell's reading: its value, or undefined with an issue (a warning of the reading is an issue too). */
  taken<T>(read: Read<T>, table: SheetTable, row: SheetRow, key: string, raw: CellValue): { value: T } | undefined {
    if (!read.ok) {
      this.issue('error', table, row, key, { nl: `Niet overgenomen: ${read.problem.nl}`, en: `Not taken: ${read.problem.en}` }, raw);
      return undefined;
    }
    if (read.warning) this.issue('warning', table, row, key, read.warning, raw);
    return { value: read.value };
  }

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

  activityNamed(initiative: number, name: string): StateActivity | undefined {
    if (!this.byActivityName) {
      this.byActivityName = new Map();
      for (const a of this.state.activities.values()) this.byActivityName.set(`${a.initiativeId}\u0000${nameKey(a.name)}`, a);
    }
    return this.byActivityName.get(`${initiative}\u0000${nameKey(name)}`);
  }
}
