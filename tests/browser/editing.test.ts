/**
 * Editing a scan in the real UI (issue 16): the detail panel's codebook pickers change a dimension
 * and the facets follow without a reload; an activity is added to an initiative and deleted after a
 * confirmation; the Geschiedenis tab lists the change and "Zet terug" reverts it; Ctrl+Z undoes the
 * newest change group, with "Opnieuw" in its toast. Against a real SQLite file through `serve`.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFilter } from '../../src-shared/filter';
import type { FacetsResult } from '../../src-shared/model';
import { dispatch } from '../../src-main/rpc/dispatch';
import { TEST_ENV } from '../helpers/db';
import { importFixture, type Fixture } from '../helpers/history-fixture';
import { expectAccessible, screenshot, startHarness, withSampleScan, type Harness } from './harness';

/** The count a facet value shows beside its label. */
async function facetCount(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('xpath=ancestor::li[1]').locator('.rs-facet-count').innerText();
  return Number(text.replace(/\D/g, ''));
}

const total = async (page: Page) => Number((await page.getByTestId('activities-count').innerText()).replace(/\D/g, ''));

/** Picks an option of a Mantine Select or MultiSelect by the start of its label. */
async function pick(page: Page, testId: string, label: RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: label }).first().click();
  // Closes a MultiSelect's list (Escape would close the drawer once the list is shut); a Select's closes by itself.
  if (await page.locator('#edit-form-title').isVisible()) await page.locator('#edit-form-title').click();
}

describe('editing in the detail panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ prepare: withSampleScan });
  });
  afterAll(async () => {
    await h?.close();
  });

  let workshops = 0;

  it('changes a dimension with the codebook picker; the table and the facets follow without a reload', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await expect.poll(() => total(h.page), { timeout: 20_000 }).toBe(100);
    workshops = await facetCount(h.page, 'facet-type-workshops');
    await h.page.getByTestId('facet-type-werken-met-studenten').check();
    await expect.poll(() => total(h.page)).toBe(9);
    await h.page.locator('[data-testid^="open-activity-"]').first().click();
    await h.page.getByTestId('detail-edit').click();
    await h.page.getByTestId('activity-edit-form').waitFor();
    await pick(h.page, 'edit-dim-type', /^workshops · Workshops/);
    await pick(h.page, 'edit-dim-sector', /^A · /);
    await h.page.getByTestId('edit-reach').fill('345');
    await expectAccessible(h.page, 'the activity edit form');
    await screenshot(h.page, 'edit-activity-form');
    await h.page.getByTestId('edit-save').click();
    await h.page.getByTestId('activity-edit-form').waitFor({ state: 'detached' });
    await expect.poll(() => h.page.getByTestId('detail-dim-type').innerText()).toContain('Workshops');
    expect(await h.page.getByTestId('detail-dim-sector').innerText()).toContain('A Landbouw');
    expect(await h.page.getByTestId('detail-reach').innerText()).toContain('345');
    // No longer a "werken met studenten" activity: the filtered table and the type facet move on their own.
    await expect.poll(() => total(h.page)).toBe(8);
    await expect.poll(() => facetCount(h.page, 'facet-type-workshops')).toBe(workshops + 1);
    const row = await h.db.prepare(`SELECT count(*) FROM history h JOIN change_group g ON g.id = h.group_id WHERE g.origin = 'edit'`).pluck().get();
    expect(row).toBeGreaterThan(0);
  });

  it('lists the change in the Geschiedenis tab, and "Zet terug" reverts it', async () => {
    await h.page.getByTestId('detail-tab-history').click();
    const typeRow = h.page.locator('[data-testid^="history-"][data-field="type"]');
    await expect.poll(() => typeRow.innerText()).toContain('Werken met studenten → Workshops & kennisevents');
    const text = await typeRow.innerText();
    expect(text).toContain('bewerking');
    await screenshot(h.page, 'edit-history-tab');
    await expectAccessible(h.page, 'the Geschiedenis tab');
    await typeRow.getByRole('button', { name: 'Zet terug: Type activiteit' }).click();
    await expect.poll(() => facetCount(h.page, 'facet-type-workshops')).toBe(workshops);
    await expect.poll(() => total(h.page)).toBe(9);
    // The revert is itself in the history, and the other fields of the save stay as saved.
    await expect.poll(() => h.page.locator('[data-testid^="history-"][data-field="type"]').count()).toBe(2);
    await h.page.getByTestId('detail-tab-details').click();
    expect(await h.page.getByTestId('detail-reach').innerText()).toContain('345');
    expect(await h.page.getByTestId('detail-dim-type').innerText()).toContain('Werken met studenten');
  });

  it('adds an activity to the initiative, deletes it after a confirmation, and Ctrl+Z brings it back', async () => {
    await h.page.getByTestId('detail-close').click();
    await h.page.getByTestId('facet-type-werken-met-studenten').uncheck();
    await expect.poll(() => total(h.page)).toBe(100);
    await h.page.locator('[data-testid^="open-activity-"]').first().click();
    await expectAccessible(h.page, 'an activity\'s details with its edit buttons');
    await h.page.getByTestId('detail-initiative-link').click();
    await h.page.getByTestId('initiative-detail').waitFor();
    await expectAccessible(h.page, 'an initiative\'s details with its edit buttons');
    await h.page.getByTestId('detail-add-activity').click();
    await h.page.getByTestId('add-activity-name').fill('Hackathon Noord');
    await h.page.getByTestId('add-confirm').click();
    await expect.poll(() => h.page.getByTestId('detail-drawer').getByRole('heading', { level: 2 }).first().innerText()).toBe('Hackathon Noord');
    await expect.poll(() => total(h.page)).toBe(101);
    await h.page.getByTestId('detail-delete').first().click();
    await h.page.getByTestId('delete-activity-dialog').waitFor();
    await screenshot(h.page, 'edit-delete-confirm');
    await h.page.getByTestId('delete-activity-confirm').click();
    await expect.poll(() => total(h.page)).toBe(100);
    // Back on the initiative it was added to.
    await expect.poll(() => h.page.getByTestId('initiative-detail').isVisible()).toBe(true);
    await h.page.getByTestId('detail-close').click();
    await h.page.locator('body').click({ position: { x: 5, y: 300 } });
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => h.page.getByTestId('toast').innerText()).toContain('Ongedaan gemaakt: Hackathon Noord verwijderd');
    await expect.poll(() => total(h.page)).toBe(101);
    await screenshot(h.page, 'edit-undo-toast');
    await h.page.getByTestId('toast-action').click();
    await expect.poll(() => total(h.page)).toBe(100);
    expect(h.consoleErrors).toEqual([]);
  });

  it('Ctrl+Z while typing in a text field is the field\'s own undo, not an undo of the data', async () => {
    const before = await total(h.page);
    await h.page.getByTestId('filter-text').fill('');
    await h.page.getByTestId('filter-text').focus();
    await h.page.keyboard.press('Control+z');
    await h.page.waitForTimeout(300);
    expect(await total(h.page)).toBe(before);
  });
});

describe('undo after a restart', () => {
  let h: Harness | undefined;
  afterAll(async () => {
    await h?.close();
  });

  it('undoes the last edit made before serve was stopped and started again on the same file', async () => {
    h = await startHarness({ prepare: withSampleScan });
    const { databasePath } = h;
    await h.page.getByTestId('nav-activiteiten').click();
    await expect.poll(() => total(h!.page), { timeout: 20_000 }).toBe(100);
    const open = h.page.locator('[data-testid^="open-activity-"]').first();
    const id = Number((await open.getAttribute('data-testid'))!.replace('open-activity-', ''));
    const oldName = (await open.innerText()).trim();
    await open.click();
    await h.page.getByTestId('detail-edit').click();
    await h.page.getByTestId('edit-name').fill('Hernoemd voor de herstart');
    await h.page.getByTestId('edit-save').click();
    await expect.poll(() => h!.page.getByTestId('detail-drawer').getByRole('heading', { level: 2 }).first().innerText()).toBe('Hernoemd voor de herstart');
    await h.close();

    h = await startHarness({ databasePath });
    await h.page.getByTestId('nav-activiteiten').click();
    await expect.poll(() => total(h!.page), { timeout: 20_000 }).toBe(100);
    await expect.poll(() => h!.page.getByTestId(`open-activity-${id}`).innerText()).toBe('Hernoemd voor de herstart');
    await h.page.locator('body').click({ position: { x: 5, y: 300 } });
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => h!.page.getByTestId('toast').innerText()).toContain(`Ongedaan gemaakt: activiteit ${id} bewerkt`);
    await expect.poll(() => h!.page.getByTestId(`open-activity-${id}`).innerText()).toBe(oldName);
    await h.page.getByTestId(`open-activity-${id}`).click();
    await expect.poll(() => h!.page.getByTestId('detail-drawer').getByRole('heading', { level: 2 }).first().innerText()).toBe(oldName);
    await screenshot(h.page, 'edit-undo-after-restart');
  });
});

describe('unmapped values, moving, a new initiative, merging, organisations per role and extra fields', () => {
  let h: Harness;
  let f: Fixture;
  beforeAll(async () => {
    h = await startHarness({
      prepare: (db) => {
        f = importFixture(db);
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });
  const unmappedZeevaart = async () => {
    const res = await dispatch(h.db, 'query.facets', { filter: emptyFilter([f.scan]) }, TEST_ENV);
    if (!res.ok) throw new Error(res.error.message.en);
    return (res.value as FacetsResult).facets.sector.find((v) => v.code === null && v.label === 'Zeevaart')?.count ?? 0;
  };

  it('shows an unmapped value as such, drops it from the picker, and moves the activity to another initiative', async () => {
    await h.page.getByTestId('nav-activiteiten').click();
    await expect.poll(() => total(h.page), { timeout: 20_000 }).toBe(3);
    await h.page.getByTestId(`open-activity-${f.activity.lab}`).click();
    await expect.poll(() => h.page.getByTestId('detail-unmapped-sector').innerText()).toBe('niet gekoppeld: Zeevaart');
    await expectAccessible(h.page, 'an unmapped value in the details');
    await h.page.getByTestId('detail-edit').click();
    await expect.poll(() => h.page.getByTestId('edit-unmapped-sector').innerText()).toContain('niet gekoppeld: Zeevaart');
    await expectAccessible(h.page, 'an unmapped value in the edit form');
    await screenshot(h.page, 'edit-unmapped-badge');
    await h.page.getByRole('button', { name: 'Niet-gekoppelde waarde Zeevaart weghalen' }).click();
    await pick(h.page, 'edit-initiative', /^Impuls Zeeland$/);
    expect(await unmappedZeevaart()).toBe(1);
    await h.page.getByTestId('edit-save').click();
    await expect.poll(() => h.page.getByTestId('detail-initiative-link').innerText()).toBe('Impuls Zeeland');
    expect(await h.page.getByTestId('detail-unmapped-sector').count()).toBe(0);
    expect(await h.page.getByTestId('detail-dim-sector').innerText()).toContain('C Industrie');
    expect(await unmappedZeevaart()).toBe(0);
    await h.page.getByTestId('detail-close').click();
  });

  it('adds a new initiative with its first activity, merges another into it after a confirmation, and Ctrl+Z splits them again', async () => {
    await h.page.getByTestId('add-initiative').click();
    await h.page.getByTestId('add-initiative-name').fill('Data Hub Zeeland');
    await h.page.getByTestId('add-activity-name').fill('Spreekuur');
    await h.page.getByTestId('add-confirm').click();
    await expect.poll(() => h.page.getByTestId('detail-drawer').getByRole('heading', { level: 2 }).first().innerText()).toBe('Spreekuur');
    await expect.poll(() => total(h.page)).toBe(4);
    await h.page.getByTestId('detail-initiative-link').click();
    await h.page.getByTestId('detail-merge').click();
    await pick(h.page, 'merge-other', /^Impuls Zeeland$/);
    await expect.poll(() => h.page.getByTestId('merge-confirm-text').innerText()).toBe('Impuls Zeeland opgaan in Data Hub Zeeland?');
    await screenshot(h.page, 'edit-merge-dialog');
    await h.page.getByTestId('merge-confirm').click();
    await expect.poll(() => h.page.locator('#detail-activities-title').innerText()).toBe('Activiteiten (3)');
    await h.page.getByTestId('detail-close').click();
    await h.page.locator('body').click({ position: { x: 5, y: 300 } });
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => h.page.getByTestId('toast').innerText()).toContain('Ongedaan gemaakt: Impuls Zeeland samengevoegd met Data Hub Zeeland');
    const res = await dispatch(h.db, 'query.initiative', { id: f.initiative.impuls }, TEST_ENV);
    expect(res.ok && (res.value as { activities: number }).activities).toBe(2);
    expect(h.consoleErrors).toEqual([]);
  });

  const providerRow = (name: string) => h.page.getByTestId('detail-providers').locator('tr', { hasText: name });

  it('adds an organisation to a role and changes an extra field; the panel and the Geschiedenis tab show it; Ctrl+Z undoes it', async () => {
    await h.page.getByTestId(`open-activity-${f.activity.lab}`).click();
    await h.page.getByTestId('detail-edit').click();
    await h.page.getByTestId('activity-edit-form').waitFor();
    const uitvoerder = h.page.getByTestId('edit-role-uitvoerder');
    await uitvoerder.fill('Gemeente Vlissingen');
    await uitvoerder.press('Enter');
    await h.page.getByTestId('edit-extra-Kolom R').fill('nee');
    await h.page.locator('#edit-form-title').click();
    await expectAccessible(h.page, 'the organisations per role and the extra fields in the edit form');
    await h.page.getByTestId('edit-extras').scrollIntoViewIfNeeded();
    await screenshot(h.page, 'edit-extras-form');
    await h.page.getByTestId('edit-providers').scrollIntoViewIfNeeded();
    await screenshot(h.page, 'edit-providers-extras-form');
    await h.page.getByTestId('edit-save').click();
    await h.page.getByTestId('activity-edit-form').waitFor({ state: 'detached' });
    await expect.poll(() => providerRow('Gemeente Vlissingen').innerText()).toContain('Uitvoerder');
    await expect.poll(() => h.page.getByTestId('detail-extra-Kolom R').innerText()).toContain('nee');
    await screenshot(h.page, 'edit-providers-extras-detail');
    await h.page.getByTestId('detail-tab-history').click();
    await expect.poll(() => h.page.locator('[data-testid^="history-"][data-field="uitvoerder"]').innerText()).toContain('HZ University → Gemeente Vlissingen; HZ University');
    expect(await h.page.locator('[data-testid^="history-"][data-field="uitvoerder"]').innerText()).toContain('Uitvoerder (aanbieders)');
    expect(await h.page.locator('[data-testid^="history-"][data-field="extra.Kolom R"]').innerText()).toContain('ja → nee');
    await screenshot(h.page, 'edit-providers-extras-history');
    await h.page.getByTestId('detail-close').click();
    await h.page.locator('body').click({ position: { x: 5, y: 300 } });
    await h.page.keyboard.press('Control+z');
    await expect.poll(() => h.page.getByTestId('toast').innerText()).toContain(`Ongedaan gemaakt: activiteit ${f.activity.lab} bewerkt`);
    await h.page.getByTestId(`open-activity-${f.activity.lab}`).click();
    await expect.poll(() => h.page.getByTestId('detail-extra-Kolom R').innerText()).toContain('ja');
    expect(await providerRow('Gemeente Vlissingen').count()).toBe(0);
    expect(h.consoleErrors).toEqual([]);
  });
});
