/**
 * The Publiceren screen in the real UI against a real SQLite file: the summary says what main will
 * publish, narrowing the scans and ticking a non-public field changes it, "Website maken…" writes the
 * site into the folder the (stand-in) folder dialog gives, only what was chosen is in its files, and
 * "Openen in de browser" opens that folder's index.html. In Dutch and in English, axe-clean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeScan } from '../../src-main/import/write-scan';
import { desktopPublishing } from '../../src-main/publish';
import { buildDerivedScan, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';
import { tempDir } from '../helpers/db';
import { EXTRA, PRIVATE, publishedText, writePlantedScan } from '../helpers/publish-fixture';
import { expectAccessible, screenshot, useBrowserApp } from './harness';
import { openScreen } from './steps';

describe('the Publiceren screen in a real browser', () => {
  let planted = 0;
  const folder = join(tempDir('regioscan-publish-screen-'), 'website');
  const opened: string[] = [];
  const dialogs: number[] = [];

  /** What the database holds for these scans: initiatives, activities, organisations. */
  const counts = (scans: number[]) => {
    const ids = JSON.stringify(scans);
    const one = (sql: string) => (h.db.prepare(sql).get(ids) as { n: number }).n;
    return {
      initiatives: one('SELECT count(*) AS n FROM initiative WHERE scan_id IN (SELECT value FROM json_each(?))'),
      activities: one('SELECT count(*) AS n FROM activity WHERE scan_id IN (SELECT value FROM json_each(?))'),
      organisations: one('SELECT count(DISTINCT p.organisation_id) AS n FROM provider p JOIN activity a ON a.id = p.activity_id WHERE a.scan_id IN (SELECT value FROM json_each(?))'),
    };
  };
  const everyScan = () => (h.db.prepare('SELECT id FROM scan ORDER BY id').all() as { id: number }[]).map((r) => r.id);

  const h = useBrowserApp({
    prepare: (db) => {
      planted = writePlantedScan(db);
      for (const spec of TWO_REGIONAL_SCANS) writeScan(db, buildDerivedScan(spec), [], { fileName: null, sha256: null });
    },
    publishing: desktopPublishing(
      async () => {
        dialogs.push(Date.now());
        return folder;
      },
      (index) => opened.push(index),
    ),
  });

  it('summarises what will be published: every chosen scan, public fields only', async () => {
    const p = h.page;
    await openScreen(p, 'publiceren');
    await expect.poll(() => p.locator('h1').first().innerText()).toBe('Publiceren');
    const all = counts(everyScan());
    expect(all.initiatives).toBeGreaterThan(30);
    await expect.poll(() => p.getByTestId('publish-counts').innerText()).toBe(`${all.initiatives} initiatieven met ${all.activities} activiteiten en ${all.organisations} organisaties`);
    const summary = p.getByTestId('publish-summary');
    await expect.poll(() => summary.innerText()).toContain('Geen: alleen de openbare gegevens.');
    for (const label of ['Noord-Nederland 2022', 'Utrecht 2023', 'Zeeland 2024']) await expect.poll(() => summary.innerText()).toContain(label);
    // The extra columns the import kept are offered, unticked.
    const contact = p.getByRole('checkbox', { name: `Extra kolom ‘${EXTRA.contact}’` });
    expect(await contact.isChecked()).toBe(false);
    await expectAccessible(p, 'publiceren');
    await screenshot(p, 'publish-screen-nl');
  });

  it('narrows to one scan, takes one non-public field, writes the site into the chosen folder and opens it', async () => {
    const p = h.page;
    // Two scans out: what is left is the planted one.
    await p.getByTestId('publish-scans').click();
    for (const label of ['Utrecht 2023', 'Zeeland 2024']) await p.getByRole('option', { name: label }).click();
    await p.keyboard.press('Escape');
    const one = counts([planted]);
    await expect.poll(() => p.getByTestId('publish-counts').innerText()).toBe(`${one.initiatives} initiatieven met ${one.activities} activiteiten en ${one.organisations} organisaties`);
    await p.getByRole('checkbox', { name: `Extra kolom ‘${EXTRA.contact}’` }).check();
    await expect.poll(() => p.getByTestId('publish-summary').innerText()).toContain(EXTRA.contact);
    await p.getByLabel('E-mailadres voor aanmelden').fill('aanmelden@provincie.example');
    expect(dialogs).toEqual([]);
    await p.getByTestId('publish-build').click();
    const result = p.getByTestId('publish-result');
    await result.waitFor({ timeout: 30_000 });
    expect(dialogs).toHaveLength(1);
    await expect.poll(() => result.innerText()).toContain(folder);
    await expect.poll(() => result.innerText()).toContain('3 bestanden');
    // The folder holds what the summary said, and of the private values only the one ticked.
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { counts: { initiatives: number; activities: number }; fields: { optional: string[] }; scans: { id: number }[] };
    expect(manifest.counts.initiatives).toBe(one.initiatives);
    expect(manifest.counts.activities).toBe(one.activities);
    expect(manifest.scans.map((s) => s.id)).toEqual([planted]);
    expect(manifest.fields.optional).toEqual([EXTRA.contact]);
    const files = publishedText(folder);
    expect(files.some((f) => f.text.includes(PRIVATE.contactPerson))).toBe(true);
    for (const secret of [PRIVATE.phone, PRIVATE.initiativeNote, PRIVATE.scanNotes, PRIVATE.performedBy, PRIVATE.sourceFile]) {
      expect(files.filter((f) => f.text.includes(secret)).map((f) => f.file), secret).toEqual([]);
    }
    expect(readFileSync(join(folder, 'index.html'), 'utf8').includes('"contact":"aanmelden@provincie.example"')).toBe(true);
    await expectAccessible(p, 'publiceren built');
    await screenshot(p, 'publish-screen-built');
    await p.getByTestId('publish-open').click();
    await expect.poll(() => opened).toEqual([join(folder, 'index.html')]);
  });

  it('speaks English', async () => {
    const p = h.page;
    await p.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => p.locator('h1').first().innerText()).toBe('Publish');
    await expect.poll(() => p.getByTestId('publish-summary').innerText()).toContain('What will be published');
    await expect.poll(() => p.getByTestId('publish-result').innerText()).toContain('The website is ready');
    await expectAccessible(p, 'publish en');
    await screenshot(p, 'publish-screen-en');
    await p.getByTestId('language-switch').getByText('NL', { exact: true }).click();
  });
});
