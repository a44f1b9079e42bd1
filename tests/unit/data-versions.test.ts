/**
 * The data-change model (src-shared/data-domains.ts, src-main/data-versions.ts): every channel says
 * which data domains it reads and which it changes; every successful write bumps exactly its domains
 * and announces them as one `data-changed` app event — after an import's write is in — and a refused
 * or failed write, or a read, announces nothing. The announcement reaches `regioscan serve`'s
 * `GET /events` stream as it reaches the desktop window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../src-shared/contract';
import { CHANNEL_DATA, DATA_DOMAINS, readsAny, type DataDomain } from '../../src-shared/data-domains';
import { emptyFilter } from '../../src-shared/filter';
import type { AppEvent } from '../../src-shared/model';
import { onAppEvent } from '../../src-main/app-events';
import { dataVersions } from '../../src-main/data-versions';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import type { HandlerEnv } from '../../src-main/rpc/types';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { startServer } from '../../src-main/serve/server';
import { REPO_ROOT } from '../../src-main/version';
import { createAppEvents, httpEventSource } from '../../src-renderer/src/api/events';
import { tempDir, TEST_ENV } from '../helpers/db';
import { settle } from '../helpers/import-via-contract';

type Changed = Extract<AppEvent, { type: 'data-changed' }>;

describe('every channel is classified', () => {
  it('names each channel of the contract once, with known domains only', () => {
    expect(Object.keys(CHANNEL_DATA).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const { reads, writes } = CHANNEL_DATA[channel];
      for (const domain of [...reads, ...writes]) expect(DATA_DOMAINS, `${channel}: ${domain}`).toContain(domain);
      expect(new Set(reads).size, channel).toBe(reads.length);
      expect(new Set(writes).size, channel).toBe(writes.length);
    }
  });

  it('lets only channels the contract calls writing change data (so read-only mode refuses every change)', () => {
    for (const channel of CHANNELS) {
      if (CHANNEL_DATA[channel].writes.length > 0) expect(contract[channel].writes, channel).toBe(true);
      // A reading channel whose answer is stored data says which; a writing one is not cached.
      if (contract[channel].writes) expect(CHANNEL_DATA[channel].reads, channel).toEqual([]);
    }
  });

  it('has every domain written by some channel and read by some channel', () => {
    for (const domain of DATA_DOMAINS) {
      expect(CHANNELS.some((c) => CHANNEL_DATA[c].writes.includes(domain)), `written: ${domain}`).toBe(true);
      expect(CHANNELS.some((c) => CHANNEL_DATA[c].reads.includes(domain)), `read: ${domain}`).toBe(true);
    }
  });

  it('makes a write stale exactly the answers that depend on what it changed', () => {
    const staleAfter = (writer: Channel) => CHANNELS.filter((c) => readsAny(c, new Set<DataDomain>(CHANNEL_DATA[writer].writes))).sort();
    // Saving the place the user left off, or the map's layout, leaves every data answer alone — but
    // a publication and the factsheet, whose maps use the stored layout.
    expect(staleAfter('session.set')).toEqual(['session.get']);
    expect(staleAfter('graph.positions.save')).toEqual(['graph.positions.get', 'publish.build', 'publish.preview', 'report.build']);
    expect(staleAfter('filters.save')).toEqual(['filters.export', 'filters.list']);
    // A new scan reaches every screen, the backups list (it made a backup) and the map's places.
    const afterImport = staleAfter('import.commit');
    for (const c of ['scans.list', 'query.facets', 'query.activities', 'graph.build', 'overview.build', 'compare.build', 'whitespots.build', 'pairings.list', 'geography.list', 'backups.list', 'graph.positions.get', 'filters.list'] as const) {
      expect(afterImport, c).toContain(c);
    }
    expect(afterImport).not.toContain('settings.get');
    expect(afterImport).not.toContain('session.get');
    // A restore replaces everything.
    expect(staleAfter('backups.restore')).toEqual(CHANNELS.filter((c) => CHANNEL_DATA[c].reads.length > 0).sort());
  });
});

describe('writes announce what they changed', () => {
  let db: Db;
  let events: Changed[];
  let stop: () => void;
  const env: HandlerEnv = TEST_ENV;
  const call = async (channel: string, args: unknown, callEnv: HandlerEnv = env) => {
    const reply = await dispatch(db, channel, args, callEnv);
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.message.en}`);
    return reply.value;
  };

  beforeEach(async () => {
    db = await openDatabase(join(tempDir('regioscan-versions-'), 'regioscan.sqlite'));
    events = [];
    stop = onAppEvent(db, (event) => event.type === 'data-changed' && events.push(event));
  });
  afterEach(() => {
    stop();
    db.close();
  });

  it('bumps each domain a write changes, once per write, and nothing for a read', async () => {
    await call('scans.list', {});
    await call('query.facets', { filter: emptyFilter() });
    expect(events).toEqual([]);

    await call('settings.set', { language: 'en' });
    await call('session.set', { route: 'overzicht' });
    await call('session.set', { route: 'activiteiten' });
    expect(events.map((e) => e.domains)).toEqual([['settings'], ['session'], ['session']]);
    expect(events.at(-1)!.versions).toMatchObject({ settings: 1, session: 2, scans: 0 });

    const saved = (await call('filters.save', { name: 'A', filter: emptyFilter() })) as { id: number };
    await call('filters.delete', { id: saved.id });
    expect(events.slice(-2).map((e) => e.domains)).toEqual([['filters'], ['filters']]);
    expect(dataVersions(db)).toMatchObject({ filters: 2, settings: 1, session: 2 });
  });

  it('announces nothing for a write that failed or was refused', async () => {
    expect((await dispatch(db, 'scans.delete', { id: 999 }, env)).ok).toBe(false);
    expect((await dispatch(db, 'settings.set', { language: 'fr' }, env)).ok).toBe(false);
    expect((await dispatch(db, 'settings.set', { language: 'en' }, { ...env, readOnly: true })).ok).toBe(false);
    expect(events).toEqual([]);
    expect(dataVersions(db).settings).toBe(0);
  });

  it('announces an import only once its write is in (written by the worker after the commit was answered)', async () => {
    const workerEnv: HandlerEnv = { ...env, importWorker: sourceWorkerFactory };
    const data = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'canonical-nl.xlsx')).toString('base64');
    const { sessionId } = (await call('import.start', { fileName: 'canonical-nl.xlsx', data }, workerEnv)) as { sessionId: string };
    expect((await settle(db, sessionId, workerEnv)).state).toBe('ready');
    expect(events).toEqual([]);
    // What the renderer does on the announcement: ask again. The scan is there by then.
    const seen = new Promise<number>((resolve) => {
      const off = onAppEvent(db, (event) => {
        if (event.type !== 'data-changed') return;
        off();
        void call('scans.list', {}).then((list) => resolve((list as unknown[]).length));
      });
    });
    await call('import.commit', { sessionId, decisions: {} }, workerEnv);
    expect(await seen).toBe(1);
    expect(events.map((e) => e.domains)).toEqual([['scans', 'activities', 'geography', 'graph-positions', 'backups', 'surveys', 'links', 'history']]);
  });

  it('announces a rename, a geography placing and a delete with their own domains', async () => {
    await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data')));
    const [scan] = (await call('scans.list', {})) as { id: number }[];
    await call('scans.rename', { id: scan!.id, title: 'Hernoemd' });
    await call('scans.delete', { id: scan!.id });
    expect(events.map((e) => e.domains)).toEqual([['scans', 'history'], ['scans', 'activities', 'geography', 'graph-positions', 'backups', 'surveys', 'links', 'history']]);
    expect(events.at(-1)!.versions).toMatchObject({ scans: 2, activities: 1, backups: 1 });
  });
});

describe('the announcement on the serve event stream', () => {
  it('reaches a GET /events reader, as the import progress does', async () => {
    const db = await openDatabase(join(tempDir('regioscan-versions-serve-'), 'regioscan.sqlite'));
    const server = await startServer({ db, rendererDir: tempDir(), version: 'test', token: 'versions-token-0123456789' });
    const base = new URL(server.url).origin;
    const headers = { 'X-Regioscan-Token': 'versions-token-0123456789' };
    try {
      const events = createAppEvents(() => httpEventSource((path, init) => fetch(base + path, init), () => headers));
      const received: Changed[] = [];
      let opened!: () => void;
      const open = new Promise<void>((resolve) => (opened = resolve));
      let arrived!: () => void;
      const arrival = new Promise<void>((resolve) => (arrived = resolve));
      const unsubscribe = events.subscribe(
        (event) => {
          if (event.type !== 'data-changed') return;
          received.push(event);
          arrived();
        },
        () => opened(),
      );
      await open;
      const reply = await fetch(`${base}/api/filters.save`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Gedeeld', filter: emptyFilter() }) });
      expect(((await reply.json()) as { ok: boolean }).ok).toBe(true);
      await arrival;
      expect(received).toEqual([{ type: 'data-changed', domains: ['filters'], versions: expect.objectContaining({ filters: 1, scans: 0 }) }]);
      unsubscribe();
    } finally {
      await server.close();
      db.close();
    }
  });
});

describe('the edit channels (issue 16)', () => {
  it('make stale every screen that shows the scan\'s content, and its history', () => {
    const staleAfter = (writer: Channel) => CHANNELS.filter((c) => readsAny(c, new Set<DataDomain>(CHANNEL_DATA[writer].writes)));
    for (const writer of ['edits.activity', 'edits.add', 'edits.delete', 'edits.deleteInitiative', 'edits.initiative', 'edits.merge'] as const) {
      const stale = staleAfter(writer);
      for (const c of ['query.facets', 'query.activities', 'query.initiatives', 'query.activity', 'query.initiative', 'graph.build', 'whitespots.build', 'pairings.list', 'overview.build', 'scans.list', 'history.list'] as const) expect(stale, `${writer} → ${c}`).toContain(c);
      expect(stale, writer).not.toContain('settings.get');
    }
    // A merge or an initiative's delete drops a map position: the stored layout is read again.
    expect(staleAfter('edits.merge')).toContain('graph.positions.get');
    expect(staleAfter('edits.activity')).not.toContain('graph.positions.get');
  });
});
