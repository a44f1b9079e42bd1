/**
 * Steps that several browser tests take through the app's UI, named once: open a screen from the
 * navigation, open the Ecosysteemkaart until its layout rests, read the Activiteiten count, refer
 * with the referral menu, and take a download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Route } from '../../src-renderer/src/routes';
import { tempDir } from '../helpers/db';

/** Clicks the screen's entry in the navigation and waits until `ready` (a test id; the screen itself by default) is there. */
export async function openScreen(page: Page, route: Route, ready = `screen-${route}`): Promise<void> {
  await page.getByTestId(`nav-${route}`).click();
  await page.getByTestId(ready).waitFor({ timeout: 30_000 });
}

/** Waits until the map's layout has stopped moving the nodes. */
export async function mapSettled(page: Page): Promise<void> {
  await page.locator('[data-testid="graph-layout-toggle"][data-running="false"]').waitFor({ timeout: 30_000 });
}

/** Opens the Ecosysteemkaart and waits until its probe holds `nodes` initiatives and the layout has stopped. */
export async function openMap(page: Page, nodes: number): Promise<void> {
  await page.getByTestId('nav-ecosysteemkaart').click();
  await page.waitForFunction((n) => (window as unknown as { __regioscanGraph?: { nodes(): unknown[] } }).__regioscanGraph?.nodes().length === n, nodes, { timeout: 30_000 });
  await mapSettled(page);
}

/** The number of activities the Activiteiten screen says it shows ("1.234 activiteiten" → 1234). */
export async function activitiesCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('activities-count').innerText()).replace(/\D/g, ''));
}

/** "Doorverwijzen" in two clicks: the referral menu, then one of its questions (`werken-met-studenten`, …). */
export async function refer(page: Page, referral: string): Promise<void> {
  await page.getByTestId('referral-menu').click();
  await page.getByTestId(`referral-${referral}`).click();
}

export interface Download {
  /** The file name the app suggested. */
  name: string;
  /** Where it was saved: a new temporary folder, under that name. */
  path: string;
  bytes: Buffer;
}

/** Clicks `trigger` (a test id or a locator) and saves the download it starts. */
export async function download(page: Page, trigger: string | Locator, options: { timeout?: number } = {}): Promise<Download> {
  const pending = page.waitForEvent('download', options);
  await (typeof trigger === 'string' ? page.getByTestId(trigger) : trigger).click();
  const file = await pending;
  const path = join(tempDir('regioscan-download-'), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}
