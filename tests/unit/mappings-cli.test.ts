/**
 * `regioscan map`, `unmap` and `mappings` (with --json, --export, --import) on a database file, as a
 * person runs them; `regioscan import` names the rules it applied; a rule or rules file that names
 * nothing is one sentence, exit 2, and the file as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileChecksum } from '../helpers/db-checksum';
import { tempDir, readDatabase } from '../helpers/db';
import { codesByActivity, SECOND_ROWS, unmappedCsv } from '../helpers/mapping-fixture';
import { cliOn } from '../helpers/run-cli';

const read = readDatabase;

async function setup() {
  const dir = tempDir('regioscan-mappings-');
  const file = join(dir, 'r.sqlite');
  const first = join(dir, 'zeeland-2024.csv');
  const second = join(dir, 'zeeland-2025.csv');
  writeFileSync(first, unmappedCsv());
  writeFileSync(second, unmappedCsv(SECOND_ROWS));
  const cli = cliOn(file);
  const imported = await cli(['import', first, '--region', 'Zeeland', '--year', '2024']);
  expect(imported.code, imported.err).toBe(0);
  return { dir, file, cli, second };
}

describe('regioscan map / unmap / mappings', () => {
  it('map changes every occurrence as one change group that undo takes back, and mappings lists rules and unmapped values', async () => {
    const { file, cli } = await setup();
    const listed = JSON.parse((await cli(['mappings', '--json'])).out) as { rules: unknown[]; unmapped: { dimension: string; value: string; count: number; origins: { column: string }[] }[] };
    expect(listed.rules).toEqual([]);
    expect(listed.unmapped.map((u) => [u.dimension, u.value, u.count, u.origins[0]?.column])).toEqual([
      ['sector', 'Maakindustrie', 2, 'D (Sector)'],
      ['sector', 'Zeevaart', 1, 'D (Sector)'],
    ]);
    const before = await fileChecksum(file);
    const mapped = await cli(['map', 'Sector', 'maakindustrie', 'Industrie']);
    expect(mapped, mapped.err).toMatchObject({ code: 0, err: '' });
    expect(mapped.out).toMatch(/^Mapped sector "maakindustrie" → C \(Manufacturing\): rule stored; 2 activities changed \(change group \d+; 'regioscan undo' undoes it\)\.\n$/);
    expect(await read(file, (db) => codesByActivity(db, 'sector'))).toMatchObject({ 'Open dag': ['C'], Hackathon: ['C'] });
    const text = (await cli(['mappings'])).out;
    expect(text).toContain('1 rule:\n  sector  "maakindustrie" → C (Manufacturing)\n');
    expect(text).toMatch(/1 unmapped value:\n {2}Sector {2}"Zeevaart" {2}1 activity {2}\(scan \d+, sheet \S+, column D \(Sector\): 1\)\n/);
    const history = JSON.parse((await cli(['history', '--json'])).out) as { origin: string; field: string }[];
    expect(history.filter((e) => e.origin === 'mapping').map((e) => e.field)).toEqual(['mapping[sector:maakindustrie]', 'sector', 'sector']);
    expect((await cli(['undo'])).code).toBe(0);
    expect(await read(file, (db) => codesByActivity(db, 'sector'))).toMatchObject({ 'Open dag': ['?Maakindustrie'] });
    expect(JSON.parse((await cli(['mappings', '--json'])).out).rules).toEqual([]);
    // Undo restored every row; only the history's own tables grew.
    const after = await fileChecksum(file);
    for (const table of ['activity_value', 'mapping_rule', 'dimension_value']) expect(after.tables[table], table).toEqual(before.tables[table]);
  });

  it('a stored rule applies on the next import, and the import report names it with its cells (text and --json)', async () => {
    const { cli, second } = await setup();
    expect((await cli(['map', 'sector', 'Maakindustrie', 'C', '--json'])).code).toBe(0);
    const dry = await cli(['import', second, '--region', 'Zeeland', '--year', '2025', '--dry-run', '--json']);
    expect(JSON.parse(dry.out).rules).toEqual([{ kind: 'value', dimension: 'sector', value: 'Maakindustrie', target: 'C', cells: 1, stored: true }]);
    const done = await cli(['import', second, '--region', 'Zeeland', '--year', '2025', '--map-column', 'Doelgroep=description']);
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('  rule     sector "Maakindustrie" → C: 1 cell\n');
    expect(done.out).toContain(`  rule     column "Doelgroep" → description: 2 cells (this import's own mapping, stored as a rule)\n`);
    const rules = JSON.parse((await cli(['mappings', '--json'])).out).rules as { kind: string; value: string; target: string }[];
    expect(rules.map((r) => `${r.kind}:${r.value}→${r.target}`)).toEqual(['value:Maakindustrie→C', 'column:Doelgroep→description']);
  });

  it('unmap removes the rule (rows keep their code); an unknown rule, dimension or code is one sentence, exit 2, file unchanged', async () => {
    const { file, cli } = await setup();
    await cli(['map', 'sector', 'Maakindustrie', 'C']);
    const removed = await cli(['unmap', 'sector', 'MAAKINDUSTRIE']);
    expect(removed, removed.err).toMatchObject({ code: 0, err: '' });
    expect(removed.out).toMatch(/^Removed the rule sector "Maakindustrie" → C; activities keep their code/);
    expect((await read(file, (db) => codesByActivity(db, 'sector')))['Open dag']).toEqual(['C']);
    const before = await fileChecksum(file);
    for (const [argv, err] of [
      [['unmap', 'sector', 'Maakindustrie'], "regioscan unmap: Er is geen koppelregel voor Sector 'Maakindustrie'.\n"],
      [['map', 'kleur', 'Zeevaart', 'C'], /^regioscan map: onbekende dimensie 'kleur'/],
      [['map', 'sector', 'Zeevaart', 'Ruimtevaart'], /^regioscan map: onbekende waarde 'Ruimtevaart' voor Sector in CODE/],
      [['map', 'sector', 'Zeevaart'], /^regioscan map: Geef DIMENSIE, "WAARDE" en CODE\.\n$/],
    ] as [string[], string | RegExp][]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.out).toBe('');
      if (typeof err === 'string') expect(r.err).toBe(err);
      else expect(r.err).toMatch(err);
    }
    expect(await fileChecksum(file)).toEqual(before);
  });

  it('mappings --export writes a file that --import reads into another database; a bad file changes nothing', async () => {
    const { dir, cli, second } = await setup();
    await cli(['map', 'sector', 'Maakindustrie', 'C']);
    await cli(['map', 'column', 'Doelgroep', 'Omschrijving']);
    const out = join(dir, 'regels.json');
    const exported = await cli(['mappings', '--export', out]);
    expect(exported.out).toBe(`Wrote 2 rules to ${out}.\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ format: 'regioscan-mapping-rules', rules: [{ kind: 'value', dimension: 'sector', value: 'Maakindustrie', code: 'C' }, { kind: 'column', header: 'Doelgroep', field: 'description' }] });

    const other = join(dir, 'other.sqlite');
    const cli2 = cliOn(other);
    expect((await cli2(['import', second, '--region', 'Zeeland', '--year', '2025'])).code).toBe(0);
    const imported = await cli2(['mappings', '--import', out]);
    expect(imported, imported.err).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toMatch(/^Imported 2 rules \(0 already there\); 1 activity mapped \(change group \d+; 'regioscan undo' undoes it\)\.\n$/);
    expect((await read(other, (db) => codesByActivity(db, 'sector'))).Demo).toEqual(['C']);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'regioscan-mapping-rules', version: 1, rules: [{ kind: 'value', dimension: 'sector', value: 'Zeevaart', code: 'H' }, { kind: 'value', dimension: 'sector', value: 'x', code: 'ZZ' }] }));
    const before = await fileChecksum(other);
    const refused = await cli2(['mappings', '--import', bad]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe("regioscan mappings: 'bad.json' kan niet worden geïmporteerd: regel 2: 'ZZ' is geen code van Sector. Er is niets gewijzigd.\n");
    expect(await fileChecksum(other)).toEqual(before);
  });
});
