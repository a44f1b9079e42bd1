/**
 * One queue for every write to a database, in main: a write starts only when the one before it has
 * finished, however the requests overlap (two windows, two tabs of `regioscan serve`, a double
 * click). An import's commit is written by its worker after the request was answered; the commit
 * holds the queue until that write is in (or rolled back), so the next write — another import's
 * backup and commit, a delete, a restore — sees the database after it.
 */
import type { Db } from './open';
import { perConnection } from './per-connection';

/** Keeps the queue held until `until` settles (for work that outlives the request that started it). */
export type HoldWrites = (until: Promise<unknown>) => void;

export class WriteQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  /** Runs `task` after every write queued before it, including the work those held the queue for. */
  run<T>(task: (hold: HoldWrites) => T | Promise<T>): Promise<T> {
    const held: Promise<unknown>[] = [];
    this.waiting += 1;
    const result = this.tail.then(() => task((until) => held.push(until)));
    this.tail = result
      .then(
        () => undefined,
        () => undefined,
      )
      .then(async () => {
        while (held.length > 0) await Promise.allSettled(held.splice(0));
        this.waiting -= 1;
      });
    return result;
  }

  /** Writes queued or running (the one running counts until what it held is over). */
  get size(): number {
    return this.waiting;
  }
}

/** The write queue of this connection (the app and `regioscan serve` hold one for their whole life). */
export const writeQueue: (db: Db) => WriteQueue = perConnection(() => new WriteQueue());
