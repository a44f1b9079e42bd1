/**
 * Te koppelen through the real UI (issue 16, docs/mappings.md): two scans hold values that matched no
 * code; the screen lists them with count and origin, a pick in the code picker maps every occurrence
 * (the Activiteiten facets follow without a reload), the rule appears in the list and is named by the
 * preview of the next import, and removing the rule leaves the activities their code.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, useBrowserApp } from './harness';
import { openScreen } from './steps';
import { importCsv, SECOND_ROWS, unmappedCsv } from '../helpers/mapping-fixture';

const SAFETY_TIMEOUT = 120_000;

describe('Te koppelen: mapping values that matched no code', () => {
  const sectorFacet = () => h.page.getByTestId('facet-sector').evaluate((el) => el.textContent ?? '');

  const h = useBrowserApp({
    prepare: async (db) => {
      await importCsv(db, unmappedCsv());
      await importCsv(db, unmappedCsv(SECOND_ROWS), { year: 2025 });
    },
  });

  it('shows the unmapped value in the Activiteiten facets first', async () => {
    await openScreen(h.page, 'activiteiten', 'facet-sector');
    if ((await h.page.getByTestId('facet-toggle-sector').getAttribute('aria-expanded')) !== 'true') await h.page.getByTestId('facet-toggle-sector').click();
    await expect.poll(sectorFacet).toContain('Maakindustrie (3)');
  }, SAFETY_TIMEOUT);

  it('lists every unmapped value with its count and origin (scan, sheet, column)', async () => {
    await openScreen(h.page, 'te-koppelen');
    expect(new URL(h.page.url()).hash).toBe('#/te-koppelen');
    const row = h.page.getByTestId('unmapped-sector-Maakindustrie');
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Sector');
    expect(text).toContain('3');
    expect(text).toContain('Regioscan Zeeland 2024');
    expect(text).toContain('Regioscan Zeeland 2025');
    expect(text).toContain('D (Sector)');
    expect(await h.page.getByTestId('unmapped-sector-Zeevaart').innerText()).toContain('2');
    expect(await h.page.getByTestId('rules-none').innerText()).toBe('Nog geen koppelregels.');
    await expectAccessible(h.page, 'te koppelen screen');
    await screenshot(h.page, 'te-koppelen-before');
  }, SAFETY_TIMEOUT);

  it('maps the value with the code picker, and the toast’s Ongedaan maken takes rows and rule back', async () => {
    await h.page.getByTestId('unmapped-code-sector-Maakindustrie').selectOption('C');
    await h.page.getByTestId('unmapped-sector-Maakindustrie').waitFor({ state: 'detached' });
    expect(await h.page.getByTestId('toast').innerText()).toContain('‘Maakindustrie’ gekoppeld aan Industrie: 3 activiteiten aangepast.');
    await h.page.getByTestId('rule-sector-Maakindustrie').waitFor();
    await h.page.getByTestId('toast-action').click();
    await h.page.getByTestId('unmapped-sector-Maakindustrie').waitFor();
    await h.page.getByTestId('rules-none').waitFor();
    expect(h.db.prepare(`SELECT origin FROM change_group ORDER BY id DESC LIMIT 1`).pluck().get()).toBe('undo');
  }, SAFETY_TIMEOUT);

  it('maps it again: all occurrences change, the rule is listed, the facets follow', async () => {
    await h.page.getByTestId('unmapped-code-sector-Maakindustrie').selectOption('C');
    await h.page.getByTestId('unmapped-sector-Maakindustrie').waitFor({ state: 'detached' });
    const rule = h.page.getByTestId('rule-sector-Maakindustrie');
    await rule.waitFor();
    expect(await rule.innerText()).toContain('Industrie');
    const coded = h.db.prepare(`SELECT count(*) FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE dv.dimension = 'sector' AND dv.code = 'C'`).pluck().get();
    expect(coded).toBe(3);
    expect(h.db.prepare(`SELECT origin FROM change_group ORDER BY id DESC LIMIT 1`).pluck().get()).toBe('mapping');
    await screenshot(h.page, 'te-koppelen-mapped');

    await openScreen(h.page, 'activiteiten', 'facet-sector');
    await expect.poll(sectorFacet).not.toContain('Maakindustrie');
    expect(await sectorFacet()).toContain('Industrie (3)');
    await h.page.getByTestId('facet-sector-C').scrollIntoViewIfNeeded();
    await screenshot(h.page, 'te-koppelen-facets-after');
  }, SAFETY_TIMEOUT);

  it('names the stored rule in the next import’s preview; a column picked there is stored as a column rule', async () => {
    await h.page.getByTestId('nav-importeren').click();
    await h.page.getByTestId('import-file-input').setInputFiles({ name: 'zeeland-2026.csv', mimeType: 'text/csv', buffer: unmappedCsv([['Derde Lab', 'Meetup', 'Workshops', 'maakindustrie', 'mkb']]) });
    await h.page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    const applied = h.page.getByTestId('applied-rule-sector-Maakindustrie');
    await applied.waitFor();
    expect(await applied.innerText()).toMatch(/Sector: ‘Maakindustrie’ → C Industrie — 1 cel$/);
    await screenshot(h.page, 'te-koppelen-import-preview');
    await h.page.getByTestId('mapping-column-target-Doelgroep').selectOption('description');
    await h.page.getByTestId('applied-rule-column-Doelgroep').waitFor();
    await expect.poll(() => h.page.getByTestId('import-commit-hint').innerText(), { timeout: 20_000 }).not.toContain('bijwerken');
    await h.page.getByTestId('import-commit').click();
    await h.page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('import-done').innerText()).toContain('Toegepaste koppelregels');
    await h.page.getByTestId('nav-te-koppelen').click();
    const column = h.page.getByTestId('rule-column-Doelgroep');
    await column.waitFor();
    expect(await column.innerText()).toContain('Omschrijving');
    expect(h.db.prepare(`SELECT description FROM activity WHERE name = 'Meetup'`).pluck().get()).toBe('mkb');
  }, SAFETY_TIMEOUT);

  it('removes the rule; the activities keep their code', async () => {
    await h.page.getByTestId('rule-remove-sector-Maakindustrie').click();
    await h.page.getByTestId('rule-sector-Maakindustrie').waitFor({ state: 'detached' });
    const coded = h.db.prepare(`SELECT count(*) FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE dv.dimension = 'sector' AND dv.code = 'C'`).pluck().get();
    expect(coded).toBe(4);
  }, SAFETY_TIMEOUT);

  it('imports a rules file: a bad one is one sentence and changes nothing; a good one maps and lists its rule; export downloads them', async () => {
    const rulesBefore = h.db.prepare('SELECT count(*) FROM mapping_rule').pluck().get();
    const file = (rules: unknown[]) => ({ name: 'regels.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'regioscan-mapping-rules', version: 1, rules })) });
    await h.page.getByTestId('rules-import-input').setInputFiles(file([{ kind: 'value', dimension: 'sector', value: 'Zeevaart', code: 'ZZ' }]));
    await expect.poll(() => h.page.getByTestId('toast').innerText()).toContain('‘regels.json’ kan niet worden geïmporteerd: regel 1: ‘ZZ’ is geen code van Sector. Er is niets gewijzigd.'.replace(/[‘’]/g, "'"));
    expect(h.db.prepare('SELECT count(*) FROM mapping_rule').pluck().get()).toBe(rulesBefore);
    await h.page.getByTestId('rules-import-input').setInputFiles(file([{ kind: 'value', dimension: 'sector', value: 'Zeevaart', code: 'H' }]));
    await h.page.getByTestId('rule-sector-Zeevaart').waitFor();
    expect(await h.page.getByTestId('toast').innerText()).toContain('1 regel opgeslagen; 2 activiteiten gekoppeld.');
    await h.page.getByTestId('unmapped-none').waitFor();
    await screenshot(h.page, 'te-koppelen-rules-imported');
    const download = h.page.waitForEvent('download');
    await h.page.getByTestId('rules-export').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('regioscan-koppelregels.json');
    const text = await new Promise<string>((resolve, reject) => {
      void saved.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      });
    });
    expect(JSON.parse(text).rules).toEqual([
      { kind: 'value', dimension: 'sector', value: 'Zeevaart', code: 'H' },
      { kind: 'column', header: 'Doelgroep', field: 'description' },
    ]);
    expect(h.consoleErrors).toEqual([]);
    expectOnlyOwnOrigin(h);
  }, SAFETY_TIMEOUT);
});
