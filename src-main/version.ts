import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file in the source tree). */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
