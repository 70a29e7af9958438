import { useApi } from '@backstage/core-plugin-api';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  flexInfraApiRef,
  type CheckEntity,
  type ResultFilters,
} from '../../api';

/** Entities asked for per page of a drill-down. */
export const FAILING_ENTITIES_PAGE_SIZE = 25;

/** What {@link useFailingEntityPages} returns. */
export interface FailingEntityPages {
  /** The entities of every page loaded so far. */
  items: CheckEntity[];
  /** Whether the backend has more pages. */
  hasMore: boolean;
  /** How many pages have been loaded. */
  pagesLoaded: number;
  loading: boolean;
  error?: Error;
  /** Loads the next page (or the first one again, after it failed). */
  loadMore: () => void;
}

interface PagesState {
  items: CheckEntity[];
  /** The cursor of the next page; undefined for the first, null at the end. */
  cursor: string | null | undefined;
  pagesLoaded: number;
  loading: boolean;
  error?: Error;
}

const INITIAL: PagesState = {
  items: [],
  cursor: undefined,
  pagesLoaded: 0,
  loading: false,
};

/**
 * The entities failing a check, a page at a time, following the backend's
 * cursors: the first page when `checkId` is set, the next on `loadMore`.
 */
export function useFailingEntityPages(
  checkId: string | undefined,
  filters: ResultFilters,
): FailingEntityPages {
  const flexInfraApi = useApi(flexInfraApiRef);
  const [state, setState] = useState<PagesState>(INITIAL);
  // Identifies the current drill-down, so that a page arriving for a check
  // that is no longer shown is dropped.
  const generation = useRef(0);

  const load = useCallback(
    async (cursor: string | undefined) => {
      if (!checkId) {
        return;
      }
      const current = generation.current;
      setState(s => ({ ...s, loading: true, error: undefined }));
      try {
        const page = await flexInfraApi.getCheckEntities({
          checkId,
          status: 'fail',
          filters,
          limit: FAILING_ENTITIES_PAGE_SIZE,
          cursor,
        });
        if (generation.current === current) {
          setState(s => ({
            items: [...s.items, ...page.items],
            cursor: page.nextCursor,
            pagesLoaded: s.pagesLoaded + 1,
            loading: false,
          }));
        }
      } catch (error) {
        if (generation.current === current) {
          setState(s => ({ ...s, loading: false, error: error as Error }));
        }
      }
    },
    [flexInfraApi, checkId, filters],
  );

  useEffect(() => {
    generation.current += 1;
    setState(INITIAL);
    load(undefined);
  }, [load]);

  const { items, cursor, pagesLoaded, loading, error } = state;
  const loadMore = useCallback(() => {
    if (!loading && cursor !== null) {
      load(cursor);
    }
  }, [load, loading, cursor]);

  return {
    items,
    hasMore: cursor !== null,
    pagesLoaded,
    loading,
    error,
    loadMore,
  };
}
