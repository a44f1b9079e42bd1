/** The values the database adds to the codebook, as the matchers take them (src-main/workbook/matchers.ts). */
import type { CodeEntry } from '../../src-shared/codebook';
import type { Db } from '../db/open';
import type { ValueDimension } from '../workbook/scan-data';
import { openEntries } from './values-repository';

/** Open-list and added geography entries already in the database, for the matchers. */
export function knownOpenEntries(db: Db): Partial<Record<ValueDimension, CodeEntry[]>> {
  const out: Partial<Record<ValueDimension, CodeEntry[]>> = {};
  for (const r of openEntries(db)) (out[r.dimension as ValueDimension] ??= []).push({ code: r.code, nl: r.label_nl, en: r.label_en });
  return out;
}
