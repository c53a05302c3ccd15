/**
 * The IndexedDB library (fake-indexeddb): save/re-save with history, notes,
 * tags and corrections, indexed search, delete and undo, quarantine of
 * records that stop validating, and concurrent writers on one database.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeProfile, makeProfiles } from './fixtures/profiles';
import { freshRepo, secondRepo } from './fixtures/testing';
import { LibraryError } from './errors';
import type { ProfileRepository } from './repository';

const opened: ProfileRepository[] = [];
const repo = (...args: Parameters<typeof freshRepo>) => {
  const r = freshRepo(...args);
  opened.push(r);
  return r;
};
afterEach(() => {
  for (const r of opened.splice(0)) r.close();
});

const ada = () =>
  makeProfile({
    id: 'himalayas:ada',
    name: 'Ada Lovelace',
    headline: 'Engineer at Analytical Engines',
    roles: [{ title: 'Engineer', company: 'Analytical Engines', start: '2019-01', current: true }],
    skills: ['TypeScript', 'Rust'],
  });

describe('save, get, history', () => {
  it('saves a new profile and reads it back validated, with derived index fields', async () => {
    const r = repo();
    const rec = await r.save(ada());
    expect(rec.savedAt).toBe(rec.updatedAt);
    expect(rec.notes).toBe('');
    expect(rec.tags).toEqual([]);
    expect(rec.skillKeys).toEqual(['typescript', 'rust']);
    expect(rec.searchTokens).toEqual(expect.arrayContaining(['ada', 'lovelace', 'engineer', 'analytical', 'engines', 'typescript', 'rust']));
    expect(await r.get('himalayas:ada')).toEqual(rec);
    expect(await r.get('nobody')).toBeNull();
    expect(await r.count()).toBe(1);
    const h = await r.history('himalayas:ada');
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ kind: 'created', origin: 'save', changes: [] });
  });

  it('saving the same person again updates the record, keeps savedAt, and appends what changed', async () => {
    const r = repo();
    const first = await r.save(ada());
    const changed = makeProfile({
      id: 'himalayas:ada',
      name: 'Ada Lovelace',
      headline: 'Staff Engineer at Babbage & Co',
      roles: [
        { title: 'Staff Engineer', company: 'Babbage & Co', start: '2025-01', current: true },
        { title: 'Engineer', company: 'Analytical Engines', start: '2019-01', end: '2024-12' },
      ],
      skills: ['TypeScript', 'Rust', 'Go'],
      extractedAt: '2026-02-01T00:00:00.000Z',
    });
    const since = await r.changesSinceSaved(changed);
    expect(since?.map((c) => c.kind)).toEqual(['headline-changed', 'role-added', 'role-ended', 'skills-added']);
    const second = await r.save(changed);
    expect(second.savedAt).toBe(first.savedAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(await r.count()).toBe(1);
    const h = await r.history('himalayas:ada');
    expect(h.map((e) => e.kind)).toEqual(['created', 'updated']);
    expect(h[1]!.changes.map((c) => c.text)).toEqual([
      'headline changed',
      'new role: Staff Engineer at Babbage & Co',
      'role ended: Engineer at Analytical Engines (2024-12)',
      'new skill: Go',
    ]);
    expect(await r.changesSinceSaved(changed)).toEqual([]);
    expect(await r.changesSinceSaved(makeProfile({ id: 'x:unsaved' }))).toBeNull();
  });

  it('re-saving an identical profile (only extractedAt differs) writes nothing', async () => {
    const r = repo();
    const first = await r.save(ada());
    const again = await r.save({ ...ada(), source: { ...ada().source, extractedAt: '2030-01-01T00:00:00.000Z' } });
    expect(again).toEqual(first);
    expect(await r.history('himalayas:ada')).toHaveLength(1);
  });

  it('rejects an invalid profile with a LibraryError and writes nothing', async () => {
    const r = repo();
    const bad = { ...ada(), source: { ...ada().source, site: 'Not Valid' } };
    await expect(r.save(bad)).rejects.toMatchObject({ name: 'LibraryError', kind: 'invalid-data' });
    await expect(r.saveMany([makeProfile({ id: 'a:1' }), bad])).rejects.toBeInstanceOf(LibraryError);
    expect(await r.count()).toBe(0);
  });

  it('saveMany writes all in one go and reports new / updated / unchanged', async () => {
    const r = repo();
    await r.save(ada());
    const outcomes = await r.saveMany([ada(), makeProfile({ id: 'a:2', name: 'Bo' }), { ...ada(), headline: 'Changed' }]);
    expect(outcomes.map((o) => o.status)).toEqual(['unchanged', 'new', 'updated']);
    expect(outcomes[2]!.changes.map((c) => c.kind)).toEqual(['headline-changed']);
    expect(await r.count()).toBe(2);
  });
});

describe('large batches (stored ids read first)', () => {
  it('saveMany over 200 profiles: unchanged, updated, new and a stored invalid one, like small batches', async () => {
    const r = repo();
    const profiles = makeProfiles(300, 4);
    await r.saveMany(profiles.slice(0, 250));
    const raw = (await r.db.profiles.get('himalayas:p7')) as unknown as Record<string, any>;
    raw.savedAt = 'never';
    await r.db.profiles.put(raw as never);
    const batch = profiles.map((p, i) => (i === 3 ? { ...p, headline: 'changed' } : p));
    const outcomes = await r.saveMany(batch);
    const statuses = outcomes.map((o) => o.status);
    expect(statuses.filter((x) => x === 'new')).toHaveLength(51); // 250-299, and p7 saved fresh over the invalid one
    expect(statuses[7]).toBe('new');
    expect(statuses[3]).toBe('updated');
    expect(outcomes[3]!.changes.map((c) => c.kind)).toEqual(['headline-changed']);
    expect(statuses.filter((x) => x === 'unchanged')).toHaveLength(248);
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:p7']);
    expect(await r.count()).toBe(300);
    expect((await r.search({})).total).toBe(300);
    const next = profiles.map((p, i) => (i === 9 ? { ...p, headline: 'again' } : p));
    expect(await r.classify([...next, ...makeProfiles(320, 4).slice(300)])).toEqual({ new: 20, updated: 2, unchanged: 298 }); // p3 (stored 'changed') and p9
    const removed = await r.remove([...profiles.map((p) => p.id), 'nobody']);
    expect(removed.records).toHaveLength(300);
    expect(await r.count()).toBe(0);
    expect((await r.search({})).total).toBe(0);
  });
});

describe('saveMany queues its writes chunk by chunk', () => {
  it('an invalid profile in a later chunk rejects the whole batch: nothing written, nothing quarantined, the count unchanged', async () => {
    const r = repo();
    const profiles = makeProfiles(800, 6);
    await r.saveMany(profiles.slice(0, 10));
    const raw = (await r.db.profiles.get('himalayas:p3')) as unknown as Record<string, any>;
    raw.savedAt = 'never';
    await r.db.profiles.put(raw as never);
    const batch: unknown[] = [...profiles];
    batch[600] = { ...profiles[600]!, source: { ...profiles[600]!.source, site: 'Not Valid' } };
    await expect(r.saveMany(batch as never)).rejects.toMatchObject({ name: 'LibraryError', kind: 'invalid-data', message: expect.stringMatching(/^Profile 601 “himalayas:p600” cannot be saved: source\.site/) });
    expect(await r.count()).toBe(10);
    expect((await r.db.meta.get('profileCount'))?.value).toBe(10);
    expect(await r.db.history.count()).toBe(10);
    expect(await r.listQuarantine()).toEqual([]);
    expect((await r.db.profiles.get('himalayas:p3')) as unknown).toEqual(raw);
    // The same batch without the bad one goes through whole.
    const outcomes = await r.saveMany(profiles);
    expect(outcomes.filter((o) => o.status === 'new')).toHaveLength(791); // 790 new and p3 saved fresh over the invalid one
    expect(await r.count()).toBe(800);
    expect(await r.db.history.count()).toBe(801);
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:p3']);
  });

  it('a duplicate id across chunks: the later one wins, one record, history for both', async () => {
    const r = repo();
    const profiles = makeProfiles(400, 8);
    const again = { ...profiles[5]!, headline: 'second' };
    const outcomes = await r.saveMany([...profiles, again]);
    expect(outcomes[400]).toMatchObject({ status: 'updated' });
    expect((await r.get('himalayas:p5'))?.profile.headline).toBe('second');
    expect(await r.count()).toBe(400);
    expect((await r.history('himalayas:p5')).map((h) => h.kind)).toEqual(['created', 'updated']);
    expect((await r.search({})).total).toBe(400);
  });
});

describe('notes, tags, corrections', () => {
  it('sets notes and adds/removes normalised tags, keeping them across re-saves', async () => {
    const r = repo();
    await r.save(ada());
    await r.setNotes('himalayas:ada', 'Met at the conference; strong on compilers.');
    await r.addTag('himalayas:ada', '  Backend  Hire ');
    await r.addTag('himalayas:ada', 'backend hire');
    await r.addTag('himalayas:ada', 'Rust');
    let rec = await r.get('himalayas:ada');
    expect(rec?.tags).toEqual(['backend hire', 'rust']);
    expect(rec?.notes).toMatch(/conference/);
    await r.removeTag('himalayas:ada', 'RUST');
    await r.save({ ...ada(), headline: 'New headline' });
    rec = await r.get('himalayas:ada');
    expect(rec?.tags).toEqual(['backend hire']);
    expect(rec?.notes).toMatch(/conference/);
    expect(await r.listTags()).toEqual(['backend hire']);
  });

  it.each([
    ['empty tag', (r: ProfileRepository) => r.addTag('himalayas:ada', '   '), 'invalid-data'],
    ['punctuation-only tag', (r: ProfileRepository) => r.addTag('himalayas:ada', '!!!'), 'invalid-data'],
    ['notes too long', (r: ProfileRepository) => r.setNotes('himalayas:ada', 'x'.repeat(100_001)), 'invalid-data'],
    ['unknown id (notes)', (r: ProfileRepository) => r.setNotes('nobody', 'hi'), 'not-found'],
    ['unknown id (tag)', (r: ProfileRepository) => r.addTag('nobody', 'x'), 'not-found'],
    ['correction of a field that does not exist', (r: ProfileRepository) => r.setCorrection('himalayas:ada', 'experience.9.title', 'X'), 'invalid-data'],
    ['correction with an invalid value', (r: ProfileRepository) => r.setCorrection('himalayas:ada', 'headline', 42), 'invalid-data'],
    ['correction of a prototype key', (r: ProfileRepository) => r.setCorrection('himalayas:ada', '__proto__.polluted', 'x'), 'invalid-data'],
  ])('refuses %s', async (_, act, kind) => {
    const r = repo();
    await r.save(ada());
    const before = await r.get('himalayas:ada');
    await expect(act(r)).rejects.toMatchObject({ kind });
    expect(await r.get('himalayas:ada')).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps corrections with the record; search and sort use the corrected values', async () => {
    const r = repo();
    await r.save(ada());
    const rec = await r.setCorrection('himalayas:ada', 'experience.0.title', 'Principal Engineer');
    expect(rec.corrections).toEqual({ 'experience.0.title': 'Principal Engineer' });
    expect(rec.profile.experience[0]!.title).toBe('Engineer'); // the extracted value is kept as extracted
    expect((await r.search({ text: 'principal' })).total).toBe(1);
    await r.setCorrection('himalayas:ada', 'name', 'Augusta Ada King');
    expect((await r.search({ text: 'augusta' })).total).toBe(1);
    // Re-saving keeps the corrections.
    await r.save({ ...ada(), headline: 'Another' });
    expect((await r.get('himalayas:ada'))?.corrections).toEqual({ 'experience.0.title': 'Principal Engineer', name: 'Augusta Ada King' });
    const cleared = await r.setCorrections('himalayas:ada', {});
    expect(cleared.corrections).toBeUndefined();
    expect((await r.search({ text: 'augusta' })).total).toBe(0);
  });
});

describe.each(['indexeddb', 'memory'] as const)('search (%s)', (mode) => {
  const people = () => [
    makeProfile({ id: 'h:1', name: 'Ada Lovelace', headline: 'Rust engineer', roles: [{ title: 'Staff Engineer', company: 'Acme', start: '2015-01', current: true }], skills: ['Rust', 'Node.js'], totalMonths: 120 }),
    makeProfile({ id: 'h:2', name: 'Alan Turing', headline: 'Cryptanalyst', roles: [{ title: 'Researcher', company: 'Bletchley', start: '2018-01', current: true }], skills: ['Python'], totalMonths: 60 }),
    makeProfile({ id: 'r:3', site: 'resume', name: 'Zoë Ångström', headline: 'Frontend at Globex', roles: [{ title: 'Frontend Developer', company: 'Globex', start: '2020-01', current: true }], skills: ['React', 'C++'], totalMonths: null }),
    makeProfile({ id: 'h:4', name: 'adam smith', headline: null, roles: [], skills: ['Rust'], totalMonths: 12 }),
  ];
  // In memory mode the index is loaded before the writes, so each write must reach it after committing.
  const setup = async () => {
    const r = repo({ searchIndex: mode });
    await r.warmSearch();
    for (const p of people()) await r.save(p);
    await r.addTag('h:1', 'shortlist');
    await r.addTag('r:3', 'shortlist');
    expect(r.searchIndexReady).toBe(mode === 'memory');
    return r;
  };
  const ids = (res: { records: Array<{ id: string }> }) => res.records.map((x) => x.id);

  it.each([
    [{ text: 'ada' }, ['h:4', 'h:1']], // prefix: "ada" also finds "adam"
    [{ text: 'ada lov' }, ['h:1']],
    [{ text: 'Ad' }, ['h:4', 'h:1']],
    [{ text: 'ada love' }, ['h:1']],
    [{ text: 'lovelace turing' }, []],
    [{ text: 'zoe' }, ['r:3']],
    [{ text: 'ANGSTROM' }, ['r:3']],
    [{ text: 'acme' }, ['h:1']],
    [{ text: 'staff' }, ['h:1']],
    [{ text: 'node' }, ['h:1']],
    [{ text: 'nodejs' }, ['h:1']],
    [{ text: 'node.js' }, ['h:1']],
    [{ text: 'c++' }, ['r:3']],
    [{ text: 'globex front' }, ['r:3']],
    [{ skill: 'rust' }, ['h:4', 'h:1']],
    [{ skill: 'RUST', text: 'love' }, ['h:1']],
    [{ skill: 'python', text: 'ada' }, []],
    [{ skill: 'Node.js' }, ['h:1']],
    [{ skill: 'ru' }, []],
    [{ tag: 'Shortlist' }, ['r:3', 'h:1']],
    [{ tag: 'shortlist', site: 'resume' }, ['r:3']],
    [{ site: 'himalayas' }, ['h:4', 'h:2', 'h:1']],
    [{ site: 'h' }, []],
    [{ text: '!!!' }, ['h:4', 'r:3', 'h:2', 'h:1']],
    [{}, ['h:4', 'r:3', 'h:2', 'h:1']],
  ])('search(%j) → %j', async (q, expected) => {
    const r = await setup();
    const res = await r.search(q);
    expect(ids(res)).toEqual(expected);
    expect(res.total).toBe(expected.length);
  });

  it.each([
    ['recent', ['h:4', 'r:3', 'h:2', 'h:1']],
    ['name', ['h:1', 'h:4', 'h:2', 'r:3']],
    ['experience', ['h:1', 'h:2', 'h:4', 'r:3']],
  ] as const)('sorts by %s, with and without filters', async (sort, expected) => {
    const r = await setup();
    expect(ids(await r.search({ sort }))).toEqual(expected);
    expect(ids(await r.search({ sort, skill: 'rust' }))).toEqual(expected.filter((id) => id === 'h:1' || id === 'h:4'));
    expect(ids(await r.search({ sort, site: 'himalayas' }))).toEqual(expected.filter((id) => id !== 'r:3'));
  });

  it('tolerates odd paging and sort values from callers', async () => {
    const r = await setup();
    expect(ids(await r.search({ sort: 'constructor' as never }))).toEqual(['h:4', 'r:3', 'h:2', 'h:1']);
    expect(ids(await r.search({ offset: -5, limit: Number.NaN }))).toEqual([]);
    expect(ids(await r.search({ offset: Number.NaN, limit: 2 }))).toEqual(['h:4', 'r:3']);
    expect(ids(await r.search({ offset: 3, limit: 1e9 }))).toEqual(['h:1']);
    expect(ids(await r.search({ offset: 99 }))).toEqual([]);
  });

  it('pages with offset and limit and reports the total', async () => {
    const r = repo({ searchIndex: mode });
    await r.saveMany(makeProfiles(30));
    const p1 = await r.search({ sort: 'name', limit: 10 });
    const p2 = await r.search({ sort: 'name', limit: 10, offset: 10 });
    const all = await r.search({ sort: 'name', limit: 100 });
    expect(p1.total).toBe(30);
    expect([...ids(p1), ...ids(p2)]).toEqual(ids(all).slice(0, 20));
    expect((await r.search({ limit: 0 })).records).toEqual([]);
  });

  it('large match sets (over the in-memory threshold) page in the same order as small ones', async () => {
    const r = repo({ searchIndex: mode });
    await r.saveMany(makeProfiles(600, 7));
    await r.warmSearch();
    const everyone = await r.search({ sort: 'experience', limit: 1000 });
    const viaText = await r.search({ sort: 'experience', text: 'at', limit: 1000 }); // "at" in every headline ("… at Acme") → > 200 matches
    expect(viaText.total).toBeGreaterThan(200);
    const wanted = new Set(ids(viaText));
    expect(ids(viaText)).toEqual(ids(everyone).filter((id) => wanted.has(id)));
    const page = await r.search({ sort: 'experience', text: 'at', offset: 50, limit: 25 });
    expect(ids(page)).toEqual(ids(viaText).slice(50, 75));
    const months = everyone.records.map((x) => x.totalMonths);
    expect(months).toEqual([...months].sort((a, b) => b - a));
  });
});

describe('remove, restore, clear', () => {
  it('removes records with their history and restores them (undo)', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(3));
    await r.save({ ...makeProfiles(3)[0]!, headline: 'changed' });
    await r.addTag('himalayas:p0', 'keep');
    const before = await r.all();
    const removed = await r.remove(['himalayas:p0', 'himalayas:p1', 'nobody']);
    expect(removed.records.map((x) => x.id)).toEqual(['himalayas:p0', 'himalayas:p1']);
    expect(removed.history).toHaveLength(3);
    expect(await r.count()).toBe(1);
    expect(await r.history('himalayas:p0')).toEqual([]);
    expect(await r.restore(removed)).toEqual({ restored: 2, skipped: 0 });
    expect(await r.all()).toEqual(before);
    expect((await r.history('himalayas:p0')).map((h) => h.kind)).toEqual(['created', 'updated']);
  });

  it('restore skips a record that was saved again after the delete', async () => {
    const r = repo();
    await r.save(ada());
    const removed = await r.remove(['himalayas:ada']);
    await r.save({ ...ada(), headline: 'saved again' });
    expect(await r.restore(removed.records)).toEqual({ restored: 0, skipped: 1 });
    expect((await r.get('himalayas:ada'))?.profile.headline).toBe('saved again');
  });

  it('clear empties the library and its history', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(5));
    await r.clear();
    expect(await r.count()).toBe(0);
    expect(await r.history('himalayas:p0')).toEqual([]);
    expect((await r.search({})).total).toBe(0);
  });
});

describe('quarantine', () => {
  it('moves a stored record that no longer validates to quarantine on read, with the reason', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(3));
    // Corrupt a stored record behind the repository's back (e.g. an older build wrote a bad value).
    const raw = (await r.db.profiles.get('himalayas:p1')) as unknown as Record<string, any>;
    raw.profile.source.site = 'NOT VALID';
    await r.db.profiles.put(raw as never);

    expect(await r.get('himalayas:p1')).toBeNull();
    const q = await r.listQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ table: 'profiles', key: 'himalayas:p1' });
    expect(q[0]!.reason).toMatch(/profile\.source\.site/);
    expect((q[0]!.record as any).profile.name).toBe(raw.profile.name);
    expect(await r.count()).toBe(2);
    // The rest of the library is untouched and searchable.
    expect((await r.search({})).total).toBe(2);
    await r.discardQuarantined();
    expect(await r.listQuarantine()).toEqual([]);
  });

  it('the export text is JSON.stringify(exportAll()) and quarantines what it cannot validate', async () => {
    const r = repo({ now: () => new Date('2026-05-01T12:00:00Z') });
    await r.saveMany(makeProfiles(1203)); // more than two read chunks
    await r.addTag('himalayas:p7', 'kept');
    const raw = (await r.db.profiles.get('himalayas:p600')) as unknown as Record<string, any>;
    raw.profile.name = 42;
    await r.db.profiles.put(raw as never);
    const { text, count } = await r.exportAllText();
    expect(count).toBe(1202);
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:p600']);
    expect(text).toBe(JSON.stringify(await r.exportAll()));
    const parsed = JSON.parse(text);
    expect(parsed.profiles.map((p: { id: string }) => p.id)).not.toContain('himalayas:p600');
    expect(parsed.library.find((a: { id: string }) => a.id === 'himalayas:p7').tags).toEqual(['kept']);
  });

  it('getMany reads many ids at once, in their order, and quarantines what no longer validates', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(5));
    const raw = (await r.db.profiles.get('himalayas:p3')) as unknown as Record<string, any>;
    raw.updatedAt = 'soon';
    await r.db.profiles.put(raw as never);
    const got = await r.getMany(['himalayas:p4', 'himalayas:p3', 'himalayas:nobody', 'himalayas:p1', 'himalayas:p4']);
    expect(got.map((x) => x.id)).toEqual(['himalayas:p4', 'himalayas:p1']);
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:p3']);
    expect(await r.getMany([])).toEqual([]);
  });

  it('search and list quarantine invalid records they meet instead of returning them', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(4));
    const raw = (await r.db.profiles.get('himalayas:p2')) as unknown as Record<string, any>;
    raw.savedAt = 'yesterday';
    await r.db.profiles.put(raw as never);
    const res = await r.search({});
    expect(res.records.map((x) => x.id)).not.toContain('himalayas:p2');
    expect(res.total).toBe(3);
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:p2']);
  });

  it('saving over an invalid stored record quarantines the old one and saves fresh', async () => {
    const r = repo();
    await r.save(ada());
    const raw = (await r.db.profiles.get('himalayas:ada')) as unknown as Record<string, any>;
    raw.tags = 'not an array';
    await r.db.profiles.put(raw as never);
    const rec = await r.save({ ...ada(), headline: 'fresh' });
    expect(rec.profile.headline).toBe('fresh');
    expect(await r.listQuarantine()).toHaveLength(1);
  });
});

describe('concurrency', () => {
  it('two contexts saving at once (different and same ids) lose nothing; history is complete', async () => {
    const a = repo();
    const b = secondRepo(a);
    opened.push(b);
    const profiles = makeProfiles(20, 3);
    const writes: Array<Promise<unknown>> = [];
    for (let i = 0; i < 40; i++) {
      const base = profiles[i % 20]!;
      // Every write differs from every other one, so every write is a real update.
      const p = { ...base, headline: `${base.headline} (save ${i})` };
      writes.push((i % 2 ? a : b).save(p));
    }
    // Same id from both contexts at the same time.
    for (let i = 0; i < 10; i++) writes.push((i % 2 ? a : b).save({ ...ada(), headline: `race ${i}` }));
    await Promise.all(writes);

    expect(await a.count()).toBe(21);
    expect(await b.count()).toBe(21);
    let entries = 0;
    for (const p of profiles) {
      const h = await a.history(p.id);
      expect(h.map((e) => e.kind)).toEqual(['created', 'updated']);
      entries += h.length;
    }
    const adaHistory = await b.history('himalayas:ada');
    expect(adaHistory).toHaveLength(10);
    expect(adaHistory.filter((e) => e.kind === 'created')).toHaveLength(1);
    expect(entries).toBe(40);
  });

  it('concurrent tag edits from two contexts are all kept (read-modify-write in one transaction)', async () => {
    const a = repo();
    const b = secondRepo(a);
    opened.push(b);
    await a.save(ada());
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).addTag('himalayas:ada', `tag ${i}`)));
    expect((await a.get('himalayas:ada'))?.tags).toHaveLength(20);
  });
});

describe('search plans agree with a brute-force reference', () => {
  // Every plan (no filter, few matches sorted in memory, many matches paged off the sort index
  // with early stop, deep offsets) must give exactly the page a full scan gives.
  type Rec = Awaited<ReturnType<ProfileRepository['all']>>[number];
  const key = (r: Rec, sort: 'recent' | 'name' | 'experience') => (sort === 'recent' ? r.updatedAt : sort === 'name' ? r.nameKey : r.totalMonths);
  const reference = (all: Rec[], q: { text?: string; skill?: string; tag?: string; site?: string; sort: 'recent' | 'name' | 'experience'; offset: number; limit: number }) => {
    const words = q.text ? q.text.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const hits = all.filter(
      (r) =>
        words.every((w) => r.searchTokens.some((t) => t.startsWith(w))) &&
        (!q.skill || r.skillKeys.includes(q.skill.toLowerCase())) &&
        (!q.tag || r.tags.includes(q.tag)) &&
        (!q.site || r.profile.source.site === q.site),
    );
    const desc = q.sort !== 'name';
    hits.sort((a, b) => {
      const ka = key(a, q.sort), kb = key(b, q.sort);
      const c = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return desc ? -c : c;
    });
    return { ids: hits.slice(q.offset, q.offset + q.limit).map((r) => r.id), total: hits.length };
  };

  // Three readers of one library: IndexedDB's indexes; an in-memory index loaded before the writes
  // (kept by each write as it commits); one loaded afterwards in one read.
  let shared: { r: ProfileRepository; all: Rec[]; kept: ProfileRepository; loaded: ProfileRepository } | null = null;
  const library = async () => {
    if (shared) return shared;
    const kept = freshRepo({ searchIndex: 'memory' });
    await kept.warmSearch();
    const r = secondRepo(kept, undefined, 'indexeddb');
    const profiles = makeProfiles(700, 11);
    // Saved in batches (each batch has its own updatedAt), some saved again later: "recent" has ties and reorderings.
    for (let i = 0; i < 700; i += 70) await kept.saveMany(profiles.slice(i, i + 70));
    await kept.saveMany(profiles.filter((_, i) => i % 7 === 0).map((p) => ({ ...p, headline: `${p.headline} (again)` })));
    // A tag on every third profile (many matches) and on a handful (few).
    for (let i = 0; i < 700; i += 3) await kept.addTag(`himalayas:p${i}`, 'third');
    for (const i of [5, 50, 500]) await kept.addTag(`himalayas:p${i}`, 'rare');
    // Deletes, and an undo of some of them.
    const removed = await kept.remove(['himalayas:p1', 'himalayas:p2', 'himalayas:p3', 'himalayas:p50', 'himalayas:p699']);
    await kept.restore(removed.records.filter((x) => x.id !== 'himalayas:p2' && x.id !== 'himalayas:p699'));
    // Written through `kept`, so its index follows; `r` reads the same database.
    const loaded = secondRepo(kept, undefined, 'memory');
    await loaded.warmSearch();
    shared = { r, all: await r.all(), kept, loaded };
    return shared;
  };
  afterAll(() => {
    shared?.r.close();
    shared?.kept.close();
    shared?.loaded.close();
  });

  const queries = [
    {}, // no filter
    { text: 'engineer' }, // many matches
    { text: 'ada' }, // some
    { text: 'ada lovelace' }, // few, two tokens
    { text: 'zzz' }, // none
    { skill: 'Rust' }, // many, exact key
    { skill: 'node.js', text: 'staff' },
    { tag: 'third' },
    { tag: 'rare' },
    { tag: 'third', skill: 'python' },
    { site: 'himalayas' }, // everything through a filter
    { site: 'himalayas', text: 'acme' },
  ];
  const pages = [
    { offset: 0, limit: 50 },
    { offset: 0, limit: 1 },
    { offset: 37, limit: 13 },
    { offset: 180, limit: 50 },
    { offset: 650, limit: 100 }, // deep, past the end for most
    { offset: 0, limit: 1000 },
  ];
  const cases = queries.flatMap((q) => (['recent', 'name', 'experience'] as const).flatMap((sort) => pages.map((p) => ({ ...q, sort, ...p }))));

  it.each(cases)('search(%j) matches the reference', async (q) => {
    const { r, all, kept, loaded } = await library();
    const expected = reference(all, q);
    for (const reader of [r, kept, loaded]) {
      const res = await reader.search(q);
      expect({ ids: res.records.map((x) => x.id), total: res.total }).toEqual(expected);
    }
    expect([kept.searchIndexReady, loaded.searchIndexReady]).toEqual([true, true]);
  });
});

describe('in-memory search index', () => {
  const ids = (res: { records: Array<{ id: string }> }) => res.records.map((x) => x.id);

  it('is loaded on first filtered search, answered through IndexedDB meanwhile, then used', async () => {
    const r = repo({ searchIndex: 'memory' });
    await r.saveMany(makeProfiles(30, 5));
    expect(r.searchIndexReady).toBe(false);
    const first = await r.search({ text: 'a', sort: 'name' });
    await r.warmSearch(); // the load the search started
    expect(r.searchIndexReady).toBe(true);
    expect(await r.search({ text: 'a', sort: 'name' })).toEqual(first);
    // The unfiltered list never needs it.
    const other = repo({ searchIndex: 'memory' });
    await other.search({ sort: 'name' });
    expect(other.searchIndexReady).toBe(false);
  });

  it("another context's write is seen at once: the search falls back to IndexedDB and the index is loaded again", async () => {
    const a = repo({ searchIndex: 'memory' });
    await a.saveMany(makeProfiles(20, 2));
    await a.warmSearch();
    const b = secondRepo(a, undefined, 'indexeddb');
    opened.push(b);
    await b.save(makeProfile({ id: 'himalayas:zed', name: 'Zed Quimby', skills: ['Haskell'] }));
    await b.addTag('himalayas:p3', 'later');
    expect(ids(await a.search({ text: 'quimby' }))).toEqual(['himalayas:zed']);
    expect(ids(await a.search({ tag: 'later' }))).toEqual(['himalayas:p3']);
    await a.warmSearch();
    expect(a.searchIndexReady).toBe(true);
    expect(ids(await a.search({ skill: 'haskell' }))).toEqual(['himalayas:zed']);
    await b.remove(['himalayas:zed']);
    expect((await a.search({ text: 'quimby' })).total).toBe(0);
    await b.clear();
    expect((await a.search({ site: 'himalayas' })).total).toBe(0);
  });

  it('own writes keep it (no reload): save, re-save, tag, correct, remove, restore, quarantine, clear', async () => {
    const r = repo({ searchIndex: 'memory' });
    await r.warmSearch();
    await r.save(ada());
    expect(ids(await r.search({ skill: 'rust' }))).toEqual(['himalayas:ada']);
    await r.save({ ...ada(), skills: [] } as never); // re-save without skills
    expect((await r.search({ skill: 'rust' })).total).toBe(0);
    await r.addTag('himalayas:ada', 'Keep');
    expect(ids(await r.search({ tag: 'keep' }))).toEqual(['himalayas:ada']);
    await r.setCorrection('himalayas:ada', 'name', 'Augusta King');
    expect(ids(await r.search({ text: 'augusta' }))).toEqual(['himalayas:ada']);
    expect((await r.search({ text: 'lovelace' })).total).toBe(0);
    const removed = await r.remove(['himalayas:ada']);
    expect((await r.search({ text: 'augusta' })).total).toBe(0);
    await r.restore(removed);
    expect(ids(await r.search({ text: 'augusta' }))).toEqual(['himalayas:ada']);
    expect(r.searchIndexReady).toBe(true);
    // A record that stops validating is quarantined when a search meets it, and leaves the index.
    const raw = (await r.db.profiles.get('himalayas:ada')) as unknown as Record<string, any>;
    raw.savedAt = 'yesterday';
    await r.db.profiles.put(raw as never);
    expect(await r.search({ text: 'augusta' })).toEqual({ records: [], total: 0 });
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:ada']);
    expect((await r.search({ tag: 'keep' })).total).toBe(0);
    await r.saveMany(makeProfiles(5));
    await r.clear();
    expect((await r.search({ site: 'himalayas' })).total).toBe(0);
    expect(r.searchIndexReady).toBe(true);
  });

  it('a stored record whose search fields do not validate is quarantined when the index loads', async () => {
    const r = repo({ searchIndex: 'memory' });
    await r.saveMany(makeProfiles(6));
    const raw = (await r.db.profiles.get('himalayas:p4')) as unknown as Record<string, any>;
    raw.searchTokens = 'ada lovelace';
    await r.db.profiles.put(raw as never);
    await r.warmSearch();
    expect((await r.listQuarantine()).map((q) => q.key)).toEqual(['himalayas:p4']);
    expect((await r.search({ site: 'himalayas' })).total).toBe(5);
    expect(await r.count()).toBe(5);
  });
});

describe('stored profile count (meta table)', () => {
  const stored = async (r: ProfileRepository) => (await r.db.meta.get('profileCount'))?.value;
  const expectInStep = async (r: ProfileRepository) => {
    const real = await r.db.profiles.count();
    expect(await stored(r)).toBe(real);
    expect((await r.search({})).total).toBe(real);
  };

  it('follows every write: save, re-save, import, remove, restore, quarantine, clear', async () => {
    const r = repo();
    expect((await r.search({})).total).toBe(0); // fresh database: no row yet, counted
    await r.saveMany(makeProfiles(5));
    await expectInStep(r);
    await r.saveMany([...makeProfiles(7), ...makeProfiles(7)]); // 2 new, the rest unchanged, duplicates
    await expectInStep(r);
    await r.save({ ...makeProfiles(1)[0]!, headline: 'changed' });
    await r.addTag('himalayas:p1', 'x');
    await expectInStep(r);
    const removed = await r.remove(['himalayas:p0', 'himalayas:p1', 'nobody', 'himalayas:p1']);
    await expectInStep(r);
    await r.restore(removed);
    await r.restore(removed); // again: skipped
    await expectInStep(r);
    // A record that stops validating is moved to quarantine by a read, by a write over it, by an annotation.
    const corrupt = async (id: string) => {
      const raw = (await r.db.profiles.get(id)) as unknown as Record<string, any>;
      raw.savedAt = 'never';
      await r.db.profiles.put(raw as never);
    };
    await corrupt('himalayas:p2');
    await r.get('himalayas:p2');
    await expectInStep(r);
    await corrupt('himalayas:p3');
    await r.save(makeProfiles(5)[3]!); // saved fresh over the invalid one
    await expectInStep(r);
    await corrupt('himalayas:p4');
    await expect(r.addTag('himalayas:p4', 'y')).rejects.toMatchObject({ kind: 'not-found' });
    await expectInStep(r);
    await corrupt('himalayas:p5');
    expect((await r.search({})).total).toBe(4); // quarantined by the list
    await expectInStep(r);
    expect(await r.count()).toBe(4);
    expect(await r.listQuarantine()).toHaveLength(4); // p2, p4, p5 and the old p3
    await r.clear();
    await expectInStep(r);
    expect(await stored(r)).toBe(0);
  });

  it('a missing or invalid count is recounted, and the next write stores it again', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(4));
    await r.db.meta.delete('profileCount');
    expect((await r.search({})).total).toBe(4);
    await r.save(makeProfile({ id: 'x:1' }));
    expect(await stored(r)).toBe(5);
    await r.db.meta.put({ key: 'profileCount', value: -3 } as never);
    expect((await r.search({})).total).toBe(5);
    await r.remove(['x:1']);
    expect(await stored(r)).toBe(4);
  });

  it('concurrent writers from two contexts keep it exact', async () => {
    const a = repo();
    const b = secondRepo(a);
    opened.push(b);
    const profiles = makeProfiles(30, 5);
    await Promise.all(profiles.map((p, i) => (i % 2 ? a : b).save(p)));
    await Promise.all([a.remove(['himalayas:p1', 'himalayas:p2']), b.remove(['himalayas:p2', 'himalayas:p3']), a.save(makeProfile({ id: 'x:9' }))]);
    await expectInStep(a);
    expect(await a.count()).toBe(28);
  });
});
