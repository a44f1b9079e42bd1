import { openCliDatabase } from './database';
import { UserError } from '../errors';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { activitiesCsv, activitiesXlsx, buildActivitiesExport } from '../export/activities-export';
import { scanLabel } from '../query/activities';
import { packageVersion } from '../version';
import { FILTER_OPTIONS, filterFromOptions } from './filter-options';
import { CliUsageError, parseOptions, typed, type Subcommand } from './types';
import { counted } from '../../src-shared/plural';

export const runExport: Subcommand = async (argv, io) => {
  const { values } = parseOptions(argv, { db: { type: 'string' }, out: { type: 'string' }, separator: { type: 'string' }, english: { type: 'boolean' }, ...FILTER_OPTIONS });
  if (!values.out) throw new CliUsageError({ nl: 'Geef --out BESTAND.xlsx of --out BESTAND.csv.', en: 'Give --out FILE.xlsx or --out FILE.csv.' });
  const out = resolve(values.out);
  const format = out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : out.toLowerCase().endsWith('.csv') ? 'csv' : undefined;
  if (!format) throw new CliUsageError({ nl: `--out moet eindigen op .xlsx of .csv, niet ${typed(values.out)}.`, en: `--out must end in .xlsx or .csv, not ${typed(values.out)}.` });
  if (values.separator !== undefined && values.separator !== ';' && values.separator !== ',') throw new CliUsageError({ nl: `--separator neemt ';' of ',', niet ${typed(values.separator)}.`, en: `--separator takes ';' or ',', not ${typed(values.separator)}.` });
  const lang = values.english ? 'en' : 'nl';
  const db = await openCliDatabase(values.db);
  try {
    const filter = filterFromOptions(db, values);
    const exp = buildActivitiesExport(db, filter, lang);
    const scanNames = filter.scans.map((id) => {
      const s = db.prepare('SELECT region, year FROM scan WHERE id = ?').get(id) as { region: string; year: number | null } | undefined;
      return s ? scanLabel(s.region, s.year) : `#${id}`;
    });
    const bytes = format === 'csv' ? activitiesCsv(exp, (values.separator as ';' | ',' | undefined) ?? ';') : activitiesXlsx(exp, filter, { version: packageVersion(), date: new Date(), lang, scanNames });
    try {
      writeFileSync(out, bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new UserError('export-not-written', { nl: `${out} kan niet worden geschreven (${reason}).`, en: `${out} cannot be written (${reason}).` });
    }
    io.out(`Wrote ${counted(exp.activities.rows.length, 'activity', 'activities')} of ${counted(exp.initiatives.rows.length, 'initiative', 'initiatives')} to ${out}\n${exp.words}\n`);
    return 0;
  } finally {
    db.close();
  }
};
