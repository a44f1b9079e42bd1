/** Hands a produced file to the user: the desktop app's save dialog (main writes it), or the bytes for a browser download. */
import type { ExportedFile } from '../../src-shared/model';
import type { HandlerEnv } from './types';

export async function deliver(env: HandlerEnv, fileName: string, bytes: Buffer): Promise<ExportedFile> {
  if (env.saveFile) {
    const savedTo = await env.saveFile(fileName, bytes);
    return { fileName, data: null, savedTo };
  }
  return { fileName, data: bytes.toString('base64'), savedTo: null };
}
