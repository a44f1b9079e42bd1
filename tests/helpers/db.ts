import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src-main/db/open';
import type { HandlerEnv } from '../../src-main/rpc/types';

export function memoryDb(): Promise<Db> {
  return openDatabase(':memory:');
}

export function tempDir(prefix = 'regioscan-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const TEST_ENV: HandlerEnv = { host: 'http', readOnly: false, version: '0.0.0-test' };
