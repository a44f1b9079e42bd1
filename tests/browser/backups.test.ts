/**
 * The Back-ups screen through the real UI (reached from the navigation and from the link on
 * Importeren): an import makes a backup, the list shows it, restoring it (after the confirmation)
 * brings the data back and the app reloads it on Back-ups; a damaged database shows a banner on every
 * screen that offers the newest good backup.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markDamaged } from '../../src-main/db/health';
import { REPO_ROOT } from '../../src-main/version';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, useBrowserApp, withSampleScan } from './harness';
import { openScreen } from './steps';

/** A stop for a machine under load (the app reloads its whole bundle after a restore), not a timing claim. */
const SAFETY_TIMEOUT = 180_000;
const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'report-cases.xlsx');

describe('backups through the real UI', () => {
  const count = (sql: string) => (h.db.prepare(sql).get() as { n: number }).n;
  const reasons = () => h.page.getByTestId('backup-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-reason')));

  const h = useBrowserApp({ prepare: withSampleScan });
  beforeAll(() => openScreen(h.page, 'back-ups', 'backups-section'));

  it('is a screen of its own, in the navigation, linked from Importeren', async () => {
    expect(await h.page.locator('h1').first().innerText()).toBe('Back-ups');
    expect(await h.page.getByTestId('nav-back-ups').getAttribute('aria-current')).toBe('page');
    expect(new URL(h.page.url()).hash).toBe('#/back-ups');
    expect(await h.page.getByTestId('backups-table').innerText()).toContain('Nog geen back-ups.');
    await expectAccessible(h.page, 'backups screen');
    await screenshot(h.page, 'backups-screen-empty');
    await h.page.getByTestId('nav-importeren').click();
    // Importeren keeps only a short link; the list itself lives on Back-ups.
    expect(await h.page.getByTestId('backups-section').count()).toBe(0);
    await h.page.getByTestId('backups-link').click();
    await h.page.getByTestId('screen-back-ups').waitFor();
    await h.page.getByTestId('backups-section').waitFor();
  }, SAFETY_TIMEOUT);

  it('lists the backup an import made before it wrote', async () => {
    await h.page.getByTestId('nav-importeren').click();
    await h.page.getByTestId('import-file-input').setInputFiles(FIXTURE);
    await h.page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    await h.page.getByTestId('import-commit').click();
    await h.page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(count('SELECT count(*) AS n FROM scan')).toBe(2);
    await h.page.getByTestId('nav-back-ups').click();
    await expect.poll(reasons).toEqual(['before-import']);
    const row = await h.page.getByTestId('backup-row').first().innerText();
    expect(row).toContain('Vóór een import');
    expect(row).toMatch(/\d+(,\d)? kB/);
  }, SAFETY_TIMEOUT);

  it('restores it after the confirmation (opened from the keyboard); the app reloads the restored data', async () => {
    const restore = h.page.getByTestId('backup-restore').first();
    expect(await restore.getAttribute('aria-label')).toMatch(/^Back-up van .+ terugzetten$/);
    await restore.focus();
    await h.page.keyboard.press('Enter');
    const dialog = h.page.getByTestId('restore-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('De huidige inhoud wordt eerst zelf als back-up bewaard');
    // Nothing happens before the user confirms.
    expect(count('SELECT count(*) AS n FROM scan')).toBe(2);
    await expectAccessible(h.page, 'restore dialog');
    await screenshot(h.page, 'backups-confirm');

    await h.page.getByTestId('restore-confirm').click();
    await h.page.getByTestId('restore-result').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('restore-result').innerText()).toMatch(/^Back-up van .+ teruggezet\. De inhoud van daarvóór staat in de back-up ‘\d{4}-.+--before-restore\.sqlite’\.$/);
    expect(count('SELECT count(*) AS n FROM scan')).toBe(1);
    // The app reloads on Back-ups, with the new pre-restore backup on top …
    expect(new URL(h.page.url()).hash).toBe('#/back-ups');
    await expect.poll(reasons).toEqual(['before-restore', 'before-import']);
    await expectAccessible(h.page, 'backups after restore');
    await screenshot(h.page, 'backups-restored');
    // … and the restored scans list on Importeren.
    await h.page.getByTestId('nav-importeren').click();
    await expect.poll(() => h.page.getByTestId('scans-table').locator('tbody tr').count()).toBe(1);
    expect(await h.page.getByTestId('scans-table').innerText()).toContain('Noord-Nederland');
    expect(await h.page.getByTestId('scans-table').innerText()).not.toContain('Groningen');
  }, SAFETY_TIMEOUT);

  it('shows a damaged database on every screen with the newest good backup to restore', async () => {
    // The failed integrity check itself is unit-tested on a corrupted file; here the connection is
    // marked as the check would mark it, to see what the user sees.
    markDamaged(h.db, ['*** in database main *** Page 12: btreeInitPage() returns error code 11']);
    await h.page.getByTestId('nav-activiteiten').click();
    await h.page.reload();
    const banner = h.page.getByTestId('damage-banner');
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toContain('Het databasebestand is beschadigd');
    expect(text).toContain('Gevonden bij de controle bij het starten: *** in database main *** Page 12');
    expect(text).toMatch(/Zet de nieuwste goede back-up terug \(van .+, Vóór terugzetten\)/);
    await expectAccessible(h.page, 'damage banner');
    await screenshot(h.page, 'backups-damaged');
    // 'Alle back-ups' leads to the Back-ups screen; the banner stays.
    await h.page.getByRole('button', { name: 'Alle back-ups' }).click();
    await h.page.getByTestId('screen-back-ups').waitFor();
    expect(await h.page.getByTestId('damage-banner').count()).toBe(1);

    await h.page.getByTestId('damage-restore').click();
    await h.page.getByTestId('restore-confirm').click();
    await h.page.getByTestId('restore-result').waitFor({ timeout: 60_000 });
    expect(await h.page.getByTestId('damage-banner').count()).toBe(0);
    // Back at the content from before the first restore: both scans.
    expect(count('SELECT count(*) AS n FROM scan')).toBe(2);
    expect(h.consoleErrors).toEqual([]);
    expectOnlyOwnOrigin(h);
  }, SAFETY_TIMEOUT);
});
