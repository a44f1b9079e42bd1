import { appHandlers } from '../app/handlers';
import { backupHandlers } from '../handlers/backups';
import { compareHandlers } from '../handlers/compare';
import { exportHandlers } from '../handlers/export';
import { filterHandlers } from '../handlers/filters';
import { geographyHandlers } from '../handlers/geography';
import { graphHandlers } from '../handlers/graph';
import { pairingHandlers } from '../handlers/pairings';
import { importHandlers } from '../handlers/import';
import { overviewHandlers } from '../handlers/overview';
import { queryHandlers } from '../handlers/query';
import { scanHandlers } from '../handlers/scans';
import type { Handlers } from './types';

/** Every channel's handler, grouped per domain. The type makes a missing channel a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...backupHandlers,
  ...scanHandlers,
  ...importHandlers,
  ...queryHandlers,
  ...filterHandlers,
  ...exportHandlers,
  ...graphHandlers,
  ...pairingHandlers,
  ...compareHandlers,
  ...overviewHandlers,
  ...geographyHandlers,
};
