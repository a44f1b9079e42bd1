/**
 * Issue 13: a `.regioscan-filter.json` with anything of the wrong kind inside is refused with one
 * sentence naming what is wrong, and nothing is stored; a saved filter's note holds at most 2,000
 * characters on every path that stores one (save, edit, rename, duplicate, file import).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyFilter, NOTE_MAX } from '../../src-shared/filter';
import type { SavedFilter } from '../../src-shared/model';
import type { Db } from '../../src-main/db/open';
import { dispatch } from '../../src-main/rpc/dispatch';
import { dbChecksum } from '../helpers/db-checksum';
import { memoryDb, TEST_ENV } from '../helpers/db';

type Json = Record<string, unknown>;

/** A file as the app exports it. */
function validFile(): Json {
  return {
    format: 'regioscan-filter',
    version: 1,
    name: 'Studenten',
    note: 'voor overleg',
    scans: [{ region: 'Drenthe', year: 2023 }],
    filter: { ...emptyFilter(), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] },
  };
}

function withChange(change: (file: Json & { filter: Json & { conditions: Json[] } }) => void): string {
  const file = validFile() as Json & { filter: Json & { conditions: Json[] } };
  change(file);
  return JSON.stringify(file);
}

/** Each wrong file, and what the English sentence must name. */
const WRONG: [string, string, RegExp][] = [
  ['a year as text', withChange((f) => (f.scans = [{ region: 'Drenthe', year: '2023' }])), /scans\[0\]\.year must be a number, not text \('2023'\)/],
  ['scan ids as text', withChange((f) => (f.filter.scans = ['1'])), /filter\.scans\[0\] must be a number, not text \('1'\)/],
  ['scans not a list', withChange((f) => (f.scans = 'Drenthe')), /scans must be a list, not text \('Drenthe'\)/],
  ['a scan reference that is null', withChange((f) => (f.scans = [null])), /scans\[0\] must be an object, not empty \(null\)/],
  ['an unknown dimension', withChange((f) => (f.filter.conditions[0]!.dimension = 'kleur')), /filter\.conditions\[0\]\.dimension 'kleur' is none of: type, /],
  ['an unknown mode', withChange((f) => (f.filter.conditions[0]!.mode = 'some')), /filter\.conditions\[0\]\.mode 'some' is none of: any, all, none/],
  ['a value of the wrong kind', withChange((f) => (f.filter.conditions[0]!.values = [5])), /filter\.conditions\[0\]\.values\[0\] has an invalid form \(a number\)/],
  ['nested junk as a value', withChange((f) => (f.filter.conditions[0]!.values = [{ unmapped: { deep: [[[1]]] } }])), /filter\.conditions\[0\]\.values\[0\] has an invalid form \(an object\)/],
  ['an unknown field', withChange((f) => (f.extra = { a: 1 })), /has an unknown field 'extra'/],
  ['an unknown field inside the filter', withChange((f) => (f.filter.colour = 'red')), /filter has an unknown field 'colour'/],
  ['a version from the future', withChange((f) => (f.version = 2)), /version must be 1, not 2/],
  ['no name', withChange((f) => delete f.name), /name is missing/],
  ['a blank name', withChange((f) => (f.name = '   ')), /name is empty/],
  ['a name of 300 characters', withChange((f) => (f.name = 'n'.repeat(300))), /name is longer than 200 characters \(300\)/],
  ['a huge note', withChange((f) => (f.note = 'x'.repeat(900_000))), /note is longer than 2,000 characters \(900,000\)/],
  ['a note that is a number', withChange((f) => (f.note = 42)), /note must be text, not a number \(42\)/],
  ['reach as text', withChange((f) => (f.filter.reach = { min: '10' })), /filter\.reach\.min must be a number, not text \('10'\)/],
  ['a search text of 500,000 characters', withChange((f) => (f.filter.text = 'zoek '.repeat(100_000))), /the search text is too long: at most 200 characters, this one has 500,000/],
  ['a NUL in the search text', withChange((f) => (f.filter.text = 'a\u0000b')), /the search text holds a control character/],
  ['another format', withChange((f) => (f.format = 'iets anders')), /format must be 'regioscan-filter', not 'iets anders'/],
  ['a list instead of a file', '[1, 2, 3]', /must be an object, not a list/],
  ['a number', '12', /must be an object, not a number \(12\)/],
];

describe('a .regioscan-filter.json with wrong types inside (issue 13)', () => {
  let db: Db;
  beforeEach(async () => {
    db = await memoryDb();
    db.prepare(`INSERT INTO scan (region, year, title, imported_at) VALUES ('Drenthe', 2023, 't', 'now')`).run();
  });

  it('a valid file is read (the base every wrong file below is changed from)', async () => {
    const reply = await dispatch(db, 'filters.import', { text: JSON.stringify(validFile()) }, TEST_ENV);
    expect(reply.ok).toBe(true);
  });

  for (const [what, text, names] of WRONG) {
    it(`${what}: one sentence naming it, nothing stored`, async () => {
      const before = dbChecksum(db);
      const reply = await dispatch(db, 'filters.import', { text }, TEST_ENV);
      expect(reply.ok).toBe(false);
      const { code, message } = (reply as { error: { code: string; message: { nl: string; en: string } } }).error;
      expect(code).toBe('filter-file-unreadable');
      expect(message.en).toMatch(/^This filter file was not read: .+\. Nothing was saved\.$/);
      expect(message.en).toMatch(names);
      expect(message.nl).toMatch(/^Dit filterbestand is niet ingelezen: .+\. Er is niets opgeslagen\.$/);
      for (const sentence of [message.nl, message.en]) {
        expect(sentence).not.toMatch(/[\r\n]/);
        expect(sentence).not.toContain('\u0000');
        expect(sentence.length).toBeLessThan(300);
      }
      expect(dbChecksum(db)).toEqual(before);
    });
  }
});

describe('the note is at most 2,000 characters on every path (issue 13)', () => {
  const atCap = 'n'.repeat(NOTE_MAX);
  const overCap = 'n'.repeat(NOTE_MAX + 1);
  let db: Db;
  beforeEach(async () => {
    db = await memoryDb();
  });

  async function save(args: unknown) {
    return dispatch(db, 'filters.save', args, TEST_ENV);
  }

  it('save and edit take 2,000 and refuse 2,001 with a sentence', async () => {
    const saved = await save({ name: 'A', note: atCap, filter: emptyFilter() });
    expect(saved.ok).toBe(true);
    const id = (saved as { value: SavedFilter }).value.id;
    const before = dbChecksum(db);
    expect(await save({ name: 'B', note: overCap, filter: emptyFilter() })).toMatchObject({ ok: false, error: { message: { en: 'Invalid input for filters.save: note is longer than 2,000 characters (2,001).' } } });
    expect(await save({ id, name: 'A', note: overCap, filter: emptyFilter() })).toMatchObject({ ok: false });
    expect(dbChecksum(db)).toEqual(before);
  });

  it('a note stored over the cap by an earlier version is refused by rename and duplicate, and can be shortened', async () => {
    const saved = (await save({ name: 'Oud', note: 'kort', filter: emptyFilter() })) as { value: SavedFilter };
    db.prepare('UPDATE saved_filter SET note = ? WHERE id = ?').run('x'.repeat(900_000), saved.value.id);
    const before = dbChecksum(db);
    const noteSentence = 'The note is too long: at most 2,000 characters, this one has 900,000. Nothing was saved.';
    expect(await save({ id: saved.value.id, name: 'Nieuw', filter: emptyFilter() })).toEqual({ ok: false, error: { code: 'note-too-long', message: { nl: 'De notitie is te lang: hoogstens 2.000 tekens, deze heeft er 900.000. Er is niets opgeslagen.', en: noteSentence } } });
    expect(await dispatch(db, 'filters.duplicate', { id: saved.value.id }, TEST_ENV)).toMatchObject({ ok: false, error: { code: 'note-too-long', message: { en: noteSentence } } });
    expect(dbChecksum(db)).toEqual(before);
    expect(await save({ id: saved.value.id, name: 'Nieuw', note: 'korter', filter: emptyFilter() })).toMatchObject({ ok: true, value: { note: 'korter' } });
  });

  it('a file import: a note of 2,000 is kept whole; with the notice about a missing scan it would not fit and is refused', async () => {
    const file = { ...validFile(), note: atCap, scans: [] };
    expect(await dispatch(db, 'filters.import', { text: JSON.stringify(file) }, TEST_ENV)).toMatchObject({ ok: true, value: { note: atCap } });
    const before = dbChecksum(db);
    const missing = { ...validFile(), note: atCap, scans: [{ region: 'Zeeland', year: 2021 }] };
    const reply = await dispatch(db, 'filters.import', { text: JSON.stringify(missing) }, TEST_ENV);
    expect(reply).toMatchObject({ ok: false, error: { code: 'filter-file-unreadable' } });
    expect((reply as { error: { message: { en: string } } }).error.message.en).toMatch(/notice about 1 missing scan\(s\) the note would exceed 2,000 characters/);
    expect(dbChecksum(db)).toEqual(before);
  });
});
