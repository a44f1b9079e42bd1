/**
 * Writes resources/template/regioscan-sjabloon.xlsx, the canonical template workbook the Importeren
 * screen hands out, from src-shared/codebook through the canonical writer. Run after changing the
 * codebook or the layout:
 *   npx tsx scripts/resources/template-xlsx.ts
 * (tests/unit/resources.test.ts fails while the file and the writer's output differ).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resourcePath } from '../../src-main/resources';
import { writeTemplateWorkbook } from '../../src-main/workbook/canonical-writer';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = resourcePath('template');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, writeTemplateWorkbook());
  process.stdout.write(`${path}\n`);
}
