/** `regioscan history`, `undo`, `redo` and `revert` on a database file, as a person runs them. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { openDatabase } from '../../src-main/db/open';
import { withChangeGroup } from '../../src-main/history';
import { dbChecksum } from '../helpers/db-checksum';
import { tempDir } from '../helpers/db';
import { importFixture, type Fixture } from '../helpers/history-fixture';

const cli = runCli;

/** A database file with one import and one edit (name and reach of the lab) by 'tester'. */
async function edited(): Promise<{ path: string; f: Fixture }> {
  const path = join(tempDir('regioscan-history-cli-'), 'r.sqlite');
  const db = await openDatabase(path);
  const f = importFixture(db);
  withChangeGroup(db, { origin: 'edit', label: 'naam en bereik', user: 'tester', at: '2024-05-01T09:00:00.000Z' }, () =>
    db.prepare(`UPDATE activity SET name = 'Open lab Vlissingen', reach = 150 WHERE id = ?`).run(f.activity.lab),
  );
  db.close();
  return { path, f };
}

const read = async <T>(path: string, fn: (db: Awaited<ReturnType<typeof openDatabase>>) => T): Promise<T> => {
  const db = await openDatabase(path);
  try {
    return fn(db);
  } finally {
    db.close();
  }
};

describe('regioscan history', () => {
  it('--json gives {change, at, user, origin, activity, field, old, new}, of everything, one activity or one scan', async () => {
    const { path, f } = await edited();
    const all = await cli(['history', '--json', '--db', path]);
    expect(all.code).toBe(0);
    const entries = JSON.parse(all.out) as Record<string, unknown>[];
    for (const e of entries) expect(Object.keys(e)).toEqual(['change', 'at', 'user', 'origin', 'activity', 'field', 'old', 'new']);
    expect(entries.map((e) => [e.origin, e.activity, e.field, e.old, e.new])).toEqual([
      ['import', null, `scan[${f.scan}].file`, null, 'zeeland-2024.xlsx'],
      ['edit', f.activity.lab, 'name', 'Open lab', 'Open lab Vlissingen'],
      ['edit', f.activity.lab, 'reach', 120, 150],
    ]);
    expect(entries[1]).toMatchObject({ user: 'tester', at: '2024-05-01T09:00:00.000Z' });
    const one = JSON.parse((await cli(['history', String(f.activity.lab), '--json', '--db', path])).out) as unknown[];
    expect(one).toEqual(entries.slice(1));
    expect(JSON.parse((await cli(['history', String(f.activity.workshop), '--json', '--db', path])).out)).toEqual([]);
    expect(JSON.parse((await cli(['history', '--scan', String(f.scan), '--json', '--db', path])).out)).toEqual(entries);
    expect(JSON.parse((await cli(['history', String(f.activity.lab), '--scan', String(f.scan), '--json', '--db', path])).out)).toEqual(entries.slice(1));
  });

  it('prints one line per change without --json', async () => {
    const { path, f } = await edited();
    const { code: exit, out } = await cli(['history', String(f.activity.lab), '--db', path]);
    expect(exit).toBe(0);
    expect(out.split('\n')).toEqual([
      '2 changes',
      expect.stringMatching(new RegExp(`^ +\\d+  2024-05-01 09:00  tester  edit  activity ${f.activity.lab} name: Open lab → Open lab Vlissingen$`)),
      expect.stringMatching(new RegExp(`^ +\\d+  2024-05-01 09:00  tester  edit  activity ${f.activity.lab} reach: 120 → 150$`)),
      '',
    ]);
  });

  it('answers a wrong id with one line: usage exit 1, unknown row exit 2', async () => {
    const { path } = await edited();
    expect(await cli(['history', 'abc', '--db', path])).toEqual({ code: 1, out: '', err: "regioscan history: ACTIVITEIT_ID is een positief geheel getal, niet 'abc'.\n" });
    expect((await cli(['history', '1', '2', '--db', path])).code).toBe(1);
    expect((await cli(['history', '--scan', '0', '--db', path])).code).toBe(1);
    expect(await cli(['history', '999', '--db', path])).toEqual({ code: 2, out: '', err: 'regioscan history: Er is geen activiteit 999 en geen geschiedenis ervan.\n' });
    expect((await cli(['history', '--scan', '42', '--db', path])).err).toBe('regioscan history: Er is geen scan 42 en geen geschiedenis ervan.\n');
  });
});

describe('regioscan undo, redo and revert', () => {
  it('undo and redo say in one line what they did, and change the file', async () => {
    const { path, f } = await edited();
    const name = () => read(path, (db) => db.prepare('SELECT name FROM activity WHERE id = ?').pluck().get(f.activity.lab));
    const undone = await cli(['undo', '--db', path]);
    expect(undone.code).toBe(0);
    expect(undone.out).toMatch(/^Undid change group \d+ \(edit: naam en bereik, 2 changes, 2024-05-01 09:00 by tester\) as change group \d+\.\n$/);
    expect(await name()).toBe('Open lab');
    const redone = await cli(['redo', '--db', path]);
    expect(redone.out).toMatch(/^Redid change group \d+ \(undo: naam en bereik, 2 changes, .* by .*\) as change group \d+\.\n$/);
    expect(await name()).toBe('Open lab Vlissingen');
    expect(await cli(['redo', '--db', path])).toEqual({ code: 0, out: 'Nothing to redo.\n', err: '' });
    const json = JSON.parse((await cli(['undo', '--json', '--db', path])).out) as { undone: { origin: string }; changes: { activities: number[] } };
    expect(json.undone.origin).toBe('redo');
    expect(json.changes.activities).toEqual([f.activity.lab]);
  });

  it('nothing to undo is exit 0 with a sentence; a refusal is exit 2, one line, nothing changed', async () => {
    const empty = join(tempDir('regioscan-history-cli-'), 'empty.sqlite');
    expect(await cli(['undo', '--db', empty])).toEqual({ code: 0, out: 'Nothing to undo.\n', err: '' });
    const { path } = await edited();
    expect((await cli(['undo', '--db', path])).code).toBe(0);
    const before = await read(path, (db) => dbChecksum(db));
    const refused = await cli(['undo', '--db', path]);
    expect(refused).toEqual({ code: 2, out: '', err: 'regioscan undo: Ongedaan maken kan niet: de laatste wijziging is een import (zeeland-2024.xlsx), die niet rij voor rij is vastgelegd; verwijder de scan of zet een back-up terug.\n' });
    expect(await read(path, (db) => dbChecksum(db))).toEqual(before);
  });

  it('revert CHANGE puts back one change, and refuses one that changed since', async () => {
    const { path, f } = await edited();
    const entries = JSON.parse((await cli(['history', String(f.activity.lab), '--json', '--db', path])).out) as { change: number; field: string }[];
    const reach = entries.find((e) => e.field === 'reach')!.change;
    const done = await cli(['revert', String(reach), '--db', path]);
    expect(done).toEqual({ code: 0, out: expect.stringMatching(new RegExp(`^Reverted change ${reach} as change group \\d+\\.\\n$`)), err: '' });
    expect(await read(path, (db) => db.prepare('SELECT name, reach FROM activity WHERE id = ?').get(f.activity.lab))).toEqual({ name: 'Open lab Vlissingen', reach: 120 });
    expect(await cli(['revert', String(reach), '--db', path])).toEqual({ code: 2, out: '', err: `regioscan revert: Wijziging ${reach} terugzetten kan niet: reach van activiteit ${f.activity.lab} is sindsdien gewijzigd.\n` });
    expect((await cli(['revert', '--db', path])).code).toBe(1);
  });
});
