/** The filter options shared by facets, list, export, graph…: --scan, --where, --text. */
import { emptyFilter, type Filter } from '../../src-shared/filter';
import type { Db } from '../db/open';
import { parseWhere } from '../query/where';
import { CliUsageError } from './types';

export const FILTER_OPTIONS = {
  scan: { type: 'string', multiple: true },
  where: { type: 'string', multiple: true },
  text: { type: 'string' },
} as const;

export function filterFromOptions(db: Db, values: { scan?: string[]; where?: string[]; text?: string }): Filter {
  const scans = (values.scan ?? []).map((s) => {
    const id = Number(s);
    if (!Number.isInteger(id) || id <= 0) throw new CliUsageError(`--scan takes a scan id (see 'regioscan scans'), not '${s}'.`);
    return id;
  });
  return { ...emptyFilter(scans), conditions: parseWhere(db, values.where ?? []), text: values.text ?? '' };
}
