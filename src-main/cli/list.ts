import { openCliDatabase } from './database';
import { DIMENSION_KEYS } from '../../src-shared/codebook';
import { queryActivities } from '../query/activities';
import { FILTER_OPTIONS, filterFromOptions } from './filter-options';
import { CliUsageError, parseOptions, typed, type Subcommand } from './types';
import { counted } from '../../src-shared/plural';

const SORTS = ['name', 'initiative', 'scan', 'type', 'geography', 'startYear', 'reach'] as const;

export const runList: Subcommand = async (argv, io) => {
  const { values } = parseOptions(argv, { db: { type: 'string' }, json: { type: 'boolean' }, sort: { type: 'string' }, ...FILTER_OPTIONS });
  if (values.sort !== undefined && !(SORTS as readonly string[]).includes(values.sort)) throw new CliUsageError({ nl: `--sort neemt een van ${SORTS.join(', ')}, niet ${typed(values.sort)}.`, en: `--sort takes one of ${SORTS.join(', ')}, not ${typed(values.sort)}.` });
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const page = queryActivities(db, { filter, limit: 10_000_000, ...(values.sort ? { sort: values.sort as (typeof SORTS)[number] } : {}) });
    if (values.json) {
      const rows = page.rows.map((r) => {
        const out: Record<string, unknown> = { id: r.id, name: r.name, initiative: r.initiative, scan: r.scan };
        for (const key of DIMENSION_KEYS) if (key !== 'scan') out[key] = (r.values[key] ?? []).map((v) => v.code ?? v.label);
        out.reach = r.reach;
        out.startYear = r.startYear;
        return out;
      });
      io.out(JSON.stringify(rows, null, 2) + '\n');
      return 0;
    }
    io.out(`${counted(page.total, 'activity', 'activities')}\n`);
    for (const r of page.rows) io.out(`${String(r.id).padStart(6)}  ${r.initiative} — ${r.name}  [${(r.values.type ?? []).map((v) => v.label).join(', ')}]  ${r.scan}\n`);
    return 0;
  } finally {
    db.close();
  }
};
