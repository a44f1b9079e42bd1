/**
 * Where the geography names of an import that have no place in the hierarchy go. A name the
 * importer knows gets its province as proposal (geography's knownProvince); the mapping's place
 * rules come first; other names are left for the user to place (in the preview, on the Importeren
 * screen, or with `regioscan geography place`).
 */
import { foldKey } from '../../src-shared/codebook';
import { importMessage } from '../../src-shared/import-messages';
import type { PlaceRule } from '../../src-shared/import-mapping';
import type { GeographyRow } from '../activities';
import { UserError } from '../errors';
import { knownProvince, labelOfGeography, makesCycle } from '../geography';
import type { ImportIssue } from './issues';

export interface RegionPlan {
  /** The name's geography code (a new name's code is its text). */
  code: string;
  /** Activities of the scan with this geography. */
  count: number;
  /** Where it goes: a parent code, or null (no place yet). */
  parent: string | null;
  /** Why: the user's rule, the importer's knowledge, or nothing (asked). */
  source: 'rule' | 'known' | null;
}

/** The plan for one scan's geography codes that have no place yet (new names, or unplaced ones). */
export function planRegions(known: Map<string, GeographyRow>, codes: ReadonlyMap<string, number>, rules: readonly PlaceRule[]): RegionPlan[] {
  const ruleFor = new Map(rules.map((r) => [foldKey(r.value) || r.value, r.parent]));
  const plans: RegionPlan[] = [];
  for (const [code, count] of codes) {
    const row = known.get(code);
    if (row && (row.kind === 'codebook' || row.parent !== null)) continue;
    const key = foldKey(code) || code;
    if (ruleFor.has(key)) plans.push({ code, count, parent: ruleFor.get(key) ?? null, source: 'rule' });
    else {
      const province = knownProvince(code);
      plans.push({ code, count, parent: province ?? null, source: province ? 'known' : null });
    }
  }
  const planned = new Map(plans.map((p) => [p.code, p]));
  for (const plan of plans) {
    if (plan.parent === null) continue;
    const parent = plan.parent;
    if (!known.has(parent) && !planned.has(parent)) {
      throw new UserError('invalid-mapping', {
        nl: `"${parent}" is geen regio die Regioscan kent; kies een bestaande regio om "${plan.code}" onder te plaatsen.`,
        en: `"${parent}" is not a region Regioscan knows; choose an existing region to place "${plan.code}" under.`,
      });
    }
    if (makesCycle(plan.code, parent, (c) => planned.get(c)?.parent ?? known.get(c)?.parent)) {
      throw new UserError('invalid-mapping', {
        nl: `"${plan.code}" kan niet onder "${parent}" staan: "${parent}" ligt zelf al binnen "${plan.code}".`,
        en: `"${plan.code}" cannot go under "${parent}": "${parent}" already lies within "${plan.code}".`,
      });
    }
  }
  return plans;
}

/** The report says where each placed name went (instead of "not yet placed"). */
export function reportPlaces(issues: ImportIssue[], plans: readonly RegionPlan[], known: Map<string, GeographyRow>): ImportIssue[] {
  const placed = new Map(plans.filter((p) => p.parent !== null).map((p) => [p.code, p.parent!]));
  const said = new Set<string>();
  const out = issues.map((issue) => {
    const parent = issue.code === 'new-region' ? placed.get(String(issue.params.text)) : undefined;
    if (parent === undefined) return issue;
    said.add(String(issue.params.text));
    const params = { text: String(issue.params.text), parent: labelOfGeography(known, parent) };
    return { ...issue, code: 'region-placed' as const, params, message: importMessage('region-placed', params, 'en') };
  });
  for (const [code, parent] of placed) {
    if (said.has(code)) continue;
    const params = { text: code, parent: labelOfGeography(known, parent) };
    out.push({ severity: 'warning', code: 'region-placed', params, message: importMessage('region-placed', params, 'en'), sheet: null, row: null, column: null, value: code });
  }
  return out;
}
