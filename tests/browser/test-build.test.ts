/**
 * Test-only probes come in only through the test build. out/renderer — what `npm start`, the
 * packaged app and `regioscan serve` ship — holds none of their code; out-test/renderer, which the
 * browser tests serve (harness.ts), holds the map's probe and is otherwise the same app. Needs both
 * builds (`npm run build` and `npm run build:test`); a missing one fails, it is not skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_DIR } from '../../src-main/serve/cli';
import { REPO_ROOT } from '../../src-main/version';
import { TEST_RENDERER_DIR } from './harness';

const SHIPPED = join(REPO_ROOT, 'out', 'renderer');

/** The text of every file of a build, by its path inside the build. */
function buildFiles(dir: string): Map<string, string> {
  expect(existsSync(join(dir, 'index.html')), `${dir} is built`).toBe(true);
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name), 'latin1'));
  }
  return files;
}

/** The window globals a test probe puts up (`window.__regioscanGraph`, and any later `__regioscan…`), by file. */
function probesIn(files: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [path, text] of files) for (const name of new Set(text.match(/__regioscan\w*/g) ?? [])) found.push(`${path}: ${name}`);
  return found;
}

/** The test ids the screens carry (the browser tests find the UI by them). */
function testIds(files: Map<string, string>): string[] {
  const ids = new Set<string>();
  for (const text of files.values()) for (const m of text.matchAll(/"data-testid":\s*"([^"]+)"/g)) ids.add(m[1]!);
  return [...ids].sort();
}

describe('test probes only in the test build', () => {
  it('is out/renderer that regioscan serve ships', () => {
    expect(RENDERER_DIR).toBe(SHIPPED);
  });

  it('ships no probe in out/renderer', () => {
    const shipped = buildFiles(SHIPPED);
    expect([...shipped.keys()].some((p) => p.endsWith('.js')), 'the shipped build has its scripts').toBe(true);
    expect(probesIn(shipped)).toEqual([]);
  });

  it('has the map probe in out-test/renderer, and the same screens otherwise', () => {
    const test = buildFiles(TEST_RENDERER_DIR);
    expect(probesIn(test).map((found) => found.split(': ')[1])).toContain('__regioscanGraph');
    const ids = testIds(test);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids).toEqual(testIds(buildFiles(SHIPPED)));
  });
});
