import { base64ToBytes } from './base64';

/** Local date as YYYY-MM-DD, for file names. */
export function fileDate(now = new Date()): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The media type of each kind of file the app hands out, by its extension. */
const TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json',
  sqlite: 'application/vnd.sqlite3',
  gexf: 'application/gexf+xml',
  zip: 'application/zip',
};

/** A file's media type from its name's extension (unknown ones as plain bytes). */
function fileType(fileName: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension !== undefined && Object.hasOwn(TYPES, extension) ? TYPES[extension]! : 'application/octet-stream';
}

/**
 * Saves a blob as a file through a temporary `<a download>`: the browser's download in
 * `regioscan serve`, Electron's save in the desktop app.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the download a moment to pick the blob up before it is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves base64 bytes as a file (see `downloadBlob`), typed by its extension. */
export function downloadBase64(fileName: string, data: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(data)], { type: fileType(fileName) }));
}
