/**
 * The filtered activities, fetched from `query.activities` PAGE rows at a time as they scroll into
 * view. A new filter, sort or language starts over; answers for an older request are dropped.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { ActivityRow, ActivitySortKey } from '../../../src-shared/model';
import { api } from '../api/client';
import { toApiError, type LocalisedMessage } from '../api/errors';

export const PAGE = 200;

export interface ActivitySort {
  key: ActivitySortKey;
  descending: boolean;
}

interface Request {
  filter: Filter;
  sort: ActivitySort | null;
  lang: 'nl' | 'en';
}

interface Loaded {
  request: Request | null;
  total: number | null;
  pages: ReadonlyMap<number, ActivityRow[]>;
  error: LocalisedMessage | null;
}

export interface ActivityPages {
  /** Null until the first page arrived. */
  total: number | null;
  getRow(index: number): ActivityRow | undefined;
  /** Asks for the pages covering rows first…last. */
  ensureRange(first: number, last: number): void;
  error: LocalisedMessage | null;
  /** The request the rows belong to (changes with filter, sort and language). */
  request: Request | null;
}

const EMPTY: Loaded = { request: null, total: null, pages: new Map(), error: null };

export function useActivityPages(filter: Filter, sort: ActivitySort | null, lang: 'nl' | 'en', enabled: boolean): ActivityPages {
  const request = useMemo<Request | null>(() => (enabled ? { filter, sort, lang } : null), [enabled, filter, sort, lang]);
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  const inFlight = useRef(new Set<string>());
  // The request that pages are fetched for; a new one forgets what was in flight for the old one.
  const requestRef = useRef<Request | null>(null);
  const current = loaded.request === request ? loaded : EMPTY;

  const fetchPage = useCallback((req: Request, page: number) => {
    const flightKey = `${page}`;
    if (inFlight.current.has(flightKey)) return;
    inFlight.current.add(flightKey);
    api
      .invoke('query.activities', {
        filter: req.filter,
        ...(req.sort ? { sort: req.sort.key, descending: req.sort.descending } : {}),
        offset: page * PAGE,
        limit: PAGE,
        language: req.lang,
      })
      .then(
        (result) => {
          setLoaded((l) => {
            const base = l.request === req ? l : { ...EMPTY, request: req };
            const pages = new Map(base.pages);
            pages.set(page, result.rows);
            return { request: req, total: result.total, pages, error: null };
          });
        },
        (error: unknown) => setLoaded((l) => ({ ...(l.request === req ? l : { ...EMPTY, request: req }), error: toApiError(error).userMessage })),
      )
      .finally(() => {
        if (requestRef.current === req) inFlight.current.delete(flightKey);
      });
  }, []);

  useEffect(() => {
    requestRef.current = request;
    inFlight.current = new Set();
    if (request) fetchPage(request, 0);
  }, [request, fetchPage]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const req = requestRef.current;
      if (!req || current.total === null) return;
      const lastRow = Math.min(last, current.total - 1);
      for (let page = Math.floor(first / PAGE); page <= Math.floor(lastRow / PAGE); page += 1) {
        if (!current.pages.has(page)) fetchPage(req, page);
      }
    },
    [current, fetchPage],
  );

  const getRow = useCallback((index: number) => current.pages.get(Math.floor(index / PAGE))?.[index % PAGE], [current]);

  return { total: current.total, getRow, ensureRange, error: current.error, request };
}
