import { describe, expect, it } from 'vitest';
import { expectAccessible, expectOnlyOwnOrigin, screenshot, useBrowserApp } from './harness';

const SCREENS = ['overzicht', 'activiteiten', 'ecosysteemkaart', 'leer-van-elkaar', 'vergelijken', 'ontwikkeling', 'witte-vlekken', 'beleidsdoelen', 'vraag-en-aanbod', 'impact', 'presentatie', 'publiceren', 'importeren', 'te-koppelen', 'back-ups'] as const;
const DUTCH = ['Overzicht', 'Activiteiten', 'Ecosysteemkaart', 'Leer van elkaar', 'Vergelijken', 'Ontwikkeling', 'Witte vlekken', 'Beleidsdoelen', 'Vraag en aanbod', 'Impact', 'Presentatie', 'Publiceren', 'Importeren', 'Te koppelen', 'Back-ups'];
const ENGLISH = ['Overview', 'Activities', 'Ecosystem map', 'Learn from each other', 'Compare', 'Development', 'White spots', 'Policy goals', 'Demand and supply', 'Impact', 'Presentation', 'Publish', 'Import', 'To map', 'Backups'];

describe('the app shell in a real browser', () => {
  const h = useBrowserApp();

  it('opens in Dutch with every screen in the navigation', async () => {
    expect(await h.page.getAttribute('html', 'lang')).toBe('nl');
    for (const [i, route] of SCREENS.entries()) {
      await expect.poll(() => h.page.getByTestId(`nav-${route}`).innerText()).toContain(DUTCH[i]!);
    }
  });

  it('shows each screen with a proper empty state, accessible (axe) and screenshot', async () => {
    for (const [i, route] of SCREENS.entries()) {
      await h.page.getByTestId(`nav-${route}`).click();
      await h.page.getByTestId(`screen-${route}`).waitFor();
      await expect.poll(() => h.page.locator('h1').first().innerText()).toBe(DUTCH[i]);
      expect(await h.page.getByTestId(`nav-${route}`).getAttribute('aria-current')).toBe('page');
      await expectAccessible(h.page, route);
      await screenshot(h.page, `shell-nl-${route}`);
    }
  });

  it('switches to English, and remembers it after a reload', async () => {
    await h.page.getByTestId('nav-overzicht').click();
    await h.page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => h.page.getAttribute('html', 'lang')).toBe('en');
    for (const [i, route] of SCREENS.entries()) await expect.poll(() => h.page.getByTestId(`nav-${route}`).innerText()).toContain(ENGLISH[i]!);
    await screenshot(h.page, 'shell-en-overview');
    await h.page.reload();
    await h.page.getByTestId('screen-overzicht').waitFor();
    await expect.poll(() => h.page.getAttribute('html', 'lang')).toBe('en');
    expect(h.db.prepare(`SELECT value FROM setting WHERE key = 'language'`).get()).toEqual({ value: '"en"' });
    await h.page.getByTestId('language-switch').getByText('NL', { exact: true }).click();
    await expect.poll(() => h.page.getAttribute('html', 'lang')).toBe('nl');
  });

  it('switches to dark and stays accessible', async () => {
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('dark');
    for (const route of SCREENS) {
      await h.page.getByTestId(`nav-${route}`).click();
      await h.page.getByTestId(`screen-${route}`).waitFor();
      await expectAccessible(h.page, `dark ${route}`);
    }
    await screenshot(h.page, 'shell-nl-dark');
    await h.page.getByTestId('color-scheme-toggle').click();
    await expect.poll(() => h.page.getAttribute('html', 'data-mantine-color-scheme')).toBe('light');
  });

  it('works by keyboard: the skip link first, then the navigation', async () => {
    await h.page.getByTestId('nav-overzicht').click();
    await h.page.reload();
    await h.page.getByTestId('screen-overzicht').waitFor();
    await h.page.keyboard.press('Tab');
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('skip-link');
    // Tab through until the Vergelijken link has focus, then open it with Enter.
    for (let i = 0; i < 30; i++) {
      await h.page.keyboard.press('Tab');
      if ((await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'nav-vergelijken') break;
    }
    expect(await h.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-vergelijken');
    await h.page.keyboard.press('Enter');
    await h.page.getByTestId('screen-vergelijken').waitFor();
  });

  it('asks nothing of the network and logs no errors', () => {
    expectOnlyOwnOrigin(h);
    expect(h.consoleErrors).toEqual([]);
  });
});
