/**
 * The round trip's provider-role and extra-field cells (docs/roundtrip.md): a role column holds the
 * organisations of that role, an unknown column an extra field. A re-save changes nothing — the names
 * in another order, between `;`, `,`, `|`, `/` or line breaks, with other spacing or case are the
 * same organisations — and a real change is written as `--set ROLE=ORG;ORG` or `--set extra.NAME=TEXT`.
 */
import { edit } from '../activities';
import { NAME_MAX, TEXT_MAX } from '../edits';
import { organisations, type CellValue } from '../import';
import type { DiffContext } from './diff-context';
import type { DiffChange } from './diff-model';
import { plainText } from './normalise';
import type { SheetRow, SheetTable } from './read-file';
import type { StateActivity, StateInitiative } from './state';


type At = Pick<DiffChange, 'kind' | 'id' | 'subject' | 'sheet' | 'row'>;

/** Names as a set that ignores order, separators, spacing and case. */
function nameSet(names: readonly string[]): string {
  const parts = names.flatMap((n) => n.split(/[;,|/\n\r]+/)).map((n) => edit.organisationKey(n)).filter(Boolean);
  return [...new Set(parts)].sort().join('\n');
}

/** Names as the history lists them: in name order, joined by `; `; null for none. */
const listed = (names: readonly string[]) => (names.length === 0 ? null : [...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })).join('; '));

/** A role cell's organisations, split as the importer splits them; undefined (with an issue) when a name is too long. */
function roleCell(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue): string[] | undefined {
  const names = organisations(plainText(raw));
  if (names.some((n) => n.length > NAME_MAX)) {
    d.issue('error', table, row, key, { nl: `Niet overgenomen: de naam van een organisatie is langer dan ${NAME_MAX} tekens.`, en: `Not taken: an organisation's name is longer than ${NAME_MAX} characters.` }, raw);
    return undefined;
  }
  return names;
}

function extraText(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue): string | undefined {
  const text = plainText(raw);
  if (text.length <= TEXT_MAX) return text;
  d.issue('error', table, row, key, { nl: `Niet overgenomen: de tekst is langer dan ${TEXT_MAX} tekens.`, en: `Not taken: the text is longer than ${TEXT_MAX} characters.` }, raw);
  return undefined;
}

/** The `--set` clause of a new activity's role or extra cell; undefined for an empty or refused cell. */
export function additionClause(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue): string | undefined {
  if (key.startsWith('role:')) {
    const names = roleCell(d, table, row, key, raw);
    return names?.length ? `${key.slice('role:'.length)}=${names.join(';')}` : undefined;
  }
  const text = extraText(d, table, row, key, raw);
  return text ? `extra.${key.slice('extra:'.length)}=${text}` : undefined;
}

/** An activity's role cell against the organisations it has in that role. */
export function compareRole(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue, current: StateActivity, at: At): void {
  const role = key.slice('role:'.length);
  const before = current.roles.get(role) ?? [];
  if (nameSet(organisations(plainText(raw))) === nameSet(before)) return;
  const names = roleCell(d, table, row, key, raw);
  if (names) d.changed.push({ ...at, field: role, old: listed(before), new: listed(names), clause: `${role}=${names.join(';')}` });
}

/**
 * An activity's extra cell: the export shows the activity's own value, else its initiative's. A
 * changed own value (or a new one) is the activity's; a value the initiative gives is changed on the
 * Initiatieven sheet, so a change to it here is an issue.
 */
export function compareActivityExtra(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue, current: StateActivity, at: At): void {
  const name = key.slice('extra:'.length);
  const own = current.extras.get(name);
  const inherited = current.initiativeExtras.get(name);
  if (plainText(raw) === plainText(own ?? inherited ?? null)) return;
  if (own === undefined && inherited !== undefined) {
    d.issue('warning', table, row, key, { nl: 'Niet overgenomen: dit extra veld is van het initiatief; u verandert het op het blad Initiatieven.', en: 'Not taken: this extra field is the initiative’s; change it on the Initiatieven sheet.' }, raw);
    return;
  }
  const text = extraText(d, table, row, key, raw);
  if (text !== undefined) d.changed.push({ ...at, field: `extra.${name}`, old: own ?? null, new: text || null, clause: `extra.${name}=${text}` });
}

/** An initiative's extra cell on the Initiatieven sheet (`clear`: an empty cell clears it). */
export function compareInitiativeExtra(d: DiffContext, table: SheetTable, row: SheetRow, key: string, raw: CellValue, current: StateInitiative, clear: boolean): void {
  const name = key.slice('extra:'.length);
  const own = current.extras.get(name);
  if (plainText(raw) === plainText(own ?? null) || (!clear && plainText(raw) === '')) return;
  const text = extraText(d, table, row, key, raw);
  if (text !== undefined) d.changed.push({ kind: 'initiative', id: current.id, subject: current.name, field: `initiative.extra.${name}`, old: own ?? null, new: text || null, clause: `extra.${name}=${text}`, sheet: table.sheet, row: row.row });
}
