/**
 * Raw read helpers (db.ts): key scans in bulk and by cursor visit the same
 * keys in the same order as IndexedDB's own cursor, with early stop.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeProfiles } from './fixtures/profiles';
import { freshRepo } from './fixtures/testing';
import { readInChunks, readTransaction, scanKeys, walkKeys } from './db';

describe('scanKeys / walkKeys', () => {
  const r = freshRepo();
  afterAll(() => r.close());
  const ready = (async () => {
    const profiles = makeProfiles(300, 9);
    for (let i = 0; i < 300; i += 50) await r.saveMany(profiles.slice(i, i + 50)); // ties in updatedAt
  })();

  const collect = async (index: string, direction: 'next' | 'prev', how: 'cursor' | 'bulk' | 'cursor-fallback', stopAfter: number, estimate = 10, skip = 0) => {
    await ready;
    const tx = await readTransaction(r.db, ['profiles']);
    const source = tx.objectStore('profiles').index(index);
    const out: IDBValidKey[] = [];
    const visit = (pk: IDBValidKey) => out.push(pk) < stopAfter;
    if (how === 'cursor') await walkKeys(source, direction, visit, skip);
    else await scanKeys(source, direction, visit, estimate, how === 'bulk');
    return out;
  };

  it.each(['updatedAt', 'nameKey', 'totalMonths'])('%s: bulk and cursor scans agree in both directions, stopping early or not', async (index) => {
    for (const direction of ['next', 'prev'] as const) {
      const all = await collect(index, direction, 'cursor', Infinity);
      expect(all).toHaveLength(300);
      for (const stop of [1, 7, 33, 299, 300, Infinity]) {
        for (const estimate of [1, 40, 1000]) {
          expect(await collect(index, direction, 'bulk', stop, estimate)).toEqual(all.slice(0, stop));
          expect(await collect(index, direction, 'cursor-fallback', stop, estimate)).toEqual(all.slice(0, stop));
        }
      }
      expect(await collect(index, direction, 'cursor', 5, 0, 120)).toEqual(all.slice(120, 125));
      expect(await collect(index, direction, 'cursor', 5, 0, 400)).toEqual([]);
    }
  });
});

describe('readInChunks', () => {
  it.each([1, 7, 100, 300, 1000])('chunks of %i give every record once, in key order', async (size) => {
    const r = freshRepo();
    await r.saveMany(makeProfiles(300, 2));
    const expected = await r.db.profiles.toArray();
    const tx = await readTransaction(r.db, ['profiles']);
    const got: unknown[] = [];
    let chunks = 0;
    await readInChunks(tx.objectStore('profiles'), r.db.keyRange, size, (rows) => {
      chunks++;
      got.push(...rows);
    });
    expect(got).toEqual(expected);
    expect(chunks).toBe(Math.floor(300 / size) + 1);
    r.close();
  });

  it('all() validates every chunk: invalid records anywhere are quarantined, the rest returned in id order', async () => {
    const r = freshRepo();
    await r.saveMany(makeProfiles(1200, 2));
    for (const id of ['himalayas:p0', 'himalayas:p555', 'himalayas:p999']) {
      const raw = (await r.db.profiles.get(id)) as unknown as Record<string, any>;
      raw.profile.name = 42;
      await r.db.profiles.put(raw as never);
    }
    const all = await r.all();
    expect(all).toHaveLength(1197);
    expect(all.map((x) => x.id)).toEqual([...all.map((x) => x.id)].sort());
    expect((await r.listQuarantine()).map((q) => q.key).sort()).toEqual(['himalayas:p0', 'himalayas:p555', 'himalayas:p999']);
    expect((await r.exportAll()).profiles).toHaveLength(1197);
    r.close();
  });
});
