import { openCliDatabase } from './database';
import { DIMENSION_KEYS } from '../../src-shared/codebook';
import type { Db } from '../db/open';
import { queryActivities } from '../query/activities';
import { activityExtras } from '../query/extra-fields';
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
      const ids = page.rows.map((r) => r.id);
      const extras = activityExtras(db, ids);
      const descriptions = activityDescriptions(db, ids);
      const rows = page.rows.map((r) => {
        const out: Record<string, unknown> = { id: r.id, name: r.name, initiative: r.initiative, scan: r.scan, description: descriptions.get(r.id) ?? null };
        for (const key of DIMENSION_KEYS) if (key !== 'scan') out[key] = (r.values[key] ?? []).map((v) => v.code ?? v.label);
        out.reach = r.reach;
        out.startYear = r.startYear;
        // Object.fromEntries makes own keys, also for a column headed "__proto__".
        out.extra = Object.fromEntries((extras.get(r.id) ?? []).map((e) => [e.name, e.value]));
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

function activityDescriptions(db: Db, ids: readonly number[]): Map<number, string | null> {
  const out = new Map<number, string | null>();
  for (let i = 0; i < ids.length; i += 5000) {
    const chunk = ids.slice(i, i + 5000);
    for (const r of db.prepare(`SELECT id, description FROM activity WHERE id IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as { id: number; description: string | null }[]) out.set(r.id, r.description);
  }
  return out;
}
