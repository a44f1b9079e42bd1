import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src-main/version';
import { loadScanData } from '../../src-main/scans/export';
import { commitImport, prepareImport } from '../../src-main/import/pipeline';
import { memoryDb } from '../helpers/db';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, useBrowserApp } from './harness';
import { download, openScreen } from './steps';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'report-cases.xlsx');

describe('importing a workbook through the real UI', () => {
  const h = useBrowserApp();
  beforeAll(() => openScreen(h.page, 'importeren'));

  const count = (sql: string) => (h.db.prepare(sql).get() as { n: number }).n;

  it('shows a preview with counts and the import report before anything is written', async () => {
    await h.page.getByTestId('import-file-input').setInputFiles(FIXTURE);
    await h.page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    await expect.poll(() => h.page.getByTestId('import-count-activities').innerText()).toContain('4');
    expect(await h.page.getByTestId('import-count-initiatives').innerText()).toContain('4');
    expect(await h.page.getByTestId('import-count-organisations').innerText()).toContain('5');
    const table = h.page.getByTestId('import-issues-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(16);
    expect(await table.innerText()).toContain('"Hackaton" past bij geen van de 12 typen');
    expect(count('SELECT count(*) AS n FROM activity')).toBe(0);
    await expectAccessible(h.page, 'import preview');
    await screenshot(h.page, 'import-preview');
  });

  it('sorts the report by a column header', async () => {
    const table = h.page.getByTestId('import-issues-table');
    const header = table.locator('th', { hasText: 'Ernst' });
    await header.locator('button').first().click();
    const sort = await header.getAttribute('aria-sort');
    expect(['ascending', 'descending']).toContain(sort);
    const firstRow = async () => (await table.locator('tbody tr').first().innerText()).toLowerCase();
    const before = await firstRow();
    await header.locator('button').first().click();
    expect(await header.getAttribute('aria-sort')).not.toBe(sort);
    expect(await firstRow()).not.toBe(before);
  });

  it('commits, lists the scan with its counts and keeps the report', async () => {
    await h.page.getByTestId('import-commit').click();
    await h.page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(count('SELECT count(*) AS n FROM activity')).toBe(4);
    expect(count('SELECT count(*) AS n FROM import_issue')).toBe(16);
    const scanId = (h.db.prepare('SELECT id FROM scan').get() as { id: number }).id;
    const row = h.page.getByTestId(`scan-row-${scanId}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Groningen');
    await screenshot(h.page, 'import-done');
    await h.page.getByTestId(`scan-report-${scanId}`).click();
    await expect.poll(() => h.page.getByTestId('scan-report-table').locator('tbody tr').count()).toBe(16);
    await h.page.keyboard.press('Escape');
  });

  it('asks replace or keep both for the same region and year, and replaces in place', async () => {
    const scanId = (h.db.prepare('SELECT id FROM scan').get() as { id: number }).id;
    await h.page.getByTestId('import-file-input').setInputFiles(FIXTURE);
    await h.page.getByTestId('import-preview').waitFor({ timeout: 30_000 });
    await h.page.getByTestId('import-conflict').waitFor();
    expect(await h.page.getByTestId('import-commit').isDisabled()).toBe(true);
    await h.page.getByTestId('import-decision-replace').check();
    await h.page.getByTestId('import-commit').click();
    await h.page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(h.db.prepare('SELECT id FROM scan').all()).toEqual([{ id: scanId }]);
    expect(count('SELECT count(*) AS n FROM activity')).toBe(4);
  });

  it('refuses a file that is not a workbook with one sentence and changes nothing', async () => {
    const before = count('SELECT count(*) AS n FROM activity');
    await h.page.getByTestId('import-file-input').setInputFiles({ name: 'foto.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('\x89PNG\r\n\x1a\n not a workbook') });
    const error = h.page.getByTestId('import-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('"foto.xlsx" is geen leesbare werkmap');
    expect(count('SELECT count(*) AS n FROM activity')).toBe(before);
    await screenshot(h.page, 'import-refused');
  });

  it('exports a scan as the canonical workbook, and that file imports back to the same data', async () => {
    const scanId = (h.db.prepare('SELECT id FROM scan').get() as { id: number }).id;
    const file = await download(h.page, `scan-export-${scanId}`);
    await h.page.getByTestId('scan-export-result').waitFor();
    const other = await memoryDb();
    const [result] = commitImport(other, await prepareImport(other, file.bytes, 'scan.xlsx'), () => 'keep-both');
    expect(loadScanData(other, result!.scanId)).toEqual(loadScanData(h.db, scanId));
  });

  it('made no request outside its own origin', () => {
    expectOnlyOwnOrigin(h);
  });
});
