/**
 * The report domain: the region factsheet as PDF. One function serves the CLI (`regioscan report`)
 * and the app (`report.build`): gather the data (assemble.ts, the only part that reads the database)
 * and lay it out (factsheet.ts).
 */
import type { Db } from '../db/open';
import type { ResourceContext } from '../resources';
import { valueLabel } from '../activities';
import { filterFileName } from '../rpc/deliver';
import { assembleFactsheet, type FactsheetRequest } from './assemble';
import { renderFactsheet } from './factsheet';
import type { FactsheetData } from './model';

export type { FactsheetRequest } from './assemble';
export type { FactsheetData, RenderOptions } from './model';
export type * from './optional-inputs';
export { assembleFactsheet } from './assemble';
export { factsheetDefinition, renderFactsheet } from './factsheet';
export { assembleInitiativeList, buildInitiativeList, initiativeListDefinition, type InitiativeListData, type ListedInitiative } from './initiative-list';

export interface Factsheet {
  bytes: Buffer;
  pages: number;
  /** A file name that says what is inside: regioscan-factsheet-noord-nederland-2022-werken-met-studenten-2026-12-03.pdf. */
  fileName: string;
  /** What was asked for but left out, one sentence each (none today: kept for sections that may be unavailable). */
  omitted: { nl: string; en: string }[];
  data: FactsheetData;
}

export function factsheetFileName(db: Db, data: FactsheetData, filter: FactsheetRequest['filter'], date: Date): string {
  return filterFileName({ kind: 'factsheet', scans: data.scans.map((s) => s.label), filter, lang: data.lang, date, ext: 'pdf', resolve: (dim, code) => valueLabel(db, dim, code, data.lang) });
}

export async function buildFactsheet(db: Db, request: FactsheetRequest, options: { date: Date; version: string; resources?: ResourceContext | undefined }): Promise<Factsheet> {
  const { data, omitted } = assembleFactsheet(db, request);
  const { bytes, pages } = await renderFactsheet(data, { date: options.date, version: options.version }, options.resources);
  return { bytes, pages, fileName: factsheetFileName(db, data, request.filter, options.date), omitted, data };
}
/** pdfmake with the embedded fonts, for other domains' printable pages (the survey's A4 page per activity). */
export { FONT_FAMILY, renderPdf, type RenderedPdf } from './pdf';
export type { Content, ContentObject, DocumentDefinition, TableCell } from './pdf-types';
export { INK } from './palette';
export { mapInView, presentationDefinition, renderPresentation, slideEmpty, slideMapSvg, slideSubtitle, type Deck, type DeckInitiative, type DeckSlide } from './slides';
export { parseReportDate } from './cli';
