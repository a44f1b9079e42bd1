/** A national roll-up counts an initiative linked across the selected scans once (docs/links.md §6). */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/db/open';
import { decideLink, rollUpCount } from '../../src-main/links';
import { buildOverview } from '../../src-main/overview';
import { emptyFilter } from '../../src-shared/filter';
import { scansInFile } from '../helpers/link-fixture';
import { scanOf } from '../helpers/link-scans';
import { runCli } from '../helpers/run-cli';

const act = (name: string, org: string) => ({ name, orgs: [[org, 'initiatiefnemer']] as [string, string][] });
const ZEELAND = scanOf('Zeeland', 2024, [
  { name: 'Stichting Digitale Werkplaats', acts: [act('Spreekuur', 'Werkplaats')] },
  { name: 'Cyber Veilig Ondernemen', acts: [act('Cyberscan', 'Politie')] },
  { name: 'Data Lab Zeeland', acts: [act('Datacafé', 'HZ University')] },
  { name: 'Webshop Coaching', acts: [act('Webshopcoach', 'Ondernemershuis')] },
]);
const BRABANT = scanOf('Noord-Brabant', 2024, [
  { name: 'Digitale Werkplaats', acts: [act('Spreekuur', 'Werkplaats')] },
  { name: 'Cyber Veilig Ondernemen', acts: [act('Cyberscan', 'Politie')] },
  { name: 'Data Lab Brabant', acts: [act('Datacafé', 'JADS')] },
  // Two of one name in one scan: never joined automatically (the name says nothing unique).
  { name: 'Webshop Coaching', acts: [act('Webshopcoach Oost', 'Ondernemershuis')] },
  { name: 'Webshop-Coaching', acts: [act('Webshopcoach West', 'Ondernemershuis')] },
]);

describe('rollUpCount (pure)', () => {
  const all = [
    { id: 1, scan: 1, key: 'a' },
    { id: 2, scan: 1, key: 'b' },
    { id: 3, scan: 2, key: 'a' },
    { id: 4, scan: 2, key: 'c' },
    { id: 5, scan: 3, key: 'a' },
    { id: 6, scan: 3, key: 'b' },
    { id: 7, scan: 3, key: 'b' },
  ];
  const every = new Set(all.map((i) => i.id));

  it('joins equal names unique in their scans, across any number of scans, once', () => {
    // a: 1, 3, 5 are one; b: 6 and 7 share a name in scan 3, so 2 joins neither.
    expect(rollUpCount(all, [], every)).toEqual({ count: 5, joined: 2 });
  });

  it('a rejected pair is not joined, a confirmed pair is, and proposals never are', () => {
    expect(rollUpCount(all, [{ from: 1, to: 3, status: 'rejected' }, { from: 3, to: 5, status: 'rejected' }], every)).toEqual({ count: 6, joined: 1 });
    expect(rollUpCount(all, [{ from: 2, to: 4, status: 'confirmed' }], every)).toEqual({ count: 4, joined: 3 });
    expect(rollUpCount(all, [{ from: 2, to: 4, status: 'proposed' }], every)).toEqual({ count: 5, joined: 2 });
  });

  it('counts only the initiatives asked for (those with a matching activity)', () => {
    expect(rollUpCount(all, [], new Set([1, 2, 4]))).toEqual({ count: 3, joined: 0 });
    expect(rollUpCount(all, [], new Set([3, 5]))).toEqual({ count: 1, joined: 1 });
  });
});

describe('the overview across regions', () => {
  it('counts an initiative active in two regions once, following confirmations and rejections', async () => {
    const { file, ids: [zeeland, brabant] } = await scansInFile('rollup.sqlite', ZEELAND, BRABANT);
    const db = await openDatabase(file);
    const both = emptyFilter([zeeland, brabant]);
    // 4 + 5 rows; Digitale Werkplaats (legal form dropped) and Cyber Veilig Ondernemen are one each.
    expect(buildOverview(db, { filter: both })).toMatchObject({ initiatives: 7, initiativesJoined: 2 });
    // One scan alone: nothing to join.
    expect(buildOverview(db, { filter: emptyFilter([brabant]) })).toMatchObject({ initiatives: 5, initiativesJoined: 0 });
    const id = (scan: number, name: string) => (db.prepare('SELECT id FROM initiative WHERE scan_id = ? AND name = ?').pluck().get(scan, name) as number);
    decideLink(db, 'initiative', id(zeeland, 'Data Lab Zeeland'), id(brabant, 'Data Lab Brabant'), 'confirmed');
    expect(buildOverview(db, { filter: both })).toMatchObject({ initiatives: 6, initiativesJoined: 3 });
    decideLink(db, 'initiative', id(brabant, 'Cyber Veilig Ondernemen'), id(zeeland, 'Cyber Veilig Ondernemen'), 'rejected');
    expect(buildOverview(db, { filter: both })).toMatchObject({ initiatives: 7, initiativesJoined: 2 });
    // Under a filter only the matching initiatives count (Spreekuur in both regions: one initiative).
    expect(buildOverview(db, { filter: { ...both, text: 'Spreekuur' } })).toMatchObject({ total: 2, initiatives: 1, initiativesJoined: 1 });
    db.close();
    const cli = await runCli(['overview', '--db', file, '--scan', String(zeeland), '--scan', String(brabant)]);
    expect(cli.code, cli.err).toBe(0);
    expect(cli.out.split('\n')[0]).toBe('9 activities, 7 initiatives (2 initiatives linked across scans counted once)');
  });
});
