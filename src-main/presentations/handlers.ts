/** The presentations' channels: list, read, every write as a change group, the slides drawn for the screen, PDF, site and file. */
import { deliver } from '../rpc/deliver';
import { UserError } from '../errors';
import type { DomainHandlers } from '../rpc/types';
import { slideShow } from './deck';
import { presentationPdf, presentationSite } from './export';
import { importPresentationFile, presentationFile } from './presentation-file';
import { addSlide, createPresentation, deletePresentation, editSlide, getPresentation, listPresentations, moveSlide, removeSlide, renamePresentationTitle } from './presentations';

type Channels =
  | 'presentations.list'
  | 'presentations.get'
  | 'presentations.create'
  | 'presentations.rename'
  | 'presentations.delete'
  | 'presentations.addSlide'
  | 'presentations.editSlide'
  | 'presentations.moveSlide'
  | 'presentations.removeSlide'
  | 'presentations.show'
  | 'presentations.exportPdf'
  | 'presentations.exportSite'
  | 'presentations.exportFile'
  | 'presentations.importFile';

export const presentationHandlers: DomainHandlers<Channels> = {
  'presentations.list': (db) => listPresentations(db),
  'presentations.get': (db, { id }) => getPresentation(db, id),
  'presentations.create': (db, { title }) => createPresentation(db, title).presentation,
  'presentations.rename': (db, { id, title }) => renamePresentationTitle(db, id, title).presentation,
  'presentations.delete': (db, { id }) => ({ deleted: deletePresentation(db, id).deleted }),
  'presentations.addSlide': (db, { presentation, slide, position }) => addSlide(db, presentation, slide, position).presentation,
  'presentations.editSlide': (db, { slide, patch }) => editSlide(db, slide, patch).presentation,
  'presentations.moveSlide': (db, { slide, position }) => moveSlide(db, slide, position).presentation,
  'presentations.removeSlide': (db, { slide }) => removeSlide(db, slide).presentation,
  'presentations.show': (db, { id, language }) => getPresentation(db, id).slides.map((s) => slideShow(db, s, language ?? 'nl')),
  'presentations.exportPdf': async (db, { id, language }, env) => {
    const pdf = await presentationPdf(db, id, { lang: language ?? 'nl', date: new Date(), resources: env.resources });
    return deliver(env, pdf.fileName, pdf.bytes);
  },
  'presentations.exportSite': async (db, { id, language }, env) => {
    if (!env.chooseFolder) {
      throw new UserError('not-available', {
        nl: 'Een presentatie als website exporteren kan in de desktop-app of met regioscan presentation export ID --out MAP.',
        en: 'Exporting a presentation as a website works in the desktop app or with regioscan presentation export ID --out FOLDER.',
      });
    }
    getPresentation(db, id);
    const folder = await env.chooseFolder();
    return folder === null ? null : presentationSite(db, id, folder, { lang: language ?? 'nl', date: new Date(), resources: env.resources, generator: `Regioscan ${env.version}` });
  },
  'presentations.exportFile': (db, { id }, env) => {
    const file = presentationFile(db, id);
    return deliver(env, file.fileName, Buffer.from(file.text, 'utf8'));
  },
  'presentations.importFile': (db, { text }) => importPresentationFile(db, text).presentation,
};
