/**
 * Writes resources/codebook.json from src-shared/codebook: every dimension with its names, header
 * aliases, groups and values, for tools outside the app. Run after changing the codebook:
 *   npx tsx scripts/resources/codebook-json.ts
 * (tests/unit/resources.test.ts fails while the file and the module differ).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DIMENSIONS } from '../../src-shared/codebook';
import { resourcePath } from '../../src-main/resources';

/** The file's exact text. */
export function codebookJsonText(): string {
  const document = {
    description: 'The Regioscan codebook: the dimensions of the method with their values (generated from src-shared/codebook).',
    dimensions: DIMENSIONS,
  };
  return JSON.stringify(document, null, 2) + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = resourcePath('codebook');
  writeFileSync(path, codebookJsonText());
  process.stdout.write(`${path}\n`);
}
