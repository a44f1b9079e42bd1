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
import { placeMap } from './map-layout';
import type { FactsheetData, FactsheetScan, FactsheetWhiteSpots, Lang } from './model';
import type { OptionalSections } from './optional-inputs';

export interface FactsheetRequest {
  filter: Filter;
  /** An earlier scan to report the changes since (issue 17). */
  compare?: number | undefined;
  lang: Lang;
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
function filterWords(db: Db, filter: Filter, lang: Lang, scans: FactsheetScan[], counts: { activities: number; initiatives: number }): string {
  const facets = facetCounts(db, { filter, language: lang }).facets;
  const resolve = (dim: DimensionKey, code: string) => facets[dim]?.find((v) => v.code === code)?.label;
  const label = (id: number) => scans.find((s) => s.id === id)?.label ?? `#${id}`;
  return describeFilter(filter, { lang, scanLabel: label, resolve, counts });
}

/**
 * The change report between `compare` and the factsheet's scans. Linking initiatives across scans
 * (issue 17) is not built yet, so there is nothing to report: the caller says so.
 */
function changeSection(_db: Db, _from: number, _to: readonly number[]): OptionalSections['changes'] {
  return undefined;
}

/** Goals and white spots that matter, and impact per knelpunt: issue 19, not built yet. */
function goalAndImpactSections(_db: Db, _filter: Filter): Pick<OptionalSections, 'goals' | 'impact'> {
  return {};
}

/** The report's white-spot count (its default matrix) and the form × knelpunt matrix the factsheet prints. */
function whiteSpotData(db: Db, filter: Filter, lang: Lang): FactsheetWhiteSpots {
  const overall = whiteSpots(db, { filter, language: lang });
  const matrix = whiteSpots(db, { filter, rows: 'form', cols: 'bottleneck', layers: null, language: lang });
  const axes = [overall.rows, overall.cols, ...(overall.layers ? [overall.layers] : [])].map((a) => a.label);
  return { overall: { axes, combinations: overall.combinations, empty: overall.empty }, matrix };
}

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
    changes = changeSection(db, earlier.id, ids);
    if (!changes) {
      const name = scanLabel(earlier.region, earlier.year);
      omitted.push({
        nl: `De vergelijking met ${name} is weggelaten: die vraagt scans waarvan de initiatieven aan elkaar gekoppeld zijn, en dat kan Regioscan nog niet.`,
        en: `The comparison with ${name} is left out: it needs scans whose initiatives are linked to each other, which Regioscan cannot do yet.`,
      });
    }
  }
  const overview = buildOverview(db, { filter, minInitiatives: 1, language: lang });
  const graph = buildGraph(db, { filter, edges: ['sector', 'generic'] });
  const map = placeMap(graph, graphPositions(db, filter.scans));
  const words = hasConditions(filter) ? filterWords(db, filter, lang, scans, { activities: overview.total, initiatives: overview.initiatives }) : null;
  return {
    data: { lang, scans, filterWords: words, overview, map, whiteSpots: whiteSpotData(db, filter, lang), sections: { ...goalAndImpactSections(db, filter), changes } },
    omitted,
  };
}

