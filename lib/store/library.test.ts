/**
 * The entry module: the re-exported API is complete, and profiles saved by the
 * old storage.local library move into IndexedDB with their dates (invalid ones
 * stay where they were and are reported).
 */
import { describe, expect, it } from 'vitest';
import { makeProfiles } from './fixtures/profiles';
import { freshRepo } from './fixtures/testing';
import * as lib from './library';

describe('library entry module', () => {
  it('exports the API the panel uses', () => {
    for (const name of [
      'openLibrary',
      'ProfileRepository',
      'LibraryDB',
      'SavedRecordSchema',
      'diffProfiles',
      'summarizeChanges',
      'buildExport',
      'toJsonResume',
      'toCsv',
      'parseImport',
      'fromJsonResume',
      'previewImport',
      'commitImport',
      'LibraryError',
      'toLibraryError',
      'subscribeToLibrary',
      'migrateLegacyStorage',
      'memoryArea',
    ]) {
      expect(lib, name).toHaveProperty(name);
    }
  });

  it('migrates the old storage.local records into IndexedDB, keeping dates', async () => {
    const area = lib.memoryArea();
    const old = new lib.LegacyStorageLibrary(area, () => new Date('2025-06-01T00:00:00.000Z'));
    const [a, b] = makeProfiles(2);
    await old.save(a!);
    await old.save(b!);
    await area.set({ [lib.recordKey('broken')]: { profile: { id: 'broken' }, savedAt: 'x', updatedAt: 'y' }, unrelated: 1 });

    const repo = freshRepo();
    const result = await lib.migrateLegacyStorage(area, repo, { removeMoved: true });
    expect(result.moved).toBe(2);
    expect(result.invalid).toEqual([{ key: 'profile:broken', reason: expect.stringMatching(/^profile\./) }]);
    const rec = await repo.get(a!.id);
    expect(rec).toMatchObject({ savedAt: '2025-06-01T00:00:00.000Z', updatedAt: '2025-06-01T00:00:00.000Z', notes: '', tags: [] });
    expect([...area.data.keys()].sort()).toEqual(['profile:broken', 'unrelated']);
    // Running it again is harmless.
    expect(await lib.migrateLegacyStorage(area, repo)).toEqual({ moved: 0, invalid: result.invalid });
    expect(await repo.count()).toBe(2);
    repo.close();
  });
});
