/**
 * Which fields a publication carries. Public by default: names, descriptions, websites, the coded
 * dimensions, geography, organisations and their roles. Everything else — reach, start years, the
 * scan's notes (who performed it, its sources), and every extra column the import kept (contact
 * persons, phone numbers, internal remarks…) — only when the publisher names it: `reach`,
 * `startYear`, `notes`, `extra` (every extra column) or an extra column by its header.
 */
import { foldKey } from '../../src-shared/codebook';
import { OPTIONAL_FIELDS, type OptionalField } from '../../src-shared/site-model';
import { clip, UserError } from '../errors';

export interface FieldChoice {
  optional: ReadonlySet<OptionalField>;
  /** The extra columns published (their headers as the database holds them). */
  extra: ReadonlySet<string>;
  /** What the manifest and the site list: the optional field names, then the extra columns. */
  names: string[];
}

export const NO_FIELDS: FieldChoice = { optional: new Set(), extra: new Set(), names: [] };

/** The words a list such as `--fields reach,Contactpersoon` names (commas split, repeats allowed). */
export function splitFieldList(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/**
 * The fields named, checked against what exists: every optional field name, and the extra columns of
 * the scans being published. A name that is neither is refused with the list of names there are.
 */
export function chooseFields(requested: readonly string[], extraColumns: readonly string[]): FieldChoice {
  const optional = new Set<OptionalField>();
  const extra = new Set<string>();
  const byFold = new Map(extraColumns.map((name) => [foldKey(name), name]));
  for (const word of requested) {
    const field = OPTIONAL_FIELDS.find((f) => f.toLowerCase() === word.toLowerCase());
    if (field) {
      optional.add(field);
      continue;
    }
    const column = extraColumns.includes(word) ? word : byFold.get(foldKey(word));
    if (column !== undefined) {
      extra.add(column);
      continue;
    }
    const there = [...OPTIONAL_FIELDS, ...extraColumns].map((n) => `'${clip(n, 40)}'`).join(', ');
    throw new UserError('invalid-fields', {
      nl: `Het veld '${clip(word)}' bestaat niet; te kiezen zijn ${there}.`,
      en: `There is no field '${clip(word)}'; the fields are ${there}.`,
    });
  }
  if (optional.has('extra')) for (const name of extraColumns) extra.add(name);
  const names = [...OPTIONAL_FIELDS.filter((f) => optional.has(f) && f !== 'extra'), ...extraColumns.filter((n) => extra.has(n))];
  return { optional, extra, names };
}
