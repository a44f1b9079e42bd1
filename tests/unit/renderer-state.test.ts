/** The renderer's pure state: routes, the app reducer and the import flow, tested directly. */
import { describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../src-shared/model';
import { formatRoute, parseRoute, routeFromHash } from '../../src-renderer/src/routes';
import { appReducer, initialAppState } from '../../src-renderer/src/state/app';
import { canCommit, commitDecisions, importPhase, importReducer, initialImportState } from '../../src-renderer/src/state/import';

describe('routes', () => {
  it('parse hashes forgivingly and fall back to Overzicht', () => {
    expect(parseRoute('#/activiteiten')).toBe('activiteiten');
    expect(parseRoute('#Witte-Vlekken/')).toBe('witte-vlekken');
    expect(parseRoute('#/nergens')).toBeNull();
    expect(routeFromHash('')).toBe('overzicht');
    expect(formatRoute('leer-van-elkaar')).toBe('#/leer-van-elkaar');
  });
});

describe('app reducer', () => {
  it('selects every scan the first time they arrive, then only drops scans that are gone', () => {
    let s = appReducer(initialAppState(), { type: 'scansAvailable', ids: [1, 2] });
    expect(s.selectedScanIds).toEqual([1, 2]);
    s = appReducer(s, { type: 'scansSelected', ids: [2] });
    s = appReducer(s, { type: 'scansAvailable', ids: [2, 3] });
    expect(s.selectedScanIds).toEqual([2]);
    s = appReducer(s, { type: 'scansAvailable', ids: [3] });
    expect(s.selectedScanIds).toEqual([]);
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
    preview: state === 'reading' ? null : { fileName: 'a.xlsx', format: 'xlsx', scans: [{ group: '', region: 'R', year: 2022, title: 'T', counts: { initiatives: 1, activities: 1, organisations: 0 }, facets: {}, issues: [], existing: existing ? { id: 9, title: 'Oud' } : null }] },
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
});
