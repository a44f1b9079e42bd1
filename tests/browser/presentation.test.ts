/**
 * The Presentatie screen in the real UI against a real SQLite file: a slide added from Witte vlekken
 * with "Als dia", the slides reordered and a note written, then three slides presented with the arrow
 * keys and PageDown (the stage shows each slide's title and view), the presenter view with the next
 * slide, the notes and the clock, and Escape back to the screen. Axe-clean.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import { ensureSampleScan, sampleScanPath } from '../../src-main/import/sample';
import { createPresentation, getPresentation } from '../../src-main/presentations';
import { REPO_ROOT } from '../../src-main/version';
import { expectAccessible, screenshot, useBrowserApp } from './harness';
import { openScreen } from './steps';

describe('the Presentatie screen in a real browser', () => {
  let id = 0;

  const h = useBrowserApp({
    prepare: async (db) => {
      const scan = (await ensureSampleScan(db, sampleScanPath(join(REPO_ROOT, 'data'))))!;
      id = createPresentation(db, 'Digitaliseringstafel', [
        { filter: { ...emptyFilter([scan]), conditions: [{ dimension: 'type', mode: 'any', values: ['werken-met-studenten'] }] }, filterName: 'Studenten', view: 'map', title: 'Studenten op de kaart', note: 'Wijs op Groningen.' },
        { filter: emptyFilter([scan]), view: 'overview', title: 'Het aanbod' },
      ]).presentation.id;
    },
  });

  it('adds the screen on view as a slide with "Als dia"', async () => {
    const p = h.page;
    await openScreen(p, 'witte-vlekken');
    await p.getByTestId('add-slide').click();
    await p.getByTestId(`add-slide-to-${id}`).click();
    await expect.poll(() => getPresentation(h.db, id).slides.map((s) => [s.view, s.title])).toEqual([
      ['map', 'Studenten op de kaart'],
      ['overview', 'Het aanbod'],
      ['whitespots', 'Witte vlekken'],
    ]);
  });

  it('lists the slides, moves one up and keeps a note', async () => {
    const p = h.page;
    await openScreen(p, 'presentatie');
    await expect.poll(() => p.locator('h1').first().innerText()).toBe('Presentatie');
    await expect.poll(() => p.getByTestId('slide-list').locator('li').count()).toBe(3);
    await p.getByTestId('slide-up-3').click();
    await expect.poll(() => getPresentation(h.db, id).slides.map((s) => s.title)).toEqual(['Studenten op de kaart', 'Witte vlekken', 'Het aanbod']);
    await expect.poll(() => p.getByTestId('slide-title-2').inputValue()).toBe('Witte vlekken');
    await p.getByTestId('slide-note-2').fill('Vraag naar de lege vakken.');
    await p.getByTestId('slide-title-2').click();
    await expect.poll(() => getPresentation(h.db, id).slides[1]!.note).toBe('Vraag naar de lege vakken.');
    // Dragging the last slide's handle onto the first puts it first; the arrows put it back.
    await p.getByTestId('slide-handle-3').dragTo(p.getByTestId('slide-item-1'));
    await expect.poll(() => getPresentation(h.db, id).slides.map((s) => s.title)).toEqual(['Het aanbod', 'Studenten op de kaart', 'Witte vlekken']);
    await expect.poll(() => p.getByTestId('slide-title-1').inputValue()).toBe('Het aanbod');
    await p.getByTestId('slide-down-1').click();
    await expect.poll(() => getPresentation(h.db, id).slides.map((s) => s.title)).toEqual(['Studenten op de kaart', 'Het aanbod', 'Witte vlekken']);
    await expect.poll(() => p.getByTestId('slide-title-2').inputValue()).toBe('Het aanbod');
    await p.getByTestId('slide-down-2').click();
    await expect.poll(() => getPresentation(h.db, id).slides.map((s) => s.title)).toEqual(['Studenten op de kaart', 'Witte vlekken', 'Het aanbod']);
    await expect.poll(() => p.getByTestId('slide-title-3').inputValue()).toBe('Het aanbod');
    await expectAccessible(p, 'presentatie');
    await screenshot(p, 'presentation-screen-nl');
  });

  it('presents three slides with the arrow keys and PageDown, and closes with Escape', async () => {
    const p = h.page;
    await p.getByTestId('presentation-present').click();
    const stage = p.getByTestId('presentation-stage');
    await stage.waitFor();
    const current = p.getByTestId('slide-current');
    await expect.poll(() => current.locator('h2').innerText()).toBe('Studenten op de kaart');
    expect(await current.getAttribute('data-view')).toBe('map');
    // The map is the PDF's vector drawing, as an SVG image.
    await expect.poll(() => current.locator('img.rs-slide-map').count()).toBe(1);
    await expect.poll(() => p.getByTestId('stage-position').innerText()).toBe('Dia 1 van 3');
    await screenshot(p, 'presentation-slide-1');
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => current.locator('h2').innerText()).toBe('Witte vlekken');
    await expect.poll(() => current.getByTestId('slide-table-0').locator('tbody tr').count()).toBeGreaterThan(3);
    await screenshot(p, 'presentation-slide-2');
    await p.keyboard.press('PageDown');
    await expect.poll(() => current.locator('h2').innerText()).toBe('Het aanbod');
    await expect.poll(() => current.innerText()).toContain('Werken met studenten');
    await screenshot(p, 'presentation-slide-3');
    // Past the end stays on the last slide; back goes back.
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.getByTestId('stage-position').innerText()).toBe('Dia 3 van 3');
    await p.keyboard.press('ArrowLeft');
    await expect.poll(() => current.locator('h2').innerText()).toBe('Witte vlekken');
    await p.keyboard.press('Escape');
    await expect.poll(() => stage.count()).toBe(0);
    await p.getByTestId('screen-presentatie').waitFor();
  });

  it('shows the presenter view: the current slide, the next one, its notes and the clock', async () => {
    const p = h.page;
    await p.getByTestId('presentation-presenter').click();
    await p.getByTestId('presentation-stage').waitFor();
    await expect.poll(() => p.getByTestId('presenter-notes').innerText()).toBe('Wijs op Groningen.');
    await expect.poll(() => p.getByTestId('slide-next').locator('h2').innerText()).toBe('Witte vlekken');
    await expect.poll(() => p.getByTestId('presenter-timer').innerText()).toMatch(/^00:0\d$/);
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.getByTestId('presenter-notes').innerText()).toBe('Vraag naar de lege vakken.');
    await expect.poll(() => p.getByTestId('slide-next').locator('h2').innerText()).toBe('Het aanbod');
    await screenshot(p, 'presentation-presenter-view');
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByTestId('presentation-stage').count()).toBe(0);
  });

  it('speaks English when switched, the slides drawn in English too', async () => {
    const p = h.page;
    await p.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => p.locator('h1').first().innerText()).toBe('Presentation');
    await expect.poll(() => p.getByTestId('presentation-present').innerText()).toBe('Present');
    await p.getByTestId('presentation-present').click();
    await p.getByTestId('presentation-stage').waitFor();
    await expect.poll(() => p.getByTestId('stage-position').innerText()).toBe('Slide 1 of 3');
    await expect.poll(() => p.getByTestId('slide-current').innerText()).toContain('Activity type is Working with students');
    await p.keyboard.press('Escape');
    await expect.poll(() => p.getByTestId('presentation-stage').count()).toBe(0);
    await expectAccessible(p, 'presentation-en');
    await screenshot(p, 'presentation-screen-en');
    expect(h.consoleErrors).toEqual([]);
  });
});
