/** The renderer's pure state: routes, the app reducer and the import flow, tested directly. */
import { EMPTY_MAPPING } from '../../src-shared/import-mapping';
import { describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../src-shared/model';
import { formatRoute, parseRoute, routeFromHash } from '../../src-renderer/src/routes';
import { appReducer, initialAppState, restoredSelection } from '../../src-renderer/src/state/app';
import { canCommit, commitDecisions, importPhase, importReducer, initialImportState, scanEdits } from '../../src-renderer/src/import/importFlow';
import { allowsAll, conditionOf, filtersReducer, initialFiltersState, isSelected } from '../../src-renderer/src/state/filters';
import { emptyFilter } from '../../src-shared/filter';

describe('routes', () => {
  it('parse hashes forgivingly and fall back to Overzicht', () => {
    expect(parseRoute('#/activiteiten')).toBe('activiteiten');
    expect(parseRoute('#Witte-Vlekken/')).toBe('witte-vlekken');
    expect(parseRoute('#/back-ups')).toBe('back-ups');
    expect(parseRoute('#/nergens')).toBeNull();
    expect(routeFromHash('')).toBe('overzicht');
    expect(formatRoute('leer-van-elkaar')).toBe('#/leer-van-elkaar');
  });
});

describe('app reducer', () => {
  it('selects every scan the first time they arrive, then only drops scans that are gone', () => {
    let s = appReducer(initialAppState(), { type: 'sessionLoaded', session: {} });
    s = appReducer(s, { type: 'scansAvailable', ids: [1, 2] });
    expect(s.selectedScanIds).toEqual([1, 2]);
    s = appReducer(s, { type: 'scansSelected', ids: [2] });
    s = appReducer(s, { type: 'scansAvailable', ids: [2, 3] });
    expect(s.selectedScanIds).toEqual([2]);
    expect(s.availableScanIds).toEqual([2, 3]);
    s = appReducer(s, { type: 'scansAvailable', ids: [3] });
    expect(s.selectedScanIds).toEqual([]);
  });

  it('brings back the scans selected last time that still exist, whichever of scans and session arrives first', () => {
    const early = appReducer(initialAppState(), { type: 'scansAvailable', ids: [1, 2, 3] });
    expect(early.scanSelectionInitialised).toBe(false);
    expect(appReducer(early, { type: 'sessionLoaded', session: { scans: [3, 9], knownScans: [1, 2, 3, 9] } }).selectedScanIds).toEqual([3]);
    const late = appReducer(initialAppState(), { type: 'sessionLoaded', session: { scans: [2, 1], knownScans: [1, 2, 3] } });
    expect(appReducer(late, { type: 'scansAvailable', ids: [1, 2, 3] }).selectedScanIds).toEqual([2, 1]);
    // None of them exists any more (or none was remembered): every scan, as on a first start.
    expect(appReducer(late, { type: 'scansAvailable', ids: [4, 5] }).selectedScanIds).toEqual([4, 5]);
    expect(restoredSelection([4, 5], undefined, undefined)).toEqual([4, 5]);
    // A scan that is new since (imported meanwhile) starts selected; one the user deselected does not.
    expect(restoredSelection([1, 2, 3, 4], [1], [1, 2, 3])).toEqual([1, 4]);
  });

  it('takes the remembered language and colour scheme', () => {
    const s = appReducer(initialAppState(), { type: 'settingsLoaded', settings: { language: 'en', colorScheme: 'dark' } });
    expect(s).toMatchObject({ status: 'ready', language: 'en', colorScheme: 'dark' });
  });
});

describe('import flow', () => {
  const status = (state: ImportStatus['state'], existing: boolean): ImportStatus => ({
    sessionId: 's1',
    state,
    progress: { phase: 'read', done: 0, total: 1 },
    preview: state === 'reading' ? null : {
      fileName: 'a.xlsx',
      format: 'xlsx',
      scans: [{ group: '', region: 'R', year: 2022, title: 'T', counts: { initiatives: 1, activities: 1, organisations: 0 }, facets: {}, issues: [], existing: existing ? { id: 9, title: 'Oud' } : null, columns: [], unmapped: [], regions: [], extra: [] }],
      mapping: EMPTY_MAPPING,
      regionOptions: [],
    },
    scanIds: [],
    error: null,
  });

  it('needs a decision for an existing scan before it can commit', () => {
    let s = importReducer(initialImportState, { type: 'fileChosen', fileName: 'a.xlsx' });
    s = importReducer(s, { type: 'sessionStarted', sessionId: 's1' });
    s = importReducer(s, { type: 'statusReceived', status: status('ready', true) });
    expect(importPhase(s)).toBe('ready');
    expect(canCommit(s)).toBe(false);
    s = importReducer(s, { type: 'decisionChanged', group: '', decision: 'replace' });
    expect(canCommit(s)).toBe(true);
    expect(commitDecisions(s)).toEqual({ '': 'replace' });
  });

  it('never steps a session back when answers cross, and ignores other sessions', () => {
    let s = importReducer(initialImportState, { type: 'fileChosen', fileName: 'a.xlsx' });
    s = importReducer(s, { type: 'sessionStarted', sessionId: 's1' });
    s = importReducer(s, { type: 'statusReceived', status: status('done', false) });
    s = importReducer(s, { type: 'statusReceived', status: status('ready', false) });
    expect(importPhase(s)).toBe('done');
    const other = importReducer(s, { type: 'statusReceived', status: { ...status('failed', false), sessionId: 'other' } });
    expect(other).toBe(s);
  });

  it('shows only the answer to the latest remap, lets a commit go while one is on its way, and takes the mapping back when main refuses it', () => {
    const mapping = (header: string) => ({ ...EMPTY_MAPPING, columns: [{ header, target: 'description' as const }] });
    const answer = (title: string): ImportStatus => {
      const ready = status('ready', false);
      return { ...ready, preview: { ...ready.preview!, scans: [{ ...ready.preview!.scans[0]!, title }], mapping: mapping(title) } };
    };
    let s = importReducer(initialImportState, { type: 'fileChosen', fileName: 'a.xlsx' });
    s = importReducer(s, { type: 'sessionStarted', sessionId: 's1' });
    s = importReducer(s, { type: 'statusReceived', status: status('ready', false) });
    expect(s.mapping).toEqual(EMPTY_MAPPING);
    s = importReducer(s, { type: 'remapRequested', seq: 1, mapping: mapping('A'), edits: {} });
    s = importReducer(s, { type: 'remapRequested', seq: 2, mapping: mapping('B'), edits: { '': { region: 'Zeeland' } } });
    expect(s).toMatchObject({ pending: 'remap', mapping: mapping('B') });
    expect(canCommit(s)).toBe(true);
    // The first answer arrives late: dropped. The second one is shown.
    s = importReducer(s, { type: 'remapReceived', seq: 1, status: answer('A') });
    expect(s.status!.preview!.scans[0]!.title).toBe('T');
    s = importReducer(s, { type: 'remapReceived', seq: 2, status: answer('B') });
    expect(s).toMatchObject({ pending: null });
    expect(s.status!.preview!.scans[0]!.title).toBe('B');
    expect(scanEdits(s.edits)).toEqual([{ group: '', region: 'Zeeland' }]);
    // Refused: the error is shown and the mapping is the one the preview was made with.
    s = importReducer(s, { type: 'remapRequested', seq: 3, mapping: mapping('C'), edits: s.edits });
    s = importReducer(s, { type: 'remapFailed', seq: 3, message: { nl: 'fout', en: 'wrong' } });
    expect(s).toMatchObject({ pending: null, mapping: mapping('B'), error: { nl: 'fout', en: 'wrong' } });
    // After a commit was asked for, a remap's answer no longer counts.
    s = importReducer(s, { type: 'remapRequested', seq: 4, mapping: mapping('D'), edits: s.edits });
    s = importReducer(s, { type: 'commitRequested' });
    expect(s.pending).toBe('commit');
    expect(importReducer(s, { type: 'remapReceived', seq: 4, status: answer('D') })).toBe(s);
  });
});

describe('filters reducer', () => {
  it('restores last session\'s filter under the header\'s scans, as no undoable step', () => {
    let s = filtersReducer(initialFiltersState([1]), { type: 'setText', text: 'x' });
    s = filtersReducer(s, { type: 'restore', filter: { ...emptyFilter([7]), text: 'ai', conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] } });
    expect(s.filter).toMatchObject({ scans: [1], text: 'ai', conditions: [{ dimension: 'type', values: ['werken-met-studenten'] }] });
    expect(s.past).toEqual([]);
    expect(s.future).toEqual([]);
  });

  it('toggles values within a dimension (OR) and keeps dimensions apart (AND)', () => {
    let s = initialFiltersState([1]);
    s = filtersReducer(s, { type: 'toggleValue', dimension: 'bottleneck', value: '1' });
    s = filtersReducer(s, { type: 'toggleValue', dimension: 'bottleneck', value: '2' });
    s = filtersReducer(s, { type: 'toggleValue', dimension: 'technology', value: 'ai' });
    expect(s.filter.conditions).toEqual([
      { dimension: 'bottleneck', mode: 'any', values: ['1', '2'] },
      { dimension: 'technology', mode: 'any', values: ['ai'] },
    ]);
    s = filtersReducer(s, { type: 'toggleValue', dimension: 'bottleneck', value: '1' });
    expect(conditionOf(s.filter, 'bottleneck')?.values).toEqual(['2']);
    expect(s.filter.scans).toEqual([1]);
  });

  it('undoes and redoes filter changes, and a change that changes nothing is no step', () => {
    let s = initialFiltersState();
    s = filtersReducer(s, { type: 'setText', text: 'ai' });
    const same = filtersReducer(s, { type: 'setText', text: 'ai' });
    expect(same).toBe(s);
    s = filtersReducer(s, { type: 'toggleValue', dimension: 'type', value: 'workshops' });
    s = filtersReducer(s, { type: 'undo' });
    expect(s.filter.conditions).toEqual([]);
    expect(s.filter.text).toBe('ai');
    s = filtersReducer(s, { type: 'redo' });
    expect(isSelected(s.filter, 'type', 'workshops')).toBe(true);
  });

  it('does not allow "all of" on a single-valued dimension, and keeps the scans when a saved filter is applied', () => {
    let s = initialFiltersState([3]);
    expect(allowsAll('type')).toBe(false);
    s = filtersReducer(s, { type: 'toggleValue', dimension: 'type', value: 'workshops' });
    const before = s;
    s = filtersReducer(s, { type: 'setMode', dimension: 'type', mode: 'all' });
    expect(s.filter).toEqual(before.filter);
    s = filtersReducer(s, { type: 'replace', filter: { ...emptyFilter([9]), text: 'x' } });
    expect(s.filter).toMatchObject({ scans: [3], text: 'x' });
  });
});
