/**
 * Issue 13: the free-text search is capped at 200 characters (the cap is in the sentence) and takes no
 * control characters, on every path — a channel's filter, a saved filter, the CLI's --text and
 * --filter, a filter file (filter-file.test.ts) — and no error ever echoes what was typed unbounded.
 * FTS5 syntax in the search text (quotes, NEAR(, *, ^, AND/OR/NOT, column filters…) is searched as
 * words and never crashes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter, SEARCH_TEXT_MAX, type Filter } from '../../src-shared/filter';
import type { ActivityPage, FacetsResult } from '../../src-shared/model';
import { main } from '../../src-main/cli/main';
import { openDatabase, type Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { join } from 'node:path';
import { dbChecksum } from '../helpers/db-checksum';
import { tempDir, TEST_ENV } from '../helpers/db';

const SAMPLE = sampleScanPath(join(REPO_ROOT, 'data'));
const TOO_LONG = (n: string) => ({
  nl: `De zoektekst is te lang: hoogstens 200 tekens, deze heeft er ${n}.`,
  en: `The search text is too long: at most 200 characters, this one has ${n.replace(/\./g, ',')}.`,
});
const CONTROL = {
  nl: 'De zoektekst bevat een stuurteken (zoals NUL) dat niet gezocht kan worden; typ alleen gewone tekens.',
  en: 'The search text holds a control character (such as NUL) that cannot be searched; type ordinary characters only.',
};

/** Text that is FTS5 query syntax, or breaks naive quoting. */
const FTS_SYNTAX = ['"', '""', "'", 'studenten"', '"werken met', 'NEAR(', 'NEAR(a b, 2)', 'a NEAR b', '*', 'stud*', '^', '^werken', 'AND', 'OR', 'NOT', 'a AND NOT b', '-', 'a -b', '+', ':', 'name:werken', '{name}: x', '(', ')', '((((', '[', ']', '\\', '%', '_', ';', '--', '/*', '\t', 'é', 'ß', '🙂', '\u200b', 'x'.repeat(SEARCH_TEXT_MAX)];

function withText(text: string): Filter {
  return { ...emptyFilter(), text };
}

describe('the search text (issue 13)', () => {
  let db: Db;
  let path: string;
  beforeAll(async () => {
    path = join(tempDir('regioscan-search-'), 'r.sqlite');
    db = await openDatabase(path);
    await ensureSampleScan(db, SAMPLE);
  });

  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main([...argv, '--db', path], { out: (s) => out.push(s), err: (s) => err.push(s) });
    return { code, out: out.join(''), err: err.join('') };
  }

  it('finds words and takes 200 characters', async () => {
    const reply = await dispatch(db, 'query.facets', { filter: withText('studenten') }, TEST_ENV);
    expect(reply.ok && (reply.value as FacetsResult).total).toBeGreaterThan(0);
    expect((await dispatch(db, 'query.facets', { filter: withText('s'.repeat(SEARCH_TEXT_MAX)) }, TEST_ENV)).ok).toBe(true);
  });

  it('refuses 201 characters and 1 MB with the cap in one short sentence, on every channel that takes a filter', async () => {
    const filter201 = withText('s'.repeat(201));
    const filterMb = withText('zoek '.repeat(200_000));
    for (const [channel, args] of [
      ['query.facets', (f: Filter) => ({ filter: f })],
      ['query.activities', (f: Filter) => ({ filter: f })],
      ['query.initiatives', (f: Filter) => ({ filter: f })],
      ['export.activities', (f: Filter) => ({ filter: f, format: 'csv' })],
      ['overview.build', (f: Filter) => ({ filter: f })],
      ['filters.save', (f: Filter) => ({ name: 'lang', filter: f })],
    ] as const) {
      expect(await dispatch(db, channel, args(filter201), TEST_ENV), channel).toEqual({ ok: false, error: { code: 'search-text-refused', message: TOO_LONG('201') } });
      expect(await dispatch(db, channel, args(filterMb), TEST_ENV), channel).toEqual({ ok: false, error: { code: 'search-text-refused', message: TOO_LONG('1.000.000') } });
    }
  });

  it('refuses NUL and other control characters; tabs and line breaks are spaces', async () => {
    for (const text of ['a\u0000b', '\u0000', 'stud\u0001', '\u001b[31m', 'x\u007f', '\u0085']) {
      expect(await dispatch(db, 'query.facets', { filter: withText(text) }, TEST_ENV), JSON.stringify(text)).toEqual({ ok: false, error: { code: 'search-text-refused', message: CONTROL } });
    }
    const spaced = await dispatch(db, 'query.facets', { filter: withText('werken\tmet\nstudenten\r') }, TEST_ENV);
    const plain = await dispatch(db, 'query.facets', { filter: withText('werken met studenten') }, TEST_ENV);
    expect(spaced.ok && (spaced.value as FacetsResult).total).toBe(plain.ok && (plain.value as FacetsResult).total);
  });

  it('searches FTS5 syntax as words and never fails', async () => {
    for (const text of FTS_SYNTAX) {
      for (const channel of ['query.facets', 'query.activities'] as const) {
        const reply = await dispatch(db, channel, { filter: withText(text) }, TEST_ENV);
        expect(reply.ok, `${channel} ${JSON.stringify(text)}: ${reply.ok ? '' : reply.error.message.en}`).toBe(true);
      }
    }
    // Quotes and operators are not syntax: "studenten" with a stray quote finds what studenten finds.
    const total = async (text: string) => ((await dispatch(db, 'query.activities', { filter: withText(text) }, TEST_ENV)) as { value: ActivityPage }).value.total;
    expect(await total('studenten"')).toBe(await total('studenten'));
    expect(await total('NEAR(')).toBe(0);
  });

  it('the CLI: --text over the cap or with a control character is refused (exit 2, one line, the cap stated, nothing echoed)', async () => {
    const before = dbChecksum(db);
    expect(await run('list', '--text', 'x'.repeat(201))).toEqual({ code: 2, out: '', err: `regioscan list: ${TOO_LONG('201').nl}\n` });
    expect(await run('facets', '--text', 'geheim '.repeat(150_000))).toEqual({ code: 2, out: '', err: `regioscan facets: ${TOO_LONG('1.050.000').nl}\n` });
    expect(await run('export', '--out', join(tempDir(), 'x.csv'), '--text', 'a\u0000b')).toEqual({ code: 2, out: '', err: `regioscan export: ${CONTROL.nl}\n` });
    // --text=… so that a text starting with '-' is the option's value, not an option.
    for (const text of FTS_SYNTAX) expect((await run('list', '--json', `--text=${text}`)).code, JSON.stringify(text)).toBe(0);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('a saved filter from before the cap (300 characters) is still listed, and applying it meets the cap', async () => {
    const id = Number(
      db.prepare(`INSERT INTO saved_filter (name, note, filter, created_at, updated_at) VALUES ('Oud', NULL, ?, 'now', 'now')`).run(JSON.stringify(withText('w'.repeat(300)))).lastInsertRowid,
    );
    const list = await dispatch(db, 'filters.list', {}, TEST_ENV);
    expect(list.ok && (list.value as { id: number }[]).map((f) => f.id)).toContain(id);
    expect(await run('list', '--filter', 'Oud')).toEqual({ code: 2, out: '', err: `regioscan list: ${TOO_LONG('300').nl}\n` });
    // --text replaces the saved text: within the cap that works.
    expect((await run('list', '--filter', 'Oud', '--text', 'studenten')).code).toBe(0);
  });

  it('usage errors quote what was typed clipped and on one line', async () => {
    const typed = `${'z'.repeat(1_000_000)}\nregel twee`;
    for (const argv of [['list', '--sort', typed], ['list', '--scan', typed], ['list', '--filter', typed], ['list', '--where', typed], ['list', '--where', `type=${typed}`], ['export', '--out', typed], ['list', `--${typed}`]]) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ').slice(0, 30)).toBe(1);
      expect(result.err.split('\n')).toHaveLength(2);
      expect(result.err.length).toBeLessThan(400);
    }
  });
});
