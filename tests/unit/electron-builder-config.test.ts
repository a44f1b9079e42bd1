/**
 * The installers' Electron fuses, read from build/electron-builder.yml as YAML (not as text), each by
 * name and value, and every name checked against electron-builder's own schema: a misspelt fuse
 * would otherwise be a fuse left at Electron's default.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src-main/version';

const config = parse(readFileSync(join(REPO_ROOT, 'build', 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown> };

/** electron-builder's JSON schema for its configuration, from the version installed here. */
interface ObjectSchema {
  additionalProperties: boolean;
  properties: Record<string, { type?: string }>;
}
function fuseSchema(): ObjectSchema | undefined {
  const builderRequire = createRequire(createRequire(join(REPO_ROOT, 'package.json')).resolve('electron-builder'));
  const scheme = JSON.parse(readFileSync(builderRequire.resolve('app-builder-lib/scheme.json'), 'utf8')) as { definitions: Record<string, ObjectSchema | undefined> };
  return scheme.definitions.FuseOptionsV1;
}

describe('Electron fuses in the installers', () => {
  it('switch off Node, NODE_OPTIONS, --inspect and file:// privileges, and load only an integrity-checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('are all fuses electron-builder knows, set to booleans', () => {
    const schema = fuseSchema();
    expect(schema?.additionalProperties).toBe(false);
    for (const [name, value] of Object.entries(config.electronFuses ?? {})) {
      expect(Object.keys(schema?.properties ?? {}), name).toContain(name);
      expect(typeof value, name).toBe('boolean');
    }
  });
});
