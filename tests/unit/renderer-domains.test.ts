/**
 * The renderer is organised by domain (src-renderer/src/<domain>/: explore, overview, graph, learn,
 * compare, whitespots, import, backups) around shared folders (api/ the door to main and the query
 * cache, state/ the state every screen shares, ui/ the shared pieces, i18n/ the words) and app/, the
 * frame that puts the screens together. Domains never import each other or the frame; shared folders
 * import no domain and no frame. Counted over every relative import (static, re-export, side-effect
 * and dynamic) of every .ts/.tsx file, by the top-level folder of the importing file and of the file
 * imported.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src-main/version';

const ROOT = join(REPO_ROOT, 'src-renderer', 'src');
const SHARED = new Set(['api', 'i18n', 'state', 'ui']);
const FRAME = 'app';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The top-level folder a path lies in (null for a file directly in src/). */
function folderOf(path: string): string | null {
  const parts = relative(ROOT, path).split(sep);
  return parts.length > 1 ? parts[0]! : null;
}

interface Import {
  file: string;
  from: string | null;
  to: string | null;
  spec: string;
}

function imports(): Import[] {
  const found: Import[] = [];
  for (const file of sourceFiles(ROOT)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!);
      if (relative(ROOT, target).startsWith('..')) continue;
      found.push({ file: relative(ROOT, file), from: folderOf(file), to: folderOf(target), spec: m[1]! });
    }
  }
  return found;
}

const isDomain = (folder: string | null): folder is string => folder !== null && folder !== FRAME && !SHARED.has(folder);

describe('the renderer by domain', () => {
  const all = imports();

  it('reads the imports it counts (the test would see a cross import)', () => {
    expect(all.length).toBeGreaterThan(300);
    expect(all.some((i) => i.from === FRAME && isDomain(i.to))).toBe(true);
    expect([...new Set(all.map((i) => i.from).filter(isDomain))].sort()).toEqual(['backups', 'compare', 'demand', 'explore', 'goals', 'graph', 'import', 'learn', 'mappings', 'overview', 'publish', 'whitespots']);
  });

  it('has no imports between domain folders, nor from a domain into the app frame', () => {
    const crossing = all.filter((i) => isDomain(i.from) && i.to !== i.from && (isDomain(i.to) || i.to === FRAME)).map((i) => `${i.file} -> ${i.spec}`);
    expect(crossing).toEqual([]);
  });

  it('keeps shared folders free of domains and of the frame', () => {
    const leaking = all.filter((i) => i.from !== null && SHARED.has(i.from) && (isDomain(i.to) || i.to === FRAME)).map((i) => `${i.file} -> ${i.spec}`);
    expect(leaking).toEqual([]);
  });
});
