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

describe('main by domain in lint (docs/architecture.md)', () => {
  it('forbid a deep import into another domain, and allow its index.ts and the own domain', async () => {
    expect(await ruleIds("import { scanRepository } from '../scans/repository';\nexport const r = scanRepository;\n", 'src-main/graph/probe.ts')).toContain(
      'regioscan/domain-imports',
    );
    expect(await ruleIds("import * as scans from '../scans';\nexport const s = scans;\n", 'src-main/graph/probe.ts')).toEqual([]);
    expect(await ruleIds("import * as own from './repository';\nexport const o = own;\n", 'src-main/graph/probe.ts')).toEqual([]);
  });

  it('let only the wiring files register another domain’s handlers and commands', async () => {
    const line = "import * as h from '../scans/handlers';\nexport const x = h;\n";
    expect(await ruleIds(line, 'src-main/rpc/handlers.ts')).toEqual([]);
    expect(await ruleIds(line, 'src-main/rpc/dispatch.ts')).toContain('regioscan/domain-imports');
  });

  it('allow .prepare( only in repository files and src-main/db/', async () => {
    const code = 'declare const db: { prepare(sql: string): unknown };\nexport const s = db.prepare("SELECT 1");\n';
    expect(await ruleIds(code, 'src-main/graph/logic.ts')).toContain('no-restricted-syntax');
    expect(await ruleIds(code, 'src-main/graph/repository.ts')).toEqual([]);
    expect(await ruleIds(code, 'src-main/graph/layout-repository.ts')).toEqual([]);
    expect(await ruleIds(code, 'src-main/db/open.ts')).toEqual([]);
  });

  it('keep the SQL filter engine out of production code', async () => {
    for (const file of ['src-main/activities/probe.ts', 'src-renderer/src/probe.ts', 'src-shared/probe.ts']) {
      expect(await ruleIds("import * as f from '../../tests/oracle/filter-sql';\nexport const x = f;\n", file), file).toContain('no-restricted-imports');
    }
  });
});
