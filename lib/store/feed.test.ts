/**
 * Change feed: subscribers hear every committed change made in this context
 * directly, and changes made in another context (a second copy of the module,
 * as another extension page would have) over the BroadcastChannel
 * "profile-lens-library". Node has BroadcastChannel, so this runs as is.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAME, type LibraryChange } from './feed';
import { makeProfile, makeProfiles } from './fixtures/profiles';
import { fakeDeps, freshRepo } from './fixtures/testing';
import type { ProfileRepository } from './repository';

const opened: Array<{ close(): void }> = [];
afterEach(() => {
  for (const r of opened.splice(0)) r.close();
});
const repo = () => {
  const r = freshRepo();
  opened.push(r);
  return r;
};

function collect(r: ProfileRepository) {
  const seen: LibraryChange[] = [];
  const off = r.subscribe((c) => seen.push(c));
  return { seen, off };
}

const until = async (cond: () => boolean, ms = 2000) => {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting for the change feed');
    await new Promise((res) => setTimeout(res, 5));
  }
};

describe('subscribe (same context)', () => {
  it('reports each committed change with its ids', async () => {
    const r = repo();
    const { seen, off } = collect(r);
    const [a, b] = makeProfiles(2);
    await r.saveMany([a!, b!]);
    await r.save(a!); // unchanged: no write, no event
    await r.addTag(a!.id, 'x');
    const removed = await r.remove([b!.id]);
    await r.restore(removed);
    await r.clear();
    expect(seen.map((c) => [c.type, c.ids])).toEqual([
      ['saved', [a!.id, b!.id]],
      ['annotated', [a!.id]],
      ['removed', [b!.id]],
      ['restored', [b!.id]],
      ['cleared', []],
    ]);
    off();
    await r.save(makeProfile());
    expect(seen).toHaveLength(5);
  });

  it('does not report failed writes, other libraries, or let a failing subscriber break a save', async () => {
    const r = repo();
    const other = repo();
    const { seen } = collect(r);
    const off = r.subscribe(() => {
      throw new Error('subscriber bug');
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await other.save(makeProfile());
    await expect(r.save({ ...makeProfile(), name: 42 as never })).rejects.toThrow();
    await r.save(makeProfile());
    expect(seen.map((c) => c.type)).toEqual(['saved']);
    expect(spy).toHaveBeenCalledOnce();
    spy.mockRestore();
    off();
  });
});

describe('subscribe (another context)', () => {
  it('hears saves made by another copy of the library code over BroadcastChannel', async () => {
    const here = repo();
    const { seen, off } = collect(here);
    // A fresh module graph = another extension page with its own context id and channel.
    vi.resetModules();
    const there = await import('./repository');
    const thereDb = await import('./db');
    const remote = new there.ProfileRepository(new thereDb.LibraryDB(here.name, fakeDeps));
    opened.push(remote);

    await remote.save(makeProfile({ id: 'remote:1' }));
    await until(() => seen.length > 0);
    expect(seen).toEqual([{ db: here.name, type: 'saved', ids: ['remote:1'], remote: true }]);
    // The data is there for this context to read.
    expect((await here.get('remote:1'))?.id).toBe('remote:1');
    off();
    (await import('./feed')).closeFeed();
  });

  it('ignores malformed messages on the channel', async () => {
    const here = repo();
    const { seen, off } = collect(here);
    const intruder = new BroadcastChannel(CHANNEL_NAME);
    intruder.postMessage({ sender: 'x', change: { db: here.name, type: 'nuke', ids: [] } });
    intruder.postMessage('hello');
    intruder.postMessage({ sender: 'x', change: { db: here.name, type: 'saved', ids: ['ok:1'] } });
    await until(() => seen.length > 0);
    await new Promise((res) => setTimeout(res, 20));
    expect(seen).toEqual([{ db: here.name, type: 'saved', ids: ['ok:1'], remote: true }]);
    intruder.close();
    off();
  });
});
