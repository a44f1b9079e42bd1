/**
 * Issue 8: every contract channel rejects malformed arguments. Seeded random and wrong-typed
 * payloads (nulls, numbers, strings, arrays, deep objects, `__proto__` keys, huge strings and keys,
 * negative ids, NaN) go to every channel through dispatch() — the validation and envelope the app
 * uses for IPC and HTTP — both as they arrive over HTTP (JSON) and over IPC (structured clone). Each
 * must come back as one clear sentence (no stack, no dump), nothing may crash, and the database's
 * every table must be exactly as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../src-shared/contract';
import { emptyFilter } from '../../src-shared/filter';
import type { Db } from '../../src-main/db/open';
import { dispatch, MAX_ARGS_DEPTH } from '../../src-main/rpc/dispatch';
import { sampleDb } from '../helpers/sample-db';
import { mulberry32, type Rng } from '../../scripts/sample/prng';
import { TEST_ENV } from '../helpers/db';
import { dbChecksum } from '../helpers/db-checksum';

const PAYLOADS_PER_CHANNEL = 160;
const HUGE = 'x'.repeat(1024 * 1024);
const HUGE_KEY = `k${'e'.repeat(100_000)}y`;

const pick = <T,>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

const NUMBERS = [0, -1, -42, 1.5, -0.5, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const STRINGS = ['', ' ', 'a', '1', '-1', 'null', '__proto__', 'constructor', 'prototype', 'toString', HUGE, '\u0000', '\ud800', '<script>alert(1)</script>', "'; DROP TABLE scan; --", '../../../etc/passwd', 'nl', 'xlsx', '=cmd|\'/c calc\'!A1', 'AAAAAAAA'];
const KEYS = ['__proto__', 'constructor', 'prototype', 'polluted', '', 'id', 'filter', 'x', 'line\nbreak', HUGE_KEY];

function shapeKeys(channel: Channel): string[] {
  const schema = contract[channel].args as unknown as { shape?: Record<string, unknown> };
  return Object.keys(schema.shape ?? {});
}

/** An object whose keys may include "__proto__" as an own key (as JSON.parse makes it). */
function objectOf(entries: [string, unknown][]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

function deep(depth: number, rng: Rng): unknown {
  let value: unknown = pick(rng, [1, 'x', null]);
  for (let i = 0; i < depth; i++) value = rng() < 0.5 ? [value] : objectOf([[pick(rng, KEYS.slice(0, 6)), value]]);
  return value;
}

function randomValue(rng: Rng, depth = 0): unknown {
  const r = rng();
  if (r < 0.12) return null;
  if (r < 0.2) return rng() < 0.5;
  if (r < 0.4) return pick(rng, NUMBERS);
  if (r < 0.6) return pick(rng, STRINGS);
  if (r < 0.7 && depth < 3) return Array.from({ length: Math.floor(rng() * 4) }, () => randomValue(rng, depth + 1));
  if (r < 0.85 && depth < 3) return objectOf(Array.from({ length: 1 + Math.floor(rng() * 3) }, () => [pick(rng, KEYS), randomValue(rng, depth + 1)]));
  // At most ~1,800 levels: deeper cannot cross Electron's IPC at all (structured clone overflows
  // the stack on Node 22 from ~2,100); the HTTP-only test below sends far deeper JSON.
  if (r < 0.9) return deep(40 + Math.floor(rng() * 1760), rng);
  return undefined;
}

/** A payload for a channel: mostly its own keys with wrong-typed values, sometimes extra keys or no object at all. */
function payload(rng: Rng, channel: Channel): unknown {
  const r = rng();
  if (r < 0.15) return pick(rng, [[], [1], 'x', 42, -1, true, HUGE, Number.NaN]);
  const known = shapeKeys(channel);
  const entries: [string, unknown][] = known.filter(() => rng() < 0.7).map((k) => [k, randomValue(rng)]);
  if (r < 0.55 || entries.length === 0) entries.push([pick(rng, KEYS), randomValue(rng)]);
  return objectOf(entries);
}

function overHttp(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

function expectClearRefusal(reply: { ok: boolean; error?: { code: string; message: { nl: string; en: string } } }, label: string): void {
  expect(reply.ok, label).toBe(false);
  expect(reply.error!.code, label).toBe('invalid-arguments');
  for (const text of [reply.error!.message.nl, reply.error!.message.en]) {
    expect(text.length, `${label}: ${text.slice(0, 200)}`).toBeLessThanOrEqual(300);
    expect(text, label).not.toMatch(/\n|\bat .+:\d+:\d+|ZodError|"code"|"path"/);
    expect(text, label).toMatch(/\.$/);
  }
}

describe('contract fuzz: every channel rejects malformed arguments (issue 8)', () => {
  let db: Db;
  beforeAll(async () => {
    ({ db } = await sampleDb());
  });

  it('no channel can accept a random payload by construction: each takes a strict object', () => {
    for (const channel of CHANNELS) {
      const schema = contract[channel].args as z.ZodType;
      for (const wrong of [[], 'x', 1, true, objectOf([['__proto__', {}]]), objectOf([['unknownKey', 1]]), JSON.parse('{"__proto__":{"polluted":1}}')]) {
        expect(schema.safeParse(wrong).success, `${channel} accepted ${JSON.stringify(wrong)}`).toBe(false);
      }
    }
  });

  for (const channel of CHANNELS) {
    it(`${channel}`, async () => {
      const rng = mulberry32([...channel].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
      const schema = contract[channel].args as z.ZodType;
      const known = new Set(shapeKeys(channel));
      const before = dbChecksum(db);
      let refused = 0;
      for (let i = 0; i < PAYLOADS_PER_CHANNEL; i++) {
        const raw = payload(rng, channel);
        for (const [wire, value] of [['ipc', structuredClone(raw)], ['http', overHttp(raw)]] as const) {
          const label = `${channel} #${i} over ${wire}`;
          if (schema.safeParse(value ?? {}).success) {
            // Only a payload of the channel's own keys can be valid (strict objects); it is not malformed.
            expect(Object.keys(value ?? {}).every((k) => known.has(k)), label).toBe(true);
            continue;
          }
          const reply = await dispatch(db, channel, value, TEST_ENV);
          expectClearRefusal(reply, label);
          refused++;
        }
      }
      expect(refused).toBeGreaterThan(PAYLOADS_PER_CHANNEL);
      expect(dbChecksum(db)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    }, 60_000);
  }

  it('well-formed ids of nothing are "not found" sentences, never internal errors, and change nothing', async () => {
    const before = dbChecksum(db);
    const missing = 2 ** 31 - 1;
    const calls: [string, unknown][] = [
      ['scans.rename', { id: missing, title: 'x' }],
      ['scans.delete', { id: missing }],
      ['scans.issues', { id: missing }],
      ['query.activity', { id: missing }],
      ['query.initiative', { id: missing }],
      ['filters.duplicate', { id: missing }],
      ['filters.delete', { id: missing }],
      ['filters.export', { id: missing }],
      ['export.scan', { id: missing }],
      ['import.status', { sessionId: 'AAAAAAAAAAAA' }],
      ['import.commit', { sessionId: 'AAAAAAAAAAAA', decisions: {} }],
      ['import.cancel', { sessionId: 'AAAAAAAAAAAA' }],
    ];
    for (const [channel, args] of calls) {
      const reply = await dispatch(db, channel, args, TEST_ENV);
      if (reply.ok) {
        // Deleting nothing may succeed, as long as it says so.
        expect(reply.value, channel).toEqual({ deleted: 0 });
      } else {
        expect(reply.error.code, `${channel}: ${reply.error.message.en}`).not.toBe('internal');
        expect(reply.error.message.en, channel).toMatch(/\.$/);
      }
    }
    expect(dbChecksum(db)).toEqual(before);
  });

  it('refuses arguments nested deeper than any channel needs before validating them, even 100,000 levels of JSON', async () => {
    const before = dbChecksum(db);
    for (const depth of [MAX_ARGS_DEPTH + 1, 5_000, 100_000]) {
      const json = `${'{"filter":'.repeat(depth)}1${'}'.repeat(depth)}`;
      for (const channel of ['query.facets', 'scans.rename', 'filters.save'] as const) {
        const reply = await dispatch(db, channel, JSON.parse(json), TEST_ENV);
        expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
        if (!reply.ok) expect(reply.error.message.en).toBe(`Invalid input for ${channel}: nested more than ${MAX_ARGS_DEPTH} levels deep.`);
      }
    }
    // A real filter, at its deepest, passes the guard.
    const ok = await dispatch(db, 'query.facets', { filter: { ...emptyFilter(), conditions: [{ dimension: 'sector', mode: 'any', values: [{ unmapped: 'x' }] }] } }, TEST_ENV);
    expect(ok.ok).toBe(true);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('an unknown channel is one sentence too, whatever its name', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', HUGE_KEY, '', 'scans.delete ']) {
      const reply = await dispatch(db, name, {}, TEST_ENV);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      if (!reply.ok) expect(reply.error.message.en.length).toBeLessThanOrEqual(300);
    }
  });
});
