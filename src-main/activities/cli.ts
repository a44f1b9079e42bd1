/** `regioscan facets`, `regioscan list` and `regioscan export`: the Activiteiten screen on the command line. */
import { resolve } from 'node:path';
import { DIMENSION_KEYS, dimension, isDimensionKey } from '../../src-shared/codebook';
import { counted } from '../../src-shared/plural';
import { openCliDatabase } from '../cli/database';
import { filterFromOptions } from '../cli/filter-options';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { writeOutputFile } from '../cli/output-file';
import { scanLabels } from '../scans';
import { packageVersion } from '../version';
import { activitiesCsv, activitiesXlsx, buildActivitiesExport } from './export';
import { EXPORT_COLUMNS } from '../../src-shared/export-columns';
import { activityExtras } from './extra-fields';
import { facetCounts } from './facets';
import { queryActivities } from './queries';
import { activityDescriptions } from './repository';
import { exportsDatabase, runDatabaseExport } from '../dbmerge';

const SORTS = ['name', 'initiative', 'scan', 'type', 'geography', 'startYear', 'reach'] as const;
type Sort = (typeof SORTS)[number];
const isSort = (text: string): text is Sort => (SORTS as readonly string[]).includes(text);

export const runFacets: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { flags: ['json'], filter: true });
  const db = await openCliDatabase(values.db);
  try {
    const result = facetCounts(db, { filter: filterFromOptions(db, values) });
    if (values.json) {
      io.out(JSON.stringify({ total: result.total, facets: result.facets }, null, 2) + '\n');
      return 0;
    }
    io.out(`${counted(result.total, 'activity', 'activities')}\n`);
    for (const [key, list] of Object.entries(result.facets)) {
      io.out(`\n${isDimensionKey(key) ? dimension(key).nl : key} (${key})\n`);
      for (const v of list.filter((x) => x.count > 0)) io.out(`  ${String(v.count).padStart(6)}  ${v.code ?? '(unmapped)'}  ${v.label}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
};

export const runList: Subcommand = async (argv, io) => {
  const { values } = parseCommandOptions(argv, { strings: ['sort'], flags: ['json'], filter: true });
  const sort = values.sort;
  if (sort !== undefined && !isSort(sort)) throw new CliUsageError({ nl: `--sort neemt een van ${SORTS.join(', ')}, niet ${typed(sort)}.`, en: `--sort takes one of ${SORTS.join(', ')}, not ${typed(sort)}.` });
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const page = queryActivities(db, { filter, limit: 10_000_000, ...(sort ? { sort } : {}) });
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

/** --columns KEY,KEY: the export's columns by key (ID, Activiteit and Type activiteit always come along). */
function exportColumns(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const keys = text.split(',').map((k) => k.trim()).filter((k) => k !== '');
  const unknown = keys.filter((k) => !EXPORT_COLUMNS.includes(k));
  if (keys.length === 0 || unknown.length > 0) {
    const what = unknown.length > 0 ? unknown.map((k) => typed(k)).join(', ') : typed(text);
    throw new CliUsageError({ nl: `--columns neemt kolommen uit ${EXPORT_COLUMNS.join(', ')}, niet ${what}.`, en: `--columns takes columns from ${EXPORT_COLUMNS.join(', ')}, not ${what}.` });
  }
  return keys;
}

export const runExport: Subcommand = async (argv, io) => {
  // --out FILE.sqlite: the chosen scans as a database to send (src-main/dbmerge).
  if (exportsDatabase(argv)) return runDatabaseExport(argv, io);
  const { values } = parseCommandOptions(argv, { strings: ['out', 'separator', 'columns'], flags: ['english', 'all-columns'], filter: true });
  if (!values.out) throw new CliUsageError({ nl: 'Geef --out BESTAND.xlsx, --out BESTAND.csv of --out BESTAND.sqlite.', en: 'Give --out FILE.xlsx, --out FILE.csv or --out FILE.sqlite.' });
  const out = resolve(values.out);
  const format = out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : out.toLowerCase().endsWith('.csv') ? 'csv' : undefined;
  if (!format) throw new CliUsageError({ nl: `--out moet eindigen op .xlsx, .csv of .sqlite, niet ${typed(values.out)}.`, en: `--out must end in .xlsx, .csv or .sqlite, not ${typed(values.out)}.` });
  const separator = values.separator;
  if (separator !== undefined && separator !== ';' && separator !== ',') throw new CliUsageError({ nl: `--separator neemt ';' of ',', niet ${typed(separator)}.`, en: `--separator takes ';' or ',', not ${typed(separator)}.` });
  const columns = exportColumns(values.columns);
  const lang = values.english ? 'en' : 'nl';
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const exp = buildActivitiesExport(db, filter, lang, { allColumns: values['all-columns'] ?? false, columns });
    const bytes = format === 'csv' ? activitiesCsv(exp, separator ?? ';') : activitiesXlsx(exp, filter, { version: packageVersion(), date: new Date(), lang, scanNames: filter.scans.map(scanLabels(db)) });
    writeOutputFile(out, bytes);
    const left = exp.emptyColumns.length > 0 ? `Left out ${counted(exp.emptyColumns.length, 'empty column', 'empty columns')} (--all-columns keeps them): ${exp.emptyColumns.join(', ')}\n` : '';
    io.out(`Wrote ${counted(exp.activities.rows.length, 'activity', 'activities')} of ${counted(exp.initiatives.rows.length, 'initiative', 'initiatives')} to ${out}\n${exp.words}\n${left}`);
    return 0;
  } finally {
    db.close();
  }
};
