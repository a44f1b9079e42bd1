/**
 * Import sessions: one per file the user drops or picks. A session reads and matches (progress),
 * waits in `ready` with its preview until the user commits or cancels, then writes (progress).
 * With a worker factory the work runs in a worker thread (desktop app, `regioscan serve`); without
 * one (in-memory test databases) it runs inline through the very same pipeline.
 */
import { randomBytes } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { ImportMapping } from '../../src-shared/import-mapping';
import type { ImportStatus } from '../../src-shared/model';
import type { Db } from '../db/open';
import { asUserError, clip, UserError } from '../errors';
import type { ScanEdit } from './interpret';
import { commitImport, decisionFor, prepareImport, remapImport, type ExistingDecision, type ImportTargets, type PreparedImport } from './pipeline';
import { buildPreview } from './preview';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export type WorkerFactory = () => Worker;

/** Told of every change of every session's status (main pushes it to the renderer). */
export type StatusListener = (status: ImportStatus) => void;

export interface StartInput {
  bytes: Buffer;
  fileName: string;
  region?: string;
  year?: number;
}

/** Sessions that ended are forgotten after this many newer ones. */
const KEEP_FINISHED = 20;

const ENDED: readonly ImportStatus['state'][] = ['done', 'failed', 'cancelled'];

class ImportSession {
  readonly id = randomBytes(12).toString('base64url');
  private current: ImportStatus;
  private worker: Worker | undefined;
  private prepared: PreparedImport | undefined;
  private readonly stateEnded: Promise<void>;
  private markEnded!: () => void;
  private workerExited: Promise<void> = Promise.resolve();
  /** The remap the worker is working on, answered by its next 'remapped' or 'remap-failed'. */
  private remapping: { resolve(): void; reject(error: unknown): void } | undefined;
  /** Remaps run one at a time, in the order they were asked. */
  private remaps: Promise<unknown> = Promise.resolve();
  /** The scan details the user edited (kept for a commit that names only a mapping). */
  edits: ScanEdit[] = [];

  constructor(
    private readonly db: Db,
    private readonly workerFactory: WorkerFactory | undefined,
    private readonly onStatus: StatusListener | undefined,
  ) {
    this.current = { sessionId: this.id, state: 'reading', progress: { phase: 'read', done: 0, total: 1 }, preview: null, scanIds: [], error: null };
    this.stateEnded = new Promise((resolve) => (this.markEnded = resolve));
  }

  /**
   * Resolves when the session has ended (done, failed or cancelled) and its worker has exited: a
   * write that was cancelled is rolled back by then, so the next write does not wait on its lock.
   */
  async ended(): Promise<void> {
    await this.stateEnded;
    await this.workerExited;
  }

  get status(): ImportStatus {
    return this.current;
  }

  /** Every change goes through here: it is pushed to the listener, and an ended session releases its waiters. */
  private set status(next: ImportStatus) {
    this.current = next;
    if (ENDED.includes(next.state)) this.markEnded();
    this.onStatus?.(next);
  }

  start(input: StartInput): void {
    if (this.workerFactory && this.db.name !== ':memory:') this.startWorker(input);
    else void this.startInline(input);
  }

  private startWorker(input: StartInput): void {
    const worker = this.workerFactory!();
    this.worker = worker;
    this.workerExited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        // The worker's heap is capped (LIMITS.workerHeapMb): a file that needs more stops the worker, not the app.
        this.fail({
          nl: 'Het lezen van dit bestand vroeg meer geheugen dan Regioscan een import geeft; er is niets gewijzigd.',
          en: 'Reading this file needed more memory than Regioscan gives an import; nothing was changed.',
        });
      } else this.fail({ nl: `Importeren mislukt: ${error.message}`, en: `Import failed: ${error.message}` });
    });
    // A worker that ends without a word (killed, crashed) must not leave the session waiting forever.
    worker.on('exit', (code) => {
      if (this.status.state === 'reading' || this.status.state === 'ready' || this.status.state === 'writing') {
        this.fail({ nl: `Het importeren stopte onverwacht (code ${code}); er is niets gewijzigd.`, en: `The import stopped unexpectedly (code ${code}); nothing was changed.` });
      }
    });
    const request: WorkerRequest = {
      type: 'prepare',
      dbPath: this.db.name,
      bytes: new Uint8Array(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength),
      fileName: input.fileName,
      ...(input.region ? { region: input.region } : {}),
      ...(input.year ? { year: input.year } : {}),
    };
    worker.postMessage(request);
  }

  private async startInline(input: StartInput): Promise<void> {
    try {
      const prepared = await prepareImport(this.db, input.bytes, input.fileName, {
        ...(input.region ? { region: input.region } : {}),
        ...(input.year ? { year: input.year } : {}),
        onProgress: (p) => this.onReply({ type: 'progress', ...p }),
      });
      if (this.status.state !== 'reading') return;
      this.prepared = prepared;
      this.onReply({ type: 'prepared', preview: buildPreview(this.db, prepared) });
    } catch (error) {
      const known = asUserError(error);
      this.fail(known instanceof UserError ? known.messages : { nl: `Importeren mislukt: ${clip((error as Error).message, 200)}`, en: `Import failed: ${clip((error as Error).message, 200)}` });
    }
  }

  private onReply(reply: WorkerReply): void {
    if (this.status.state === 'cancelled' || this.status.state === 'failed' || this.status.state === 'done') return;
    if (reply.type === 'progress') this.status = { ...this.status, progress: { phase: reply.phase, done: reply.done, total: reply.total } };
    else if (reply.type === 'prepared') this.status = { ...this.status, state: 'ready', preview: reply.preview };
    else if (reply.type === 'remapped') {
      this.status = { ...this.status, preview: reply.preview };
      this.remapping?.resolve();
      this.remapping = undefined;
    } else if (reply.type === 'remap-failed') {
      this.remapping?.reject(new UserError('invalid-mapping', reply.error));
      this.remapping = undefined;
    } else if (reply.type === 'done') {
      this.status = { ...this.status, state: 'done', scanIds: reply.scanIds };
      void this.worker?.terminate();
    } else this.fail(reply.error);
  }

  private fail(error: { nl: string; en: string }): void {
    this.status = { ...this.status, state: 'failed', error };
    this.remapping?.reject(new UserError('import-failed', error));
    this.remapping = undefined;
    void this.worker?.terminate();
  }

  /** The mapping step: the preview again from the grids already read, with this mapping and these scan details. */
  remap(mapping: ImportMapping, edits: ScanEdit[]): Promise<ImportStatus> {
    const next = this.remaps.then(() => this.remapNow(mapping, edits));
    this.remaps = next.catch(() => undefined);
    return next;
  }

  private async remapNow(mapping: ImportMapping, edits: ScanEdit[]): Promise<ImportStatus> {
    if (this.status.state !== 'ready') {
      throw new UserError('import-not-ready', { nl: 'Deze import staat niet klaar om te worden gekoppeld.', en: 'This import is not ready for mapping.' });
    }
    // The preview was made with exactly these (a commit repeats the last remap's): nothing to redo.
    const key = JSON.stringify([mapping, edits]);
    if (key === JSON.stringify([this.status.preview?.mapping, this.edits])) return this.status;
    if (this.worker) {
      const worker = this.worker;
      await new Promise<void>((resolve, reject) => {
        this.remapping = { resolve, reject };
        worker.postMessage({ type: 'remap', mapping, edits } satisfies WorkerRequest);
      });
    } else {
      this.prepared = remapImport(this.db, this.prepared!, mapping, edits);
      this.status = { ...this.status, preview: buildPreview(this.db, this.prepared) };
    }
    this.edits = edits;
    return this.status;
  }

  /** Throws the user's sentence if this session cannot be committed with these decisions. */
  assertCommittable(decisions: Record<string, ExistingDecision>): void {
    if (this.status.state !== 'ready') {
      throw new UserError('import-not-ready', { nl: 'Deze import staat niet klaar om te worden vastgelegd.', en: 'This import is not ready to be committed.' });
    }
    for (const scan of this.status.preview?.scans ?? []) {
      if (scan.existing && !decisionFor(decisions, scan.group)) {
        throw new UserError('import-decision-missing', {
          nl: `Kies of de bestaande scan "${scan.existing.title}" wordt vervangen of dat beide blijven.`,
          en: `Choose whether to replace the existing scan "${scan.existing.title}" or keep both.`,
        });
      }
    }
  }

  /**
   * Which scan each previewed scan replaces: the one the preview showed the user (chosen when the
   * file was read), never one looked up again at commit time.
   */
  private targets(decisions: Record<string, ExistingDecision>): ImportTargets {
    return (this.status.preview?.scans ?? []).map((scan) => (scan.existing && decisionFor(decisions, scan.group) === 'replace' ? scan.existing.id : null));
  }

  commit(decisions: Record<string, ExistingDecision>): void {
    this.assertCommittable(decisions);
    const targets = this.targets(decisions);
    const total = this.status.preview?.scans.reduce((n, s) => n + s.counts.activities, 0) ?? 0;
    this.status = { ...this.status, state: 'writing', progress: { phase: 'write', done: 0, total } };
    if (this.worker) {
      this.worker.postMessage({ type: 'commit', targets } satisfies WorkerRequest);
      return;
    }
    try {
      const results = commitImport(this.db, this.prepared!, targets, { onProgress: (p) => this.onReply({ type: 'progress', ...p }) });
      this.onReply({ type: 'done', scanIds: results.map((r) => r.scanId) });
    } catch (error) {
      // The import is one transaction: it rolled back. A full disk or the text budget gets its own sentence.
      const known = asUserError(error);
      this.fail(known instanceof UserError ? known.messages : { nl: `Importeren mislukt; er is niets gewijzigd: ${clip((error as Error).message, 200)}`, en: `Import failed; nothing was changed: ${clip((error as Error).message, 200)}` });
    }
  }

  cancel(): void {
    if (this.status.state === 'done' || this.status.state === 'failed') return;
    this.status = { ...this.status, state: 'cancelled' };
    this.prepared = undefined;
    void this.worker?.terminate();
  }
}

export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  constructor(
    private readonly db: Db,
    private readonly workerFactory?: WorkerFactory,
    private readonly onStatus?: StatusListener,
  ) {}

  start(input: StartInput): string {
    const session = new ImportSession(this.db, this.workerFactory, this.onStatus);
    this.sessions.set(session.id, session);
    this.forgetOld();
    session.start(input);
    return session.id;
  }

  private get(id: string): ImportSession {
    const s = this.sessions.get(id);
    if (!s) throw new UserError('not-found', { nl: 'Deze import bestaat niet (meer).', en: 'This import does not exist (any more).' });
    return s;
  }

  status(id: string): ImportStatus {
    return this.get(id).status;
  }

  remap(id: string, mapping: ImportMapping, edits?: ScanEdit[]): Promise<ImportStatus> {
    const s = this.get(id);
    return s.remap(mapping, edits ?? s.edits);
  }

  /** The mapping a session's preview was computed with. */
  mapping(id: string): ImportMapping | undefined {
    return this.get(id).status.preview?.mapping;
  }

  assertCommittable(id: string, decisions: Record<string, ExistingDecision>): void {
    this.get(id).assertCommittable(decisions);
  }

  commit(id: string, decisions: Record<string, ExistingDecision>): ImportStatus {
    const s = this.get(id);
    s.commit(decisions);
    return s.status;
  }

  cancel(id: string): ImportStatus {
    const s = this.get(id);
    s.cancel();
    return s.status;
  }

  /** Resolves when the session has ended: after a commit, when its write is in (or rolled back). */
  ended(id: string): Promise<void> {
    return this.get(id).ended();
  }

  /** True while a commit is being written (a restore must wait for it). */
  writing(): boolean {
    return [...this.sessions.values()].some((s) => s.status.state === 'writing');
  }

  /** Cancels every open session: after a restore their previews describe content that is gone. */
  cancelAll(): void {
    for (const s of this.sessions.values()) s.cancel();
  }

  private forgetOld(): void {
    const finished = [...this.sessions.values()].filter((s) => ['done', 'failed', 'cancelled'].includes(s.status.state));
    for (const s of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.sessions.delete(s.id);
  }
}
