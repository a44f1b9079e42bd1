/**
 * The one contract between renderer and main: every channel, its argument schema (validated in main)
 * and its result type. The preload's functions, main's IPC registration, the HTTP harness and the
 * renderer's client are all typed from this map, so a channel cannot exist on one side only.
 *
 * Pure module: no Node and no DOM APIs (it is type-checked with neither).
 */
import { z } from 'zod';
import { DIMENSION_KEYS } from './codebook';
import { filterSchema } from './filter-schema';
import { NOTE_MAX } from './filter';
import { EXPORT_COLUMNS } from './export-columns';
import { isColumnTarget, VALUE_DIMENSION_KEYS } from './import-mapping';
import { linkKindSchema, type ChangeReport, type LinkView } from './links';
import type { RoundtripApplied, RoundtripPreview } from './roundtrip';
import type {
  ActivityDetail,
  ActivityPage,
  AppInfo,
  BackupInfo,
  BackupList,
  CompareResult,
  EditOutcome,
  ExportedFile,
  FacetsResult,
  GeographyEntry,
  GraphModel,
  GraphPositions,
  HistoryEntry,
  ImportIssueView,
  ImportStatus,
  InitiativeDetail,
  InitiativeRow,
  PairingsResult,
  PairView,
  OverviewResult,
  RestoreResult,
  SavedFilter,
  ScanSummary,
  Settings,
  TemplateFile,
  UndoResult,
  WhiteSpotResult,
} from './model';
import type { DemandImportReport, DemandResult, GoalResult, ImpactResult, NextDoorResult, OverlapGroup, SurveyImportReport, SurveyRound } from './surveys-model';
import type { PublishResult, PublishSummary } from './site-model';
import type { GoalComparison, GoalsImportResult } from './goals-model';
import type { MappingRuleView, MapResult, RulesImportResult, UnmappedValueView } from './mappings-model';
import { newSlideSchema, presentationTitleSchema, slidePatchSchema, type Presentation, type PresentationSummary, type SlideShow } from './presentations';
import type { DatabaseMergeResult, DatabasePreview } from './database-merge';

interface ChannelDef<A extends z.ZodType, R> {
  readonly args: A;
  /** Writing channels are refused by `regioscan serve --read-only`. */
  readonly writes: boolean;
  /** Phantom field carrying the result type (boxed, so a result may be null); never read at run time. */
  readonly result?: { readonly value: R };
}

function channel<R>() {
  return <A extends z.ZodType>(args: A, opts: { writes: boolean }): ChannelDef<A, R> => ({ args, writes: opts.writes });
}

const noArgs = z.object({}).strict();
const id = z.number().int().positive();
const language = z.enum(['nl', 'en']);
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Base64 of at most ~100 MB of file bytes (LIMITS.fileBytes in src-main/import/limits.ts). */
const base64File = z.string().max(140 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const settingsSchema = z
  .object({
    language: z.enum(['nl', 'en']),
    colorScheme: z.enum(['light', 'dark']),
  })
  .strict();

/**
 * Where the user left off (screen, active filter, selected scans, map view), stored in the database
 * so it comes back after a restart; `session.set` merges what it is given into what is stored.
 */
export const sessionSchema = z
  .object({
    /** A screen's route id (the renderer checks it against its routes). */
    route: z.string().regex(/^[a-z-]{1,40}$/),
    /** The scans selected in the header… */
    scans: z.array(id).max(10000),
    /** …and every scan there was then: a scan not among these is new, and starts selected. */
    knownScans: z.array(id).max(10000),
    filter: filterSchema,
    /** The map's camera for one set of scans (their sorted ids, joined by commas). */
    map: z
      .object({
        scans: z.string().regex(/^(\d+(,\d+)*)?$/).max(12000),
        x: z.number().finite(),
        y: z.number().finite(),
        ratio: z.number().finite().positive(),
        angle: z.number().finite(),
      })
      .strict(),
  })
  .partial()
  .strict();

export type SessionState = z.output<typeof sessionSchema>;

/** Dimension keys as the filter names them (Vergelijken and Witte vlekken axes). */
const dimensionKey = filterSchema.shape.conditions.element.shape.dimension;
const compareArgs = z.object({ scans: z.array(id).min(2).max(50), filter: filterSchema, language: language.optional() }).strict();
const whiteSpotArgs = z
  .object({
    filter: filterSchema,
    rows: dimensionKey.optional(),
    cols: dimensionKey.optional(),
    /** null: no third dimension; omitted: the report's default (knelpunt) when rows and cols are omitted too. */
    layers: dimensionKey.nullable().optional(),
    includeGeneric: z.boolean().optional(),
    includeOther: z.boolean().optional(),
    language: language.optional(),
  })
  .strict();

/** The import's mapping step as data (src-shared/import-mapping.ts). */
export const importMappingSchema = z
  .object({
    columns: z
      .array(z.object({ header: z.string().trim().min(1).max(300), target: z.string().max(40).refine(isColumnTarget, 'Unknown column target.') }).strict())
      .max(1000),
    values: z.array(z.object({ dimension: z.enum(VALUE_DIMENSION_KEYS), value: z.string().trim().min(1).max(500), code: z.string().trim().min(1).max(200) }).strict()).max(5000),
    places: z.array(z.object({ value: z.string().trim().min(1).max(200), parent: z.string().trim().min(1).max(200).nullable() }).strict()).max(5000),
  })
  .strict();

/** Region, year and title per sheet group, as the user edited them in the preview. */
const scanEdits = z
  .array(
    z
      .object({
        group: z.string().max(200),
        region: z.string().trim().min(1).max(200).optional(),
        year: z.number().int().min(1900).max(2100).nullable().optional(),
        title: z.string().trim().min(1).max(200).optional(),
      })
      .strict(),
  )
  .max(100);

const round = z.string().trim().min(1).max(100);
const surveyFiles = z.array(z.object({ fileName: z.string().trim().min(1).max(260), base64: base64File }).strict()).min(1).max(50);

const pairingLens = z.enum(['A', 'B', 'C']);
const pairingScope = z.enum(['all', 'across', 'within']);
const pairingArgs = z.object({ filter: filterSchema, lens: pairingLens, scope: pairingScope.optional(), hideKnown: z.boolean().optional() });
/** A publication (src-main/publish): scans (none: all), filter, optional fields (names are checked in main), language, title, contact. */
const publishArgs = z
  .object({ scans: z.array(id).max(1000).optional(), filter: filterSchema.optional(), fields: z.array(z.string().trim().min(1).max(300)).max(500).optional(), english: z.boolean().optional(), title: z.string().max(500).optional(), contact: z.string().max(500).optional() })
  .strict();

/** One coded value an edit sets: a code of the dimension, or a value already kept unmapped (by its text). */
const editValue = z.union([z.string().trim().min(1).max(200), z.object({ unmapped: z.string().min(1).max(500) }).strict()]);
/** Extra fields (docs/history.md) by name: a text sets one, null clears it. */
const extraEdits = z.record(z.string().trim().min(1).max(200), z.string().max(10_000).nullable()).refine((r) => Object.keys(r).length <= 200, 'Too many extra fields.');
/**
 * The fields of an activity an edit sets (src-main/edits): only those given change; null clears.
 * `values` sets a dimension's values to exactly these (multi-valued dimensions several; main checks
 * the codes against the codebook and the database, and one value where the method allows one).
 */
export const activityEditSchema = z
  .object({
    name: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(10_000).nullable().optional(),
    startYear: z.number().int().min(1900).max(2100).nullable().optional(),
    reach: z.number().int().min(0).max(1_000_000_000).nullable().optional(),
    reachUnit: z.string().trim().min(1).max(200).nullable().optional(),
    reachSource: z.string().trim().min(1).max(200).nullable().optional(),
    /** Moves the activity to another initiative of its scan. */
    initiative: id.optional(),
    values: z.partialRecord(z.enum(VALUE_DIMENSION_KEYS), z.array(editValue).max(500)).optional(),
    /** The organisations of a provider role (by role code) set to exactly these names; a new name makes an organisation. */
    providers: z.record(z.string().min(1).max(100), z.array(z.string().trim().min(1).max(500)).max(200)).refine((r) => Object.keys(r).length <= 20, 'Too many roles.').optional(),
    extras: extraEdits.optional(),
  })
  .strict();
/** The fields of an initiative an edit sets; null clears (a name cannot be cleared). */
export const initiativeEditSchema = z
  .object({
    name: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(10_000).nullable().optional(),
    website: z.string().trim().min(1).max(2000).regex(/^\S+$/, 'A website has no spaces.').nullable().optional(),
    startYear: z.number().int().min(1900).max(2100).nullable().optional(),
    homeRegion: z.string().trim().min(1).max(500).nullable().optional(),
    extras: extraEdits.optional(),
  })
  .strict();

export const contract = {
  'app.info': channel<AppInfo>()(noArgs, { writes: false }),
  'settings.get': channel<Settings>()(noArgs, { writes: false }),
  'settings.set': channel<Settings>()(settingsSchema.partial().strict(), { writes: true }),
  'session.get': channel<SessionState>()(noArgs, { writes: false }),
  'session.set': channel<SessionState>()(sessionSchema, { writes: true }),
  'scans.list': channel<ScanSummary[]>()(noArgs, { writes: false }),
  /** A scan's title, region and year (a region or year given without a title also renews a generated title). */
  'scans.rename': channel<ScanSummary>()(
    z
      .object({
        id,
        title: z.string().trim().min(1).max(200).optional(),
        region: z.string().trim().min(1).max(200).optional(),
        year: z.number().int().min(1900).max(2100).nullable().optional(),
      })
      .strict()
      .refine((a) => a.title !== undefined || a.region !== undefined || a.year !== undefined, 'Give a title, a region or a year.'),
    { writes: true },
  ),
  'scans.delete': channel<{ deleted: number }>()(z.object({ id }).strict(), { writes: true }),
  'scans.issues': channel<ImportIssueView[]>()(z.object({ id }).strict(), { writes: false }),

  /** Starts reading a file (off the main thread); progress and preview come as import-status app events (and import.status). */
  'import.start': channel<{ sessionId: string }>()(
    z
      .object({
        fileName: z.string().trim().min(1).max(260),
        data: base64File,
        region: z.string().trim().min(1).max(200).optional(),
        year: z.number().int().min(1900).max(2100).optional(),
      })
      .strict(),
    { writes: true },
  ),
  /** Desktop only: main shows the open dialog and starts an import; null when the user cancels. */
  'import.choose': channel<{ sessionId: string } | null>()(noArgs, { writes: true }),
  'import.status': channel<ImportStatus>()(z.object({ sessionId }).strict(), { writes: false }),
  /**
   * The mapping step: recomputes the preview (counts, facets, report) from the file as already read,
   * with this mapping and these scan details. The answer carries the new preview.
   */
  'import.remap': channel<ImportStatus>()(z.object({ sessionId, mapping: importMappingSchema, scans: scanEdits.optional() }).strict(), { writes: true }),
  /**
   * Writes the previewed scans; per sheet group, what to do with an existing scan of that region and
   * year. With a mapping or scan details, the preview is recomputed with them first.
   */
  'import.commit': channel<ImportStatus>()(
    z
      .object({
        sessionId,
        decisions: z.record(z.string().max(200), z.enum(['replace', 'keep-both'])),
        mapping: importMappingSchema.optional(),
        scans: scanEdits.optional(),
      })
      .strict(),
    { writes: true },
  ),
  'import.cancel': channel<ImportStatus>()(z.object({ sessionId }).strict(), { writes: false }),
  'import.template': channel<TemplateFile>()(noArgs, { writes: false }),

  /** Facet counts under the filter (a dimension's own condition does not narrow its own counts). */
  'query.facets': channel<FacetsResult>()(z.object({ filter: filterSchema, language: language.optional() }).strict(), { writes: false }),
  'query.activities': channel<ActivityPage>()(
    z
      .object({
        filter: filterSchema,
        sort: z.enum(['name', 'initiative', 'scan', 'type', 'geography', 'startYear', 'reach']).optional(),
        descending: z.boolean().optional(),
        offset: z.number().int().min(0).max(10_000_000).optional(),
        limit: z.number().int().min(1).max(100_000).optional(),
        language: language.optional(),
      })
      .strict(),
    { writes: false },
  ),
  'query.initiatives': channel<InitiativeRow[]>()(z.object({ filter: filterSchema }).strict(), { writes: false }),
  'query.activity': channel<ActivityDetail>()(z.object({ id, language: language.optional() }).strict(), { writes: false }),
  'query.initiative': channel<InitiativeDetail>()(z.object({ id, filter: filterSchema.optional(), language: language.optional() }).strict(), { writes: false }),

  'filters.list': channel<SavedFilter[]>()(noArgs, { writes: false }),
  'filters.save': channel<SavedFilter>()(
    z.object({ id: id.optional(), name: z.string().trim().min(1).max(200), note: z.string().max(NOTE_MAX).nullable().optional(), filter: filterSchema }).strict(),
    { writes: true },
  ),
  'filters.duplicate': channel<SavedFilter>()(z.object({ id }).strict(), { writes: true }),
  'filters.delete': channel<{ deleted: number }>()(z.object({ id }).strict(), { writes: true }),
  /** The `.regioscan-filter.json` text of a saved filter, to hand to a colleague. */
  'filters.export': channel<ExportedFile>()(z.object({ id }).strict(), { writes: false }),
  /** Reads a `.regioscan-filter.json` file's text and saves it (a name clash gets a suffix). */
  'filters.import': channel<SavedFilter>()(z.object({ text: z.string().max(1_000_000) }).strict(), { writes: true }),

  /**
   * The filtered activities as .xlsx or .csv for a meeting: the `columns` chosen (keys of
   * src-shared/export-columns.ts; default all), of which those no row fills are left out unless `allColumns`.
   */
  'export.activities': channel<ExportedFile>()(
    z.object({ filter: filterSchema, format: z.enum(['xlsx', 'csv']), separator: z.enum([';', ',']).optional(), language: language.optional(), allColumns: z.boolean().optional(), columns: z.array(z.enum(EXPORT_COLUMNS as [string, ...string[]])).max(EXPORT_COLUMNS.length).optional() }).strict(),
    { writes: false },
  ),
  /** Desktop only: shows a file main has just exported in the system's file manager. */
  'app.showInFolder': channel<{ shown: boolean }>()(z.object({ path: z.string().min(1).max(4096) }).strict(), { writes: false }),
  /**
   * The ecosystem graph of the filtered activities' initiatives. `edges` picks the edge lenses;
   * `generic` is left out above 150 nodes unless `forceGeneric`; `role` narrows the providers lens.
   */
  'graph.build': channel<GraphModel>()(
    z
      .object({
        filter: filterSchema,
        edges: z.array(z.enum(['sector', 'generic', 'providers', 'learn'])).max(4),
        /** The lens of the `learn` edges (Leer van elkaar's best initiative pairs). */
        learnLens: z.enum(['A', 'B', 'C']).optional(),
        role: z.enum(['initiatiefnemer', 'financier', 'uitvoerder', 'contact']).optional(),
        minWeight: z.number().int().min(1).max(100).optional(),
        /** Lines each initiative keeps per kind, its strongest (default 3; null: all). */
        neighbourCap: z.number().int().min(1).max(1000).nullable().optional(),
        forceGeneric: z.boolean().optional(),
        /** Also every dimension's codes per node (the GEXF export). */
        attributes: z.boolean().optional(),
      })
      .strict(),
    { writes: false },
  ),
  /** Stored layout positions for a set of scans (so the map looks the same next time). */
  'graph.positions.get': channel<GraphPositions>()(z.object({ scans: z.array(id).max(1000) }).strict(), { writes: false }),
  'graph.positions.save': channel<{ saved: number }>()(
    z.object({ scans: z.array(id).max(1000), positions: z.record(z.string().regex(/^\d+$/), z.tuple([z.number().finite(), z.number().finite()])) }).strict(),
    { writes: true },
  ),
  /** Vergelijken: the filter applied to each scan; per dimension, per value, counts and shares per 100 activities. */
  'compare.build': channel<CompareResult>()(compareArgs, { writes: false }),
  /** Vergelijken as .xlsx: a summary sheet and one sheet per dimension. */
  'export.compare': channel<ExportedFile>()(compareArgs, { writes: false }),
  /** Witte vlekken: activities per combination of two (or three) dimensions under the filter, zeros included. */
  'whitespots.build': channel<WhiteSpotResult>()(whiteSpotArgs, { writes: false }),
  /** Witte vlekken as .xlsx: the long table of combinations, the pivot and the filter. */
  'export.whitespots': channel<ExportedFile>()(whiteSpotArgs, { writes: false }),
  /** A scan as the canonical workbook (re-importing it gives the same data). */
  'export.scan': channel<ExportedFile>()(z.object({ id }).strict(), { writes: false }),
  /** Overzicht: per dimension the counts under the whole filter, and the report's tables. */
  'overview.build': channel<OverviewResult>()(
    z.object({ filter: filterSchema, minInitiatives: z.number().int().min(1).max(1000).optional(), language: language.optional() }).strict(),
    { writes: false },
  ),
  /** One Overzicht chart or table as .xlsx (with title, scans and the filter in words). */
  'overview.export': channel<ExportedFile>()(
    z
      .object({
        filter: filterSchema,
        table: z.enum(['dimension', 'typeGeography', 'typeBottleneck', 'reach', 'quadrant', 'providers']),
        dimension: z.enum(DIMENSION_KEYS).optional(),
        minInitiatives: z.number().int().min(1).max(1000).optional(),
        language: language.optional(),
      })
      .strict(),
    { writes: false },
  ),

  /**
   * The region factsheet (A4 PDF) for the filter's scans, delivered as every export; `omitted` says
   * what was asked for but left out (the comparison with `compare` needs linked scans).
   */
  'report.build': channel<ExportedFile & { omitted: { nl: string; en: string }[] }>()(
    z.object({ filter: filterSchema, compare: id.optional(), language: language.optional() }).strict(),
    { writes: false },
  ),
  /** A printable list of the filter's initiatives (PDF) with the Doorverwijzen text naming the region and each contact organisation. */
  'report.initiatives': channel<ExportedFile>()(z.object({ filter: filterSchema, language: language.optional() }).strict(), { writes: false }),

  /** Leer van elkaar: the best pairs under a lens (src-shared/pairing.ts), of activities or rolled up to initiatives. */
  'pairings.list': channel<PairingsResult>()(pairingArgs.extend({ by: z.enum(['activity', 'initiative']), top: z.number().int().min(1).max(5000) }).strict(), { writes: false }),
  /** "Leer van…": the best partner initiatives of one initiative or one activity under a lens. */
  'pairings.partners': channel<PairingsResult>()(
    pairingArgs.extend({ initiative: id.optional(), activity: id.optional(), top: z.number().int().min(1).max(500) }).strict().refine((a) => (a.initiative === undefined) !== (a.activity === undefined), 'Name exactly one initiative or activity.'),
    { writes: false },
  ),
  /** The activity pairs behind one pair of initiatives (what an expanded pair shows). */
  'pairings.activityPairs': channel<PairView[]>()(z.object({ filter: filterSchema, lens: pairingLens, a: id, b: id, scope: pairingScope.optional() }).strict(), { writes: false }),
  /** Leer van elkaar as .xlsx: the pairs with their reasons, the activity pairs behind them, lens and filter. */
  'export.pairings': channel<ExportedFile>()(pairingArgs.extend({ by: z.enum(['activity', 'initiative']), top: z.number().int().min(1).max(5000), language: language.optional() }).strict(), { writes: false }),

  /** Links across scans (docs/links.md): automatic links, proposals and decisions between two scans' initiatives (or activities). */
  'links.list': channel<LinkView[]>()(z.object({ from: id, to: id, kind: linkKindSchema.optional() }).strict(), { writes: false }),
  /** Confirms or rejects a link between two initiatives (or activities) of two scans. */
  'links.decide': channel<LinkView>()(z.object({ kind: linkKindSchema, from: id, to: id, decision: z.enum(['confirmed', 'rejected']) }).strict(), { writes: true }),
  /** What changed between two scans under the filter: initiatives, activities, dimensions, reach, organisations, tie overlap. */
  'links.changes': channel<ChangeReport>()(z.object({ from: id, to: id, filter: filterSchema }).strict(), { writes: false }),
  /** The change between two scans as GEXF with start/end spells per node and edge (Gephi's timeline plays the scans). */
  'links.gexf': channel<ExportedFile>()(z.object({ from: id, to: id, filter: filterSchema }).strict(), { writes: false }),
  /** The change report as .xlsx for a meeting. */
  'export.changes': channel<ExportedFile>()(z.object({ from: id, to: id, filter: filterSchema, language: language.optional() }).strict(), { writes: false }),

  /** The geography hierarchy: every value with its parent, and which can be moved. */
  'geography.list': channel<GeographyEntry[]>()(noArgs, { writes: false }),
  /** Places (or moves) a geography name under a parent; both by code or label. Already there: nothing changes. */
  'geography.place': channel<{ moved: boolean; entry: GeographyEntry; under: string }>()(
    z.object({ value: z.string().trim().min(1).max(200), parent: z.string().trim().min(1).max(200) }).strict(),
    { writes: true },
  ),

  /** The response workbook (issue 19) for a scan or one of its initiatives, as a file. */
  'surveys.template': channel<ExportedFile>()(z.object({ scan: id, initiative: id.optional(), round: round.optional() }).strict(), { writes: false }),
  /** Reads filled response workbooks; a batch with a bad cell writes nothing; the same content twice changes nothing. */
  'surveys.import': channel<SurveyImportReport>()(z.object({ files: surveyFiles, round: round.optional(), language: language.optional() }).strict(), { writes: true }),
  /** Impact per knelpunt, per activity type and per initiative, under a filter and for one round or all. */
  'surveys.impact': channel<ImpactResult>()(z.object({ filter: filterSchema, round: round.optional(), language: language.optional() }).strict(), { writes: false }),

  /** The region's goals, each measured against the scans (`scans` replaces the scans each goal names). */
  'goals.list': channel<GoalResult[]>()(z.object({ scans: z.array(id).max(1000).optional() }).strict(), { writes: false }),
  /** Adds a goal: a named filter with an optional target (activities) and minimum reach. */
  'goals.add': channel<GoalResult>()(
    z.object({ name: z.string().trim().min(1).max(200), filter: filterSchema, target: z.number().int().min(0).max(1_000_000).optional(), minReach: z.number().int().min(0).max(1_000_000_000).optional() }).strict(),
    { writes: true },
  ),
  'goals.delete': channel<{ deleted: number }>()(z.object({ id }).strict(), { writes: true }),

  /** Volgende deur: activities of other initiatives one step further in the klantreis, with reasons and reported referrals. */
  'nextdoor.suggest': channel<NextDoorResult>()(z.object({ activity: id, language: language.optional() }).strict(), { writes: false }),
  /** Possible overlap: activities of different initiatives with the same type, knelpunten, sectors and geography. */
  'nextdoor.overlap': channel<OverlapGroup[]>()(z.object({ filter: filterSchema }).strict(), { writes: false }),

  /** Imports a demand table (docs/surveys.md); a table with a bad cell writes nothing; the same content twice changes nothing. */
  'demand.import': channel<DemandImportReport>()(z.object({ fileName: z.string().trim().min(1).max(260), base64: base64File, language: language.optional() }).strict(), { writes: true }),
  /** Demand against supply: the demand rows and the sector × knelpunt cells, demand without supply first. */
  'demand.view': channel<DemandResult>()(z.object({ filter: filterSchema, language: language.optional() }).strict(), { writes: false }),

  /** The automatic backups beside the database file, newest first. */
  'backups.list': channel<BackupList>()(noArgs, { writes: false }),
  /** Makes a backup now (writes a file; refused read-only and when the database is damaged). */
  'backups.create': channel<BackupInfo>()(noArgs, { writes: true }),
  /** Replaces the database's content with a backup (after the user confirmed); the current content is backed up first. */
  'backups.restore': channel<RestoreResult>()(
    z.object({ name: z.string().min(1).max(255).regex(/^[^/\\]+\.sqlite$/) }).strict(),
    { writes: true },
  ),

  /** The change history, oldest first: of one activity, one initiative or one scan (several: all must hold), or of everything. */
  'history.list': channel<HistoryEntry[]>()(z.object({ activity: id.optional(), initiative: id.optional(), scan: id.optional() }).strict(), { writes: false }),
  /** Undoes the newest change group (null: nothing to undo); refused at an import or restore, or when a row changed since. */
  'history.undo': channel<UndoResult | null>()(noArgs, { writes: true }),
  /** Redoes the newest undo unless a new change came after it (null: nothing to redo). */
  'history.redo': channel<UndoResult | null>()(noArgs, { writes: true }),
  /** "Zet terug": reverts one change of the history, if its row has not changed since. */
  'history.revert': channel<UndoResult>()(z.object({ change: id }).strict(), { writes: true }),
  /** What a publication of the Ecosysteemkaart as a static website would hold (counts, fields, filter in words). */
  'publish.preview': channel<PublishSummary>()(publishArgs, { writes: false }),
  /** Desktop only: main asks for a folder and writes the website into it (an earlier publication there is replaced); null when cancelled. */
  'publish.build': channel<PublishResult | null>()(publishArgs, { writes: false }),
  /** Desktop only: opens index.html of a folder publish.build wrote in this session in the user's browser. */
  'publish.open': channel<{ opened: boolean }>()(z.object({ folder: z.string().min(1).max(4096) }).strict(), { writes: false }),
  /** Edits one activity's fields, values and initiative as one change group (origin edit). */
  'edits.activity': channel<EditOutcome>()(z.object({ id, set: activityEditSchema }).strict(), { writes: true }),
  /** Adds an activity to an initiative of a scan, or to a new initiative of that name (one change group). */
  'edits.add': channel<EditOutcome & { initiative: number; createdInitiative: boolean }>()(
    z.object({ scan: id, initiative: z.union([id, z.object({ name: z.string().trim().min(1).max(500) }).strict()]), name: z.string().trim().min(1).max(500), set: activityEditSchema.omit({ name: true, initiative: true }).optional() }).strict(),
    { writes: true },
  ),
  /** Deletes an activity with its values, providers and extra fields (undo brings them back). */
  'edits.delete': channel<EditOutcome>()(z.object({ id }).strict(), { writes: true }),
  /** Deletes an initiative with all its activities as one change group. */
  'edits.deleteInitiative': channel<EditOutcome>()(z.object({ id }).strict(), { writes: true }),
  /** Edits one initiative's fields as one change group. */
  'edits.initiative': channel<EditOutcome>()(z.object({ id, set: initiativeEditSchema }).strict(), { writes: true }),
  /** Merges `other` into `keep` (both of one scan): its activities move, its empty fields fill, it is deleted. */
  'edits.merge': channel<EditOutcome>()(z.object({ keep: id, other: id }).strict(), { writes: true }),

  /** Changes a goal (docs/goals.md): its name, filter, target and minimum reach (null: none), as one change group. */
  'goals.update': channel<GoalResult>()(
    z.object({ id, name: z.string().trim().min(1).max(200), filter: filterSchema, target: z.number().int().min(0).max(1_000_000).nullable(), minReach: z.number().int().min(0).max(1_000_000_000).nullable() }).strict(),
    { writes: true },
  ),
  /** Every goal measured in each of the scans on its own (the same goals held against each year or region). */
  'goals.compare': channel<GoalComparison>()(z.object({ scans: z.array(id).min(1).max(1000) }).strict(), { writes: false }),
  /** The goals as .xlsx: each goal measured in the scans, per scan, and the activities that serve it. */
  'export.goals': channel<ExportedFile>()(z.object({ scans: z.array(id).min(1).max(1000), language: language.optional() }).strict(), { writes: false }),
  /** Every goal as a `.regioscan-goals.json` another database can import (scans by region and year). */
  'goals.exportFile': channel<ExportedFile>()(noArgs, { writes: false }),
  /** Adds the goals of a `.regioscan-goals.json` (one schema for the whole file; anything wrong: nothing stored). */
  'goals.importFile': channel<GoalsImportResult>()(z.object({ text: z.string().max(5_000_000) }).strict(), { writes: true }),
  /** The demand table's template workbook (docs/surveys.md, "The demand table"): headers, examples, a Toelichting sheet. */
  'demand.template': channel<ExportedFile>()(z.object({ language: language.optional() }).strict(), { writes: false }),

  /** Te koppelen (docs/mappings.md): every value kept unmapped, with its count, scans, sheet and column. */
  'mappings.unmapped': channel<UnmappedValueView[]>()(noArgs, { writes: false }),
  /** The stored mapping rules (value → code, header → field). */
  'mappings.rules': channel<MappingRuleView[]>()(z.object({ language: language.optional() }).strict(), { writes: false }),
  /** Maps a value: every activity holding it gets the code, and the rule is stored (one change group, origin mapping). */
  'mappings.map': channel<MapResult>()(
    z.object({ dimension: z.enum(VALUE_DIMENSION_KEYS), value: z.string().trim().min(1).max(500), code: z.string().trim().min(1).max(200), language: language.optional() }).strict(),
    { writes: true },
  ),
  /** Removes a stored rule; activities keep their code. */
  'mappings.unmap': channel<{ removed: MappingRuleView; group: number | null }>()(z.object({ id }).strict(), { writes: true }),
  /** The rules as a JSON file another database imports. */
  'mappings.export': channel<ExportedFile>()(noArgs, { writes: false }),
  /** Reads a rules file: every rule checked first (a bad one: nothing changes), then stored and applied. */
  'mappings.import': channel<RulesImportResult>()(z.object({ fileName: z.string().trim().min(1).max(260), text: z.string().max(2 * 1024 * 1024) }).strict(), { writes: true }),
  /** The Excel round trip (docs/roundtrip.md): the diff of a workbook against the scan its IDs belong to, or `scan`; null when the file carries no IDs and no scan is given (an ordinary import). Nothing is written. */
  'roundtrip.diff': channel<RoundtripPreview | null>()(
    z.object({ fileName: z.string().trim().min(1).max(260), data: base64File, scan: id.optional(), language: language.optional() }).strict(),
    { writes: false },
  ),
  /** Desktop only: main shows the open dialog and reads the file: its bytes, and its round-trip preview (null: an ordinary import, which the renderer starts with import.start); null when the user cancels. */
  'roundtrip.choose': channel<{ fileName: string; data: string; preview: RoundtripPreview | null } | null>()(
    z.object({ scan: id.optional(), language: language.optional() }).strict(),
    { writes: false },
  ),
  /** Applies that diff (read again from the file) as one change group with origin roundtrip, after a backup; rows missing from the file are deleted only with deleteMissing; refused when it is no longer the diff the preview's fingerprint names. */
  'roundtrip.apply': channel<RoundtripApplied>()(
    z.object({ fileName: z.string().trim().min(1).max(260), data: base64File, scan: id.optional(), deleteMissing: z.boolean(), fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional() }).strict(),
    { writes: true },
  ),
  /** The rounds of the imported survey files, with how many files and responses each has (the Impact screen's round selector). */
  'surveys.rounds': channel<SurveyRound[]>()(noArgs, { writes: false }),
  /** Impact for a meeting as .xlsx: per knelpunt, per type and per initiative, with the filter and round in words. */
  'export.impact': channel<ExportedFile>()(z.object({ filter: filterSchema, round: round.optional(), language: language.optional() }).strict(), { writes: false }),
  /** The questionnaire as printable A4 pages (PDF), one per activity of a scan or one of its initiatives. */
  'surveys.pages': channel<ExportedFile>()(z.object({ scan: id, initiative: id.optional(), round: round.optional(), language: language.optional() }).strict(), { writes: false }),
  /** Volgende deur per initiative for the referral text: for the activities under the filter, the initiatives their next doors belong to (at most three each). */
  'nextdoor.initiatives': channel<{ initiative: number; next: { id: number; name: string }[] }[]>()(z.object({ filter: filterSchema }).strict(), { writes: false }),
  /** Presentations (docs/presentations.md): their titles and numbers of slides. */
  'presentations.list': channel<PresentationSummary[]>()(noArgs, { writes: false }),
  'presentations.get': channel<Presentation>()(z.object({ id }).strict(), { writes: false }),
  /** Every write below is one change group (origin `presentation`), undone by history.undo. */
  'presentations.create': channel<Presentation>()(z.object({ title: presentationTitleSchema }).strict(), { writes: true }),
  'presentations.rename': channel<Presentation>()(z.object({ id, title: presentationTitleSchema }).strict(), { writes: true }),
  'presentations.delete': channel<{ deleted: number }>()(z.object({ id }).strict(), { writes: true }),
  /** Adds a slide (a copy of the filter) at the end, or at `position`. */
  'presentations.addSlide': channel<Presentation>()(z.object({ presentation: id, slide: newSlideSchema, position: z.number().int().min(1).optional() }).strict(), { writes: true }),
  'presentations.editSlide': channel<Presentation>()(z.object({ slide: id, patch: slidePatchSchema }).strict(), { writes: true }),
  'presentations.moveSlide': channel<Presentation>()(z.object({ slide: id, position: z.number().int().min(1) }).strict(), { writes: true }),
  'presentations.removeSlide': channel<Presentation>()(z.object({ slide: id }).strict(), { writes: true }),
  /** Every slide of a presentation drawn for the screen: title, note, filter in words, the view's tables or map. */
  'presentations.show': channel<SlideShow[]>()(z.object({ id, language: language.optional() }).strict(), { writes: false }),
  /** The presentation as a PDF, one A4-landscape page per slide, delivered as every export is. */
  'presentations.exportPdf': channel<ExportedFile>()(z.object({ id, language: language.optional() }).strict(), { writes: false }),
  /** Desktop only: main asks for a folder and writes the presentation's site into it; null when cancelled. */
  'presentations.exportSite': channel<{ folder: string; index: string; files: string[] } | null>()(z.object({ id, language: language.optional() }).strict(), { writes: false }),
  /** The `.regioscan-presentation.json` file to share, and reading one into a new presentation. */
  'presentations.exportFile': channel<ExportedFile>()(z.object({ id }).strict(), { writes: false }),
  'presentations.importFile': channel<Presentation>()(z.object({ text: z.string().max(5_000_000) }).strict(), { writes: true }),
  /** The chosen scans as a Regioscan database file (.sqlite) to send, with their history (docs/database-merge.md). */
  'dbmerge.export': channel<ExportedFile>()(z.object({ scans: z.array(id).min(1).max(1000) }).strict(), { writes: false }),
  /** Reads a .sqlite file in a worker (checked as hostile input) and lists its scans with those they would meet here. */
  'dbmerge.preview': channel<DatabasePreview>()(z.object({ fileName: z.string().trim().min(1).max(260), data: base64File }).strict(), { writes: false }),
  /** Merges the previewed file: per scan of the file that meets one here, 'replace' or 'keep-both' (by its id in the file). */
  'dbmerge.commit': channel<DatabaseMergeResult>()(
    z.object({ previewId: z.string().min(1).max(100), decisions: z.record(z.string().regex(/^\d{1,16}$/), z.enum(['replace', 'keep-both'])) }).strict(),
    { writes: true },
  ),
  /** Forgets a previewed file without merging it. */
  'dbmerge.cancel': channel<{ cancelled: boolean }>()(z.object({ previewId: z.string().min(1).max(100) }).strict(), { writes: false }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type ArgsOf<C extends Channel> = z.input<Contract[C]['args']>;
export type ParsedArgsOf<C extends Channel> = z.output<Contract[C]['args']>;
export type ResultOf<C extends Channel> = NonNullable<Contract[C]['result']>['value'];

/** What crosses the wire: a result or a user-readable error (Electron mangles thrown errors). */
export type Envelope<R> = { ok: true; value: R } | { ok: false; error: WireError };

export interface WireError {
  /** Stable machine code, e.g. `invalid-arguments`, `not-found`, `read-only`. */
  code: string;
  /** One sentence for the user, in Dutch and English. */
  message: { nl: string; en: string };
}

/** The functions the preload exposes (`window.regioscan`), one named function per channel. */
export type Bridge = { [C in Channel]: (args: ArgsOf<C>) => Promise<Envelope<ResultOf<C>>> };
