/**
 * The published website on a plain static web host (a small server on 127.0.0.1 that serves the
 * folder's files, as a province's web team would) and on a phone (390×844): every view fits the
 * width, axe finds nothing serious, a shared link opens its filter, the keyboard reaches a card, and
 * the page asks the host for its own index.html only (the template when it is downloaded) and
 * nothing of any other origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScan } from '../../src-main/import/write-scan';
import { buildDerivedScan, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';
import { writePlantedScan } from '../helpers/publish-fixture';
import { expectAccessible, screenshot } from './harness';
import { openSite, pageWidth, publish, startBrowser, startStaticServer, type Publication, type SiteBrowser, type StaticServer } from './site-harness';

describe('the published website from a static host, on a phone', () => {
  let site: Publication;
  let server: StaticServer;
  let b: SiteBrowser;

  beforeAll(async () => {
    site = await publish((db) => {
      writePlantedScan(db);
      for (const spec of TWO_REGIONAL_SCANS) writeScan(db, buildDerivedScan(spec), [], { fileName: null, sha256: null });
    });
    server = await startStaticServer(site.folder);
    b = await startBrowser({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    site?.db.close();
  });

  it('fits every view at 390×844 without horizontal scrolling, and passes axe', async () => {
    const p = b.page;
    for (const view of ['ask', 'list', 'map', 'join'] as const) {
      await openSite(p, `${server.origin}/#view=${view}`);
      await p.locator('h1').first().waitFor();
      const { scrollWidth, innerWidth } = await pageWidth(p);
      expect(scrollWidth, `${view} is wider than the phone`).toBeLessThanOrEqual(innerWidth);
      await expectAccessible(p, `phone ${view}`);
      await screenshot(p, `publish-phone-${view}`);
    }
    const id = (site.db.prepare('SELECT id FROM initiative ORDER BY id LIMIT 1').get() as { id: number }).id;
    await openSite(p, `${server.origin}/#view=list&initiative=${id}`);
    await p.getByRole('dialog').waitFor();
    expect((await pageWidth(p)).scrollWidth).toBeLessThanOrEqual(390);
    await expectAccessible(p, 'phone card');
    await screenshot(p, 'publish-phone-card');
  });

  it('opens a shared link with its filter, and reaches a card by keyboard', async () => {
    const p = await b.newPage();
    await openSite(p, `${server.origin}/#sector=C`);
    const expected = (site.db
      .prepare(`SELECT count(DISTINCT a.initiative_id) AS n FROM activity a JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id WHERE dv.dimension = 'sector' AND dv.code = 'C'`)
      .get() as { n: number }).n;
    await expect.poll(() => p.locator('.initiative').count()).toBe(expected);
    // Tab from the top of the page to the first initiative's link, then Enter.
    const first = (await p.locator('.initiative h2 a').first().textContent())!;
    for (let i = 0; i < 200; i++) {
      await p.keyboard.press('Tab');
      if ((await p.evaluate(() => document.activeElement?.textContent ?? '')) === first) break;
    }
    await p.keyboard.press('Enter');
    await p.getByRole('dialog', { name: first }).waitFor();
    await p.keyboard.press('Escape');
    await p.getByRole('dialog').waitFor({ state: 'hidden' });
    await p.close();
  });

  it('asked the host for its own page only, nothing elsewhere, and logged no console error', () => {
    expect(new Set(server.paths)).toEqual(new Set(['/']));
    expect(b.requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith('data:'))).toEqual([]);
    expect(b.consoleErrors).toEqual([]);
  });
});
