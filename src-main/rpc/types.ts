/**
 * Handler types derived from the contract: every channel has exactly one handler, a plain function
 * of (db, args, env) that runs without Electron.
 */
import type { Channel, ParsedArgsOf, ResultOf } from '../../src-shared/contract';
import type { Db } from '../db/open';
import type { HoldWrites } from '../db/write-queue';
import type { WorkerFactory } from '../import';
import type { ResourceContext } from '../resources';
import type { ReaderFactory } from '../dbmerge';

export interface HandlerEnv {
  host: 'electron' | 'http';
  readOnly: boolean;
  version: string;
  /** Runs imports in a worker thread; without it they run inline (tests on in-memory databases). */
  importWorker?: WorkerFactory;
  /** Desktop app: shows the native open dialog and reads the chosen file. */
  chooseFile?: () => Promise<{ fileName: string; bytes: Buffer } | null>;
  /** Desktop app: shows the save dialog and writes the file; the path written, or null if cancelled. */
  saveFile?: (suggestedName: string, bytes: Buffer) => Promise<string | null>;
  /** Desktop app: reveals a file that saveFile wrote in this session (any other path is refused). */
  showInFolder?: (path: string) => boolean;
  /** Desktop app: shows the folder dialog (publishing the website); the folder chosen, or null if cancelled. */
  chooseFolder?: () => Promise<string | null>;
  /** Desktop app: opens index.html of a folder chooseFolder gave in this session in the user's browser (any other folder is refused: false). */
  openPublication?: (folder: string) => boolean;
  /**
   * Set by dispatch for a writing channel while it runs in the write queue (db/write-queue.ts):
   * keeps the queue held until the given work is over (an import's commit, written by its worker).
   */
  holdWrites?: HoldWrites;
  /** Where resources/ (templates, fonts for the PDFs main draws) and the app's built files (the published website's code) are: the packaged app's; absent under Node, where it is the repository's. */
  resources?: ResourceContext;
  /** Starts the worker that reads a `.sqlite` file to merge (the desktop app's bundled one); absent: from the sources. */
  databaseReader?: ReaderFactory;
}

export type Handler<C extends Channel> = (db: Db, args: ParsedArgsOf<C>, env: HandlerEnv) => ResultOf<C> | Promise<ResultOf<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** A domain's share of the handlers. */
export type DomainHandlers<K extends Channel> = { [C in K]: Handler<C> };
