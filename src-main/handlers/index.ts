import { appHandlers } from './app';
import { importHandlers } from './import';
import { scanHandlers } from './scans';
import type { Handlers } from './types';

/** Every channel's handler, grouped per domain. The type makes a missing channel a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...scanHandlers,
  ...importHandlers,
};
