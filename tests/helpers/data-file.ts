/**
 * For the tests of a data file's loader (the codebook, the sample's initiatives, organisations and
 * published figures): does its schema still accept the file after one change, made to a copy?
 */
import type { z } from 'zod';

export function acceptsChanged<T>(schema: z.ZodType, data: T, change: (copy: T) => unknown): boolean {
  const copy = structuredClone(data);
  change(copy);
  return schema.safeParse(copy).success;
}
