/**
 * The filtered activities, from `query.activities` PAGE rows at a time as they scroll into view: each
 * page is one cached query (api/query.ts), so a page asked twice is fetched once and every page on
 * screen follows main's data-change announcements. A new filter, sort or language starts over at the
 * first page.
 */
import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Filter } from '../../../src-shared/filter';
import type { ActivityRow, ActivitySortKey } from '../../../src-shared/model';
import { toApiError, type LocalisedMessage } from '../api/errors';
import { apiQueryOptions } from '../api/query';

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

const FIRST_PAGE: readonly number[] = [0];

function pageQuery({ filter, sort, lang }: Request, page: number) {
  return apiQueryOptions('query.activities', { filter, ...(sort ? { sort: sort.key, descending: sort.descending } : {}), offset: page * PAGE, limit: PAGE, language: lang });
}

export function useActivityPages(filter: Filter, sort: ActivitySort | null, lang: 'nl' | 'en', enabled: boolean): ActivityPages {
  const request = useMemo<Request | null>(() => (enabled ? { filter, sort, lang } : null), [enabled, filter, sort, lang]);
  // The pages the table has scrolled to, for this request (another request starts with the first).
  const [asked, setAsked] = useState<{ request: Request | null; pages: readonly number[] }>({ request: null, pages: FIRST_PAGE });
  const pages = asked.request === request ? asked.pages : FIRST_PAGE;

  // Stable while the pages are, so the rows keep their identity until an answer changes.
  const combine = useCallback(
    (results: readonly { data?: { rows: ActivityRow[]; total: number } | undefined; error: Error | null }[]) => {
      const byPage = new Map<number, ActivityRow[]>();
      let count: number | null = null;
      let failure: LocalisedMessage | null = null;
      results.forEach((result, i) => {
        if (result.data) {
          byPage.set(pages[i]!, result.data.rows);
          count ??= result.data.total;
        }
        if (result.error) failure ??= toApiError(result.error).userMessage;
      });
      return { rows: byPage, total: count, error: failure };
    },
    [pages],
  );
  const { rows, total, error } = useQueries({ queries: request ? pages.map((page) => pageQuery(request, page)) : [], combine });

  const ensureRange = useCallback(
    (first: number, last: number) => {
      if (!request || total === null) return;
      const lastRow = Math.min(last, total - 1);
      const wanted: number[] = [];
      for (let page = Math.floor(first / PAGE); page <= Math.floor(lastRow / PAGE); page += 1) if (!pages.includes(page)) wanted.push(page);
      if (wanted.length > 0) setAsked({ request, pages: [...pages, ...wanted] });
    },
    [request, total, pages],
  );

  const getRow = useCallback((index: number) => rows.get(Math.floor(index / PAGE))?.[index % PAGE], [rows]);

  return { total, getRow, ensureRange, error, request };
}
