/**
 * What to tell a user whose file the spreadsheet reader could not open: one sentence in their
 * language that says what the file is when that can be seen (a Word or PowerPoint document, an
 * OpenDocument text, a zip archive without a workbook), never the reader's own English message.
 * Called only after the zip guard accepted the file, so reading an entry here stays within limits.
 */
import { readZipEntry } from './zip-guard';

type Sentence = { nl: string; en: string };

const ZIP = 0x04034b50;

/** The kind of document, in Dutch and English, when the bytes show it. */
function documentKind(bytes: Buffer): Sentence | undefined {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP) {
    if (readZipEntry(bytes, 'word/document.xml')) return { nl: 'een Word-document', en: 'a Word document' };
    if (readZipEntry(bytes, 'ppt/presentation.xml')) return { nl: 'een PowerPoint-presentatie', en: 'a PowerPoint presentation' };
    const mimetype = readZipEntry(bytes, 'mimetype')?.toString('utf8') ?? '';
    if (mimetype.includes('opendocument.text')) return { nl: 'een tekstdocument (OpenDocument)', en: 'a text document (OpenDocument)' };
    if (mimetype.includes('opendocument.presentation')) return { nl: 'een presentatie (OpenDocument)', en: 'a presentation (OpenDocument)' };
    if (!readZipEntry(bytes, 'xl/workbook.xml') && !readZipEntry(bytes, 'content.xml')) return { nl: 'een zip-archief', en: 'a zip archive' };
    return undefined;
  }
  if (bytes.includes(Buffer.from('WordDocument', 'utf16le'))) return { nl: 'een Word-document', en: 'a Word document' };
  if (bytes.includes(Buffer.from('PowerPoint Document', 'utf16le'))) return { nl: 'een PowerPoint-presentatie', en: 'a PowerPoint presentation' };
  return undefined;
}

/** The sentence for a file whose bytes show it is another kind of document; undefined when they do not. */
export function otherDocument(fileName: string, bytes: Buffer): Sentence | undefined {
  const kind = documentKind(bytes);
  if (!kind) return undefined;
  return {
    nl: `"${fileName}" is ${kind.nl}, geen werkmap; Regioscan leest .xlsx, .xls, .ods en .csv.`,
    en: `"${fileName}" is ${kind.en}, not a workbook; Regioscan reads .xlsx, .xls, .ods and .csv.`,
  };
}

export function notAWorkbook(fileName: string, bytes: Buffer): Sentence {
  const other = otherDocument(fileName, bytes);
  if (other) return other;
  return {
    nl: `"${fileName}" kan niet als werkmap worden gelezen: het is beschadigd of het is geen Excel-, LibreOffice- of CSV-bestand.`,
    en: `"${fileName}" cannot be read as a workbook: it is damaged, or it is not an Excel, LibreOffice or CSV file.`,
  };
}
