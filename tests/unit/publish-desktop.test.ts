/** The desktop's publishing hooks: only a folder the user chose in the dialog this session opens, and only its index.html. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { desktopPublishing } from '../../src-main/publish';
import { tempDir } from '../helpers/db';

describe('desktopPublishing', () => {
  it('opens index.html of a folder chosen in the dialog, and nothing else', async () => {
    const root = tempDir('regioscan-desktop-');
    const chosen = join(root, 'site');
    const other = join(root, 'other');
    for (const dir of [chosen, other]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    }
    const opened: string[] = [];
    const answers: (string | null)[] = [null, chosen];
    const hooks = desktopPublishing(async () => answers.shift() ?? null, (index) => opened.push(index));
    expect(hooks.openPublication(chosen)).toBe(false);
    expect(await hooks.chooseFolder()).toBeNull();
    expect(hooks.openPublication(chosen)).toBe(false);
    expect(await hooks.chooseFolder()).toBe(chosen);
    expect(hooks.openPublication(other)).toBe(false);
    expect(hooks.openPublication(join(chosen, '..', 'other'))).toBe(false);
    expect(hooks.openPublication(join(chosen, 'sub', '..'))).toBe(true);
    expect(opened).toEqual([join(chosen, 'index.html')]);
  });

  it('does not open a chosen folder that holds no index.html', async () => {
    const empty = join(tempDir('regioscan-desktop-'), 'empty');
    mkdirSync(empty);
    const opened: string[] = [];
    const hooks = desktopPublishing(async () => empty, (index) => opened.push(index));
    await hooks.chooseFolder();
    expect(hooks.openPublication(empty)).toBe(false);
    expect(opened).toEqual([]);
  });
});
