/** The second better-sqlite3 build for Electron: skipped where Electron's binary is absent, checked by --check. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBindingPath, nativeBindingFor } from '../../src-main/electron/native-binding';
import { REPO_ROOT } from '../../src-main/version';

const script = join(REPO_ROOT, 'scripts', 'electron-sqlite.mjs');

describe('better-sqlite3 for Electron', () => {
  it('postinstall skips the build, without failing, when Electron’s binary was not downloaded', () => {
    const r = spawnSync(process.execPath, [script, '--postinstall'], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('skipping the Electron build of better-sqlite3');
  });

  it('--check says whether the Electron build is there, without building', () => {
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect([0, 1]).toContain(r.status);
    if (r.status === 1) expect(r.stderr).toMatch(/better-sqlite3 for Electron \d+\.\d+\.\d+ is not built yet/);
  });

  it('main loads that file unpackaged and the packed module when packaged', () => {
    expect(electronNativeBindingPath('/app')).toBe('/app/.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(nativeBindingFor('/app', true)).toBeUndefined();
    expect(() => nativeBindingFor('/nonexistent-app', false)).toThrow(/npm start/);
  });
});
