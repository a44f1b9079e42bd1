/**
 * The published data with the lookups every view needs: values by code per dimension, the geography
 * tree (each region with everything below it, and its ancestors), and each activity's words for the
 * search. Pure: no DOM, so the unit tests run it against the app's own answers.
 */
import type { SiteData, SiteDimension, SiteDimensionDef } from '../src-shared/site-model';
import { searchableText } from './search';

export interface SiteIndex {
  data: SiteData;
  dims: Map<SiteDimension, SiteDimensionDef>;
  /** Per dimension: code (as the data spells it) → value index. */
  byCode: Map<SiteDimension, Map<string, number>>;
  /** Geography value → itself and every value below it. */
  geographyBelow: Set<number>[];
  /** Geography value → its ancestors, nearest first. */
  geographyAbove: number[][];
  /** Geography value → depth in the tree (0 at the top). */
  geographyDepth: number[];
  /** Per activity: its searchable words, folded, each preceded by a space. */
  words: string[];
  /** Per initiative: its organisations with the roles they hold in any of its activities. */
  organisations: { organisation: number; roles: string[] }[][];
}

export function buildIndex(data: SiteData): SiteIndex {
  const dims = new Map(data.dimensions.map((d) => [d.key, d]));
  const byCode = new Map(data.dimensions.map((d) => [d.key, new Map(d.values.map((v, i) => [v.code, i]))]));
  const geography = dims.get('geography')?.values ?? [];
  const geoCodes = byCode.get('geography') ?? new Map<string, number>();
  const parentOf = geography.map((v) => (v.parent !== undefined ? geoCodes.get(v.parent) : undefined));
  const geographyAbove = geography.map((_, i) => {
    const chain: number[] = [];
    for (let p = parentOf[i]; p !== undefined && !chain.includes(p) && p !== i; p = parentOf[p]) chain.push(p);
    return chain;
  });
  const geographyBelow = geography.map((_, i) => new Set([i]));
  geographyAbove.forEach((chain, i) => chain.forEach((p) => geographyBelow[p]!.add(i)));
  const words = data.activities.map((a) => {
    const i = data.initiatives[a.initiative]!;
    return searchableText([a.name, a.description, i.name, i.description, ...(a.extra ?? []).map((e) => e.value), ...(i.extra ?? []).map((e) => e.value)]);
  });
  const organisations = data.initiatives.map((initiative) => {
    const byOrg = new Map<number, Set<string>>();
    for (const a of initiative.activities) {
      for (const p of data.activities[a]!.providers) {
        const roles = byOrg.get(p.organisation) ?? new Set<string>();
        p.roles.forEach((r) => roles.add(r));
        byOrg.set(p.organisation, roles);
      }
    }
    return [...byOrg].sort((x, y) => x[0] - y[0]).map(([organisation, roles]) => ({ organisation, roles: [...roles] }));
  });
  return { data, dims, byCode, geographyBelow, geographyAbove, geographyDepth: geographyAbove.map((c) => c.length), words, organisations };
}

/** A value's label in the language asked, numbered codes with their number ("6 Interne kennis"). */
export function valueLabel(index: SiteIndex, dim: SiteDimension, value: number, lang: 'nl' | 'en'): string {
  const v = index.dims.get(dim)?.values[value];
  if (!v) return '';
  return v[lang];
}
