/**
 * pdfmake, set up for documents Regioscan draws itself: DejaVu Sans from resources/fonts (regular
 * and bold, embedded as subsets; pdfmake asks pdfkit for no default font, so no built-in Helvetica
 * is ever referenced), no network and no file but those two fonts. The same definition and date
 * give the same bytes: the creation date is the one given, and pdfkit adds no random ID.
 */
import pdfmake from 'pdfmake';
import type { DocumentDefinition } from './pdf-types';
import { nodeResourceContext, resourcePath, type ResourceContext } from '../resources';

/** The family name documents and SVGs use. */
export const FONT_FAMILY = 'DejaVuSans';

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

export async function renderPdf(definition: DocumentDefinition, date: Date, resources: ResourceContext = nodeResourceContext()): Promise<RenderedPdf> {
  const regular = resourcePath('font', resources);
  const bold = resourcePath('fontBold', resources);
  const allowed = new Set([regular, bold]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  pdfmake.setFonts({ [FONT_FAMILY]: { normal: regular, bold, italics: regular, bolditalics: bold } });
  let pages = 0;
  const userFooter = definition.footer;
  const doc: DocumentDefinition = {
    ...definition,
    // Counted from the footer, which pdfmake calls once per page with the page count.
    footer: (current: number, count: number) => {
      pages = count;
      return userFooter ? userFooter(current, count) : '';
    },
    info: { ...definition.info, creationDate: date, modDate: date },
  };
  const bytes = await pdfmake.createPdf(doc).getBuffer();
  return { bytes, pages };
}
