/**
 * `regioscan map`, `unmap` and `mappings` (docs/mappings.md). A mapping is one change group (origin
 * mapping) that `regioscan undo` takes back; a rule or file that names nothing is one sentence on
 * stderr (exit 2) and the database as it was.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { withCliDatabase } from '../cli/database';
import { readInputFile } from '../import';
import { CliUsageError, type Subcommand } from '../cli/types';
import { parseCommandOptions } from '../cli/options';
import { UserError } from '../errors';
import { counted } from '../../src-shared/plural';
import { exportRules, importRules } from './rules-file';
import { listRules, mapValue, unmapValue } from './rules';
import { dimensionName, unmappedValues } from './unmapped';

export const runMap: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  if (positionals.length !== 3) throw new CliUsageError({ nl: 'Geef DIMENSIE, "WAARDE" en CODE.', en: 'Give DIM, "VALUE" and CODE.' });
  const [dim, value, code] = positionals as [string, string, string];
  const result = await withCliDatabase(values.db, (db) => mapValue(db, { dimension: dim, value, code }));
  if (values.json) {
    io.out(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const r = result.rule;
  const what = r.kind === 'value' ? `${r.dimension} "${r.value}" → ${r.target} (${r.targetLabel})` : `column "${r.value}" → ${r.target} (${r.targetLabel})`;
  io.out(`Mapped ${what}: rule stored; ${counted(result.changed, 'activity', 'activities')} changed`);
  if (result.skipped > 0) io.out(`, ${counted(result.skipped, 'activity', 'activities')} kept unmapped (they have a ${r.dimension} already)`);
  io.out(result.group !== null ? ` (change group ${result.group}; 'regioscan undo' undoes it).\n` : '.\n');
  return 0;
};

export const runUnmap: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { flags: ['json'] }, true);
  if (positionals.length !== 2) throw new CliUsageError({ nl: 'Geef DIMENSIE en "WAARDE".', en: 'Give DIM and "VALUE".' });
  const [dim, value] = positionals as [string, string];
  const result = await withCliDatabase(values.db, (db) => unmapValue(db, { dimension: dim, value }));
  if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
  else io.out(`Removed the rule ${result.removed.dimension ?? 'column'} "${result.removed.value}" → ${result.removed.target}; activities keep their code (change group ${result.group}).\n`);
  return 0;
};

export const runMappings: Subcommand = async (argv, io) => {
  const { values, positionals } = parseCommandOptions(argv, { strings: ['export', 'import'], flags: ['json'] });
  if (positionals.length > 0) throw new CliUsageError({ nl: 'mappings neemt geen losse argumenten.', en: 'mappings takes no bare arguments.' });
  if (values.export !== undefined && values.import !== undefined) throw new CliUsageError({ nl: 'Kies één van --export en --import.', en: 'Choose one of --export and --import.' });
  if (values.import !== undefined) {
    const path = resolve(values.import);
    const bytes = readInputFile(path);
    const result = await withCliDatabase(values.db, (db) => importRules(db, bytes, basename(path)));
    if (values.json) io.out(JSON.stringify(result, null, 2) + '\n');
    else io.out(`Imported ${counted(result.stored, 'rule', 'rules')} (${result.unchanged} already there); ${counted(result.changed, 'activity', 'activities')} mapped${result.group !== null ? ` (change group ${result.group}; 'regioscan undo' undoes it)` : ''}.\n`);
    return 0;
  }
  if (values.export !== undefined) {
    const path = resolve(values.export);
    const text = await withCliDatabase(values.db, (db) => exportRules(db));
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new UserError('export-failed', { nl: `${path} kan niet worden geschreven.`, en: `${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).` });
    }
    const count = (JSON.parse(text) as { rules: unknown[] }).rules.length;
    if (values.json) io.out(JSON.stringify({ file: path, rules: count }, null, 2) + '\n');
    else io.out(`Wrote ${counted(count, 'rule', 'rules')} to ${path}.\n`);
    return 0;
  }
  const { rules, unmapped } = await withCliDatabase(values.db, (db) => ({ rules: listRules(db), unmapped: unmappedValues(db) }));
  if (values.json) {
    io.out(JSON.stringify({ rules, unmapped }, null, 2) + '\n');
    return 0;
  }
  io.out(`${counted(rules.length, 'rule', 'rules')}:\n`);
  for (const r of rules) io.out(`  ${r.kind === 'value' ? r.dimension : 'column'}  "${r.value}" → ${r.target} (${r.targetLabel})\n`);
  io.out(`${counted(unmapped.length, 'unmapped value', 'unmapped values')}:\n`);
  for (const u of unmapped) {
    const where = u.origins.map((o) => `scan ${o.scan}${o.sheet ? `, sheet ${o.sheet}` : ''}${o.column ? `, column ${o.column}` : ''}: ${o.count}`).join('; ');
    io.out(`  ${dimensionName(u.dimension, 'en')}  "${u.value}"  ${counted(u.count, 'activity', 'activities')}${where ? `  (${where})` : ''}\n`);
  }
  return 0;
};
