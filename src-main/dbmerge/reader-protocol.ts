/** The messages between the main thread and the database reader worker. */
import type { ReadDatabase } from './read-database';

export interface ReaderRequest {
  file: string;
  bytes: Uint8Array;
}

export type ReaderReply =
  | { type: 'read'; result: ReadDatabase }
  | { type: 'refused'; code: string; error: { nl: string; en: string } }
  | { type: 'failed'; error: string };
