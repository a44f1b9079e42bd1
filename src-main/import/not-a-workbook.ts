/**
 * What to tell a user whose file is a container but not a workbook: one sentence in their language
 * that says what the file is when its parts show it (a Word or PowerPoint document, an OpenDocument
 * text, a zip archive without a workbook), never the reader's own English message. It looks at the
 * parts open-workbook.ts already parsed (one parse of the container), not at the file again.
 */

type Sentence = { nl: string; en: string };

const WORD: Sentence = { nl: 'een Word-document', en: 'a Word document' };
const POWERPOINT: Sentence = { nl: 'een PowerPoint-presentatie', en: 'a PowerPoint presentation' };

/** The kind of document a zip package is, from its part names (lower case) and its `mimetype` part. */
export function zipDocumentKind(has: (lowerName: string) => boolean, mimetype: string): Sentence | undefined {
  if (has('word/document.xml')) return WORD;
  if (has('ppt/presentation.xml')) return POWERPOINT;
  if (mimetype.includes('opendocument.text')) return { nl: 'een tekstdocument (OpenDocument)', en: 'a text document (OpenDocument)' };
  if (mimetype.includes('opendocument.presentation')) return { nl: 'een presentatie (OpenDocument)', en: 'a presentation (OpenDocument)' };
  // No package description at all (an .xlsx has [Content_Types].xml, an .ods its manifest).
  if (!has('[content_types].xml') && !has('meta-inf/manifest.xml') && !has('content.xml')) return { nl: 'een zip-archief', en: 'a zip archive' };
  return undefined;
}

/** The kind of document an OLE compound file (Office 97–2003) is, from its top-level stream names. */
export function oleDocumentKind(names: readonly string[]): Sentence | undefined {
  if (names.includes('WordDocument')) return WORD;
  if (names.includes('PowerPoint Document')) return POWERPOINT;
  return undefined;
}

/** The sentence for a file whose parts show it is another kind of document. */
export function otherDocument(fileName: string, kind: Sentence): Sentence {
  return {
    nl: `"${fileName}" is ${kind.nl}, geen werkmap; Regioscan leest .xlsx, .xls, .ods en .csv.`,
    en: `"${fileName}" is ${kind.en}, not a workbook; Regioscan reads .xlsx, .xls, .ods and .csv.`,
  };
}

/** The sentence for a container the reader could not take as a workbook, for no reason it can name. */
export function notAWorkbook(fileName: string): Sentence {
  return {
    nl: `"${fileName}" kan niet als werkmap worden gelezen: het is beschadigd of het is geen Excel-, LibreOffice- of CSV-bestand.`,
    en: `"${fileName}" cannot be read as a workbook: it is damaged, or it is not an Excel, LibreOffice or CSV file.`,
  };
}
