/** Small UI choices remembered on this computer (localStorage), never failing: a broken value gives the default. */

export function readStored<T>(key: string, fallback: T, valid: (value: unknown) => boolean = (v) => Array.isArray(v)): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return fallback;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the choice lasts for this session only.
  }
}
