import type { CheckEntity } from '@flexinfra/backstage-plugin-flexinfra-common';
import type { ResultStore } from '../database/ResultStore';
import {
  decodeCursor,
  encodeCursor,
  readCheckEntitiesPage,
} from './checkEntities';

/** A store holding these failing entities, paging like the real one. */
function fakeStore(refs: string[]) {
  const items: CheckEntity[] = [...refs].sort().map(entityRef => ({
    entityRef,
    title: null,
    ownerRef: null,
    stage: 1,
    score: 0,
    status: 'fail',
  }));
  const getCheckEntities = jest.fn(
    async (options: { limit: number; after?: string }) => {
      const rest = items.filter(
        item => options.after === undefined || item.entityRef > options.after,
      );
      const page = rest.slice(0, options.limit);
      return {
        items: page,
        nextCursor:
          rest.length > options.limit ? page[page.length - 1].entityRef : null,
      };
    },
  );
  return {
    store: { getCheckEntities } as unknown as ResultStore,
    getCheckEntities,
  };
}

/** Reads every page, as a client following nextCursor does. */
async function readAll(
  store: ResultStore,
  limit: number,
  readable: (ref: string) => boolean,
) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await readCheckEntitiesPage({
      resultStore: store,
      checkId: 'owned',
      status: 'fail',
      filters: {},
      limit,
      cursor,
      readable: async items => items.filter(item => readable(item.entityRef)),
    });
    pages.push(page.items.map(item => item.entityRef));
    cursor = page.nextCursor ?? undefined;
    if (cursor) {
      // A cursor only ever names an entity the caller could read.
      expect(readable(decodeCursor(cursor))).toBe(true);
    }
  } while (cursor);
  return pages;
}

const refs = Array.from(
  { length: 250 },
  (_, i) => `component:default/e${String(i).padStart(3, '0')}`,
);

describe('readCheckEntitiesPage', () => {
  it('pages through everything when all is readable', async () => {
    const { store } = fakeStore(refs);
    const pages = await readAll(store, 100, () => true);
    expect(pages.map(p => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(refs);
  });

  it('fills pages past unreadable entities and never lists them', async () => {
    const { store } = fakeStore(refs);
    // Only every tenth entity is readable.
    const readable = (ref: string) => ref.endsWith('0');
    const pages = await readAll(store, 10, readable);
    expect(pages.map(p => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(refs.filter(readable));
  });

  it('is one empty page when nothing is readable', async () => {
    const { store, getCheckEntities } = fakeStore(refs);
    const pages = await readAll(store, 50, () => false);
    expect(pages).toEqual([[]]);
    // Read in batches of at least 100 until the store ran out.
    expect(getCheckEntities).toHaveBeenCalledTimes(3);
  });

  it('ends with a null cursor when the last page is exactly full', async () => {
    const { store } = fakeStore(refs.slice(0, 20));
    const pages = await readAll(store, 20, () => true);
    expect(pages.map(p => p.length)).toEqual([20]);
  });
});

describe('cursors', () => {
  it('round-trip', () => {
    const ref = 'component:default/payments-api';
    expect(decodeCursor(encodeCursor(ref))).toBe(ref);
  });

  it.each([
    'not-a-cursor',
    encodeCursor('no ref'),
    'Y29tcG9uZW50OmRlZmF1bHQveA==',
  ])('reject %p', cursor => {
    expect(() => decodeCursor(cursor)).toThrow(
      'Invalid cursor: pass the nextCursor of the previous page',
    );
  });
});
