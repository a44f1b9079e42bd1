import { openCliDatabase } from '../cli/database';
import { basename, resolve } from 'node:path';
import { dimension, resolveDimension } from '../../src-shared/codebook';
import { COLUMN_TARGETS, VALUE_DIMENSION_KEYS, isColumnTarget, type ColumnTarget, type ImportMapping, type ValueDimensionKey } from '../../src-shared/import-mapping';
import { clip, UserError } from '../errors';
import type { Db } from '../db/open';
import { plainColumn, targetOfSpec } from './fields';
import { buildMatchers } from '../workbook/matchers';
import { knownOpenEntries } from '../activities';
import { resolveGeography } from '../geography';
import { backupBeforeWrite } from '../db/backups';
import { assertWritable } from '../db/health';
import type { ImportIssue } from './issues';
import { commitImport, findExisting, importTargets, prepareImport } from './pipeline';
import { readInputFile } from './file-size';
import { countOrganisations } from './preview';
import { appliedRules } from './applied-rules';
import { CliUsageError, typed, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { counted } from '../../src-shared/plural';
import { importsDatabase, runDatabaseImport } from '../dbmerge';

function issueJson(i: ImportIssue) {
  return { severity: i.severity, sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i.message };
}

export const runImport: Subcommand = async (argv, io) => {
  // A .sqlite file (by its name or its first bytes) is a database to merge (src-main/dbmerge).
  if (importsDatabase(argv)) return runDatabaseImport(argv, io);
  const { values, positionals } = parseCommandOptions(argv, { strings: ['region', 'year'], flags: ['replace', 'keep-both', 'dry-run', 'json'], lists: ['map-column', 'map-value', 'place'] }, true);
  if (positionals.length !== 1) throw new CliUsageError({ nl: 'Geef precies één BESTAND om te importeren.', en: 'Give exactly one FILE to import.' });
  if (values.replace && values['keep-both']) throw new CliUsageError({ nl: 'Kies één van --replace en --keep-both.', en: 'Choose one of --replace and --keep-both.' });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2100)) throw new CliUsageError({ nl: `--year neemt een jaartal zoals 2022, niet ${typed(String(values.year))}.`, en: `--year takes a year such as 2022, not ${typed(String(values.year))}.` });
  const path = resolve(positionals[0]!);
  const bytes = readInputFile(path);
  const db = await openCliDatabase(values.db);
  try {
    // A damaged database is not written to (a dry run only reads).
    if (!values['dry-run']) assertWritable(db);
    const mapping = mappingFromOptions(db, values);
    const prepared = await prepareImport(db, bytes, basename(path), { ...(values.region ? { region: values.region } : {}), ...(year ? { year } : {}), mapping });
    const conflicts = prepared.scans.map((s) => ({ scan: s, existing: findExisting(db, s.data) })).filter((c) => c.existing);
    if (!values['dry-run'] && conflicts.length > 0 && !values.replace && !values['keep-both']) {
      const c = conflicts[0]!;
      const scan = `${clip(c.scan.data.scan.region, 80)}${c.scan.data.scan.year ? ` ${c.scan.data.scan.year}` : ''}`;
      throw new CliUsageError({
        nl: `Er is al een scan voor ${scan} (id ${c.existing!.id}); voeg --replace toe om die te vervangen of --keep-both om beide te houden.`,
        en: `A scan for ${scan} exists already (id ${c.existing!.id}); add --replace to replace it or --keep-both to keep both.`,
      });
    }
    // The scans to replace are the ones just checked, carried to the commit (not looked up again after the backup).
    const targets = importTargets(db, prepared, () => (values.replace ? 'replace' : 'keep-both'));
    if (!values['dry-run']) await backupBeforeWrite(db, 'before-import');
    const results = values['dry-run'] ? undefined : commitImport(db, prepared, targets);
    const reports = prepared.scans.map((s, i) => {
      const result = results?.[i];
      const organisations = countOrganisations(s.data);
      return {
        scan: { id: result?.scanId ?? null, region: s.data.scan.region, year: s.data.scan.year, title: s.data.scan.title },
        counts: result?.counts ?? { activities: s.data.activities.length, initiatives: s.data.initiatives.length, organisations },
        columns: s.columns.map((c) => ({ header: c.header, target: c.target, found: c.found, values: c.values })),
        regions: (s.regions ?? []).map((r) => ({ name: r.code, activities: r.count, parent: r.parent, source: r.source })),
        rules: appliedRules(s, prepared.mapping, prepared.stored),
        issues: (result?.issues ?? s.issues).map(issueJson),
      };
    });
    if (values.json) {
      io.out(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
    } else {
      for (const r of reports) {
        const bySeverity = (s: string) => r.issues.filter((i) => i.severity === s).length;
        io.out(
          `${values['dry-run'] ? 'Would import' : `Imported scan ${r.scan.id}:`} ${r.scan.title} (${r.scan.region}${r.scan.year ? ` ${r.scan.year}` : ''}) — ` +
            `${counted(r.counts.initiatives, 'initiative', 'initiatives')}, ${counted(r.counts.activities, 'activity', 'activities')}, ${counted(r.counts.organisations, 'organisation', 'organisations')}; ` +
            `${counted(bySeverity('error'), 'error', 'errors')}, ${counted(bySeverity('warning'), 'warning', 'warnings')}, ${counted(bySeverity('unmapped'), 'unmapped value', 'unmapped values')}.\n`,
        );
        for (const rule of r.rules) {
          const what = rule.kind === 'value' ? `${rule.dimension} "${rule.value}" → ${rule.target}` : `column "${rule.value}" → ${rule.target}`;
          io.out(`  rule     ${what}: ${counted(rule.cells, 'cell', 'cells')}${rule.stored ? '' : values['dry-run'] ? ' (this import\'s own mapping)' : ' (this import\'s own mapping, stored as a rule)'}\n`);
        }
        for (const i of r.issues) io.out(`  ${i.severity.padEnd(8)} ${[i.sheet, i.row, i.column].filter((x) => x !== null).join(' ')}: ${i.message}\n`);
      }
    }
    return 0;
  } finally {
    db.close();
  }
};

/** "HEADER=TARGET", "DIM:VALUE=CODE", "NAME=PARENT": split at the last "=" (a header may hold one). */
function pair(option: string, text: string, shape: string): [string, string] {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw new CliUsageError({ nl: `${option} neemt ${shape}, niet ${typed(text)}.`, en: `${option} takes ${shape}, not ${typed(text)}.` });
  return [text.slice(0, at).trim(), text.slice(at + 1).trim()];
}

/** A column target as a person types it: a target key, 'extra', or any header or dimension name the importer knows. */
function columnTarget(text: string): ColumnTarget {
  if (isColumnTarget(text)) return text;
  const spec = plainColumn(text);
  if (spec) return targetOfSpec(spec);
  throw new CliUsageError({
    nl: `--map-column: ${typed(text)} is geen kolom die de import kent; gebruik een kop zoals Omschrijving, Sector of Financier, of een van ${COLUMN_TARGETS.join(', ')}.`,
    en: `--map-column: ${typed(text)} is no column the importer knows; use a header such as Omschrijving, Sector or Financier, or one of ${COLUMN_TARGETS.join(', ')}.`,
  });
}

/** --map-column, --map-value and --place as the mapping object the app's preview sends. */
function mappingFromOptions(db: Db, values: { 'map-column'?: string[]; 'map-value'?: string[]; place?: string[] }): ImportMapping {
  const columns = (values['map-column'] ?? []).map((text) => {
    const [header, target] = pair('--map-column', text, '"HEADER=TARGET"');
    return { header, target: columnTarget(target) };
  });
  const matchers = values['map-value']?.length ? buildMatchers(knownOpenEntries(db)) : undefined;
  const valueRules = (values['map-value'] ?? []).map((text) => {
    const colon = text.indexOf(':');
    const key = colon > 0 ? resolveDimension(text.slice(0, colon)) : undefined;
    if (!key || !(VALUE_DIMENSION_KEYS as readonly string[]).includes(key)) {
      throw new CliUsageError({
        nl: `--map-value neemt "DIMENSIE:WAARDE=CODE" met een dimensie zoals sector of type, niet ${typed(text)}.`,
        en: `--map-value takes "DIMENSION:VALUE=CODE" with a dimension such as sector or type, not ${typed(text)}.`,
      });
    }
    const dim = key as ValueDimensionKey;
    const [value, codeText] = pair('--map-value', text.slice(colon + 1), '"DIMENSION:VALUE=CODE"');
    const match = matchers![dim].match(codeText);
    if (match.kind !== 'exact') {
      const near = match.kind === 'near' ? match.label : undefined;
      throw new CliUsageError({
        nl: `--map-value: ${typed(codeText)} is geen waarde van ${dimension(dim).nl}${near ? ` (bedoelt u '${near}'?)` : ''}.`,
        en: `--map-value: ${typed(codeText)} is no value of ${dimension(dim).en}${near ? ` (did you mean '${near}'?)` : ''}.`,
      });
    }
    return { dimension: dim, value, code: match.code };
  });
  const places = (values.place ?? []).map((text) => {
    const [value, parent] = pair('--place', text, '"NAME=PARENT"');
    if (parent === '') return { value, parent: null };
    // A parent may also be a new name of the same file: the importer checks it when it reads the file.
    let code = parent;
    try {
      code = resolveGeography(db, parent);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
    return { value, parent: code };
  });
  return { columns, values: valueRules, places };
}
