/** The lint rules that keep the processes apart actually fire. */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src-main/version';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('process boundaries in lint', () => {
  it('forbid the renderer to import the database, Node or Electron main modules', async () => {
    for (const line of [
      "import Database from 'better-sqlite3';",
      "import { readFileSync } from 'node:fs';",
      "import { readFileSync } from 'fs';",
      "import { ipcRenderer } from 'electron';",
      "import { openDatabase } from '../../src-main/db/open';",
    ]) {
      expect(await ruleIds(`${line}\nexport const x = 1;\n`, 'src-renderer/src/probe.ts'), line).toContain('no-restricted-imports');
    }
  });

  it('allow the renderer its own and the shared modules', async () => {
    expect(await ruleIds("import { DIMENSIONS } from '../../src-shared/codebook';\nexport const n = DIMENSIONS.length;\n", 'src-renderer/src/probe.ts')).toEqual([]);
  });

  it('forbid shared code to import Node, Electron or main modules', async () => {
    expect(await ruleIds("import { join } from 'node:path';\nexport const j = join;\n", 'src-shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { app } from 'electron';\nexport const a = app;\n", 'src-shared/probe.ts')).toContain('no-restricted-imports');
  });
});
