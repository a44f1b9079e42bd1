/** The one write queue in main: order, holding for work that outlives a request, and failures that do not block it. */
import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../src-main/db/write-queue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('WriteQueue', () => {
  it('runs writes one at a time, in the order they came, also when each one waits', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const gates = [deferred(), deferred(), deferred()];
    const runs = gates.map((gate, i) =>
      queue.run(async () => {
        log.push(`start ${i}`);
        await gate.promise;
        log.push(`end ${i}`);
        return i;
      }),
    );
    // Open the gates in reverse: the order of the writes must not follow.
    gates[2]!.resolve();
    gates[1]!.resolve();
    await Promise.resolve();
    gates[0]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
    expect(queue.size).toBe(0);
  });

  it('stays held after a task answered, until the work it held for is over', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    const worker = deferred();
    const first = queue.run((hold) => {
      hold(worker.promise.then(() => log.push('worker wrote')));
      return 'answered';
    });
    const second = queue.run(() => log.push('next write'));
    expect(await first).toBe('answered');
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual([]);
    expect(queue.size).toBe(2);
    worker.resolve();
    await second;
    expect(log).toEqual(['worker wrote', 'next write']);
  });

  it('goes on after a write that failed, or held for work that failed', async () => {
    const queue = new WriteQueue();
    await expect(queue.run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await queue.run((hold) => hold(Promise.reject(new Error('worker crashed'))));
    expect(await queue.run(() => 'still writing')).toBe('still writing');
  });
});
