/**
 * Schema versions: a stored version-1 database (fixtures/library-v1.json) is
 * loaded into a real v1 database, then opened with the current code; valid
 * records come out in the v2 shape and searchable, the invalid one is in
 * quarantine with its reason, and nothing is dropped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CURRENT_VERSION, LibraryDB, LibraryDBv1, STORES } from './db';
import { makeProfiles } from './fixtures/profiles';
import { fakeDeps, uniqueDbName } from './fixtures/testing';
import { ProfileRepository } from './repository';
import { buildRecord, SavedRecordSchema } from './records';

interface V1Fixture {
  version: number;
  tables: { profiles: Array<{ id: string; profile: { name: string }; savedAt: string; updatedAt: string }> };
}
const fixture = JSON.parse(readFileSync(new URL('./fixtures/library-v1.json', import.meta.url), 'utf8')) as V1Fixture;

async function loadV1(name: string) {
  const v1 = new LibraryDBv1(name, fakeDeps);
  await v1.profiles.bulkAdd(fixture.tables.profiles);
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('v1 → v2 upgrade', () => {
  it('migrates valid v1 records and quarantines the invalid one', async () => {
    expect(fixture.version).toBe(1);
    const name = uniqueDbName('v1');
    await loadV1(name);

    const db = new LibraryDB(name, { ...fakeDeps, now: () => new Date('2026-04-01T00:00:00.000Z') });
    const repo = new ProfileRepository(db);
    await repo.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    expect(await repo.count()).toBe(3);
    expect(await db.meta.get('profileCount')).toEqual({ key: 'profileCount', value: 3 }); // counted by the v3 upgrade, after v2's quarantine
    const all = await repo.all();
    expect(all.map((r) => r.id)).toEqual(['himalayas:ada', 'himalayas:grace', 'resume:jose-garcia']);
    for (const rec of all) {
      const original = fixture.tables.profiles.find((p) => p.id === rec.id)!;
      expect(SavedRecordSchema.safeParse(rec).success).toBe(true);
      expect(rec.profile).toEqual(original.profile);
      expect(rec.savedAt).toBe(original.savedAt);
      expect(rec.updatedAt).toBe(original.updatedAt);
      expect(rec.notes).toBe('');
      expect(rec.tags).toEqual([]);
    }
    // The new indexes work on migrated data.
    expect((await repo.search({ text: 'jose' })).records.map((r) => r.id)).toEqual(['resume:jose-garcia']);
    expect((await repo.search({ skill: 'node.js' })).records.map((r) => r.id)).toEqual(['himalayas:ada']);
    expect((await repo.search({ site: 'resume' })).total).toBe(1);
    expect((await repo.search({ sort: 'recent' })).records.map((r) => r.id)).toEqual(['himalayas:ada', 'himalayas:grace', 'resume:jose-garcia']);

    const q = await repo.listQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ table: 'profiles', key: 'himalayas:broken', at: '2026-04-01T00:00:00.000Z' });
    expect(q[0]!.reason).toMatch(/^upgrade to version 2: profile\.source\.site/);
    expect(q[0]!.record).toEqual(fixture.tables.profiles[3]);

    // Saving over a migrated record works and starts its history.
    const grace = all[1]!;
    await repo.save({ ...grace.profile, headline: 'Admiral' });
    expect((await repo.history('himalayas:grace')).map((h) => h.changes.map((c) => c.kind))).toEqual([['headline-changed']]);
    repo.close();
  });

  it('v2 → v3 counts the stored profiles into the meta table', async () => {
    const name = uniqueDbName('v2');
    const v2 = new Dexie(name, fakeDeps);
    v2.version(1).stores(STORES[1]);
    v2.version(2).stores(STORES[2]);
    const at = '2026-01-01T00:00:00.000Z';
    await v2.table('profiles').bulkAdd(makeProfiles(12).map((p) => buildRecord({ profile: p, savedAt: at, updatedAt: at })));
    expect(v2.verno).toBe(2);
    v2.close();

    const repo = new ProfileRepository(new LibraryDB(name, fakeDeps));
    await repo.open();
    expect(repo.db.verno).toBe(CURRENT_VERSION);
    expect(await repo.db.meta.get('profileCount')).toEqual({ key: 'profileCount', value: 12 });
    expect((await repo.search({ limit: 5 })).total).toBe(12);
    repo.close();
  });

  it('opening an empty database creates the current version directly', async () => {
    const repo = new ProfileRepository(new LibraryDB(uniqueDbName('fresh'), fakeDeps));
    await repo.open();
    expect(repo.db.verno).toBe(CURRENT_VERSION);
    expect(await repo.count()).toBe(0);
    expect(await repo.listQuarantine()).toEqual([]);
    repo.close();
  });
});
