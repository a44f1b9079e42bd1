/**
 * Volgende deur in the referral text: per initiative under the filter, the initiatives its
 * activities' next doors belong to (aggregated here from `nextDoor`, activity by activity), in the
 * copied list and in the printable list of initiatives (read back with poppler).
 */
import { describe, expect, it } from 'vitest';
import { buildInitiativeList } from '../../src-main/report';
import { nextDoor } from '../../src-main/nextdoor';
import { dispatch } from '../../src-main/rpc/dispatch';
import { emptyFilter } from '../../src-shared/filter';
import type { InitiativeRow } from '../../src-shared/model';
import { initiativesText } from '../../src-renderer/src/explore/initiativesText';
import { TEST_ENV } from '../helpers/db';
import { pdfText } from '../helpers/pdf-read';
import { dbWithScan } from '../helpers/survey-fixture';

type Doors = { initiative: number; next: { id: number; name: string }[] }[];

describe('Volgende deur in the referral text', () => {
  it('names, per initiative, the three initiatives its next doors most often belong to', async () => {
    const { db, scanId } = await dbWithScan();
    const filter = { ...emptyFilter([scanId]), conditions: [{ dimension: 'type' as const, values: ['werken-met-studenten'], mode: 'any' as const }] };
    const res = await dispatch(db, 'nextdoor.initiatives', { filter }, TEST_ENV);
    if (!res.ok) throw new Error(res.error.message.en);
    const doors = res.value as Doors;
    const matching = (await dispatch(db, 'query.activities', { filter, limit: 10_000 }, TEST_ENV)) as { ok: true; value: { rows: { id: number; initiativeId: number }[] } };
    // The oracle: every suggestion of every matching activity, counted per (initiative, next initiative).
    const counts = new Map<number, Map<string, number>>();
    for (const a of matching.value.rows) {
      const per = counts.get(a.initiativeId) ?? counts.set(a.initiativeId, new Map()).get(a.initiativeId)!;
      for (const s of nextDoor(db, a.id).suggestions) per.set(s.initiative, (per.get(s.initiative) ?? 0) + 1);
    }
    const expected = [...counts]
      .map(([initiative, per]) => ({ initiative, next: [...per].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0], 'nl')).slice(0, 3).map(([name]) => name) }))
      .filter((e) => e.next.length > 0);
    expect(doors.map((d) => ({ initiative: d.initiative, next: d.next.map((n) => n.name) })).sort((x, y) => x.initiative - y.initiative)).toEqual(expected.sort((x, y) => x.initiative - y.initiative));
    expect(doors.length).toBeGreaterThan(0);

    // The printable list names them under each initiative's activities.
    const list = await buildInitiativeList(db, filter, { lang: 'nl', date: new Date('2026-12-03T00:00:00Z') });
    const text = pdfText(list.bytes, 'raw');
    const first = doors[0]!;
    expect(text).toContain('Daarna verder bij');
    expect(text.replace(/\s+/g, ' ')).toContain(`Daarna verder bij: ${first.next.map((n) => n.name).join(', ')}`);
  });

  it('copies the list with a line of next doors under an initiative that has them', () => {
    const row = (id: number, name: string, website: string | null) => ({ id, name, website }) as InitiativeRow;
    const text = initiativesText('Werken met studenten — 2 initiatieven', [row(1, 'Datalab', 'https://datalab.example'), row(2, 'Academie', null)], { label: 'Daarna verder bij', of: new Map([[1, ['Werkplaats', 'Hub']]]) });
    expect(text).toBe('Werken met studenten — 2 initiatieven\nDatalab — https://datalab.example\n  Daarna verder bij: Werkplaats, Hub\nAcademie');
    expect(initiativesText('Kop', [row(2, 'Academie', null)])).toBe('Kop\nAcademie');
  });
});
