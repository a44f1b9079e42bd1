/** Messages between the import session (main thread) and the import worker. */
import type { ImportMapping } from '../../src-shared/import-mapping';
import type { ImportPreview } from '../../src-shared/model';
import type { ScanEdit } from './interpret';
import type { ImportPhase, ImportTargets } from './pipeline';

export type WorkerRequest =
  | { type: 'prepare'; dbPath: string; bytes: Uint8Array; fileName: string; region?: string; year?: number }
  | { type: 'remap'; mapping: ImportMapping; edits: ScanEdit[] }
  /** The scan each prepared scan replaces (null: add it), as main chose it from the preview. */
  | { type: 'commit'; targets: ImportTargets };

export type WorkerReply =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'prepared'; preview: ImportPreview }
  /** The preview again, with another mapping; or why that mapping cannot be used (the old preview stays). */
  | { type: 'remapped'; preview: ImportPreview }
  | { type: 'remap-failed'; error: { nl: string; en: string } }
  | { type: 'done'; scanIds: number[] }
  | { type: 'failed'; error: { nl: string; en: string } };
