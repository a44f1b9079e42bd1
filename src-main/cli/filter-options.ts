/** The filter options shared by facets, list, export, graph…: --scan, --where, --text. */
import { emptyFilter, type Filter } from '../../src-shared/filter';
import { searchTextSchema } from '../../src-shared/filter-schema';
import { searchTextIssue } from '../validation';
import type { Db } from '../db/open';
import { parseWhere } from '../activities';
import { listSavedFilters } from '../filters';
import { CliUsageError, typed } from './types';

export const FILTER_OPTIONS = {
  scan: { type: 'string', multiple: true },
  where: { type: 'string', multiple: true },
  text: { type: 'string' },
  filter: { type: 'string' },
} as const;

/**
 * --filter NAME starts from a saved filter; --where adds conditions (AND), --scan and --text
 * replace the saved filter's scans and text when given.
 */
export function filterFromOptions(db: Db, values: { scan?: string[]; where?: string[]; text?: string; filter?: string }): Filter {
  const scans = (values.scan ?? []).map((s) => {
    const id = Number(s);
    if (!Number.isInteger(id) || id <= 0) throw new CliUsageError({ nl: `--scan neemt een scan-id (zie 'regioscan scans'), niet ${typed(s)}.`, en: `--scan takes a scan id (see 'regioscan scans'), not ${typed(s)}.` });
    return id;
  });
  let base = emptyFilter();
  if (values.filter !== undefined) {
    const saved = listSavedFilters(db).find((f) => f.name.toLowerCase() === values.filter!.toLowerCase());
    if (!saved) throw new CliUsageError({ nl: `Er is geen opgeslagen filter met de naam ${typed(values.filter)}.`, en: `There is no saved filter named ${typed(values.filter)}.` });
    base = saved.filter;
  }
  const text = values.text ?? base.text;
  // The same cap and the same sentence as the app's search box (and never the text itself echoed).
  const search = searchTextIssue(searchTextSchema.safeParse(text).error?.issues[0]);
  if (search) throw search;
  return {
    ...base,
    scans: scans.length > 0 ? scans : base.scans,
    conditions: [...base.conditions, ...parseWhere(db, values.where ?? [])],
    text,
  };
}
