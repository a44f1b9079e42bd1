/** A cell merged down over several activity rows names the initiative of each of them. */
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../src-main/import/pipeline';
import { memoryDb } from '../helpers/db';
import { writeXlsx } from '../helpers/ooxml';

describe('merged cells in the data', () => {
  it('fills a vertically merged initiative into every row it spans, and reports nothing', async () => {
    const bytes = writeXlsx([
      {
        name: 'Activiteiten',
        rows: [
          ['Initiatief', 'Activiteit', 'Type activiteit'],
          ['Digitale Werkplaats Drenthe', 'Spreekuur', 'Advisering/consultancy'],
          [null, 'Stages', 'Werken met studenten'],
          [null, 'Scan', 'Scans & assessments'],
          ['TechHub Assen', 'Meetup', 'Netwerken & coördineren'],
        ],
        merges: ['A2:A4'],
      },
    ]);
    const prepared = await prepareImport(await memoryDb(), bytes, 'merged.xlsx');
    const scan = prepared.scans[0]!;
    expect(scan.data.activities.map((a) => `${a.initiative} / ${a.name}`)).toEqual([
      'Digitale Werkplaats Drenthe / Spreekuur',
      'Digitale Werkplaats Drenthe / Stages',
      'Digitale Werkplaats Drenthe / Scan',
      'TechHub Assen / Meetup',
    ]);
    expect(scan.issues).toEqual([]);
  });
});
