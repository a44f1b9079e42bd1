/** Linking initiatives across scans (docs/links.md): normalisation, similarity, proposals, decisions and the change report. */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/db/open';
import { UserError } from '../../src-main/errors';
import { changeReport, decideLink, listActivityLinks, listLinks } from '../../src-main/links';
import { nameKey, websiteKey } from '../../src-main/links/normalise';
import { jaroWinkler, tokenSimilarity } from '../../src-main/links/similarity';
import { emptyFilter } from '../../src-shared/filter';
import type { LinkView } from '../../src-shared/links';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb } from '../helpers/db';
import { writeData } from '../helpers/link-fixture';
import { ZEELAND_2020, ZEELAND_2022, ZEELAND_2024 } from '../helpers/link-scans';

describe('normalised names', () => {
  it('folds case, diacritics and punctuation, collapses whitespace without joining words, and drops legal forms at either end', () => {
    expect(nameKey('DATA CAFÉ  Middelburg')).toBe('data cafe middelburg');
    expect(nameKey('Data-Café (Middelburg)')).toBe('data cafe middelburg');
    expect(nameKey('Digi Lab')).not.toBe(nameKey('DigiLab'));
    expect(nameKey('Stichting Digitaal Lab Zeeland')).toBe('digitaal lab zeeland');
    expect(nameKey('Digitaal Lab Zeeland B.V.')).toBe('digitaal lab zeeland');
    expect(nameKey('Coöperatie Slim Boeren U.A.')).toBe('slim boeren');
    expect(nameKey('Coöperatieve Vereniging Slim Boeren')).toBe('slim boeren');
    // A legal form inside a name stays; a name that is only a legal form is kept.
    expect(nameKey('Huis van de Stichting Noord')).toBe('huis van de stichting noord');
    expect(nameKey('Stichting')).toBe('stichting');
    expect(websiteKey('HTTPS://www.DigitaalLab.nl/')).toBe(websiteKey('http://digitaallab.nl'));
    expect(websiteKey('  ')).toBeNull();
  });

  it('scores words with Jaro-Winkler and names by their words', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(tokenSimilarity(['lab', 'zeeland'], ['zeeland', 'lab'])).toBe(1);
    expect(tokenSimilarity(['smart', 'industry', 'hub'], ['smart', 'industry', 'hub', 'zeeland'])).toBeGreaterThan(0.8);
  });
});

async function threeScans(): Promise<{ db: Db; s2020: number; s2022: number; s2024: number }> {
  const db = await memoryDb();
  return { db, s2020: writeData(db, ZEELAND_2020), s2022: writeData(db, ZEELAND_2022), s2024: writeData(db, ZEELAND_2024) };
}

const pairs = (links: LinkView[], status?: string) => links.filter((l) => status === undefined || l.status === status).map((l) => `${l.from.name} → ${l.to.name}`).sort();

/** Confirms every proposal (what a reviewer of these scans would do: each is right). */
function confirmAll(db: Db, links: LinkView[]): void {
  for (const l of links.filter((x) => x.status === 'proposed')) decideLink(db, 'initiative', l.from.id, l.to.id, 'confirmed');
}

describe('links between two scans', () => {
  it('links same and form-only names automatically and proposes the rename, the merge and the split with their evidence', async () => {
    const { db, s2020, s2022 } = await threeScans();
    const links = listLinks(db, s2020, s2022);
    expect(pairs(links, 'auto')).toEqual(['Cyberweerbaar Zeeland → Cyberweerbaar Zeeland', 'Data Café Middelburg → DATA CAFÉ  MIDDELBURG', 'Stichting Digitaal Lab Zeeland → Digitaal Lab Zeeland B.V.'].sort());
    expect(pairs(links, 'proposed')).toEqual(
      [
        'Smart Industry Hub → Smart Industry Hub Zeeland',
        'Zorg Digitaal Walcheren → Zorg Digitaal Zeeland',
        'Zorg Digitaal Bevelanden → Zorg Digitaal Zeeland',
        'Agri Data Zeeland → Agri Data Zeeland Noord',
        'Agri Data Zeeland → Agri Data Zeeland Zuid',
      ].sort(),
    );
    const hub = links.find((l) => l.from.name === 'Smart Industry Hub')!;
    expect(hub.score).toBeGreaterThanOrEqual(0.6);
    expect(hub.score).toBeLessThan(1);
    expect(hub.reasons).toContainEqual({ kind: 'organisation', role: 'uitvoerder', organisations: ['Impuls Zeeland'] });
    expect(hub.reasons).toContainEqual({ kind: 'organisation', role: 'financier', organisations: ['Provincie Zeeland'] });
    expect(hub.reasons.find((r) => r.kind === 'activities')).toEqual({ kind: 'activities', similarity: 1 });
    const lab = links.find((l) => l.to.name === 'Digitaal Lab Zeeland B.V.')!;
    expect(lab.reasons).toContainEqual({ kind: 'website', website: 'digitaallab.nl' });
    expect(lab.reasons[0]).toEqual({ kind: 'name', similarity: 1, same: true });
  });

  it('keeps a decision: confirm turns a proposal into confirmed, unlink rejects even an automatic link, and a decision works either way round', async () => {
    const { db, s2020, s2022 } = await threeScans();
    const hub = listLinks(db, s2020, s2022).find((l) => l.from.name === 'Smart Industry Hub')!;
    expect(decideLink(db, 'initiative', hub.from.id, hub.to.id, 'confirmed').status).toBe('confirmed');
    const cyber = listLinks(db, s2020, s2022).find((l) => l.from.name === 'Cyberweerbaar Zeeland')!;
    decideLink(db, 'initiative', cyber.to.id, cyber.from.id, 'rejected');
    const after = listLinks(db, s2020, s2022);
    expect(after.find((l) => l.from.id === hub.from.id && l.to.id === hub.to.id)?.status).toBe('confirmed');
    expect(after.find((l) => l.from.id === cyber.from.id && l.to.id === cyber.to.id)?.status).toBe('rejected');
    // Confirmed again the other way round: one stored pair, now confirmed.
    decideLink(db, 'initiative', cyber.from.id, cyber.to.id, 'confirmed');
    expect(listLinks(db, s2020, s2022).filter((l) => l.from.id === cyber.from.id)).toHaveLength(1);
    expect(listLinks(db, s2020, s2022).find((l) => l.from.id === cyber.from.id)?.status).toBe('confirmed');
    // A link the linker did not propose can be confirmed by hand and is listed with its score.
    const webshop = listLinks(db, s2020, s2022);
    expect(webshop.some((l) => l.from.name === 'Webshop Coaching Vlissingen')).toBe(false);
    const rows = changeReport(db, s2020, s2022, emptyFilter());
    const stoppedWebshop = rows.initiatives.stopped.find((i) => i.name === 'Webshop Coaching Vlissingen')!;
    const academy = rows.initiatives.new.find((i) => i.name === 'Nieuwe Ondernemers Academie')!;
    decideLink(db, 'initiative', stoppedWebshop.id, academy.id, 'confirmed');
    const manual = listLinks(db, s2020, s2022).find((l) => l.from.id === stoppedWebshop.id)!;
    expect(manual.status).toBe('confirmed');
    expect(manual.score).toBeLessThan(0.6);
  });

  it('refuses unknown ids, ids of one scan and equal ids with one sentence, and changes nothing', async () => {
    const { db, s2020, s2022 } = await threeScans();
    const links = listLinks(db, s2020, s2022);
    const before = dbChecksum(db);
    const a = links[0]!;
    const sameScan = listLinks(db, s2020, s2022).find((l) => l.from.id !== a.from.id)!;
    for (const [kind, from, to] of [
      ['initiative', a.from.id, 9999],
      ['initiative', 9999, a.to.id],
      ['initiative', a.from.id, sameScan.from.id],
      ['initiative', a.from.id, a.from.id],
      ['activity', 1, 99999],
    ] as const) {
      let error: unknown;
      try {
        decideLink(db, kind, from, to, 'confirmed');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).messages.nl).toMatch(/\.$/);
    }
    expect(() => listLinks(db, s2020, 9999)).toThrow(UserError);
    expect(() => listLinks(db, s2020, s2020)).toThrow(UserError);
    expect(dbChecksum(db)).toEqual(before);
  });

  it('links the activities of linked initiatives by name, type and dimensions, and confirms one by hand', async () => {
    const { db, s2020, s2022 } = await threeScans();
    confirmAll(db, listLinks(db, s2020, s2022));
    const acts = listActivityLinks(db, s2020, s2022);
    expect(acts.every((l) => l.status === 'auto')).toBe(true);
    expect(acts.map((l) => l.from.name).sort()).toEqual(['Bodemdata noord', 'Bodemdata zuid', 'Cyberscan MKB', 'Datacafé', 'Fabriekstour', 'Maakdag', 'Open lab', 'Robotcursus', 'Zorgtech proeftuin Bevelanden', 'Zorgtech proeftuin Walcheren']);
    const open = acts.find((l) => l.from.name === 'Open lab')!;
    expect(decideLink(db, 'activity', open.from.id, open.to.id, 'rejected').status).toBe('rejected');
    expect(changeReport(db, s2020, s2022, emptyFilter()).activities).toEqual({ continued: 9, stopped: 3, new: 2 });
  });
});

describe('the change report', () => {
  it('reports new, stopped, continued, renamed, merged and split initiatives once the proposals are confirmed (proposals alone never count)', async () => {
    const { db, s2020, s2022 } = await threeScans();
    const unreviewed = changeReport(db, s2020, s2022, emptyFilter());
    expect(unreviewed.initiatives.renamed).toEqual([]);
    expect(unreviewed.initiatives.stopped.map((i) => i.name)).toContain('Smart Industry Hub');

    confirmAll(db, listLinks(db, s2020, s2022));
    const r = changeReport(db, s2020, s2022, emptyFilter());
    const names = (list: { name: string }[]) => list.map((i) => i.name);
    expect(r.from.label).toBe('Zeeland 2020');
    expect(r.to.label).toBe('Zeeland 2022');
    expect(r.initiatives.continued.map((p) => `${p.from.name} → ${p.to.name}`)).toEqual([
      'Cyberweerbaar Zeeland → Cyberweerbaar Zeeland',
      'Data Café Middelburg → DATA CAFÉ  MIDDELBURG',
      'Stichting Digitaal Lab Zeeland → Digitaal Lab Zeeland B.V.',
    ]);
    expect(r.initiatives.renamed.map((p) => `${p.from.name} → ${p.to.name}`)).toEqual(['Smart Industry Hub → Smart Industry Hub Zeeland']);
    expect(r.initiatives.merged.map((m) => [names(m.from), m.to.name])).toEqual([[['Zorg Digitaal Bevelanden', 'Zorg Digitaal Walcheren'], 'Zorg Digitaal Zeeland']]);
    expect(r.initiatives.split.map((s) => [s.from.name, names(s.to)])).toEqual([['Agri Data Zeeland', ['Agri Data Zeeland Noord', 'Agri Data Zeeland Zuid']]]);
    expect(names(r.initiatives.new)).toEqual(['Nieuwe Ondernemers Academie']);
    // The haven lab is missing in 2022 but back in 2024: a gap, not stopped.
    expect(names(r.initiatives.stopped)).toEqual(['Webshop Coaching Vlissingen']);
    expect(r.initiatives.gap).toEqual([{ id: expect.any(Number), name: 'Haven Innovatie Lab', kind: 'absent', seenIn: { id: expect.any(Number), label: 'Zeeland 2024' } }]);

    expect(r.activities).toEqual({ continued: 10, stopped: 2, new: 1 });
    // Reach: the sum over activities whose reach is known (open lab 120, fabriekstour 40, datacafé 30), in both scans.
    expect(r.reach).toEqual({ from: 190, to: 190, knownFrom: 3, knownTo: 3 });
    expect(r.dimensions.type!.find((v) => v.code === 'workshops')).toEqual({ code: 'workshops', label: 'Workshops & kennisevents', from: 9, to: 7 });
    expect(Object.keys(r.dimensions)).toContain('sector');
    expect(names(r.organisations.new)).toEqual(['Kamer van Koophandel']);
    expect(names(r.organisations.gone)).toEqual(['North Sea Port', 'Ondernemershuis Vlissingen']);
    expect(r.organisations.continued).toHaveLength(8);
    // Ties over linked initiatives are unchanged: every linked group keeps its organisations.
    expect(r.jaccard).toBe(1);
  });

  it('counts an initiative back after a gap as back, not new; over the whole span it simply continues', async () => {
    const { db, s2020, s2022, s2024 } = await threeScans();
    confirmAll(db, listLinks(db, s2022, s2024));
    const r = changeReport(db, s2022, s2024, emptyFilter());
    expect(r.initiatives.new).toEqual([]);
    expect(r.initiatives.gap).toEqual([{ id: expect.any(Number), name: 'Haven Innovatie Lab', kind: 'back', seenIn: { id: s2020, label: 'Zeeland 2020' } }]);
    const span = changeReport(db, s2020, s2024, emptyFilter());
    expect(span.initiatives.continued.map((p) => p.to.name)).toContain('Haven Innovatie Lab');
    expect(span.initiatives.gap).toEqual([]);
  });

  it('applies the filter to both scans and computes the Jaccard index of ties', async () => {
    const { db, s2020, s2022 } = await threeScans();
    confirmAll(db, listLinks(db, s2020, s2022));
    const filter = { ...emptyFilter(), conditions: [{ dimension: 'type' as const, mode: 'any' as const, values: ['onderwijs-professionals'] }] };
    const r = changeReport(db, s2020, s2022, filter);
    expect(r.initiatives.renamed.map((p) => p.to.name)).toEqual(['Smart Industry Hub Zeeland']);
    expect(r.initiatives.new.map((i) => i.name)).toEqual(['Nieuwe Ondernemers Academie']);
    expect(r.activities).toEqual({ continued: 1, stopped: 0, new: 1 });
    // Unlinking the split's south half drops its ties from both sides: ZLTO stays, Rabobank's tie goes.
    const south = listLinks(db, s2020, s2022).find((l) => l.to.name === 'Agri Data Zeeland Zuid')!;
    decideLink(db, 'initiative', south.from.id, south.to.id, 'rejected');
    const all = changeReport(db, s2020, s2022, emptyFilter());
    expect(all.initiatives.renamed.map((p) => p.to.name)).toEqual(['Agri Data Zeeland Noord', 'Smart Industry Hub Zeeland']);
    // Ties (organisation, linked group): 10 on the 2020 side; the 2022 side lost Agri's Rabobank tie: 9 / 10.
    expect(all.jaccard).toBeCloseTo(9 / 10, 10);
  });
});
