/**
 * `regioscan export --scan ID --out FILE.sqlite` and `regioscan import FILE.sqlite [--replace|--keep-both]
 * [--dry-run] [--json]`, and every refusal of a hostile file (tests/hostile/database-files.ts): one
 * sentence, exit 2, the database unchanged.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInWorker } from '../../src-main/dbmerge';
import { LIMITS } from '../../src-main/import';
import { fileChecksum } from '../helpers/db-checksum';
import { tempDir } from '../helpers/db';
import { cliOn, importedForBlock } from '../helpers/run-cli';
import { NOORD_NEDERLAND } from '../helpers/survey-fixture';
import { REPO_ROOT } from '../../src-main/version';
import { DATABASE_CASES, goodExport } from '../hostile/database-files';

interface MergeJson {
  file: string;
  scans: { id: number | null; sourceId: number; region: string; year: number | null; initiatives: number; activities: number; existing: number | null; replaced: number | null }[];
}

describe('regioscan export/import .sqlite', () => {
  it('exports chosen scans and merges them into another database: added, refused as duplicate, replaced, kept both', async () => {
    const dir = tempDir('regioscan-dbmerge-');
    const a = cliOn(join(dir, 'a.sqlite'));
    const b = cliOn(join(dir, 'b.sqlite'));
    expect((await a(['import', NOORD_NEDERLAND])).code).toBe(0);
    expect((await a(['edit', '1', '--set', 'name=Gewijzigd'])).code).toBe(0);
    const out = join(dir, 'noord.sqlite');
    const exported = await a(['export', '--scan', '1', '--out', out]);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toBe(`Wrote 1 scan with their history to ${out}\n`);

    // Into a database that holds another scan first, so the ids change.
    expect((await b(['import', join(REPO_ROOT, 'tests', 'fixtures', 'canonical-nl.xlsx')])).code).toBe(0);
    const first = await b(['import', out, '--json']);
    expect(first).toMatchObject({ code: 0, err: '' });
    const report = JSON.parse(first.out) as MergeJson;
    expect(report.scans).toEqual([expect.objectContaining({ id: 2, sourceId: 1, region: 'Noord-Nederland', year: 2022, initiatives: 33, activities: 100, existing: null, replaced: null })]);
    const history = JSON.parse((await b(['history', '--json'])).out) as { origin: string; field: string; new: string; activity: number | null }[];
    expect(history.map((h) => h.origin)).toEqual(['import', 'import', 'edit', 'merge']);
    expect(history.at(-1)).toMatchObject({ field: 'scan[2].file', new: 'noord.sqlite' });
    const list = JSON.parse((await b(['list', '--json', '--text', 'Gewijzigd'])).out) as { name: string }[];
    expect(list.map((r) => r.name)).toEqual(['Gewijzigd']);

    // The same region and year again: asked, as for a workbook (exit 1, nothing changed).
    const before = await fileChecksum(join(dir, 'b.sqlite'));
    const asked = await b(['import', out]);
    expect(asked.code).toBe(1);
    expect(asked.err).toBe("regioscan import: Er is al een scan voor Noord-Nederland 2022 (id 2); voeg --replace toe om die te vervangen of --keep-both om beide te houden.\n");
    expect(await fileChecksum(join(dir, 'b.sqlite'))).toEqual(before);
    const dry = await b(['import', out, '--dry-run']);
    expect(dry.out).toMatch(/^Would merge Regioscan Digitalisering Noord-Nederland 2022 .+; a scan for it exists \(id 2\)\.\n$/);
    expect(await fileChecksum(join(dir, 'b.sqlite'))).toEqual(before);

    const replaced = await b(['import', out, '--replace']);
    expect(replaced.out).toMatch(/^Merged scan 2: .+ \(replaced scan 2\)\.\n$/);
    const both = JSON.parse((await b(['import', out, '--keep-both', '--json'])).out) as MergeJson;
    expect(both.scans[0]).toMatchObject({ id: 3, existing: 2, replaced: null });
    expect((await b(['scans', '--json'])).out.match(/"Noord-Nederland"/g)).toHaveLength(2);
    // Undo stops at the merge.
    const undo = await b(['undo']);
    expect(undo.code).toBe(2);
    expect(undo.err).toMatch(/samengevoegde database \(noord\.sqlite\)/);

    // A database file the app made (WAL header, any name) merges directly too.
    const direct = await b(['import', join(dir, 'a.sqlite'), '--keep-both', '--json']);
    expect(direct.code).toBe(0);
  });

  it('refuses wrong words on the command line', async () => {
    const dir = tempDir('regioscan-dbmerge-');
    const a = cliOn(join(dir, 'a.sqlite'));
    expect((await a(['export', '--out', join(dir, 'x.sqlite')])).err).toMatch(/Geef met --scan ID welke scans/);
    expect((await a(['export', '--scan', '9', '--out', join(dir, 'x.sqlite')]))).toMatchObject({ code: 2, err: 'regioscan export: Scan 9 bestaat niet (meer).\n' });
    expect((await a(['import', join(dir, 'x.sqlite'), '--replace', '--keep-both'])).code).toBe(1);
    expect((await a(['import', join(dir, 'x.sqlite'), '--region', 'X'])).code).toBe(1);
  });
});

describe('hostile .sqlite files', () => {
  const target = importedForBlock(NOORD_NEDERLAND, 'regioscan-dbmerge-hostile-');
  let good: Buffer;
  beforeAll(async () => {
    good = await goodExport();
  });

  it('merges the good file the cases are made from', async () => {
    const file = join(target.dir, 'good.sqlite');
    writeFileSync(file, good);
    const probe = join(target.dir, 'probe.sqlite');
    expect((await cliOn(probe)(['import', file, '--json'])).code).toBe(0);
  });

  for (const c of DATABASE_CASES) {
    it(`refuses ${c.id} (${c.what}) with one sentence, the database unchanged`, async () => {
      const file = join(target.dir, `${c.id}.sqlite`);
      writeFileSync(file, c.build(good));
      const before = await fileChecksum(target.path);
      const run = await cliOn(target.path)(['import', file]);
      expect(run.code).toBe(2);
      expect(run.out).toBe('');
      expect(run.err.split('\n')).toHaveLength(2);
      // The English sentence: the CLI speaks the database's language (Dutch), so ask the worker too.
      await expect(readInWorker(readFileSync(file), `${c.id}.sqlite`)).rejects.toThrow(c.refusal);
      expect(await fileChecksum(target.path)).toEqual(before);
    });
  }

  it('refuses a file over the size limit before reading it', async () => {
    const file = join(target.dir, 'huge.sqlite');
    writeFileSync(file, good);
    truncateSync(file, LIMITS.fileBytes + 1);
    const before = await fileChecksum(target.path);
    const run = await cliOn(target.path)(['import', file]);
    expect(run).toMatchObject({ code: 2, err: 'regioscan import: huge.sqlite is groter dan 100 MB; dat is geen scan. Er is niets gewijzigd.\n' });
    expect(await fileChecksum(target.path)).toEqual(before);
  });

  it('stops the reader at its time limit', async () => {
    await expect(readInWorker(good, 'traag.sqlite', { timeLimitMs: 1 })).rejects.toThrow(/traag\.sqlite could not be read within 1 second;/);
  });
});
