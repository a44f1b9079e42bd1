/**
 * Makes files and folders really unwritable for a test, for root too: `chattr +i` (immutable — no
 * writes, no new files in a folder, no renames, whoever asks; root needs CAP_LINUX_IMMUTABLE, which
 * the development machines and CI have). Where chattr cannot (another file system, no capability),
 * `available` is false and the caller skips with that reason. `release()` undoes it so the test's
 * temporary folder can be removed.
 */
import { spawnSync } from 'node:child_process';

function chattr(flag: '+i' | '-i', paths: readonly string[]): boolean {
  const result = spawnSync('chattr', [flag, ...paths], { encoding: 'utf8' });
  return result.status === 0;
}

export interface Immutable {
  available: boolean;
  release(): void;
}

export function makeImmutable(paths: readonly string[]): Immutable {
  const available = chattr('+i', paths);
  return { available, release: () => void (available && chattr('-i', paths)) };
}

/** Whether this machine can make a file immutable here (checked on a scratch file). */
export function immutableSupported(scratchFile: string): boolean {
  const probe = makeImmutable([scratchFile]);
  probe.release();
  return probe.available;
}
