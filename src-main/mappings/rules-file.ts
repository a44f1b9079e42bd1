/**
 * Mapping rules as a file another database imports (docs/mappings.md): JSON,
 *
 *   { "format": "regioscan-mapping-rules", "version": 1, "exportedAt": "…",
 *     "rules": [ { "kind": "value", "dimension": "sector", "value": "Maakindustrie", "code": "C" },
 *                { "kind": "column", "header": "Doelgroep", "field": "description" } ] }
 *
 * Importing checks EVERY rule before anything is written (an unknown dimension, code or field, a
 * malformed rule: one sentence naming the rule, and the database as it was), then stores them and
 * applies the value rules to the values kept unmapped now — one change group, origin `mapping`.
 */
import { dimension } from '../../src-shared/codebook';
import type { ValueDimensionKey } from '../../src-shared/import-mapping';
import { RULES_FILE_FORMAT, RULES_FILE_VERSION, type RulesImportResult } from '../../src-shared/mappings-model';
import { refreshIndex } from '../activities';
import type { Db } from '../db/open';
import { clip, UserError } from '../errors';
import { withChangeGroup } from '../history';
import { allRules, upsertRule } from './repository';
import { columnTargetOf, headerKey, codeChecker, refusedRule, valueDimension, valueKey } from './resolve';
import { applyValueRule } from './rules';

/** Largest rule file read (bytes) and most rules in one. */
export const RULES_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const RULES_FILE_MAX_RULES = 20_000;

type FileRule = { kind: 'value'; dimension: string; value: string; code: string } | { kind: 'column'; header: string; field: string };

export function exportRules(db: Db): string {
  const rules: FileRule[] = allRules(db).map((r) =>
    r.kind === 'value' ? { kind: 'value', dimension: r.dimension!, value: r.source, code: r.target } : { kind: 'column', header: r.source, field: r.target },
  );
  return JSON.stringify({ format: RULES_FILE_FORMAT, version: RULES_FILE_VERSION, exportedAt: new Date().toISOString(), rules }, null, 2) + '\n';
}

type Checked = { kind: 'value'; dimension: ValueDimensionKey; source: string; key: string; target: string } | { kind: 'column'; source: string; key: string; target: string };

/** A refused file (exit 2 on the command line, like any refused input file). */
function refusedFile(name: string, en: string, nl: string) {
  return new UserError('rules-refused', { en: `${name} cannot be imported: ${en} Nothing was changed.`, nl: `${name} kan niet worden geïmporteerd: ${nl} Er is niets gewijzigd.` });
}

const str = (v: unknown): v is string => typeof v === 'string';

/** Every rule of the file, checked against this database; the first bad one refuses the whole file. */
function checkRules(db: Db, bytes: Buffer, fileName: string): Checked[] {
  const name = `'${clip(fileName, 80)}'`;
  if (bytes.length > RULES_FILE_MAX_BYTES) throw refusedFile(name, `it is larger than ${RULES_FILE_MAX_BYTES / 1024 / 1024} MB.`, `het is groter dan ${RULES_FILE_MAX_BYTES / 1024 / 1024} MB.`);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refusedFile(name, 'it is not a JSON file of mapping rules.', 'het is geen JSON-bestand met koppelregels.');
  }
  const file = data as { format?: unknown; version?: unknown; rules?: unknown } | null;
  if (!file || typeof file !== 'object' || file.format !== RULES_FILE_FORMAT || !Array.isArray(file.rules)) {
    throw refusedFile(name, `it is not a file of mapping rules (no "format": "${RULES_FILE_FORMAT}" with a list of rules).`, `het is geen bestand met koppelregels (geen "format": "${RULES_FILE_FORMAT}" met een lijst regels).`);
  }
  if (typeof file.version !== 'number' || file.version > RULES_FILE_VERSION) {
    throw refusedFile(name, 'it was made by a newer version of Regioscan.', 'het is gemaakt door een nieuwere versie van Regioscan.');
  }
  if (file.rules.length > RULES_FILE_MAX_RULES) throw refusedFile(name, `it holds more than ${RULES_FILE_MAX_RULES} rules.`, `het bevat meer dan ${RULES_FILE_MAX_RULES} regels.`);
  const seen = new Map<string, string>();
  const knownCode = codeChecker(db);
  return file.rules.map((raw: unknown, index): Checked => {
    const at = { en: `rule ${index + 1}`, nl: `regel ${index + 1}` };
    const rule = raw as Record<string, unknown> | null;
    try {
      let checked: Checked;
      if (rule && rule.kind === 'value' && str(rule.dimension) && str(rule.value) && str(rule.code)) {
        const dim = valueDimension(rule.dimension);
        const key = valueKey(rule.value);
        if (!knownCode(dim, rule.code)) throw refusedRule(`'${clip(rule.code)}' is not a code of ${dimension(dim).en}.`, `'${clip(rule.code)}' is geen code van ${dimension(dim).nl}.`);
        checked = { kind: 'value', dimension: dim, source: rule.value.trim(), key, target: rule.code };
      } else if (rule && rule.kind === 'column' && str(rule.header) && str(rule.field)) {
        checked = { kind: 'column', source: rule.header.trim(), key: headerKey(rule.header), target: columnTargetOf(rule.field) };
      } else {
        throw refusedRule(
          'it is neither {"kind": "value", "dimension", "value", "code"} nor {"kind": "column", "header", "field"}.',
          'het is geen {"kind": "value", "dimension", "value", "code"} en geen {"kind": "column", "header", "field"}.',
        );
      }
      const id = `${checked.kind}\u0000${checked.kind === 'value' ? checked.dimension : ''}\u0000${checked.key}`;
      const earlier = seen.get(id);
      if (earlier !== undefined && earlier !== checked.target) throw refusedRule(`the same value has another rule earlier in the file.`, `dezelfde waarde heeft eerder in het bestand een andere regel.`);
      seen.set(id, checked.target);
      return checked;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const reason = { en: error.message.replace(/\.$/, ''), nl: error.nl.replace(/\.$/, '') };
      throw refusedFile(name, `${at.en}: ${reason.en}.`, `${at.nl}: ${reason.nl}.`);
    }
  });
}

/** `regioscan mappings --import FILE` and the screen's import: every rule checked first, then one change group. */
export function importRules(db: Db, bytes: Buffer, fileName: string): RulesImportResult {
  const rules = checkRules(db, bytes, fileName);
  const at = new Date().toISOString();
  const { result, changes } = withChangeGroup(db, { origin: 'mapping', label: `rules from ${clip(fileName, 80)}` }, () => {
    let stored = 0;
    let changed = 0;
    for (const r of rules) {
      const { changed: ruleChanged } = upsertRule(db, { kind: r.kind, dimension: r.kind === 'value' ? r.dimension : null, source: r.source, matchKey: r.key, target: r.target }, at);
      if (ruleChanged) stored += 1;
      if (r.kind === 'value') changed += applyValueRule(db, r.dimension, r.key, r.target).changed;
    }
    return { stored, changed };
  });
  if (changes.group !== null) refreshIndex(db, changes);
  return { stored: result.stored, unchanged: rules.length - result.stored, changed: result.changed, group: changes.group };
}
