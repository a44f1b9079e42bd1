/**
 * The Overzicht's charts and tables as plain rows (title, header, body, footer): main writes them
 * to .xlsx, the renderer draws them as SVG/PNG — so every export of one table says the same.
 * Pure module: no Node and no DOM APIs.
 */
import { dimension, type DimensionKey } from './codebook';
import type { OverviewCross, OverviewResult, OverviewValue } from './model';

type Lang = 'nl' | 'en';

export const OVERVIEW_TABLES = ['dimension', 'typeGeography', 'typeBottleneck', 'reach', 'quadrant', 'providers'] as const;
export type OverviewTableKey = (typeof OVERVIEW_TABLES)[number];

export type Cell = string | number | null;

export interface OverviewTable {
  title: string;
  header: string[];
  body: Cell[][];
  /** Totals row(s), when the table has them. */
  footer: Cell[][];
}

const W = {
  nl: {
    typeGeography: 'Type activiteit × geografie',
    typeBottleneck: 'Type activiteit × knelpunt',
    reach: 'Bereik per type activiteit',
    quadrant: 'Bereik en inspanning per type activiteit',
    providers: 'Aanbieders × rol',
    perDimension: 'Activiteiten per {dim}',
    value: 'Waarde',
    code: 'Code',
    group: 'Groep',
    activities: 'Activiteiten',
    total: 'Totaal',
    type: 'Type activiteit',
    known: 'Met bekend bereik',
    unknown: 'Bereik onbekend',
    sum: 'Bereik (som van bekende waarden)',
    units: 'Eenheid',
    reachClass: 'Bereik (klasse)',
    effort: 'Inspanning',
    organisation: 'Organisatie',
    organisationType: 'Soort organisatie',
    initiatives: 'Initiatieven',
    providersTitle: 'Aanbieders in ten minste {n} initiatieven × rol (aantal initiatieven)',
    groupRow: 'groep',
  },
  en: {
    typeGeography: 'Activity type × geography',
    typeBottleneck: 'Activity type × bottleneck',
    reach: 'Reach per activity type',
    quadrant: 'Reach and effort per activity type',
    providers: 'Providers × role',
    perDimension: 'Activities per {dim}',
    value: 'Value',
    code: 'Code',
    group: 'Group',
    activities: 'Activities',
    total: 'Total',
    type: 'Activity type',
    known: 'With known reach',
    unknown: 'Reach unknown',
    sum: 'Reach (sum of known values)',
    units: 'Unit',
    reachClass: 'Reach (class)',
    effort: 'Effort',
    organisation: 'Organisation',
    organisationType: 'Type of organisation',
    initiatives: 'Initiatives',
    providersTitle: 'Providers in at least {n} initiatives × role (number of initiatives)',
    groupRow: 'group',
  },
} as const;

/** A value as a column or row head: numbered codes and SBI letters keep their code in front. */
export function valueHead(dim: DimensionKey | 'scan', v: OverviewValue): string {
  if (v.code === null || dim === 'scan') return v.label;
  if (/^\d+$/.test(v.code) || (dim === 'sector' && /^[A-Z]$/.test(v.code))) return `${v.code} ${v.label}`;
  return v.label;
}

export function overviewTitle(table: OverviewTableKey, lang: Lang, dim?: DimensionKey, minInitiatives?: number): string {
  const w = W[lang];
  if (table === 'dimension') return w.perDimension.replace('{dim}', dim ? dimension(dim)[lang].toLowerCase() : '');
  if (table === 'providers' && minInitiatives !== undefined) return w.providersTitle.replace('{n}', String(minInitiatives));
  return w[table];
}

function cross(x: OverviewCross, dim: DimensionKey, lang: Lang): Pick<OverviewTable, 'header' | 'body' | 'footer'> {
  const w = W[lang];
  return {
    header: [w.type, ...x.columns.map((c) => valueHead(dim, c)), w.activities],
    body: x.rows.map((r, i) => [r.label, ...x.cells[i]!, r.count]),
    footer: [[w.total, ...x.columns.map((c) => c.count), x.rows.reduce((s, r) => s + r.count, 0)]],
  };
}

/** The rows of one chart or table of the Overzicht. */
export function overviewTable(result: OverviewResult, table: OverviewTableKey, lang: Lang, dim?: DimensionKey): OverviewTable {
  const w = W[lang];
  const title = overviewTitle(table, lang, dim, result.providers.minInitiatives);
  switch (table) {
    case 'dimension': {
      const d = result.dimensions.find((x) => x.key === dim);
      if (!d) return { title, header: [w.value, w.activities], body: [], footer: [] };
      const groups = d.groups.map((g) => [g.code, `${g.label} (${w.groupRow})`, g.count]);
      return {
        title,
        header: [w.code, w.value, w.activities],
        body: d.values.map((v) => [v.code, v.label, v.count]),
        footer: groups.length > 0 ? groups : [[null, w.total, result.total]],
      };
    }
    case 'typeGeography':
      return { title, ...cross(result.typeGeography, 'geography', lang) };
    case 'typeBottleneck':
      return { title, ...cross(result.typeBottleneck, 'bottleneck', lang) };
    case 'reach': {
      const rows = result.reach.rows;
      const unitText = (r: (typeof rows)[number]) => r.byUnit.map((u) => (u.label ? `${u.label}: ${u.sum}` : String(u.sum))).join('; ');
      return {
        title,
        header: [w.type, w.activities, w.known, w.unknown, w.sum, w.units],
        body: rows.map((r) => [r.type.label, r.type.count, r.known, r.type.count - r.known, r.sum, unitText(r) || null]),
        footer: [[w.total, result.total, result.reach.known, result.total - result.reach.known, null, null]],
      };
    }
    case 'quadrant': {
      const level = (code: string) => result.quadrant.levels.find((l) => l.code === code)?.label ?? code;
      const reach = (code: string | null) => result.reach.rows.find((r) => r.type.code === code);
      // Per type, then per cell of the quadrant its types together (an activity counted once).
      return {
        title,
        header: [w.type, w.reachClass, w.effort, w.activities, w.known, w.sum],
        body: result.quadrant.entries.map((e) => [e.type.label, level(e.reachClass), level(e.effort), e.type.count, reach(e.type.code)?.known ?? 0, reach(e.type.code)?.sum ?? null]),
        footer: result.quadrant.cells
          .filter((c) => c.types.length > 0)
          .map((c) => [`${w.total}: ${result.quadrant.entries.filter((e) => c.types.includes(e.type.code!)).map((e) => e.type.label).join(', ')}`, level(c.reachClass), level(c.effort), c.count, c.known, c.sum]),
      };
    }
    case 'providers':
      return {
        title,
        header: [w.organisation, w.organisationType, w.initiatives, w.activities, ...result.providers.roles.map((r) => r.label)],
        body: result.providers.rows.map((r) => [r.organisation, r.organisationType?.label ?? null, r.initiatives, r.activities, ...r.roles]),
        footer: [],
      };
  }
}
