/**
 * The geography hierarchy as the user can see and change it: every value with its parent, and
 * placing (or moving) a name that a workbook added under a parent. Codebook entries keep the place
 * the codebook gives them. Names are given as `--where` takes them: code or label.
 */
import { dimension } from '../../src-shared/codebook';
import type { GeographyEntry } from '../../src-shared/model';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { withChangeGroup } from '../history';
import { geographyCounts, invalidateIndex, knownOpenEntries, setGeographyParent } from '../activities';
import { buildMatchers } from '../workbook/matchers';
import { geographyRows, labelOfGeography, makesCycle } from './places';

/** Every geography value, parents before their children (siblings by label). */
export function listGeography(db: Db): GeographyEntry[] {
  const rows = geographyRows(db);
  const counts = geographyCounts(db);
  const codebookOrder = new Map(dimension('geography').values.map((v, i) => [v.code, i]));
  const children = new Map<string | null, string[]>();
  for (const [code, row] of rows) children.set(row.parent, [...(children.get(row.parent) ?? []), code]);
  const order = (a: string, b: string) => (codebookOrder.get(a) ?? 1e9) - (codebookOrder.get(b) ?? 1e9) || labelOfGeography(rows, a).localeCompare(labelOfGeography(rows, b), 'nl');
  const out: GeographyEntry[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const code of (children.get(parent) ?? []).sort(order)) {
      if (seen.has(code)) continue;
      seen.add(code);
      const row = rows.get(code)!;
      out.push({ code, label: labelOfGeography(rows, code), parent: row.parent, fixed: row.kind === 'codebook', activities: counts.get(code) ?? 0 });
      walk(code);
    }
  };
  walk(null);
  return out;
}

/** A geography value by code or label (as `--where` matches it); a name that matches none is a usage error. */
export function resolveGeography(db: Db, text: string): string {
  const rows = geographyRows(db);
  if (rows.has(text)) return text;
  const match = buildMatchers(knownOpenEntries(db)).geography.match(text);
  if (match.kind === 'exact') return match.code;
  const hint = match.kind === 'near' ? { nl: ` (bedoelt u "${match.label}"?)`, en: ` (did you mean "${match.label}"?)` } : { nl: '', en: '' };
  throw new UserError('invalid-geography', {
    nl: `Geen regio heet "${text}"${hint.nl}.`,
    en: `No region is called "${text}"${hint.en}.`,
  });
}

function refuse(nl: string, en: string): never {
  throw new UserError('geography-refused', { nl, en });
}

/**
 * Places `value` under `parent` (`under`: the parent's code). Already there — or, for a codebook
 * entry, already somewhere within `parent` — nothing changes (moved: false).
 */
export function placeGeography(db: Db, value: string, parent: string): { moved: boolean; entry: GeographyEntry; under: string } {
  const code = resolveGeography(db, value);
  const parentCode = resolveGeography(db, parent);
  const rows = geographyRows(db);
  const label = (c: string) => labelOfGeography(rows, c);
  const row = rows.get(code)!;
  const entry = () => listGeography(db).find((e) => e.code === code)!;
  if (row.parent === parentCode) return { moved: false, entry: entry(), under: parentCode };
  const within = code !== parentCode && makesCycle(parentCode, code, (c) => rows.get(c)?.parent);
  if (row.kind === 'codebook' && within) return { moved: false, entry: entry(), under: parentCode };
  if (row.kind === 'codebook') {
    refuse(`"${label(code)}" hoort bij het codeboek; zijn plaats in de hiërarchie ligt vast.`, `"${label(code)}" is part of the codebook; its place in the hierarchy is fixed.`);
  }
  if (code === parentCode || makesCycle(code, parentCode, (c) => rows.get(c)?.parent)) {
    refuse(
      `"${label(code)}" kan niet onder "${label(parentCode)}" staan: "${label(parentCode)}" ligt zelf binnen "${label(code)}".`,
      `"${label(code)}" cannot go under "${label(parentCode)}": "${label(parentCode)}" lies within "${label(code)}".`,
    );
  }
  withChangeGroup(db, { origin: 'edit', label: `${code} → ${parentCode}` }, () => setGeographyParent(db, code, parentCode));
  invalidateIndex(db);
  return { moved: true, entry: entry(), under: parentCode };
}
