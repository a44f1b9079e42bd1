/**
 * Issue 13: the event stream of `regioscan serve` (GET /events, NDJSON, token header) read by the
 * renderer's own client (src-renderer/src/api/events.ts) with fetch and a ReadableStream — an
 * import's progress arrives as events, so the renderer no longer polls import.status.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, ImportStatus } from '../../src-shared/model';
import { appEventListenerCount, emitAppEvent } from '../../src-main/app-events';
import { openDatabase, type Db } from '../../src-main/db/open';
import { sourceWorkerFactory } from '../../src-main/import/worker-factory';
import { startServer, type RunningServer } from '../../src-main/serve/server';
import { createAppEvents, httpEventSource, parseEventLines } from '../../src-renderer/src/api/events';
import { adoptServeToken, tokenFromFragment, tokenHeaders } from '../../src-renderer/src/api/token';
import { tempDir } from '../helpers/db';

const TOKEN = 'events-token-0123456789';
const csv = Buffer.from('Initiatief,Activiteit,Type activiteit\nFryslân Digitaal,Scan,Scans & assessments\n', 'utf8');

describe('GET /events read by the renderer client', () => {
  let db: Db;
  let server: RunningServer;
  let base: string;
  const fetchAt = (path: string, init: RequestInit) => fetch(base + path, init);
  const post = async <T>(channel: string, args: unknown): Promise<T> => {
    const reply = await fetchAt(`/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Regioscan-Token': TOKEN }, body: JSON.stringify(args) });
    const envelope = (await reply.json()) as { ok: boolean; value: T };
    expect(envelope.ok).toBe(true);
    return envelope.value;
  };

  beforeAll(async () => {
    db = await openDatabase(join(tempDir('regioscan-events-'), 'regioscan.sqlite'));
    server = await startServer({ db, rendererDir: tempDir(), version: 'test', token: TOKEN, importWorker: sourceWorkerFactory });
    base = new URL(server.url).origin;
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  it('streams an import from reading to done, through the worker, with the token header', async () => {
    const events = createAppEvents(() => httpEventSource(fetchAt, () => ({ 'X-Regioscan-Token': TOKEN })));
    const seen: ImportStatus[] = [];
    let until: { state: ImportStatus['state']; resolve: (s: ImportStatus) => void } | undefined;
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const unsubscribe = events.subscribe(
      (event: AppEvent) => {
        if (event.type !== 'import-status') return;
        seen.push(event.status);
        if (until && event.status.state === until.state) until.resolve(event.status);
      },
      () => opened(),
    );
    await open;
    expect(appEventListenerCount(db)).toBe(1);
    const reach = (state: ImportStatus['state']) => new Promise<ImportStatus>((resolve) => (until = { state, resolve }));

    const ready = reach('ready');
    const { sessionId } = await post<{ sessionId: string }>('import.start', { fileName: 'f.csv', data: csv.toString('base64'), region: 'Fryslân', year: 2022 });
    expect((await ready).preview?.scans[0]?.region).toBe('Fryslân');
    const done = reach('done');
    await post('import.commit', { sessionId, decisions: {} });
    const final = await done;
    expect(final.scanIds).toEqual([(db.prepare('SELECT id FROM scan').get() as { id: number }).id]);

    const states = seen.filter((s) => s.sessionId === sessionId).map((s) => s.state).filter((s, i, all) => s !== all[i - 1]);
    expect(states).toEqual(['reading', 'ready', 'writing', 'done']);
    unsubscribe();
    // The server drops its subscription once the stream is closed.
    for (let i = 0; i < 200 && appEventListenerCount(db) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(appEventListenerCount(db)).toBe(0);
  }, 60_000);

  it('answers the stream only with the header: no token, a wrong one, or the token in the query is 403', async () => {
    for (const [path, headers] of [['/events', {}], ['/events', { 'X-Regioscan-Token': 'nope' }], [`/events?token=${TOKEN}`, {}]] as const) {
      const reply = await fetchAt(path, { headers });
      expect(reply.status, path).toBe(403);
    }
    const ok = await fetchAt('/events', { headers: { 'X-Regioscan-Token': TOKEN } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(ok.headers.get('set-cookie')).toBeNull();
    await ok.body?.cancel();
  });
});

describe('the event stream reader', () => {
  it('reassembles events split anywhere across chunks, multi-byte characters included', async () => {
    const sent: AppEvent[] = [
      { type: 'import-status', status: { sessionId: 'één', state: 'reading' } as ImportStatus },
      { type: 'import-status', status: { sessionId: 'Fryslân', state: 'ready' } as ImportStatus },
    ];
    const bytes = new TextEncoder().encode(sent.map((e) => JSON.stringify(e)).join('\n') + '\nnot json\n\n' + JSON.stringify(sent[0]));
    // One byte per chunk: every line and every multi-byte character is split.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const received: AppEvent[] = [];
    let opens = 0;
    let calls = 0;
    let reconnected!: () => void;
    const ended = new Promise<void>((resolve) => (reconnected = resolve));
    const connect = httpEventSource(
      () => {
        calls += 1;
        if (calls > 1) {
          reconnected();
          return new Promise(() => undefined);
        }
        return Promise.resolve({ ok: true, status: 200, body });
      },
      () => ({}),
      '/events',
      [0],
    );
    const close = connect((e) => received.push(e), () => (opens += 1));
    await ended;
    close();
    // The unfinished last line is not an event; a dropped stream is opened again.
    expect(received).toEqual(sent);
    expect(opens).toBe(1);
    expect(calls).toBe(2);
  });

  it('gives up for good on 403 (no token in this tab)', async () => {
    let calls = 0;
    let opened = false;
    const refused = new Promise<void>((resolve) => {
      httpEventSource(async () => {
        calls += 1;
        resolve();
        return { ok: false, status: 403, body: null };
      }, () => ({}), '/events', [0])(() => undefined, () => (opened = true));
    });
    await refused;
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect([calls, opened]).toEqual([1, false]);
  });

  it('parses whole lines and keeps the rest', () => {
    expect(parseEventLines('{"type":"a"}\n{"ty')).toEqual({ events: [{ type: 'a' }], rest: '{"ty' });
    expect(parseEventLines('[1]\n"x"\n{}\n')).toEqual({ events: [], rest: '' });
  });

  it('shares one connection and tells a late subscriber it is open', async () => {
    let connects = 0;
    let closes = 0;
    let emit: (e: AppEvent) => void = () => undefined;
    const events = createAppEvents(() => (onEvent, onOpen) => {
      connects += 1;
      emit = onEvent;
      queueMicrotask(onOpen);
      return () => (closes += 1);
    });
    const a: AppEvent[] = [];
    const b: AppEvent[] = [];
    let bOpened = false;
    const stopA = events.subscribe((e) => a.push(e));
    await Promise.resolve();
    const stopB = events.subscribe((e) => b.push(e), () => (bOpened = true));
    await Promise.resolve();
    expect(bOpened).toBe(true);
    const event: AppEvent = { type: 'import-status', status: { sessionId: 's' } as ImportStatus };
    emit(event);
    stopA();
    emit(event);
    stopB();
    expect([a.length, b.length, connects, closes]).toEqual([1, 2, 1, 1]);
  });
});

describe('the serve token in the page', () => {
  function fakeHost(hash: string) {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    return {
      stored,
      replaced,
      host: {
        location: { hash, pathname: '/', search: '' },
        history: { state: null, replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
        sessionStorage: { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => void stored.set(k, v) },
      },
    };
  }

  it('moves #token=… into sessionStorage and out of the address bar; then sends it as the header', () => {
    const { host, stored, replaced } = fakeHost('#token=abc-123_x');
    expect(adoptServeToken(host)).toBe(true);
    expect([...stored.values()]).toEqual(['abc-123_x']);
    expect(replaced).toEqual(['/']);
    expect(tokenHeaders(host.sessionStorage)).toEqual({ 'X-Regioscan-Token': 'abc-123_x' });
  });

  it('leaves route fragments alone, and sends no header without a token', () => {
    const { host, stored, replaced } = fakeHost('#/activiteiten');
    expect(adoptServeToken(host)).toBe(false);
    expect([stored.size, replaced.length]).toEqual([0, 0]);
    expect(tokenHeaders(host.sessionStorage)).toEqual({});
    expect(tokenFromFragment('#token=')).toBeNull();
    expect(tokenFromFragment('#/x?token=abc')).toBeNull();
  });

  it('an event emitted with no subscriber goes nowhere', async () => {
    const db = await openDatabase(':memory:');
    expect(() => emitAppEvent(db, { type: 'import-status', status: {} as ImportStatus })).not.toThrow();
    db.close();
  });
});
