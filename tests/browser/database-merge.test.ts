/**
 * Merging a second Regioscan database into the first through the real UI (issue 16): the import
 * screen takes a .sqlite, shows its scans with region, year and counts, merges; the scan appears in
 * the scans list and in the data. Merging it again asks replace or keep both. A scan exported from
 * the scans list as a database downloads a file that merges back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDatabase } from '../../src-main/dbmerge';
import { REPO_ROOT } from '../../src-main/version';
import { memoryDb, tempDir } from '../helpers/db';
import { fillSource } from '../helpers/dbmerge-fixture';
import { expectAccessible, screenshot, useBrowserApp, withSampleScan } from './harness';
import { download, openScreen } from './steps';

/** A stop for a machine under load, not a timing claim. */
const SAFETY_TIMEOUT = 180_000;

describe('merging a database through the real UI', () => {
  let second: string;
  const h = useBrowserApp({ prepare: withSampleScan });
  const count = (sql: string, ...params: unknown[]) => h.db.prepare(sql).pluck().get(...params) as number;

  beforeAll(async () => {
    // The second database: two Zeeland scans with links, survey answers and edits.
    const other = await memoryDb();
    const { scans } = fillSource(other);
    second = join(tempDir('regioscan-browser-merge-'), 'zeeland.sqlite');
    writeFileSync(second, exportDatabase(other, scans));
    other.close();
    await openScreen(h.page, 'importeren', 'import-section');
  });

  it('shows the scans of a dropped .sqlite with region, year and counts, and merges them', async () => {
    expect(await h.page.getByTestId('import-file-input').getAttribute('accept')).toContain('.sqlite');
    await h.page.getByTestId('import-file-input').setInputFiles(second);
    const preview = h.page.getByTestId('dbmerge-preview');
    await preview.waitFor({ timeout: 60_000 });
    expect(await preview.innerText()).toContain('Database samenvoegen: zeeland.sqlite');
    const row = await h.page.getByTestId('dbmerge-scan-1').innerText();
    expect(row).toMatch(/Regioscan Zeeland 2024\s+Zeeland\s+2024\s+2\s+3\s+Nieuw: wordt toegevoegd/);
    // Nothing is written before the user merges.
    expect(count('SELECT count(*) FROM scan')).toBe(1);
    await expectAccessible(h.page, 'database merge preview');
    await screenshot(h.page, 'dbmerge-preview');

    await h.page.getByTestId('dbmerge-commit').click();
    await h.page.getByTestId('dbmerge-done').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('dbmerge-done').innerText()).toContain('2 scans toegevoegd of vervangen (0 vervangen)');
    expect(count(`SELECT count(*) FROM scan WHERE region = 'Zeeland'`)).toBe(2);
    expect(count(`SELECT count(*) FROM change_group WHERE origin = 'merge' AND label = 'zeeland.sqlite'`)).toBe(1);
    // The scans list shows the merged scans without a reload (main's data-changed announcement).
    await expect.poll(() => h.page.getByTestId('scans-table').innerText()).toContain('Regioscan Zeeland 2025');
    await screenshot(h.page, 'dbmerge-done');
  }, SAFETY_TIMEOUT);

  it('asks to replace or keep both when the same region and year come again, and replaces', async () => {
    const zeeland2024 = count(`SELECT id FROM scan WHERE region = 'Zeeland' AND year = 2024`);
    // This time through "Database samenvoegen…", the picker for .sqlite files only.
    expect(await h.page.getByTestId('dbmerge-file-input').getAttribute('accept')).toBe('.sqlite,.sqlite3,.db');
    await h.page.getByTestId('dbmerge-file-input').setInputFiles(second);
    await h.page.getByTestId('dbmerge-preview').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('dbmerge-scan-1').innerText()).toContain('Er is al een scan voor deze regio en dit jaar');
    expect(await h.page.getByTestId('dbmerge-commit').isDisabled()).toBe(true);
    await h.page.getByTestId('dbmerge-decision-1').getByText('Vervangen').click();
    await h.page.getByTestId('dbmerge-decision-2').getByText('Beide houden').click();
    await screenshot(h.page, 'dbmerge-replace');
    await h.page.getByTestId('dbmerge-commit').click();
    await h.page.getByTestId('dbmerge-done').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('dbmerge-done').innerText()).toContain('(1 vervangen)');
    expect(count(`SELECT count(*) FROM scan WHERE region = 'Zeeland' AND year = 2024`)).toBe(1);
    expect(count(`SELECT id FROM scan WHERE region = 'Zeeland' AND year = 2024`)).toBe(zeeland2024);
    expect(count(`SELECT count(*) FROM scan WHERE region = 'Zeeland' AND year = 2025`)).toBe(2);
  }, SAFETY_TIMEOUT);

  it('refuses a file that is not ours with one sentence, nothing changed', async () => {
    const foreign = join(tempDir('regioscan-browser-merge-'), 'vreemd.sqlite');
    writeFileSync(foreign, readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'canonical-nl.xlsx')));
    const scans = count('SELECT count(*) FROM scan');
    await h.page.getByTestId('import-file-input').setInputFiles(foreign);
    await h.page.getByTestId('dbmerge-error').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('dbmerge-error').innerText()).toContain('vreemd.sqlite is geen SQLite-database; er is niets gewijzigd.');
    expect(count('SELECT count(*) FROM scan')).toBe(scans);
  }, SAFETY_TIMEOUT);

  it('exports a scan from the scans list as a database that merges back', async () => {
    const sample = count(`SELECT id FROM scan WHERE region = 'Noord-Nederland'`);
    const file = await download(h.page, `scan-export-database-${sample}`);
    expect(file.name).toMatch(/^regioscan-noord-nederland-2022-\d{4}-\d\d-\d\d\.sqlite$/);
    expect(file.bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await h.page.getByTestId('import-file-input').setInputFiles(file.path);
    await h.page.getByTestId('dbmerge-preview').waitFor({ timeout: 60_000 });
    await h.page.getByTestId(`dbmerge-decision-${sample}`).getByText('Beide houden').click();
    await h.page.getByTestId('dbmerge-commit').click();
    await h.page.getByTestId('dbmerge-done').waitFor({ timeout: 60_000 });
    expect(count(`SELECT count(*) FROM scan WHERE region = 'Noord-Nederland'`)).toBe(2);
    expect(count(`SELECT count(*) FROM activity WHERE scan_id IN (SELECT id FROM scan WHERE region = 'Noord-Nederland')`)).toBe(200);
  }, SAFETY_TIMEOUT);
});
