/**
 * The one place the factsheet reads the database: it calls the existing query functions (the
 * Overzicht, the Ecosysteemkaart and its stored positions, scans, facets) and gathers their answers
 * into FactsheetData. Nothing here writes, and nothing here knows SQL; it enters the other domains
 * through their index.ts.
 */
import type { DimensionKey } from '../../src-shared/codebook';
import type { Filter } from '../../src-shared/filter';
import { describeFilter } from '../../src-shared/filter-words';
import type { Db } from '../db/open';
import { UserError } from '../errors';
import { facetCounts } from '../activities';
import { buildGraph, graphPositions } from '../graph';
import { buildOverview } from '../overview';
import { existingScan, getScan, listScans, scanLabel } from '../scans';
import { whiteSpots } from '../whitespots';
import { demandView } from '../demand';
import { measureGoals } from '../goals';
import { changeReport } from '../links';
import { impact } from '../surveys';
import { placeMap } from './map-layout';
import type { FactsheetData, FactsheetScan, FactsheetWhiteSpots, Lang } from './model';
import type { GoalsSection, GoalWhiteSpot, OptionalSections } from './optional-inputs';

export interface FactsheetRequest {
  filter: Filter;
  /** An earlier scan to report the changes since (issue 17). */
  compare?: number | undefined;
  lang: Lang;
  /** false: leave the Ecosysteemkaart out (a presentation's slide that does not show it). */
  map?: boolean;
}

export interface AssembledFactsheet {
  data: FactsheetData;
  /** What was asked for but left out, one sentence each (the CLI prints them on stderr). */
  omitted: { nl: string; en: string }[];
}

function hasConditions(filter: Filter): boolean {
  return (
    filter.conditions.some((c) => c.values.length > 0) ||
    filter.text.trim() !== '' ||
    (filter.reach !== undefined && (filter.reach.known !== undefined || filter.reach.min !== undefined || filter.reach.max !== undefined)) ||
    (filter.startYear !== undefined && (filter.startYear.min !== undefined || filter.startYear.max !== undefined))
  );
}

function factsheetScan(db: Db, id: number): FactsheetScan {
  const summary = getScan(db, id);
  const row = existingScan(db, id);
  return {
    id,
    label: scanLabel(summary.region, summary.year),
    region: summary.region,
    year: summary.year,
    title: summary.title,
    isSample: summary.isSample,
    sourceFile: summary.sourceFile,
    importedAt: summary.importedAt,
    performedBy: row.performed_by,
    source: row.source,
  };
}

/** The filter in words, with organisation and open-list names as the facets label them. */
function filterWords(db: Db, filter: Filter, lang: Lang, scans: FactsheetScan[], counts: { activities: number; initiatives: number } | null): string {
  const facets = facetCounts(db, { filter, language: lang }).facets;
  const resolve = (dim: DimensionKey, code: string) => facets[dim]?.find((v) => v.code === code)?.label;
  const label = (id: number) => scans.find((s) => s.id === id)?.label ?? `#${id}`;
  return describeFilter(filter, { lang, scanLabel: label, resolve, ...(counts ? { counts } : {}) });
}

/**
 * The change report between `compare` and the factsheet's scans (docs/links.md §4): against the
 * factsheet's scan of the same region when it has one, else its first scan.
 */
function changeSection(db: Db, from: FactsheetScan, to: readonly FactsheetScan[], filter: Filter): OptionalSections['changes'] {
  const later = to.find((s) => s.region.toLowerCase() === from.region.toLowerCase()) ?? to[0]!;
  const report = changeReport(db, from.id, later.id, { ...filter, scans: [from.id, later.id] });
  return { since: from.label, report };
}

/** The white spots inside one goal: the sector × knelpunt cells its filter reaches that no activity serves, with demand when known. */
function goalWhiteSpots(db: Db, goal: { name: string; filter: Filter }, lang: Lang): GoalWhiteSpot[] {
  const matrix = whiteSpots(db, { filter: goal.filter, rows: 'sector', cols: 'bottleneck', layers: null, includeGeneric: false, language: lang });
  const named = (dim: string) => new Set(goal.filter.conditions.filter((c) => c.dimension === dim && c.mode !== 'none').flatMap((c) => c.values.filter((v): v is string => typeof v === 'string')));
  const sectors = named('sector');
  const bottlenecks = named('bottleneck');
  const demand = new Map(demandView(db, goal.filter, lang).cells.map((c) => [`${c.sector}|${c.bottleneck}`, c.demand]));
  const spots: GoalWhiteSpot[] = [];
  matrix.rows.values.forEach((row, r) => {
    if (typeof row.value !== 'string' || row.generic || (sectors.size > 0 && !sectors.has(row.value))) return;
    matrix.cols.values.forEach((col, c) => {
      if (typeof col.value !== 'string' || (bottlenecks.size > 0 && !bottlenecks.has(col.value))) return;
      if (matrix.counts[r * matrix.cols.values.length + c] !== 0) return;
      const d = demand.get(`${row.value}|${col.value}`);
      spots.push({ goal: goal.name, values: [{ dimension: matrix.rows.label, label: row.label }, { dimension: matrix.cols.label, label: col.label }], demand: d === undefined || d === 0 ? null : d });
    });
  });
  return spots;
}

/** The region's goals measured against the factsheet's scans and the white spots that matter for them; impact per knelpunt from the survey answers. */
function goalAndImpactSections(db: Db, filter: Filter, ids: readonly number[], lang: Lang, scans: FactsheetScan[]): Pick<OptionalSections, 'goals' | 'impact'> {
  const measured = measureGoals(db, ids);
  const goals: GoalsSection | undefined =
    measured.length === 0
      ? undefined
      : {
          goals: measured.map((g) => ({ name: g.name, filter: filterWords(db, { ...g.filter, scans: [...ids] }, lang, scans, null), target: g.target, minReach: g.minReach, count: g.count, initiatives: g.initiatives, reach: g.reach, met: g.met })),
          whiteSpots: measured.flatMap((g) => goalWhiteSpots(db, { name: g.name, filter: { ...g.filter, scans: [...ids] } }, lang)),
        };
  const answers = impact(db, { filter, round: null, language: lang });
  return { goals, impact: answers.bottlenecks.some((b) => b.responses > 0) ? { bottlenecks: answers.bottlenecks, round: null } : undefined };
}

/** The report's white-spot count (its default matrix) and the form × knelpunt matrix the factsheet prints. */
function whiteSpotData(db: Db, filter: Filter, lang: Lang): FactsheetWhiteSpots {
  const overall = whiteSpots(db, { filter, language: lang });
  const matrix = whiteSpots(db, { filter, rows: 'form', cols: 'bottleneck', layers: null, language: lang });
  const axes = [overall.rows, overall.cols, ...(overall.layers ? [overall.layers] : [])].map((a) => a.label);
  return { overall: { axes, combinations: overall.combinations, empty: overall.empty }, matrix };
}

const NO_MAP: FactsheetData['map'] = { nodes: [], edges: [], placement: 'computed', neighbourCap: null, candidateEdges: 0 };

export function assembleFactsheet(db: Db, request: FactsheetRequest): AssembledFactsheet {
  const { filter, lang } = request;
  const ids = filter.scans.length > 0 ? [...new Set(filter.scans)] : listScans(db).map((s) => s.id);
  if (ids.length === 0) throw new UserError('no-scans', { nl: 'Er is nog geen scan om een factsheet van te maken.', en: 'There is no scan yet to make a factsheet of.' });
  const scans = ids.map((id) => factsheetScan(db, id));
  const omitted: AssembledFactsheet['omitted'] = [];
  let changes: OptionalSections['changes'];
  if (request.compare !== undefined) {
    const earlier = getScan(db, request.compare);
    if (ids.includes(earlier.id)) {
      throw new UserError('invalid-compare', {
        nl: `--compare noemt een eerdere scan om mee te vergelijken, niet scan ${earlier.id} van de factsheet zelf.`,
        en: `--compare names an earlier scan to compare with, not scan ${earlier.id} of the factsheet itself.`,
      });
    }
    changes = changeSection(db, factsheetScan(db, earlier.id), scans, filter);
  }
  const overview = buildOverview(db, { filter, minInitiatives: 1, language: lang });
  const map = request.map === false ? NO_MAP : placeMap(buildGraph(db, { filter, edges: ['sector', 'generic'] }), graphPositions(db, filter.scans));
  const words = hasConditions(filter) ? filterWords(db, filter, lang, scans, { activities: overview.total, initiatives: overview.initiatives }) : null;
  return {
    data: { lang, scans, filterWords: words, overview, map, whiteSpots: whiteSpotData(db, filter, lang), sections: { ...goalAndImpactSections(db, filter, ids, lang, scans), changes } },
    omitted,
  };
}

