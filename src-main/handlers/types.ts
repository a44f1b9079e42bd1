/**
 * Handler types derived from the contract: every channel has exactly one handler, a plain function
 * of (db, args, env) that runs without Electron.
 */
import type { Channel, ParsedArgsOf, ResultOf } from '../../src-shared/contract';
import type { Db } from '../db/open';

export interface HandlerEnv {
  host: 'electron' | 'http';
  readOnly: boolean;
  version: string;
}

export type Handler<C extends Channel> = (db: Db, args: ParsedArgsOf<C>, env: HandlerEnv) => ResultOf<C> | Promise<ResultOf<C>>;

export type Handlers = { [C in Channel]: Handler<C> };

/** A domain's share of the handlers. */
export type DomainHandlers<K extends Channel> = { [C in K]: Handler<C> };
