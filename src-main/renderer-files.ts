/**
 * The built renderer's files, as the desktop app's `app://` protocol and `regioscan serve` hand them
 * out: which file a URL path names — never one outside the renderer folder, also not through a
 * symlink — and its Content-Type.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** By extension; anything else is bytes (and `X-Content-Type-Options: nosniff` keeps it so). */
export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A URL's path (percent-encoded, as `URL.pathname` gives it) as file names inside the renderer
 * folder, or null when it is not a plain relative file path: every segment, once decoded, must be
 * a file name — not empty, `.` or `..`, without `/`, `\`, `:` (drive letters, UNC, NTFS streams)
 * or control characters (NUL). `/` is index.html.
 */
export function rendererPathSegments(pathname: string): string[] | null {
  if (!pathname.startsWith('/')) return null;
  if (pathname === '/') return ['index.html'];
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      return null;
    }
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (name === '' || name === '.' || name === '..' || /[/\\:\u0000-\u001f\u007f]/.test(name)) return null;
    segments.push(name);
  }
  return segments;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export type RendererFile = { status: 200; path: string } | { status: 403 | 404 };

/**
 * The file a URL path names inside `folder`: 403 when the path is refused or leads out of the
 * folder (also through a symlink: the real path must lie inside the folder's real path), 404 when
 * there is no such file. The path returned is the real one, so the file read is the file checked.
 */
export async function resolveRendererFile(folder: string, pathname: string): Promise<RendererFile> {
  const segments = rendererPathSegments(pathname);
  if (!segments) return { status: 403 };
  const candidate = join(folder, ...segments);
  if (!isInside(folder, candidate)) return { status: 403 };
  let real: string;
  let realFolder: string;
  try {
    [real, realFolder] = await Promise.all([realpath(candidate), realpath(folder)]);
  } catch {
    return { status: 404 };
  }
  if (!isInside(realFolder, real)) return { status: 403 };
  try {
    if (!(await stat(real)).isFile()) return { status: 404 };
  } catch {
    return { status: 404 };
  }
  return { status: 200, path: real };
}
