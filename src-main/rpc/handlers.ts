/**
 * Every channel's handler: each domain's handler map (`src-main/<domain>/handlers.ts`), registered
 * into the one contract. The type makes a missing channel, or one handled twice, a compile error.
 */
import { activityHandlers } from '../activities/handlers';
import { appHandlers } from '../app/handlers';
import { backupHandlers } from '../backups/handlers';
import { compareHandlers } from '../compare/handlers';
import { filterHandlers } from '../filters/handlers';
import { geographyHandlers } from '../geography/handlers';
import { graphHandlers } from '../graph/handlers';
import { importHandlers } from '../import/handlers';
import { overviewHandlers } from '../overview/handlers';
import { pairingHandlers } from '../pairings/handlers';
import { scanHandlers } from '../scans/handlers';
import { whiteSpotHandlers } from '../whitespots/handlers';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...backupHandlers,
  ...scanHandlers,
  ...importHandlers,
  ...activityHandlers,
  ...filterHandlers,
  ...graphHandlers,
  ...pairingHandlers,
  ...compareHandlers,
  ...whiteSpotHandlers,
  ...overviewHandlers,
  ...geographyHandlers,
};
