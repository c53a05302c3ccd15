/**
 * The service, end to end in Node: the pages' client → the background's
 * server → a real repository on fake-indexeddb, every answer validated by the
 * client as in the extension.
 */
import { describe, expect, it } from 'vitest';
import { commitPreviewedImport, createClient, fetchFile, ServiceError } from './client';
import { createService } from './server';
import { SERVICE_CHANNEL, type ServiceRequest } from './protocol';
import { freshRepo } from '../store/fixtures/testing';
import { makeProfile, makeProfiles } from '../store/fixtures/profiles';
import { LegacyStorageLibrary, LibraryExportSchema, memoryArea } from '../store/library';
import { SETTINGS_KEY } from '../settings';

function setup() {
  const repo = freshRepo();
  const legacyArea = memoryArea();
  const service = createService({ repo, legacyArea, now: () => new Date('2026-11-01T12:00:00Z') });
  // As runtime.sendMessage does: the message goes through JSON on its way.
  const call = createClient(async (m) => service.handle(JSON.parse(JSON.stringify(m)).request));
  return { repo, legacyArea, service, call };
}

const ada = makeProfile({ name: 'Ada Lovelace', skills: ['Rust', 'Python'], roles: [{ title: 'Analyst', company: 'Engines Ltd', start: '2020-01', current: true }] });
const grace = makeProfile({ name: 'Grace Hopper', skills: ['COBOL'], roles: [{ title: 'Rear Admiral', company: 'US Navy', start: '2001-01', end: '2010-12' }] });
const alan = makeProfile({ name: 'Alan Turing', skills: ['Rust'] });

describe('service requests are validated by the background', () => {
  it.each([
    [null],
    ['save'],
    [{ op: 'drop-database' }],
    [{ op: 'save', profile: { name: 'x' } }],
    [{ op: 'set-notes', id: 'x', notes: 'n'.repeat(100_001) }],
    [{ op: 'search', query: { limit: 1_000_000 } }],
    [{ op: 'search', query: { sort: 'random' } }],
    [{ op: 'export', format: 'xml' }],
    [{ op: 'export', format: 'json', replyChannel: 'profile-lens.service' }],
    [{ op: 'export', format: 'json', replyChannel: 'profile-lens.file.<script>' }],
    [{ op: '__proto__' }],
  ])('request %# is refused', async (request) => {
    const { service } = setup();
    const reply = await service.handle(request);
    expect(reply.ok).toBe(false);
  });

  it('a __proto__ key in a request pollutes nothing', async () => {
    const { service } = setup();
    await service.handle(JSON.parse('{"op":"search","query":{"__proto__":{"polluted":true}}}'));
    await service.handle(JSON.parse('{"op":"count","__proto__":{"polluted":true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the client refuses answers that do not validate, and a dead background, with a message', async () => {
    const bad = createClient(async () => ({ ok: true, value: { count: -1 } }));
    await expect(bad({ op: 'count' })).rejects.toThrow(ServiceError);
    const garbage = createClient(async () => '<html>');
    await expect(garbage({ op: 'count' })).rejects.toThrow(/could not reach its background/);
    const dead = createClient(async () => {
      throw new Error('Receiving end does not exist.');
    });
    await expect(dead({ op: 'count' })).rejects.toThrow(/Receiving end does not exist/);
    const sent: unknown[] = [];
    await createClient(async (m) => (sent.push(m), { ok: true, value: { count: 0 } }))({ op: 'count' });
    expect(sent).toEqual([{ channel: SERVICE_CHANNEL, request: { op: 'count' } }]);
  });
});

describe('the current profile', () => {
  it('not saved → saved → changed since saved, with the changes', async () => {
    const { call } = setup();
    expect(await call({ op: 'saved-state', profile: ada })).toEqual({ saved: null, effective: ada });
    const saved = await call({ op: 'save', profile: ada });
    expect(saved.saved).toMatchObject({ id: ada.id, notes: '', tags: [], changes: [] });
    const moved = { ...ada, headline: 'Head of Analysis' };
    const state = await call({ op: 'saved-state', profile: moved });
    expect(state.saved!.changes.join(' ')).toMatch(/headline/i);
  });

  it('notes, tags and corrections; a correction saves the profile first and shows in the effective profile', async () => {
    const { call } = setup();
    const corrected = await call({ op: 'correct', profile: grace, field: 'headline', value: 'Computer pioneer' });
    expect(corrected.saved).not.toBeNull();
    expect(corrected.effective.headline).toBe('Computer pioneer');
    expect((await call({ op: 'saved-state', profile: grace })).effective.headline).toBe('Computer pioneer');
    expect((await call({ op: 'set-notes', id: grace.id, notes: 'call back' })).notes).toBe('call back');
    expect((await call({ op: 'add-tag', id: grace.id, tag: ' Shortlist ' })).tags).toEqual(['shortlist']);
    expect((await call({ op: 'remove-tag', id: grace.id, tag: 'shortlist' })).tags).toEqual([]);
    const removed = await call({ op: 'correct', profile: grace, field: 'headline', value: '' });
    expect(removed.effective.headline).toBe(grace.headline);
    await expect(call({ op: 'correct', profile: grace, field: 'experience.9.title', value: 'x' })).rejects.toThrow(/does not fit/);
    await expect(call({ op: 'set-notes', id: 'nobody', notes: 'x' })).rejects.toThrow();
  });

  it('pasted text goes through the pipeline', async () => {
    const { call } = setup();
    const r = await call({ op: 'extract-text', text: 'Jane Doe\nSenior Engineer\n\nExperience\nSenior Engineer at Acme\nJan 2020 - Present\n\nSkills\nRust, Python' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.profile.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Rust', 'Python']));
    expect((await call({ op: 'extract-text', text: '' })).ok).toBe(false);
  });
});

describe('the library', () => {
  async function three() {
    const s = setup();
    for (const p of [ada, grace, alan]) await s.call({ op: 'save', profile: p });
    await s.call({ op: 'add-tag', id: ada.id, tag: 'shortlist' });
    return s;
  }

  it('search answers rows (what the list shows), the total, tags and the quarantine count', async () => {
    const { call } = await three();
    const all = await call({ op: 'search', query: { sort: 'name' } });
    expect(all.rows.map((r) => r.name)).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    expect(all).toMatchObject({ total: 3, tags: ['shortlist'], quarantined: 0 });
    expect(all.rows[0]).toMatchObject({ title: 'Analyst', company: 'Engines Ltd', tags: ['shortlist'], site: ada.source.site, url: ada.source.url });
    expect((await call({ op: 'search', query: { skill: 'rust', sort: 'name' } })).rows.map((r) => r.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect((await call({ op: 'search', query: { text: 'hop' } })).rows.map((r) => r.name)).toEqual(['Grace Hopper']);
    expect((await call({ op: 'search', query: { tag: 'Shortlist' } })).total).toBe(1);
    expect((await call({ op: 'search', query: { text: '   ' } })).total).toBe(3);
  });

  it('delete and undo', async () => {
    const { call } = await three();
    const { removed, count } = await call({ op: 'remove', ids: [ada.id, grace.id] });
    expect(count).toBe(2);
    expect((await call({ op: 'count' })).count).toBe(1);
    expect(await call({ op: 'restore', removed })).toEqual({ restored: 2, skipped: 0 });
    expect((await call({ op: 'search', query: {} })).total).toBe(3);
    expect((await call({ op: 'search', query: { tag: 'shortlist' } })).rows.map((r) => r.id)).toEqual([ada.id]);
    // A forged undo is validated by the background before anything is written.
    await expect(call({ op: 'restore', removed: { records: [{ id: 'x', profile: { evil: true } }], history: [] } })).rejects.toThrow();
    expect((await call({ op: 'count' })).count).toBe(3);
  });

  it.each([
    ['all', {}, 3],
    ['selected', { ids: [grace.id] }, 1],
    ['matching, over every page of the query', { query: { skill: 'Rust' } }, 2],
  ] as const)('exports %s as JSON (envelope with notes and tags), CSV and JSON Resume', async (_, scope, n) => {
    const { call } = await three();
    const json = await call({ op: 'export', format: 'json', ...scope } as ServiceRequest & { op: 'export' });
    expect(json.count).toBe(n);
    expect(json.fileName).toBe('profile-lens-export-2026-11-01.json');
    const envelope = LibraryExportSchema.parse(JSON.parse(json.text));
    expect(envelope.profiles).toHaveLength(n);
    const csv = await call({ op: 'export', format: 'csv', ...scope } as ServiceRequest & { op: 'export' });
    expect(csv).toMatchObject({ fileName: 'profile-lens-2026-11-01.csv', mime: 'text/csv', count: n });
    expect(csv.text.trim().split(/\r?\n/)).toHaveLength(n + 1);
    const resume = await call({ op: 'export', format: 'jsonresume', ...scope } as ServiceRequest & { op: 'export' });
    expect(JSON.parse(resume.text).basics.name).toBeTruthy();
  });

  it('selected ids are read in one go: in their order, missing and repeated ids left out', async () => {
    const { call } = await three();
    const file = await call({ op: 'export', format: 'json', ids: [grace.id, 'himalayas:nobody', ada.id, grace.id] });
    expect(JSON.parse(file.text).profiles.map((p: { id: string }) => p.id)).toEqual([grace.id, ada.id]);
    expect(file.count).toBe(2);
  });

  it('a file comes on its reply channel when asked (the answer then carries no text)', async () => {
    const { call } = await three();
    const plain = await call({ op: 'export', format: 'json' });
    const raw = await call({ op: 'export', format: 'json', replyChannel: 'profile-lens.file.0123456789abcdef' });
    expect(raw).toMatchObject({ text: '', sent: true, count: 3 });
    const viaChannel = await fetchFile(call, { op: 'export', format: 'csv' });
    expect(viaChannel.sent).toBeUndefined();
    expect(viaChannel.text.trim().split(/\r?\n/)).toHaveLength(4);
    const json = await fetchFile(call, { op: 'export', format: 'json' });
    expect(json.text).toBe(plain.text);
    expect(json).toMatchObject({ fileName: plain.fileName, mime: 'application/json', count: 3 });
  });

  it('fetchFile gives up with a message when the text never comes, and ignores what does not validate', async () => {
    const liar = createClient(async (m) => {
      const name = (m as { request: { replyChannel: string } }).request.replyChannel;
      const c = new BroadcastChannel(name);
      c.postMessage({ text: 42 }); // not a file: ignored
      c.close();
      return { ok: true, value: { fileName: 'x.json', mime: 'application/json', text: '', count: 1, sent: true } };
    });
    await expect(fetchFile(liar, { op: 'export', format: 'json' }, { timeoutMs: 200 })).rejects.toThrow(/the file did not arrive/);
  });

  it('an export of all from a large library is compact, and the same profiles as the pretty one', async () => {
    const { repo, call } = setup();
    await repo.saveMany(makeProfiles(1001, 9));
    const file = await fetchFile(call, { op: 'export', format: 'json' });
    expect(file.count).toBe(1001);
    expect(file.text).not.toContain('\n');
    const envelope = LibraryExportSchema.parse(JSON.parse(file.text));
    expect(envelope.library).toHaveLength(1001);
    const some = await call({ op: 'export', format: 'json', ids: envelope.profiles.slice(0, 3).map((p) => p.id) });
    expect(JSON.parse(some.text).profiles).toEqual(envelope.profiles.slice(0, 3));
  });

  it('imports its own export into another library: preview, commit, same profiles and notes', async () => {
    const a = await three();
    await a.call({ op: 'set-notes', id: ada.id, notes: 'strong on maths' });
    const file = await a.call({ op: 'export', format: 'json' });
    const b = setup();
    const preview = await b.call({ op: 'import-preview', text: file.text });
    expect(preview).toEqual({ ok: true, counts: { new: 3, updated: 0, unchanged: 0 }, rejected: [], token: expect.stringMatching(/^[A-Za-z0-9-]{8,64}$/) });
    expect((await b.call({ op: 'count' })).count).toBe(0);
    expect(await b.call({ op: 'import-commit', text: file.text })).toEqual({ ok: true, counts: { new: 3, updated: 0, unchanged: 0 } });
    expect((await b.call({ op: 'saved-state', profile: ada })).saved?.notes).toBe('strong on maths');
    expect(await b.call({ op: 'import-preview', text: file.text })).toMatchObject({ ok: true, counts: { new: 0, unchanged: 3 } });
    const again = await b.call({ op: 'export', format: 'json' });
    expect(JSON.parse(again.text).profiles).toEqual(JSON.parse(file.text).profiles);
  });

  it('"Import" commits what the preview read, by its token, once; an unknown, used or replaced token asks for the file again', async () => {
    const a = await three();
    const file = (await a.call({ op: 'export', format: 'json' })).text;
    let clock = new Date('2026-11-01T12:00:00Z');
    const b = setup();
    const service = createService({ repo: b.repo, now: () => clock });
    const sent: unknown[] = [];
    const call = createClient(async (m) => {
      sent.push((m as { request: unknown }).request);
      return service.handle(JSON.parse(JSON.stringify(m)).request);
    });
    const preview = await call({ op: 'import-preview', text: file });
    if (!preview.ok) throw new Error(preview.reason);
    expect(await call({ op: 'import-commit', token: preview.token })).toEqual({ ok: true, counts: { new: 3, updated: 0, unchanged: 0 } });
    // Used: gone.
    expect(await call({ op: 'import-commit', token: preview.token })).toMatchObject({ ok: false, expired: true, reason: /choose the file again/ });
    expect(await call({ op: 'import-commit', token: 'not-a-token-we-gave' })).toMatchObject({ ok: false, expired: true });
    expect(await call({ op: 'import-commit' })).toMatchObject({ ok: false, expired: true });
    // Replaced by a later preview, or stale: commitPreviewedImport sends the file again.
    const first = await call({ op: 'import-preview', text: file });
    const second = await call({ op: 'import-preview', text: file });
    if (!first.ok || !second.ok) throw new Error('preview failed');
    sent.length = 0;
    expect(await commitPreviewedImport(call, { token: first.token, text: file })).toEqual({ ok: true, counts: { new: 0, updated: 0, unchanged: 3 } });
    expect(sent.map((r) => Object.keys(r as object).sort().join())).toEqual(['op,token', 'op,text']);
    const third = await call({ op: 'import-preview', text: file });
    if (!third.ok) throw new Error('preview failed');
    clock = new Date(clock.getTime() + 16 * 60_000);
    sent.length = 0;
    expect((await commitPreviewedImport(call, { token: third.token, text: file })).ok).toBe(true);
    expect(sent).toHaveLength(2);
    // The held token path sends no file.
    const fourth = await call({ op: 'import-preview', text: file });
    if (!fourth.ok) throw new Error('preview failed');
    sent.length = 0;
    expect((await commitPreviewedImport(call, { token: fourth.token, text: file })).ok).toBe(true);
    expect(sent).toEqual([{ op: 'import-commit', token: fourth.token }]);
    expect(await service.handle({ op: 'import-commit', token: '../../etc' })).toMatchObject({ ok: false });
  });

  it.each([['{"format":"profile-lens.export"'], ['[]'], ['{"__proto__":{"x":1}}'], ['']])('a bad import file %j changes nothing', async (text) => {
    const { call } = await three();
    const preview = await call({ op: 'import-preview', text });
    expect(preview.ok).toBe(false);
    expect((await call({ op: 'import-commit', text })).ok).toBe(false);
    expect((await call({ op: 'count' })).count).toBe(3);
  });

  it('delete everything clears the library, its quarantine and profiles earlier versions left in storage.local; settings stay', async () => {
    const { call, legacyArea } = await three();
    await new LegacyStorageLibrary(legacyArea).save(alan);
    await legacyArea.set({ 'profile:broken': { nope: true }, [SETTINGS_KEY]: { badge: false } });
    await call({ op: 'delete-everything' });
    expect((await call({ op: 'count' })).count).toBe(0);
    expect([...legacyArea.data.keys()]).toEqual([SETTINGS_KEY]);
    expect(JSON.parse((await call({ op: 'export', format: 'json' })).text).profiles).toEqual([]);
  });
});
