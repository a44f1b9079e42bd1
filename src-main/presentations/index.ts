/**
 * Presentations as other parts of main see them (docs/presentations.md): read, written as change
 * groups, drawn for the screen, exported as PDF, website and file.
 */
export { addSlide, createPresentation, deletePresentation, editSlide, getPresentation, listPresentations, moveSlide, removeSlide, renamePresentationTitle } from './presentations';
export { slideShow, buildDeck } from './deck';
export { presentationPdf, presentationSite } from './export';
export { importPresentationFile, presentationFile, PRESENTATION_FILE_FORMAT } from './presentation-file';
