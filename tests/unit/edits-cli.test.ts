/**
 * `regioscan edit`, `add`, `delete`, `initiative` and `merge-initiatives` on a database file, as a
 * person runs them: each writes one change group with origin edit that undo and redo reverse
 * exactly; a value that names nothing is one sentence, exit 2, and the file as it was.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { openDatabase } from '../../src-main/db/open';
import { dbChecksum } from '../helpers/db-checksum';
import { tempDir, readDatabase } from '../helpers/db';
import { contentChecksum, FIXTURE_SCAN, importFixture, type Fixture } from '../helpers/history-fixture';

const cli = runCli;

async function fixtureFile(): Promise<{ path: string; f: Fixture }> {
  const path = join(tempDir('regioscan-edits-'), 'r.sqlite');
  const db = await openDatabase(path);
  const f = importFixture(db);
  db.close();
  return { path, f };
}

const read = readDatabase;

const codes = (path: string, activity: number, dimension: string) =>
  read(path, (db) => db.prepare(`SELECT coalesce(dv.code, dv.label_nl) FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = ? AND dv.dimension = ? ORDER BY 1`).pluck().all(activity, dimension));

/** Runs a command, then checks undo puts the content back and redo brings the command's result again. */
async function undoable(path: string, argv: string[]): Promise<{ out: string }> {
  const before = await read(path, contentChecksum);
  const done = await cli([...argv, '--db', path]);
  expect(done, done.err).toMatchObject({ code: 0, err: '' });
  const after = await read(path, contentChecksum);
  expect(after).not.toEqual(before);
  expect((await cli(['undo', '--db', path])).code).toBe(0);
  expect(await read(path, contentChecksum)).toEqual(before);
  expect((await cli(['redo', '--db', path])).code).toBe(0);
  expect(await read(path, contentChecksum)).toEqual(after);
  return { out: done.out };
}

async function refused(path: string, argv: string[], err: RegExp | string) {
  const before = await read(path, dbChecksum);
  const result = await cli([...argv, '--db', path]);
  expect(result.code, result.err).toBe(2);
  expect(result.out).toBe('');
  if (typeof err === 'string') expect(result.err).toBe(err);
  else expect(result.err).toMatch(err);
  expect(result.err.trim().split('\n')).toHaveLength(1);
  expect(await read(path, dbChecksum)).toEqual(before);
}

describe('regioscan edit', () => {
  it('sets dimensions by --where names and labels, name and reach, in one change group with origin edit', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['edit', String(f.activity.lab), '--set', 'Sector=A,Zeevaart', '--set', 'name=Open lab Vlissingen', '--set', 'bereik=150', '--set', 'knelpunt=', '--json']);
    const result = JSON.parse(out) as { id: number; group: number; entries: { origin: string; field: string; old: unknown; new: unknown }[] };
    expect(result.id).toBe(f.activity.lab);
    // In the order of the --set clauses.
    expect(result.entries.map((e) => [e.origin, e.field, e.old, e.new])).toEqual([
      ['edit', 'sector', 'C, G, Zeevaart', 'A, Zeevaart'],
      ['edit', 'name', 'Open lab', 'Open lab Vlissingen'],
      ['edit', 'reach', 120, 150],
      ['edit', 'bottleneck', '1, 6', null],
    ]);
    expect(await codes(path, f.activity.lab, 'sector')).toEqual(['A', 'Zeevaart']);
    const history = JSON.parse((await cli(['history', String(f.activity.lab), '--json', '--db', path])).out) as { origin: string }[];
    // The edit, its undo and its redo.
    expect(history.map((e) => e.origin)).toEqual(['edit', 'edit', 'edit', 'edit', 'undo', 'undo', 'undo', 'undo', 'redo', 'redo', 'redo', 'redo']);
  });

  it('moves an activity to another initiative of its scan by name', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['edit', String(f.activity.workshop), '--set', 'initiative=impuls zeeland']);
    expect(out).toMatch(/^Activity \d+: 1 change \(change group \d+; 'regioscan undo' undoes it\)\.\n {2}initiative: HZ Digitaal Lab → Impuls Zeeland\n$/);
    expect(await read(path, (db) => db.prepare('SELECT initiative_id FROM activity WHERE id = ?').pluck().get(f.activity.workshop))).toBe(f.initiative.impuls);
  });

  it('refuses a value that names nothing with one sentence in the database language, exit 2, nothing changed', async () => {
    const { path, f } = await fixtureFile();
    const id = String(f.activity.lab);
    await refused(path, ['edit', id, '--set', 'sector=Ruimtevaart'], "regioscan edit: onbekende waarde 'Ruimtevaart' voor Sector in --set.\n");
    await refused(path, ['edit', id, '--set', 'type=faciliteiten,workshops'], /^regioscan edit: Type activiteit heeft één waarde, niet 2\.\n$/);
    await refused(path, ['edit', id, '--set', 'reach=veel'], "regioscan edit: reach is een geheel getal van 0 tot 1000000000, niet 'veel'.\n");
    await refused(path, ['edit', id, '--set', 'name='], 'regioscan edit: name mag niet leeg zijn.\n');
    await refused(path, ['edit', id, '--set', 'kleur=rood'], /^regioscan edit: onbekend veld 'kleur' in --set/);
    await refused(path, ['edit', id, '--set', 'organisation=HZ University'], /wordt niet met --set op een activiteit gezet/);
    await refused(path, ['edit', id, '--set', 'initiative=Bestaat niet'], "regioscan edit: scan 1 heeft geen initiatief 'Bestaat niet'.\n");
    // A valid clause before a bad one is not written either.
    await refused(path, ['edit', id, '--set', 'reach=5', '--set', 'sector=Ruimtevaart'], /onbekende waarde/);
    await refused(path, ['edit', '999', '--set', 'reach=5'], 'regioscan edit: Er is geen activiteit 999.\n');
    expect((await cli(['edit', id, '--db', path])).code).toBe(1);
  });
});

describe('regioscan edit: organisations per role and extra fields', () => {
  const inRole = (path: string, activity: number, role: string) =>
    read(path, (db) => db.prepare(`SELECT o.name FROM provider p JOIN organisation o ON o.id = p.organisation_id WHERE p.activity_id = ? AND p.role = ? ORDER BY o.name`).pluck().all(activity, role));

  it('sets the organisations of a role by code, label or column name, matching existing ones by name and making new ones', async () => {
    const { path, f } = await fixtureFile();
    const organisations = await read(path, (db) => db.prepare('SELECT count(*) FROM organisation').pluck().get() as number);
    const { out } = await undoable(path, ['edit', String(f.activity.lab), '--set', 'Uitvoerders=hz university; Gemeente Middelburg', '--set', 'Funder=', '--json']);
    const result = JSON.parse(out) as { entries: { origin: string; field: string; old: unknown; new: unknown }[] };
    // Recorded under the role's code, the names before and after as --set writes them; the new organisation as a row of its own.
    const made = await read(path, (db) => db.prepare(`SELECT id FROM organisation WHERE name = 'Gemeente Middelburg'`).pluck().get() as number);
    expect(result.entries.map((e) => [e.field, e.old, e.new])).toEqual([
      [`organisation[${made}]`, null, 'Gemeente Middelburg'],
      ['uitvoerder', 'HZ University', 'Gemeente Middelburg; HZ University'],
      ['financier', 'Provincie Zeeland', null],
    ]);
    expect(await inRole(path, f.activity.lab, 'uitvoerder')).toEqual(['Gemeente Middelburg', 'HZ University']);
    expect(await inRole(path, f.activity.lab, 'financier')).toEqual([]);
    expect(await inRole(path, f.activity.lab, 'initiatiefnemer')).toEqual(['HZ University']);
    // HZ University matched case aside; one organisation made; Provincie Zeeland stays though unused.
    expect(await read(path, (db) => db.prepare('SELECT count(*) FROM organisation').pluck().get())).toBe(organisations + 1);
    const history = JSON.parse((await cli(['history', String(f.activity.lab), '--json', '--db', path])).out) as { field: string }[];
    expect(new Set(history.map((e) => e.field))).toEqual(new Set(['uitvoerder', 'financier']));
  });

  it('sets, changes and clears extra fields of an activity and an initiative under extra.<name>', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['edit', String(f.activity.lab), '--set', 'extra.kolom r=nee', '--set', 'extra.Telefoon=0118 123', '--json']);
    const result = JSON.parse(out) as { entries: { field: string; old: unknown; new: unknown }[] };
    // An existing name is matched case aside and keeps its spelling.
    expect(result.entries.map((e) => [e.field, e.old, e.new])).toEqual([['extra.Kolom R', 'ja', 'nee'], ['extra.Telefoon', null, '0118 123']]);
    expect(await read(path, (db) => db.prepare(`SELECT rowid FROM activity_text WHERE activity_text MATCH '"0118 123"'`).pluck().all())).toEqual([f.activity.lab]);
    await undoable(path, ['edit', String(f.activity.lab), '--set', 'extra.Kolom R=']);
    const cleared = JSON.parse((await cli(['initiative', String(f.initiative.lab), '--set', 'extra.Contact=', '--json', '--db', path])).out) as { entries: { field: string; old: unknown; new: unknown }[] };
    expect(cleared.entries.map((e) => [e.field, e.old, e.new])).toEqual([[`initiative[${f.initiative.lab}].extra.Contact`, 'Bram Jansen', null]]);
    await undoable(path, ['initiative', String(f.initiative.impuls), '--set', 'extra.Contact=Iris de Wit']);
    expect(await read(path, (db) => db.prepare('SELECT value FROM initiative_extra WHERE initiative_id = ?').pluck().all(f.initiative.impuls))).toEqual(['Iris de Wit']);
  });

  it('refuses a bad role value or extra field with one sentence, exit 2, nothing changed', async () => {
    const { path, f } = await fixtureFile();
    const id = String(f.activity.lab);
    await refused(path, ['edit', id, '--set', `uitvoerder=${'x'.repeat(501)}`], /de naam van een organisatie is langer dan 500 tekens/);
    await refused(path, ['edit', id, '--set', 'extra.=ja'], /extra\.NAAM verwacht een naam van 1 tot 200 tekens/);
    await refused(path, ['edit', id, '--set', `extra.Kolom R=${'x'.repeat(10_001)}`], /extra\.Kolom R is langer dan 10000 tekens/);
    await refused(path, ['edit', id, '--set', 'uitvoerder=A', '--set', 'Implementer=B'], /--set noemt uitvoerder twee keer/);
    await refused(path, ['initiative', String(f.initiative.lab), '--set', 'uitvoerder=A'], /onbekend veld 'uitvoerder' van een initiatief/);
  });
});

describe('regioscan add', () => {
  it('adds an activity to an initiative named like one of the scan, with its values, and prints the new id', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['add', '--scan', String(f.scan), '--initiative', 'HZ DIGITAAL LAB', '--name', 'Hackathon', '--set', 'type=workshops', '--set', 'sector=J', '--json']);
    const result = JSON.parse(out) as { id: number; initiative: number; createdInitiative: boolean };
    expect(result).toMatchObject({ initiative: f.initiative.lab, createdInitiative: false });
    expect(await read(path, (db) => db.prepare('SELECT name, initiative_id FROM activity WHERE id = ?').get(result.id))).toEqual({ name: 'Hackathon', initiative_id: f.initiative.lab });
    expect(await codes(path, result.id, 'type')).toEqual(['workshops']);
    // Found by the full-text search like an imported activity.
    expect(await read(path, (db) => db.prepare(`SELECT rowid FROM activity_text WHERE activity_text MATCH 'hackathon'`).pluck().all())).toEqual([result.id]);
  });

  it('creates the initiative when its name matches none of the scan', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['add', '--scan', String(f.scan), '--initiative', 'Data Hub Zeeland', '--name', 'Spreekuur', '--json']);
    const result = JSON.parse(out) as { id: number; initiative: number; createdInitiative: boolean };
    expect(result.createdInitiative).toBe(true);
    expect(await read(path, (db) => db.prepare('SELECT name, scan_id FROM initiative WHERE id = ?').get(result.initiative))).toEqual({ name: 'Data Hub Zeeland', scan_id: f.scan });
  });

  it('refuses an unknown scan or a bad value, nothing changed', async () => {
    const { path, f } = await fixtureFile();
    await refused(path, ['add', '--scan', '42', '--initiative', 'X', '--name', 'Y'], 'regioscan add: Er is geen scan 42.\n');
    await refused(path, ['add', '--scan', String(f.scan), '--initiative', 'Nieuw', '--name', 'Y', '--set', 'sector=Ruimtevaart'], /onbekende waarde 'Ruimtevaart'/);
    expect((await cli(['add', '--scan', String(f.scan), '--db', path])).code).toBe(1);
  });
});

describe('regioscan delete', () => {
  it('deletes an activity with its values and providers; undo brings all of it back', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['delete', String(f.activity.lab)]);
    expect(out).toMatch(/^Deleted activity \d+ as change group \d+/);
    await refused(path, ['delete', '999'], 'regioscan delete: Er is geen activiteit 999.\n');
  });
});

describe('regioscan initiative', () => {
  it('sets name, website and description', async () => {
    const { path, f } = await fixtureFile();
    const { out } = await undoable(path, ['initiative', String(f.initiative.impuls), '--set', 'name=Impuls', '--set', 'website=https://impuls.example', '--set', 'description=Ontwikkelingsmaatschappij', '--json']);
    const result = JSON.parse(out) as { entries: { field: string; new: unknown }[] };
    const i = `initiative[${f.initiative.impuls}]`;
    expect(result.entries.map((e) => [e.field, e.new])).toEqual([[`${i}.name`, 'Impuls'], [`${i}.website`, 'https://impuls.example'], [`${i}.description`, 'Ontwikkelingsmaatschappij']]);
    await refused(path, ['initiative', String(f.initiative.impuls), '--set', 'kleur=rood'], /onbekend veld 'kleur' van een initiatief/);
    await refused(path, ['initiative', String(f.initiative.impuls), '--set', 'website=niet een url'], /een website bevat geen spaties/);
  });
});

describe('regioscan merge-initiatives', () => {
  it("moves OTHER's activities to KEEP, fills KEEP's empty fields and deletes OTHER", async () => {
    const { path, f } = await fixtureFile();
    await undoable(path, ['merge-initiatives', String(f.initiative.impuls), String(f.initiative.lab)]);
    expect(await read(path, (db) => db.prepare('SELECT DISTINCT initiative_id FROM activity').pluck().all())).toEqual([f.initiative.impuls]);
    expect(await read(path, (db) => db.prepare('SELECT description, website, start_year FROM initiative').all())).toEqual([{ description: 'Lab van de hogeschool', website: 'https://hz.example', start_year: 2019 }]);
  });

  it('refuses merging an initiative with itself or across scans', async () => {
    const { path, f } = await fixtureFile();
    await refused(path, ['merge-initiatives', String(f.initiative.lab), String(f.initiative.lab)], /kan niet met zichzelf/);
    await refused(path, ['merge-initiatives', String(f.initiative.lab), '999'], 'regioscan merge-initiatives: Er is geen initiatief 999.\n');
    const other = await read(path, (db) => importFixture(db, { ...FIXTURE_SCAN, scan: { ...FIXTURE_SCAN.scan, region: 'Drenthe', title: 'Regioscan Drenthe 2024' } }, 'drenthe.xlsx'));
    await refused(path, ['merge-initiatives', String(f.initiative.lab), String(other.initiative.lab)], /horen bij verschillende scans/);
  });
});
