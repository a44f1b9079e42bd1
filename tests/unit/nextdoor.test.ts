/** Issue 19: Volgende deur (weten → willen → kunnen, 0 → weten, 11 none) and overlap, held against a plain reading of the rules. */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliOn } from '../helpers/run-cli';
import type { Db } from '../../src-main/db/open';
import { nextDoor } from '../../src-main/nextdoor/nextdoor';
import { overlap } from '../../src-main/nextdoor/overlap';
import { nextSteps, takesStep } from '../../src-main/nextdoor/steps';
import { dispatch } from '../../src-main/rpc/dispatch';
import { createSurvey, importSurveys } from '../../src-main/surveys/surveys';
import { emptyFilter } from '../../src-shared/filter';
import { tempDir, TEST_ENV } from '../helpers/db';
import { dbWithScan, fillSurvey, NOORD_NEDERLAND, templateRows } from '../helpers/survey-fixture';

interface Row {
  id: number;
  initiativeId: number;
  scanId: number;
  codes: Record<'type' | 'sector' | 'form' | 'bottleneck' | 'geography', string[]>;
}

async function rows(db: Db): Promise<Row[]> {
  const res = await dispatch(db, 'query.activities', { filter: emptyFilter(), limit: 5000 }, TEST_ENV);
  if (!res.ok) throw new Error(res.error.message.en);
  const page = res.value as { rows: { id: number; initiativeId: number; scanId: number; values: Record<string, { code: string | null }[]> }[] };
  const codes = (r: (typeof page.rows)[number], dim: string) => (r.values[dim] ?? []).map((v) => v.code).filter((c): c is string => c !== null);
  return page.rows.map((r) => ({ id: r.id, initiativeId: r.initiativeId, scanId: r.scanId, codes: { type: codes(r, 'type'), sector: codes(r, 'sector'), form: codes(r, 'form'), bottleneck: codes(r, 'bottleneck'), geography: codes(r, 'geography') } }));
}

// The rules as the report states them, written out plainly.
const GROUP: Record<string, string> = { '0': 'start', '1': 'weten', '2': 'weten', '3': 'willen', '4': 'willen', '5': 'kunnen', '6': 'kunnen', '7': 'kunnen', '8': 'kunnen', '9': 'kunnen', '10': 'kunnen' };
const NEXT: Record<string, string> = { start: 'weten', weten: 'willen', willen: 'kunnen', kunnen: 'kunnen' };
const fits = (a: string[], b: string[], generic: string) => b.includes(generic) || a.includes(generic) || a.some((c) => c !== generic && b.includes(c));
function isNextDoor(a: Row, b: Row): boolean {
  if (a.scanId !== b.scanId || a.initiativeId === b.initiativeId) return false;
  if (!fits(a.codes.sector, b.codes.sector, 'geen') || !fits(a.codes.form, b.codes.form, '7')) return false;
  return a.codes.bottleneck.some((c) => {
    const from = GROUP[c];
    if (!from) return false;
    const to = NEXT[from]!;
    const reaches = b.codes.bottleneck.some((d) => GROUP[d] === to);
    if (from !== 'kunnen') return reaches;
    return reaches && b.codes.type.length > 0 && b.codes.type.every((t) => !a.codes.type.includes(t));
  });
}

describe('the klantreis steps', () => {
  it('goes 0 → weten → willen → kunnen → kunnen with another type, and 11 nowhere', () => {
    expect(nextSteps(['0'])).toEqual([{ from: 'signaleren', to: 'weten', otherType: false }]);
    expect(nextSteps(['2']).map((s) => s.to)).toEqual(['willen']);
    expect(nextSteps(['4']).map((s) => s.to)).toEqual(['kunnen']);
    expect(nextSteps(['9'])).toEqual([{ from: 'kunnen', to: 'kunnen', otherType: true }]);
    expect(nextSteps(['11'])).toEqual([]);
    expect(nextSteps(['1', '6', '11']).map((s) => s.to)).toEqual(['willen', 'kunnen']);
    const kunnen = nextSteps(['6'])[0]!;
    expect(takesStep(kunnen, ['7'], ['advisering'], ['advisering'])).toBe(false);
    expect(takesStep(kunnen, ['7'], ['faciliteiten'], ['advisering'])).toBe(true);
    expect(takesStep(nextSteps(['1'])[0]!, ['6'], ['faciliteiten'], ['advisering'])).toBe(false);
    expect(takesStep(nextSteps(['1'])[0]!, ['3'], ['advisering'], ['advisering'])).toBe(true);
  });
});

describe('nextdoor and overlap on a scan', () => {
  let db: Db;
  let all: Row[];
  beforeAll(async () => {
    ({ db } = await dbWithScan());
    all = await rows(db);
  });

  it('suggests exactly the activities the rules allow, each with a reason', () => {
    let suggested = 0;
    for (const a of all) {
      const result = nextDoor(db, a.id, 'nl');
      const expected = all.filter((b) => isNextDoor(a, b)).map((b) => b.id).sort((x, y) => x - y);
      expect(result.suggestions.map((s) => s.activityId).sort((x, y) => x - y), `activity ${a.id}`).toEqual(expected);
      for (const s of result.suggestions) expect(s.reason).toMatch(/^Sector: .*; digitaliseringsvorm: .*; volgende stap .*: knelpunt /);
      if (a.codes.bottleneck.every((c) => c === '11')) expect(result.nextGroups).toEqual([]);
      suggested += result.suggestions.length;
    }
    expect(suggested).toBeGreaterThan(0);
    expect(() => nextDoor(db, 987654)).toThrow(/no activity with ID 987654/);
  });

  it('puts the doors participants named under Volgende stap first', async () => {
    const a = all.find((r) => nextDoor(db, r.id).suggestions.length >= 2)!;
    const last = nextDoor(db, a.id).suggestions.at(-1)!;
    const { header } = await templateRows(createSurvey(db, { scan: a.scanId, round: null }).bytes);
    const bytes = fillSurvey(header, [{ id: a.id, scores: {}, next: `Doorverwezen naar ${last.initiative}` }, { id: a.id, scores: {}, next: 'Nergens heen' }]);
    expect((await importSurveys(db, [{ fileName: 'stap.xlsx', bytes }], { round: null, lang: 'nl' })).files[0]!.status).toBe('imported');
    const after = nextDoor(db, a.id);
    expect(after.suggestions[0]!.initiative).toBe(last.initiative);
    expect(after.suggestions[0]!.referrals).toBe(1);
    expect(after.referrals.map((r) => r.text).sort()).toEqual([`Doorverwezen naar ${last.initiative}`, 'Nergens heen']);
  });

  it('lists as overlap the activities of different initiatives with the same type, knelpunten, sectors and geography', () => {
    const key = (r: Row) => JSON.stringify([r.scanId, ...(['type', 'sector', 'geography'] as const).map((d) => [...r.codes[d]].sort())]);
    const byKey = new Map<string, Row[]>();
    for (const r of all) if ((['type', 'bottleneck', 'sector', 'geography'] as const).every((d) => r.codes[d].length > 0)) byKey.set(key(r), [...(byKey.get(key(r)) ?? []), r]);
    // Per bucket and knelpunt: the activities targeting it, when they come from two initiatives or more; equal sets once.
    const sets = new Map<string, string[]>();
    for (const bucket of byKey.values()) {
      for (const code of new Set(bucket.flatMap((r) => r.codes.bottleneck))) {
        const members = bucket.filter((r) => r.codes.bottleneck.includes(code));
        if (new Set(members.map((r) => r.initiativeId)).size < 2) continue;
        const ids = JSON.stringify(members.map((r) => r.id).sort((x, y) => x - y));
        sets.set(ids, [...(sets.get(ids) ?? []), code]);
      }
    }
    const expected = [...sets.keys()].map((k) => JSON.parse(k) as number[]);
    const groups = overlap(db, emptyFilter());
    expect(groups.map((g) => g.activities.map((a) => a.id).sort((x, y) => x - y)).sort()).toEqual(expected.sort());
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.bottlenecks.sort()).toEqual(sets.get(JSON.stringify(g.activities.map((a) => a.id).sort((x, y) => x - y)))!.sort());
      expect(new Set(g.activities.map((a) => a.initiativeId)).size).toBeGreaterThanOrEqual(2);
    }
    expect(groups.some((g) => g.activities.some((a) => a.funders.length > 0))).toBe(true);
  });
});

describe('regioscan nextdoor and overlap', () => {
  const file = join(tempDir(), 'x.sqlite');
  const cli = cliOn(file);

  it('answers as JSON and in words, and refuses wrong input in one sentence', async () => {
    await cli(['import', NOORD_NEDERLAND]);
    const listed = JSON.parse((await cli(['list', '--where', 'knelpunt=1', '--json'])).out) as { id: number }[];
    const res = await cli(['nextdoor', String(listed[0]!.id), '--json']);
    expect(res.code, res.err).toBe(0);
    const result = JSON.parse(res.out) as { nextGroups: string[]; suggestions: { reason: string }[] };
    expect(result.nextGroups).toContain('willen');
    const english = JSON.parse((await cli(['nextdoor', String(listed[0]!.id), '--english', '--json'])).out) as typeof result;
    if (english.suggestions.length > 0) expect(english.suggestions[0]!.reason).toMatch(/^Sector: .*; form: .*; next step/);
    expect((await cli(['nextdoor', String(listed[0]!.id)])).out).toMatch(/next doors/);
    const over = await cli(['overlap', '--json']);
    expect(over.code).toBe(0);
    expect((JSON.parse(over.out) as unknown[]).length).toBeGreaterThan(0);
    const missing = await cli(['nextdoor', '999999']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Er is geen activiteit met ID 999999/);
    expect((await cli(['nextdoor', 'x'])).code).toBe(1);
  });
});
