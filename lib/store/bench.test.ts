/**
 * The library benchmark runs end to end in Node on fake-indexeddb (n = 500);
 * the real figures come from running it in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { benchLibrary } from './bench';
import { freshRepo, secondRepo } from './fixtures/testing';

describe('benchLibrary', () => {
  it('runs on 500 profiles and reports every figure', async () => {
    const repo = freshRepo({ now: () => new Date() });
    const cold = secondRepo(repo, () => new Date(), 'indexeddb');
    const r = await benchLibrary(repo, 500, { keepData: true, cold });
    expect(Object.keys(r).sort()).toEqual([
      'libraryExportMs',
      'libraryImportMs',
      'libraryListMs',
      'librarySaveP50Ms',
      'librarySearchBroadMs',
      'librarySearchColdBroadMs',
      'librarySearchColdMs',
      'librarySearchIndexLoadMs',
      'librarySearchMs',
      'librarySearchNameMs',
      'librarySearchSkillMs',
    ]);
    for (const v of Object.values(r)) {
      expect(Number.isFinite(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(await repo.count()).toBe(500);
    console.info('benchLibrary(n=500, fake-indexeddb):', r);
    // It refuses to clear a library that holds data unless told to, and leaves it empty by default.
    await expect(benchLibrary(repo, 10)).rejects.toThrow(/holds 500 profiles/);
    await benchLibrary(repo, 10, { allowClear: true });
    expect(await repo.count()).toBe(0);
    repo.close();
    cold.close();
  }, 120_000);
});
