import { base64ToBytes } from './base64';

/** Local date as YYYY-MM-DD, for file names. */
export function fileDate(now = new Date()): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

/** Saves base64 bytes as a file (see `downloadBlob`). */
export function downloadBase64(fileName: string, data: string, type = XLSX_TYPE): void {
  downloadBlob(fileName, new Blob([base64ToBytes(data)], { type }));
}
