/**
 * Hostile and broken `.sqlite` files for the database merge (issue 13's rules, docs/database-merge.md):
 * each built in memory from a good export, changed by code. tests/unit/dbmerge-hostile.test.ts merges
 * every one with the CLI and expects one sentence and the database unchanged.
 *
 *   npx tsx tests/hostile/database-files.ts DIR    # writes every case to DIR, to try them in the app
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { databaseFromBytes } from '../../src-main/db/open';
import { migrate } from '../../src-main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src-main/db/migrations';
import { exportDatabase } from '../../src-main/dbmerge';
import { memoryDb } from '../helpers/db';
import { writeXlsx } from '../helpers/ooxml';
import { fillSource } from '../helpers/dbmerge-fixture';
import { mulberry32 } from '../../src-shared/prng';

export interface DatabaseCase {
  id: string;
  what: string;
  /** The sentence (English) the refusal must contain. */
  refusal: RegExp;
  build: (good: Buffer) => Buffer;
}

/** A good export of two scans with everything that hangs on them. */
export async function goodExport(): Promise<Buffer> {
  const db = await memoryDb();
  const { scans } = fillSource(db);
  try {
    return exportDatabase(db, scans);
  } finally {
    db.close();
  }
}

/** The good file changed with SQL (in memory; the result serialized). */
function changed(good: Buffer, sql: string): Buffer {
  const db = databaseFromBytes(Buffer.from(good));
  try {
    db.exec(sql);
    return db.serialize();
  } finally {
    db.close();
  }
}

function patched(good: Buffer, at: number, bytes: number[]): Buffer {
  const copy = Buffer.from(good);
  copy.set(bytes, at);
  return copy;
}

export const DATABASE_CASES: readonly DatabaseCase[] = [
  { id: 'corrupt-header', what: 'the page size in the header is 7', refusal: /is a damaged database/, build: (good) => patched(good, 16, [0x00, 0x07]) },
  {
    id: 'corrupt-pages',
    what: 'pages 2–5 overwritten with seeded noise',
    refusal: /is a damaged database/,
    build: (good) => {
      const page = good.readUInt16BE(16);
      const random = mulberry32(13);
      return patched(good, page, Array.from({ length: page * 4 }, () => Math.floor(random() * 256)));
    },
  },
  { id: 'truncated', what: 'the first half of a good file', refusal: /is a damaged database/, build: (good) => good.subarray(0, Math.floor(good.length / 2 / 4096) * 4096) },
  { id: 'newer-version', what: 'user_version one above this app’s', refusal: /comes from a newer version of Regioscan/, build: (good) => changed(good, `PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`) },
  {
    id: 'foreign-schema',
    what: 'another program’s SQLite database',
    refusal: /is not a Regioscan database \(it holds table klant/,
    build: () => {
      const db = new Database(':memory:');
      db.exec(`CREATE TABLE klant (id INTEGER PRIMARY KEY, naam TEXT); INSERT INTO klant (naam) VALUES ('Jansen');`);
      return db.serialize();
    },
  },
  { id: 'missing-table', what: 'our schema without the goal table', refusal: /table goal is missing/, build: (good) => changed(good, 'DROP TABLE goal') },
  { id: 'extra-column', what: 'activity with one more column', refusal: /its table activity differs/, build: (good) => changed(good, 'ALTER TABLE activity ADD COLUMN secret TEXT') },
  {
    id: 'malicious-trigger',
    what: 'a trigger that empties activity on insert',
    refusal: /holds trigger wipe, which Regioscan does not make/,
    build: (good) => changed(good, 'CREATE TRIGGER wipe AFTER INSERT ON scan BEGIN DELETE FROM activity; END;'),
  },
  {
    id: 'malicious-view',
    what: 'a view that calls load_extension',
    refusal: /holds view scan_all, which Regioscan does not make/,
    build: (good) => changed(good, `CREATE VIEW scan_all AS SELECT load_extension('/tmp/evil.so') AS x FROM scan`),
  },
  {
    id: 'replaced-trigger',
    what: 'our trigger’s name with another body',
    refusal: /its trigger activity_text_delete differs/,
    build: (good) => changed(good, 'DROP TRIGGER activity_text_delete; CREATE TRIGGER activity_text_delete AFTER DELETE ON activity BEGIN DELETE FROM scan; END;'),
  },
  { id: 'not-sqlite', what: 'a workbook named .sqlite', refusal: /is not a SQLite database/, build: () => writeXlsx([{ name: 'Blad1', rows: [['a']] }]) },
  {
    id: 'no-scans',
    what: 'our schema, no scans',
    refusal: /holds no scans/,
    build: () => {
      const db = new Database(':memory:');
      migrate(db, MIGRATIONS);
      return db.serialize();
    },
  },
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'hostile-databases';
  mkdirSync(dir, { recursive: true });
  const good = await goodExport();
  writeFileSync(join(dir, 'good.sqlite'), good);
  for (const c of DATABASE_CASES) writeFileSync(join(dir, `${c.id}.sqlite`), c.build(good));
  console.log(`${DATABASE_CASES.length + 1} files in ${dir}`);
}
