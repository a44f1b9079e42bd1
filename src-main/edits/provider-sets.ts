/**
 * `--set` for an activity's organisations per provider role and for extra fields (docs/history.md):
 * `ROLE=ORG[;ORG…]` takes a role by its code, its Dutch or English label or the workbook's column
 * name (`uitvoerder`, `Uitvoerder`, `Uitvoerders`, `Implementer`), as `--where role=` knows roles, and
 * the organisations' names separated by `;`; `extra.NAME=TEXT` sets an extra field. An empty value
 * clears. The history records them under the same keys: the role code and `extra.<name>`.
 */
import { foldKey, ROLES } from '../../src-shared/codebook';
import { tidySpaces } from '../../src-shared/import-mapping';
import { edit } from '../activities';
import type { Db } from '../db/open';
import { clip } from '../errors';
import { plainColumn } from '../import';
import { NAME_MAX, refused, text } from './checks';

export type ProviderSet = { kind: 'providers'; role: string; names: string[] };
export type ExtraSet = { kind: 'extra'; name: string; value: string | null };

const ORGANISATIONS_MAX = 200;
const EXTRA_NAME_MAX = 200;

/** The role code a --set key names, if it names one. */
export function roleOf(key: string): string | undefined {
  const folded = foldKey(key);
  const byLabel = ROLES.find((r) => [r.code, r.nl, r.en, ...(r.aliases ?? [])].some((n) => foldKey(n) === folded));
  if (byLabel) return byLabel.code;
  const column = plainColumn(key);
  return column?.kind === 'providerRole' ? column.role : undefined;
}

/** The organisations of one role as checked names: tidied, each once (case and spacing aside). */
export function providerNames(role: string, names: readonly string[]): ProviderSet {
  const out = new Map<string, string>();
  for (const raw of names) {
    const name = tidySpaces(raw);
    if (name === '') continue;
    if (name.length > NAME_MAX) throw refused(`an organisation's name is longer than ${NAME_MAX} characters.`, `de naam van een organisatie is langer dan ${NAME_MAX} tekens.`);
    const key = edit.organisationKey(name);
    if (!out.has(key)) out.set(key, name);
  }
  if (out.size > ORGANISATIONS_MAX) throw refused(`${role} takes at most ${ORGANISATIONS_MAX} organisations.`, `${role} heeft hoogstens ${ORGANISATIONS_MAX} organisaties.`);
  return { kind: 'providers', role, names: [...out.values()] };
}

/** `ROLE=ORG;ORG` → the set; an empty value leaves the role without organisations. */
export function providerClause(role: string, value: string): ProviderSet {
  return providerNames(role, value.split(';'));
}

/** The extra field a --set key names (`extra.NAME`), if it names one. */
export function extraName(key: string): string | undefined {
  if (!/^extra\./i.test(key)) return undefined;
  const name = tidySpaces(key.slice('extra.'.length));
  if (name === '' || name.length > EXTRA_NAME_MAX || /[\p{Cc}]/u.test(name)) {
    throw refused(`extra.NAME takes a name of 1 to ${EXTRA_NAME_MAX} characters, not '${clip(key)}'.`, `extra.NAAM verwacht een naam van 1 tot ${EXTRA_NAME_MAX} tekens, niet '${clip(key)}'.`);
  }
  return name;
}

export function extraSet(name: string, value: string): ExtraSet {
  return { kind: 'extra', name, value: text(`extra.${name}`, value, false) };
}

/**
 * The name an extra field is stored under: the spelling the row already has (case aside), else one
 * the scan's rows have, else as given, so `extra.contact` changes the column `Contact`.
 */
export function storedExtraName(db: Db, owner: edit.ExtraOwner, id: number, scan: number, name: string): string {
  const fold = (n: string) => tidySpaces(n).toLowerCase();
  // An array, not the Map's key iterator: the second search must see the names the first one read.
  const same = (names: readonly string[]) => names.find((n) => n === name) ?? names.find((n) => fold(n) === fold(name));
  return same([...edit.ownExtras(db, owner, id).keys()]) ?? same(edit.extraNamesOfScan(db, owner, scan)) ?? name;
}

/** The key a set is recorded under, to refuse the same one twice. */
export const setKey = (set: ProviderSet | ExtraSet) => (set.kind === 'providers' ? set.role : `extra.${set.name.toLowerCase()}`);
