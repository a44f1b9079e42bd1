/**
 * The published website opened from file:// (a folder from a USB stick or a zip), in Chromium at
 * desktop size: an entrepreneur answers the questions, an adviser filters the list and opens a card,
 * a shared link opens the same view, the map opens a card on a click, Aanmelden links the template
 * and the contact address, the list prints, both languages pass axe — and the page asks for nothing
 * but its own files and logs no console error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeScan } from '../../src-main/import/write-scan';
import { activityIndex, initiativeFocusMap } from '../../src-main/activities';
import { focusColor, focusLabel } from '../../src-shared/focus';
import { buildDerivedScan, TWO_REGIONAL_SCANS } from '../../scripts/sample/derived-scan';
import { writePlantedScan } from '../helpers/publish-fixture';
import { expectAccessible, screenshot } from './harness';
import { decodePng, findPatch, openSite, publish, startBrowser, type Publication, type SiteBrowser } from './site-harness';

const CONTACT = 'aanmelden@provincie.example';

describe('the published website from file://', () => {
  let site: Publication;
  let b: SiteBrowser;
  let url: string;
  const page = () => b.page;

  /** Initiative names, by an SQL question of the database the site was published from. */
  const names = (sql: string, ...params: unknown[]) => new Set((site.db.prepare(sql).all(...params) as { name: string }[]).map((r) => r.name));
  const has = (dim: string, code: string) => `EXISTS (SELECT 1 FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = '${dim}' AND dv.code = '${code}')`;
  const none = (dim: string) => `NOT EXISTS (SELECT 1 FROM activity_value av JOIN dimension_value dv ON dv.id = av.value_id WHERE av.activity_id = a.id AND dv.dimension = '${dim}')`;

  beforeAll(async () => {
    site = await publish(
      (db) => {
        writePlantedScan(db);
        for (const spec of TWO_REGIONAL_SCANS) writeScan(db, buildDerivedScan(spec), [], { fileName: null, sha256: null });
      },
      ['--contact', CONTACT],
    );
    url = pathToFileURL(join(site.folder, 'index.html')).href;
    b = await startBrowser();
    await openSite(page(), url);
  });

  afterAll(async () => {
    await b?.close();
    site?.db.close();
  });

  it('opens on "Waar kan ik terecht?" with the date of publication, and no console error', async () => {
    await page().getByRole('heading', { level: 1, name: 'Waar kan ik terecht?' }).waitFor();
    await expect.poll(() => page().locator('footer').textContent()).toMatch(/Bijgewerkt op \d{1,2} \w+ 20\d\d/);
    expect(await page().evaluate(() => document.documentElement.lang)).toBe('nl');
    await expectAccessible(page(), 'ask nl');
    await screenshot(page(), 'publish-ask-empty');
    expect(b.consoleErrors).toEqual([]);
  });

  it('answers the questions as an entrepreneur would: the initiatives that fit, with what they offer and how to get in', async () => {
    const p = page();
    await p.getByLabel('In welke sector werkt uw bedrijf?').selectOption({ label: 'Industrie' });
    await p.getByRole('radio', { name: '1 tot 10 mensen (micro)' }).check();
    await p.getByRole('checkbox', { name: 'We hebben de kennis niet in huis' }).check();
    await p.getByRole('checkbox', { name: 'Meer doen met gegevens (data)' }).check();
    await p.getByRole('button', { name: 'Toon wat bij mij past' }).click();
    const heading = p.locator('#results-title');
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    // The same answer from the database: a knelpunt 6 activity for sector C (or any sector), micro (or any size), data (or any form).
    const expected = names(
      `SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE ${has('bottleneck', '6')}
        AND (${has('sector', 'C')} OR ${has('sector', 'geen')} OR ${none('sector')})
        AND (${has('size', 'micro')} OR ${has('size', 'geen')} OR ${none('size')})
        AND (${has('form', '3')} OR ${has('form', '7')} OR ${none('form')})`,
    );
    expect(expected.size).toBeGreaterThan(10);
    await expect.poll(() => heading.textContent()).toBe(`${expected.size} initiatieven passen bij uw antwoorden`);
    while (await p.getByRole('button', { name: /^Toon \d+ meer$/ }).isVisible()) await p.getByRole('button', { name: /^Toon \d+ meer$/ }).click();
    const shown = await p.locator('.result h3 a').allTextContents();
    expect(new Set(shown)).toEqual(expected);
    expect(shown).toHaveLength(expected.size);
    // The best fit is made for manufacturing (a specific sector beats "every sector").
    const first = shown[0]!;
    expect(names(`SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE ${has('sector', 'C')} AND ${has('bottleneck', '6')}`).has(first)).toBe(true);
    const result = p.locator('.result').first();
    await expect.poll(() => result.textContent()).toContain('Wat het u biedt');
    await expect.poll(() => result.textContent()).toContain('Zo komt u binnen');
    await expect.poll(() => result.locator('.why').first().textContent()).toContain('We hebben de kennis niet in huis');
    expect(Object.fromEntries(new URLSearchParams(new URL(p.url()).hash.slice(1)))).toEqual({ view: 'ask', sector: 'C', size: 'micro', bottleneck: '6', form: '3' });
    await expectAccessible(p, 'ask results nl');
    await screenshot(p, 'publish-ask-results');
  });

  it('lists every initiative in the page text, and filters with counts per value that are what choosing returns', async () => {
    const p = page();
    await p.goto(`${url}#view=ask&sector=C&size=micro`);
    await p.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Initiatieven' }).click();
    await expect.poll(() => p.getByRole('heading', { level: 1, name: 'Initiatieven' }).evaluate((el) => el === document.activeElement)).toBe(true);
    // The answers are the same keys as the filter: the list opens filtered by them; clear them.
    await p.getByRole('button', { name: 'Alle filters wissen' }).click();
    const all = names('SELECT name FROM initiative');
    await expect.poll(() => p.locator('.count[role=status]').textContent()).toBe(`${all.size} initiatieven`);
    const text = (await p.locator('main').textContent()) ?? '';
    for (const name of all) expect(text).toContain(name);
    await p.locator('.filter-panel > summary').click();
    const sector = p.locator('.facet', { has: p.locator('summary', { hasText: /^Sector/ }) });
    const label = sector.locator('label.check').filter({ has: p.getByRole('checkbox', { name: /^Industrie/ }) });
    const industrie = label.getByRole('checkbox');
    const count = Number((await label.locator('.count').textContent())!.replace(/\D+/g, ''));
    const sectorC = names(`SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE ${has('sector', 'C')}`);
    expect(count).toBe(sectorC.size);
    await industrie.check();
    await expect.poll(() => p.locator('.count[role=status]').textContent()).toBe(`${count} van ${all.size} initiatieven passen bij uw keuze`);
    expect(new Set(await p.locator('.initiative h2 a').allTextContents())).toEqual(sectorC);
    expect(new URL(p.url()).hash).toBe('#sector=C');
    // And a knelpunt on top: AND across dimensions, on one activity.
    await p.locator('.facet summary', { hasText: /^Knelpunten/ }).click();
    await p.getByRole('checkbox', { name: /^Het geld ontbreekt/ }).check();
    const both = names(`SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE ${has('sector', 'C')} AND ${has('bottleneck', '8')}`);
    await expect.poll(() => p.locator('.initiative h2 a').count()).toBe(both.size);
    expect(new URL(p.url()).hash).toBe('#sector=C&bottleneck=8');
    await screenshot(p, 'publish-list-filtered');
    // Search narrows as the app's search does.
    await p.getByRole('button', { name: 'Alle filters wissen' }).click();
    await p.getByLabel('Zoeken').fill('studenten');
    const students = names(`SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE a.id IN (SELECT rowid FROM activity_text WHERE activity_text MATCH '"studenten"*')`);
    await expect.poll(() => p.locator('.initiative h2 a').count()).toBe(students.size);
    await p.getByLabel('Zoeken').fill('');
    await expectAccessible(p, 'list nl');
  });

  it('opens a card from a filtered list: its description, focus and website, and closes it back to the list', async () => {
    const p = page();
    // An initiative with a description and a website, found by a filter click on one of its values.
    const chosen = site.db
      .prepare(
        `SELECT i.id, i.name, i.description, i.website, dv.code AS sector, dv.label_nl AS sectorName FROM initiative i JOIN activity a ON a.initiative_id = i.id
          JOIN activity_value av ON av.activity_id = a.id JOIN dimension_value dv ON dv.id = av.value_id
          WHERE i.description IS NOT NULL AND i.website IS NOT NULL AND dv.dimension = 'sector' AND dv.generic = 0 AND dv.code IS NOT NULL ORDER BY i.id LIMIT 1`,
      )
      .get() as { id: number; name: string; description: string; website: string; sector: string; sectorName: string };
    expect(chosen).toBeDefined();
    if ((await p.locator('.filter-panel').getAttribute('open')) === null) await p.locator('.filter-panel > summary').click();
    await p.locator('.facet', { has: p.locator('summary', { hasText: /^Sector/ }) }).getByRole('checkbox', { name: new RegExp(`^${chosen.sectorName.replace(/[()]/g, '\\$&')}`) }).check();
    await expect.poll(() => new URL(p.url()).hash).toBe(`#sector=${chosen.sector}`);
    const link = p.locator('.initiative h2 a', { hasText: chosen.name }).first();
    await link.click();
    const card = p.getByRole('dialog', { name: chosen.name });
    await card.waitFor();
    await expect.poll(() => card.locator('.card-description').textContent()).toBe(chosen.description);
    // The focus the app's own engine gives this initiative, in words and in the map's colour.
    const focus = initiativeFocusMap(activityIndex(site.db)).get(chosen.id)!;
    await expect.poll(() => card.locator('.card-meta .focus').textContent()).toBe(focusLabel(focus, 'nl'));
    const website = card.getByRole('link', { name: /^Website van/ });
    const href = (await website.getAttribute('href'))!;
    expect(href.replace(/^https?:\/\//, '').replace(/\/$/, '')).toBe(chosen.website.trim().replace(/^https?:\/\//, '').replace(/\/$/, ''));
    expect(await website.getAttribute('rel')).toContain('noopener');
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toMatch(/Activiteit/);
    await expect.poll(() => card.textContent()).toContain('Voor wie');
    await expect.poll(() => card.textContent()).toContain('Organisaties');
    expect(Number(new URL(p.url()).hash.match(/initiative=(\d+)/)![1])).toBe(chosen.id);
    await expectAccessible(p, 'card nl');
    await screenshot(p, 'publish-card');
    await p.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    expect(new URL(p.url()).hash).toBe(`#sector=${chosen.sector}`);
    await p.getByRole('heading', { level: 1, name: 'Initiatieven' }).waitFor();
    await p.getByRole('button', { name: 'Alle filters wissen' }).click();
  });

  it('follows a shared link: the filter, the view and a card come from the hash', async () => {
    const p = await b.newPage();
    await openSite(p, `${url}#sector=C&bottleneck=6`);
    await p.getByRole('heading', { level: 1, name: 'Initiatieven' }).waitFor();
    const expected = names(`SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE ${has('sector', 'C')} AND ${has('bottleneck', '6')}`);
    expect(new Set(await p.locator('.initiative h2 a').allTextContents())).toEqual(expected);
    await p.getByRole('button', { name: 'Verwijder Sector: Industrie' }).waitFor();
    const id = (site.db.prepare('SELECT id FROM initiative ORDER BY id LIMIT 1 OFFSET 5').get() as { id: number }).id;
    const name = [...names('SELECT name FROM initiative WHERE id = ?', id)][0]!;
    const q = await b.newPage();
    await openSite(q, `${url}#view=map&initiative=${id}&lang=en`);
    await q.getByRole('dialog', { name }).waitFor();
    await q.getByRole('button', { name: 'Close' }).click();
    await q.getByRole('heading', { level: 1, name: 'Map' }).waitFor();
    expect(new URL(q.url()).hash).toBe('#view=map&lang=en');
    // A link naming what this map does not know says so, and shows the rest.
    const r = await b.newPage();
    await openSite(r, `${url}#sector=C&sector=QQ`);
    await r.getByRole('status').filter({ hasText: 'sector=QQ' }).waitFor();
    await expect.poll(() => r.locator('.initiative').count()).toBe(names(`SELECT DISTINCT i.name FROM activity a JOIN initiative i ON i.id = a.initiative_id WHERE ${has('sector', 'C')}`).size);
    for (const x of [p, q, r]) await x.close();
  });

  it('draws the map on a canvas; a click on a node opens its card', async () => {
    const p = page();
    await p.goto(`${url}#view=map`);
    await p.waitForSelector('.map canvas');
    await p.waitForTimeout(500);
    const legend = await p.locator('.legend-item .count').allTextContents();
    expect(legend.reduce((n, c) => n + Number(c), 0)).toBe(names('SELECT name FROM initiative').size);
    await expectAccessible(p, 'map nl');
    await screenshot(p, 'publish-map');
    const box = (await p.locator('.map').boundingBox())!;
    const image = decodePng(await p.locator('.map').screenshot());
    // A node of the data colour (the map's green), found in the picture as a person would see it.
    const spot = findPatch(image, focusColor('form:3'), 2) ?? findPatch(image, focusColor('varied'), 2);
    expect(spot).not.toBeNull();
    await p.mouse.click(box.x + spot!.x, box.y + spot!.y);
    const card = p.getByRole('dialog');
    await card.waitFor();
    const name = (await card.getByRole('heading', { level: 2 }).textContent())!;
    expect(names("SELECT name FROM initiative").has(name)).toBe(true);
    await card.getByRole('button', { name: 'Sluiten' }).click();
    // The keyboard's way in: choose an initiative from the list beside the map.
    await p.getByLabel('Open een initiatief').selectOption({ index: 3 });
    await p.getByRole('dialog').waitFor();
    await p.keyboard.press('Escape');
    // The legend hides a focus.
    const first = p.locator('.legend-item').first();
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toMatch('false');
    await first.click();
  });

  it('Aanmelden links the template beside the page and the contact address', async () => {
    const p = page();
    await p.goto(`${url}#view=join`);
    const download = p.getByRole('link', { name: 'Invulbestand downloaden (Excel)' });
    const href = await download.getAttribute('href');
    expect(href).toBe('regioscan-sjabloon.xlsx');
    expect(existsSync(join(site.folder, href!))).toBe(true);
    const [file] = await Promise.all([p.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe('regioscan-sjabloon.xlsx');
    expect(await p.getByRole('link', { name: CONTACT }).getAttribute('href')).toMatch(new RegExp(`^mailto:${CONTACT}\\?subject=`));
    await expect.poll(() => p.locator('main').textContent()).toContain('Contactpersonen, telefoonnummers en interne notities komen niet op de kaart.');
    await expectAccessible(p, 'join nl');
    await screenshot(p, 'publish-join');
  });

  it('prints the list without navigation, filters or buttons', async () => {
    const p = page();
    await p.goto(`${url}#view=list&sector=C`);
    await p.emulateMedia({ media: 'print' });
    await p.locator('.site-header').waitFor({ state: 'hidden' });
    await p.locator('.filters-column').waitFor({ state: 'hidden' });
    await p.getByRole('button', { name: 'Lijst afdrukken' }).waitFor({ state: 'hidden' });
    await p.locator('.initiative').first().waitFor();
    await screenshot(p, 'publish-print');
    await p.emulateMedia({ media: 'screen' });
  });

  it('speaks English when asked, and passes axe on every view in both languages', async () => {
    const p = page();
    await p.goto(`${url}#view=ask`);
    await p.getByRole('link', { name: 'English' }).click();
    await p.getByRole('heading', { level: 1, name: 'Where can I go?' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(p.url()).hash).toContain('lang=en');
    for (const lang of ['nl', 'en'] as const) {
      for (const view of ['ask', 'list', 'map', 'join'] as const) {
        await p.goto(`${url}#view=${view}&sector=C&bottleneck=6&lang=${lang}`);
        await p.waitForSelector('html[data-ready]');
        await expectAccessible(p, `${view} ${lang}`);
      }
      const id = (site.db.prepare('SELECT id FROM initiative ORDER BY id LIMIT 1').get() as { id: number }).id;
      await p.goto(`${url}#view=list&initiative=${id}&lang=${lang}`);
      await p.getByRole('dialog').waitFor();
      await expectAccessible(p, `card ${lang}`);
    }
    await p.goto(`${url}#view=list&lang=en`);
    await screenshot(p, 'publish-list-en');
  });

  it('asked only for its own files from file://, and logged no console error', () => {
    const own = pathToFileURL(site.folder).href;
    const foreign = b.requests.filter((u) => !u.startsWith(`${own}/`) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(new Set(b.requests.filter((u) => !u.startsWith('data:')).map((u) => u.replace(/#.*$/, '')))).toEqual(new Set([`${own}/index.html`, `${own}/regioscan-sjabloon.xlsx`]));
    expect(b.consoleErrors).toEqual([]);
  });
});
