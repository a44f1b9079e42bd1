/**
 * For the tests of a data file's loader (the codebook, the sample's initiatives, organisations and
 * published figures): does its schema (zod or zod/mini) still accept the file after one change, made
 * to a copy?
 */
interface Schema {
  safeParse(data: unknown): { success: boolean };
}

export function acceptsChanged<T>(schema: Schema, data: T, change: (copy: T) => unknown): boolean {
  const copy = structuredClone(data);
  change(copy);
  return schema.safeParse(copy).success;
}
