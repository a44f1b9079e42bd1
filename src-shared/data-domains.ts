/**
 * The data-change model: the database's data in domains, which domains each contract channel reads
 * and which each writing channel changes. After a successful write main bumps the version of every
 * domain the channel changes and announces them as a `data-changed` app event
 * (src-main/data-versions.ts); the renderer refetches exactly the cached answers of the channels
 * that read one of those domains (src-renderer/src/api/dataVersions.ts). A test keeps every
 * channel classified (tests/unit/data-versions.test.ts).
 *
 * Pure module: no Node and no DOM APIs.
 */
import type { Channel } from './contract';

export const DATA_DOMAINS = [
  /** The scans themselves: title, region, year, source file and the stored import report. */
  'scans',
  /** What a scan holds: initiatives, activities, organisations, their codes and extra fields, and the values workbooks added. */
  'activities',
  /** Where each region lies in the geography hierarchy (a placing changes what a region's filter selects). */
  'geography',
  /** The saved filters. */
  'filters',
  /** Language and colour scheme. */
  'settings',
  /** Where the user left off: screen, filter, selected scans, map view. */
  'session',
  /** The map's stored layout per set of scans. */
  'graph-positions',
  /** The backup files beside the database. */
  'backups',
  /** The change history (docs/history.md): every channel that changes scans, activities or geography adds to it. */
  'history',
  /** Survey files and their responses (deleted with their scan's activities). */
  'surveys',
  /** The region's goals. */
  'goals',
  /** Imported demand tables. */
  'demand',
  /** Decisions on links between scans' initiatives and activities (confirmed, rejected; docs/links.md). */
  'links',
  /** Mapping rules (value → code, header → field; docs/mappings.md). */
  'mappings',
  /** Presentations and their slides (docs/presentations.md). */
  'presentations',
] as const;

export type DataDomain = (typeof DATA_DOMAINS)[number];

/** A change counter per domain, per open database, counted from 0 when main opened it. */
export type DataVersions = Record<DataDomain, number>;

export interface ChannelData {
  /** Domains whose data the answer depends on (a change to any of them makes a cached answer stale). */
  readonly reads: readonly DataDomain[];
  /** Domains a successful call changes. */
  readonly writes: readonly DataDomain[];
}

const reads = (...domains: DataDomain[]): ChannelData => ({ reads: domains, writes: [] });
const writes = (...domains: DataDomain[]): ChannelData => ({ reads: [], writes: domains });
/** Neither: the answer is no stored data (a static file, an import session in memory, a shell action). */
const neither: ChannelData = { reads: [], writes: [] };

/** Every question asked under a filter: its answer names scans, counts activities and follows the geography hierarchy. */
const content = reads('scans', 'activities', 'geography');
/** What a scan import, replace or delete changes (each makes a backup first, and is recorded in the history; the map forgets places, links drop decisions and surveys drop responses of what is gone). */
const scanContent = writes('scans', 'activities', 'geography', 'graph-positions', 'backups', 'surveys', 'links', 'history');
/** Links and the change report: computed from both scans' content, with the stored decisions laid over. */
const linked = reads('links', 'scans', 'activities', 'geography');
/** An undo, redo or revert writes back whatever its change group wrote. */
const replayed = writes('scans', 'activities', 'geography', 'graph-positions', 'history', 'goals', 'links', 'presentations');

export const CHANNEL_DATA: { readonly [C in Channel]: ChannelData } = {
  // The damage report offers the newest good backup.
  'app.info': reads('backups'),
  'settings.get': reads('settings'),
  'settings.set': writes('settings'),
  'session.get': reads('session'),
  'session.set': writes('session'),
  // With each scan's counts of initiatives, activities and organisations.
  'scans.list': reads('scans', 'activities'),
  'scans.rename': writes('scans', 'history'),
  'scans.delete': scanContent,
  'scans.issues': reads('scans'),

  // An import session lives in main's memory until its commit; its progress comes as import-status events.
  'import.start': neither,
  'import.choose': neither,
  'import.status': neither,
  'import.remap': neither,
  'import.commit': scanContent,
  'import.cancel': neither,
  'import.template': neither,

  'query.facets': content,
  'query.activities': content,
  'query.initiatives': content,
  'query.activity': content,
  'query.initiative': content,

  // With what each filter names that the database does not have (values, organisations, scans).
  'filters.list': reads('filters', 'scans', 'activities', 'geography'),
  'filters.save': writes('filters'),
  'filters.duplicate': writes('filters'),
  'filters.delete': writes('filters'),
  'filters.export': reads('filters', 'scans', 'activities', 'geography'),
  'filters.import': writes('filters'),

  'export.activities': content,
  'app.showInFolder': neither,
  'graph.build': content,
  'graph.positions.get': reads('graph-positions'),
  'graph.positions.save': writes('graph-positions'),
  'compare.build': content,
  'export.compare': content,
  'whitespots.build': content,
  'export.whitespots': content,
  'export.scan': content,
  // Initiatives linked across the selected scans count once (docs/links.md §6).
  'overview.build': reads('scans', 'activities', 'geography', 'links'),
  'overview.export': reads('scans', 'activities', 'geography', 'links'),
  'pairings.list': content,
  'pairings.partners': content,
  'pairings.activityPairs': content,
  'export.pairings': content,
  // The factsheet draws the map from its stored layout too.
  // With the goals and their white spots (demand), impact from survey answers, and with compare the links.
  'report.build': reads('scans', 'activities', 'geography', 'graph-positions', 'goals', 'surveys', 'links', 'demand'),
  'report.initiatives': content,

  // With the number of activities in each region.
  'geography.list': reads('geography', 'activities'),
  'geography.place': writes('geography', 'history'),

  // The questionnaire is written from the scan's activities; responses are matched to activities.
  'surveys.template': content,
  'surveys.import': writes('surveys', 'backups'),
  'surveys.impact': reads('scans', 'activities', 'geography', 'surveys'),
  'goals.list': reads('scans', 'activities', 'geography', 'goals'),
  'goals.add': writes('goals', 'history'),
  'goals.delete': writes('goals', 'history'),
  // With the referrals participants reported in the survey's Volgende stap.
  'nextdoor.suggest': reads('scans', 'activities', 'geography', 'surveys'),
  'nextdoor.overlap': content,
  'demand.import': writes('demand', 'backups'),
  'demand.view': reads('scans', 'activities', 'geography', 'demand'),
  // A publication is made of the scans' content and the map's stored layout; it writes files, not the database.
  'publish.preview': reads('scans', 'activities', 'geography', 'graph-positions'),
  'publish.build': reads('scans', 'activities', 'geography', 'graph-positions'),
  'publish.open': neither,
  'links.list': linked,
  'links.decide': writes('links', 'history'),
  'links.changes': linked,
  'links.gexf': linked,
  'export.changes': linked,

  'backups.list': reads('backups'),
  'backups.create': writes('backups'),
  // Everything comes from the backup (the current content is backed up first).
  'backups.restore': writes(...DATA_DOMAINS),
  'history.list': reads('history', 'scans', 'activities'),
  'history.undo': replayed,
  'history.redo': replayed,
  'history.revert': replayed,
  // Edits (src-main/edits): each one change group. A deleted activity takes its survey responses and
  // links along; a deleted or merged-away initiative its map position and links.
  'edits.activity': writes('activities', 'history'),
  'edits.add': writes('activities', 'history'),
  'edits.delete': writes('activities', 'surveys', 'links', 'history'),
  'edits.deleteInitiative': writes('activities', 'graph-positions', 'surveys', 'links', 'history'),
  'edits.initiative': writes('activities', 'history'),
  'edits.merge': writes('activities', 'graph-positions', 'links', 'history'),
  'goals.update': writes('goals', 'history'),
  'goals.compare': reads('scans', 'activities', 'geography', 'goals'),
  'export.goals': reads('scans', 'activities', 'geography', 'goals'),
  'goals.exportFile': reads('scans', 'goals'),
  'goals.importFile': writes('goals', 'history'),
  'demand.template': neither,
  // An undo or an import changes which values are unmapped and which rules are stored: these read history and activities too.
  'mappings.unmapped': reads('activities', 'scans', 'mappings', 'history'),
  'mappings.rules': reads('mappings', 'history', 'scans', 'activities'),
  'mappings.map': writes('activities', 'mappings', 'history'),
  'mappings.unmap': writes('mappings', 'history'),
  'mappings.export': reads('mappings'),
  'mappings.import': writes('activities', 'mappings', 'history'),
  // The Excel round trip: the diff reads the scan's content; applying it edits the scan as one change group after a backup.
  'roundtrip.diff': reads('scans', 'activities', 'geography'),
  'roundtrip.apply': writes('activities', 'scans', 'history', 'backups'),
  'roundtrip.choose': reads('scans', 'activities', 'geography'),
  'surveys.rounds': reads('surveys'),
  'export.impact': reads('scans', 'activities', 'geography', 'surveys'),
  // The printable questionnaire is written from the scan's activities, like surveys.template.
  'surveys.pages': content,
  'nextdoor.initiatives': content,
  'presentations.list': reads('presentations'),
  'presentations.get': reads('presentations'),
  'presentations.create': writes('presentations', 'history'),
  'presentations.rename': writes('presentations', 'history'),
  'presentations.delete': writes('presentations', 'history'),
  'presentations.addSlide': writes('presentations', 'history'),
  'presentations.editSlide': writes('presentations', 'history'),
  'presentations.moveSlide': writes('presentations', 'history'),
  'presentations.removeSlide': writes('presentations', 'history'),
  // Each slide asks what its view shows of the content: the factsheet's sections, goals, answers and links included.
  'presentations.show': reads('presentations', 'scans', 'activities', 'geography', 'graph-positions', 'goals', 'surveys', 'links', 'demand'),
  'presentations.exportPdf': reads('presentations', 'scans', 'activities', 'geography', 'graph-positions', 'goals', 'surveys', 'links', 'demand'),
  'presentations.exportSite': reads('presentations', 'scans', 'activities', 'geography', 'graph-positions', 'goals', 'surveys', 'links', 'demand'),
  'presentations.exportFile': reads('presentations', 'scans'),
  'presentations.importFile': writes('presentations', 'history'),
  'dbmerge.export': reads('scans'),
  'dbmerge.preview': reads('scans'),
  // A merge adds or replaces scans as an import does (a backup first, recorded in the history).
  'dbmerge.commit': scanContent,
  'dbmerge.cancel': neither,
};

/** True when `channel`'s answer depends on one of `domains`. */
export function readsAny(channel: Channel, domains: ReadonlySet<DataDomain>): boolean {
  return CHANNEL_DATA[channel].reads.some((domain) => domains.has(domain));
}

export function zeroVersions(): DataVersions {
  return Object.fromEntries(DATA_DOMAINS.map((domain) => [domain, 0])) as DataVersions;
}
