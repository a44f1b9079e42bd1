/**
 * Every channel's handler: each domain's handler map (`src-main/<domain>/handlers.ts`), registered
 * into the one contract. The type makes a missing channel, or one handled twice, a compile error.
 */
import { activityHandlers } from '../activities/handlers';
import { appHandlers } from '../app/handlers';
import { backupHandlers } from '../backups/handlers';
import { compareHandlers } from '../compare/handlers';
import { demandHandlers } from '../demand/handlers';
import { filterHandlers } from '../filters/handlers';
import { geographyHandlers } from '../geography/handlers';
import { goalHandlers } from '../goals/handlers';
import { graphHandlers } from '../graph/handlers';
import { historyHandlers } from '../history/handlers';
import { importHandlers } from '../import/handlers';
import { nextDoorHandlers } from '../nextdoor/handlers';
import { linkHandlers } from '../links/handlers';
import { editHandlers } from '../edits/handlers';
import { mappingHandlers } from '../mappings/handlers';
import { roundtripHandlers } from '../roundtrip';
import { presentationHandlers } from '../presentations/handlers';
import { overviewHandlers } from '../overview/handlers';
import { pairingHandlers } from '../pairings/handlers';
import { publishHandlers } from '../publish/handlers';
import { reportHandlers } from '../report/handlers';
import { scanHandlers } from '../scans/handlers';
import { surveyHandlers } from '../surveys/handlers';
import { whiteSpotHandlers } from '../whitespots/handlers';
import type { z } from 'zod';
import { contract, type Channel, type ParsedArgsOf } from '../../src-shared/contract';
import type { Db } from '../db/open';
import type { HandlerEnv, Handlers } from './types';
import { dbmergeHandlers } from '../dbmerge';

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
  ...historyHandlers,
  ...surveyHandlers,
  ...goalHandlers,
  ...nextDoorHandlers,
  ...demandHandlers,
  ...publishHandlers,
  ...reportHandlers,
  ...linkHandlers,
  ...editHandlers,
  ...mappingHandlers,
  ...roundtripHandlers,
  ...presentationHandlers,
  ...dbmergeHandlers,
};

/** What a channel's argument schema has to offer dispatch, per channel: a parse into that channel's arguments. */
interface ArgsParser<T> {
  safeParse(data: unknown, params: { reportInput: boolean }): { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };
}

/** The contract seen per channel (each channel's schema parses into its own handler's arguments). */
const schemas: { readonly [C in Channel]: { readonly args: ArgsParser<ParsedArgsOf<C>> } } = contract;

export type PreparedCall = { ok: true; run: (db: Db, env: HandlerEnv) => unknown } | { ok: false; issues: z.core.$ZodIssue[] };

/** Validates the arguments with the channel's schema and, when they pass, binds them to the channel's handler. */
export function prepareCall<C extends Channel>(channel: C, rawArgs: unknown): PreparedCall {
  const parsed = schemas[channel].args.safeParse(rawArgs, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const args = parsed.data;
  const handler = handlers[channel];
  return { ok: true, run: (db, env) => handler(db, args, env) };
}
