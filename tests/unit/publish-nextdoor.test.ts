/**
 * Volgende deur in the published site's data: every published activity carries the next doors the
 * nextdoor domain suggests for it (the same activities and reasons, in both languages), only those
 * the site also publishes, at most NEXT_DOORS, in the domain's order (no referrals are published).
 */
import { describe, expect, it } from 'vitest';
import { nextDoor } from '../../src-main/nextdoor';
import { siteInput } from '../../src-main/publish/publish';
import { buildSiteData, NEXT_DOORS } from '../../src-main/publish/site-data';
import { emptyFilter } from '../../src-shared/filter';
import { dbWithScan } from '../helpers/survey-fixture';

describe('Volgende deur in the published site', () => {
  it('gives each activity the suggested next doors with their reasons in Dutch and English', async () => {
    const { db } = await dbWithScan();
    const data = buildSiteData(db, siteInput(db, { filter: emptyFilter(), fields: [], language: 'nl' }, { generator: 'test' })).data;
    let withDoors = 0;
    for (const activity of data.activities) {
      const nl = nextDoor(db, activity.id, 'nl').suggestions;
      const en = nextDoor(db, activity.id, 'en').suggestions;
      const doors = activity.nextDoor ?? [];
      expect(doors.length, `next doors of ${activity.id}`).toBe(Math.min(NEXT_DOORS, nl.length));
      // Nobody reported a referral here, so the site's order is the domain's order.
      expect(doors.map((d) => data.activities[d.activity]!.id)).toEqual(nl.slice(0, NEXT_DOORS).map((s) => s.activityId));
      if (doors.length > 0) withDoors++;
      for (const door of doors) {
        const target = data.activities[door.activity]!;
        const suggestion = nl.find((s) => s.activityId === target.id);
        expect(suggestion, `${target.id} is a next door of ${activity.id}`).toBeDefined();
        const reason = data.nextDoorReasons![door.reason]!;
        expect(reason.nl).toBe(suggestion!.reason);
        expect(reason.en).toBe(en.find((s) => s.activityId === target.id)!.reason);
        expect(target.initiative).not.toBe(activity.initiative);
      }
    }
    // The sample has next doors for most activities; a test on none would prove nothing.
    expect(withDoors).toBeGreaterThan(data.activities.length / 2);
    // Each reason is written once.
    expect(new Set(data.nextDoorReasons!.map((r) => `${r.nl}|${r.en}`)).size).toBe(data.nextDoorReasons!.length);
  });

  it('points only at activities the site publishes when a filter leaves some out', async () => {
    const { db, scanId } = await dbWithScan();
    const filter = { ...emptyFilter([scanId]), conditions: [{ dimension: 'sector' as const, values: ['C'], mode: 'any' as const }] };
    const data = buildSiteData(db, siteInput(db, { filter, fields: [], language: 'nl' }, { generator: 'test' })).data;
    const published = new Set(data.activities.map((a) => a.id));
    let doors = 0;
    for (const activity of data.activities) {
      const all = nextDoor(db, activity.id, 'nl').suggestions.filter((s) => published.has(s.activityId));
      expect((activity.nextDoor ?? []).map((d) => data.activities[d.activity]!.id)).toEqual(all.slice(0, NEXT_DOORS).map((s) => s.activityId));
      for (const door of activity.nextDoor ?? []) expect(published.has(data.activities[door.activity]!.id)).toBe(true);
      doors += activity.nextDoor?.length ?? 0;
    }
    expect(doors).toBeGreaterThan(0);
  });
});
