/** resources/: one resolver for the runtime assets, in the packaged app, in development and under Node. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../src-shared/codebook';
import { dataDir, nodeResourceContext, RESOURCES, resourcePath, resourcesDir, type ResourceName } from '../../src-main/resources';
import { sampleScanPath } from '../../src-main/import/sample';
import { REPO_ROOT } from '../../src-main/version';
import { codebookJsonText } from '../../scripts/resources/codebook-json';
import { writeTemplateWorkbook } from '../../src-main/workbook/canonical-writer';
import { dispatch } from '../../src-main/rpc/dispatch';
import { memoryDb } from '../helpers/db';

const NAMES = Object.keys(RESOURCES) as ResourceName[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the resource resolver', () => {
  it('finds resources/ and data/ under process.resourcesPath in the packaged app', () => {
    const packaged = { packaged: true, resourcesPath: join(sep, 'opt', 'Regioscan', 'resources'), appPath: join(sep, 'opt', 'Regioscan', 'resources', 'app.asar') };
    expect(resourcePath('icon', packaged)).toBe(join(sep, 'opt', 'Regioscan', 'resources', 'resources', 'icons', 'icon.png'));
    expect(resourcePath('font', packaged)).toBe(join(sep, 'opt', 'Regioscan', 'resources', 'resources', 'fonts', 'DejaVuSans.ttf'));
    expect(dataDir(packaged)).toBe(join(sep, 'opt', 'Regioscan', 'resources', 'data'));
  });

  it('finds them under the app path (the repository) in development', () => {
    const dev = { packaged: false, resourcesPath: join(sep, 'usr', 'lib', 'electron', 'resources'), appPath: join(sep, 'home', 'me', 'regioscan') };
    expect(resourcePath('codebook', dev)).toBe(join(sep, 'home', 'me', 'regioscan', 'resources', 'codebook.json'));
    expect(resourcesDir(dev)).toBe(join(sep, 'home', 'me', 'regioscan', 'resources'));
    expect(dataDir(dev)).toBe(join(sep, 'home', 'me', 'regioscan', 'data'));
  });

  it('finds every named asset, and the sample, on disk under Node (CLI, serve, tests)', () => {
    expect(nodeResourceContext().appPath).toBe(REPO_ROOT);
    for (const name of NAMES) expect(statSync(resourcePath(name)).size, name).toBeGreaterThan(0);
    expect(statSync(sampleScanPath(dataDir())).isFile()).toBe(true);
  });

  it('names every file in resources/ (nothing ships unlisted)', () => {
    const listed = new Set(NAMES.map((n) => RESOURCES[n]));
    const onDisk = filesUnder(resourcesDir(nodeResourceContext())).map((f) => relative(resourcesDir(nodeResourceContext()), f).split(sep).join('/'));
    expect(onDisk.sort()).toEqual([...listed].sort());
  });

  it('is what the installers copy: resources/ and data/ as extraResources of the same names', () => {
    const config = readFileSync(join(REPO_ROOT, 'build', 'electron-builder.yml'), 'utf8');
    const extra = config.slice(config.indexOf('extraResources:'), config.indexOf('\n', config.indexOf('asarUnpack:')));
    expect(extra).toMatch(/- from: resources\n\s+to: resources\n/);
    expect(extra).toMatch(/- from: data\n\s+to: data\n/);
    expect(config).toContain('icon: resources/icons/icon.png');
  });

  it('is what the Electron main process and serve use for the icon and the sample', () => {
    const main = readFileSync(join(REPO_ROOT, 'src-main', 'electron', 'main.ts'), 'utf8');
    expect(main).toMatch(/resourcePath\('icon', resourceContext\(\)\)/);
    expect(main).toMatch(/sampleScanPath\(dataDir\(resourceContext\(\)\)\)/);
    expect(main.match(/process\.resourcesPath/g)).toHaveLength(1);
  });
});

describe('resources/codebook.json', () => {
  it('is exactly what scripts/resources/codebook-json.ts writes from src-shared/codebook', () => {
    const text = readFileSync(resourcePath('codebook'), 'utf8');
    expect(text).toBe(codebookJsonText());
    const parsed = JSON.parse(text) as { dimensions: unknown };
    expect(parsed.dimensions).toEqual(JSON.parse(JSON.stringify(DIMENSIONS)));
    expect((parsed.dimensions as { key: string }[]).map((d) => d.key)).toEqual(DIMENSIONS.map((d) => d.key));
  });
});

describe('resources/fonts', () => {
  it('holds TrueType DejaVu Sans regular and bold with its licence', () => {
    for (const name of ['font', 'fontBold'] as const) {
      const bytes = readFileSync(resourcePath(name));
      expect(bytes.readUInt32BE(0), name).toBe(0x00010000);
      expect(bytes.includes(Buffer.from(name === 'font' ? 'DejaVu Sans' : 'DejaVu Sans Bold', 'latin1')), name).toBe(true);
    }
    expect(readFileSync(resourcePath('fontLicence'), 'utf8')).toMatch(/Bitstream Vera/);
  });
});

describe('resources/template/regioscan-sjabloon.xlsx', () => {
  it('is exactly what the canonical writer makes from the codebook, and import.template hands out that file', async () => {
    const file = readFileSync(resourcePath('template'));
    expect(file.equals(writeTemplateWorkbook()), 'run npx tsx scripts/resources/template-xlsx.ts').toBe(true);
    const db = await memoryDb();
    const reply = await dispatch(db, 'import.template', {}, { host: 'http', readOnly: false, version: 'test' });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(Buffer.from((reply.value as { data: string }).data, 'base64').equals(file)).toBe(true);
  });
});
