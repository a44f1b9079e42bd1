import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { compareHandlers } from './compare';
import { exportHandlers } from './export';
import { filterHandlers } from './filters';
import { geographyHandlers } from './geography';
import { graphHandlers } from './graph';
import { pairingHandlers } from './pairings';
import { importHandlers } from './import';
import { overviewHandlers } from './overview';
import { queryHandlers } from './query';
import { reportHandlers } from '../report/handler';
import { scanHandlers } from './scans';
import { sessionHandlers } from './session';
import type { Handlers } from './types';

/** Every channel's handler, grouped per domain. The type makes a missing channel a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...sessionHandlers,
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
  ...reportHandlers,
};
