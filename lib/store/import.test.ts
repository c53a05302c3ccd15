/**
 * Import: our export files and JSON Resume documents; a table of hostile and
 * broken files (each gives one clear line and writes nothing); preview and
 * one-transaction commit with history; an export → clear → import round trip;
 * and a property test: arbitrary JSON never throws and never writes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { toJsonResume } from './export';
import { makeProfile, makeProfiles } from './fixtures/profiles';
import { freshRepo } from './fixtures/testing';
import { commitImport, fromJsonResume, parseImport, previewImport, utf8BytesOver } from './import';
import type { ProfileRepository } from './repository';
import { isSealedProfile } from './records';

const require = createRequire(import.meta.url);
const sampleResume = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/sample.resume.json'), 'utf8')) as Record<string, any>;

const opened: ProfileRepository[] = [];
const repo = () => {
  const r = freshRepo();
  opened.push(r);
  return r;
};
afterEach(() => {
  for (const r of opened.splice(0)) r.close();
});

const envelope = (profiles: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'profile-lens.export', schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', profiles, ...extra });

describe('parseImport: accepted files', () => {
  it('reads our export, keeping valid profiles and listing rejected ones', () => {
    const [a, b] = makeProfiles(2);
    const bad = { ...a, id: 'x:bad', name: 42 };
    const res = parseImport(envelope([a, bad, b, a]));
    expect(res).toMatchObject({ ok: true, format: 'profile-lens.export' });
    if (!res.ok) return;
    expect(res.profiles).toEqual([a, b]);
    expect(res.rejected).toEqual([
      { index: 1, reason: expect.stringMatching(/^name: /) },
      { index: 3, reason: 'same id as profile 1 in the file' },
    ]);
  });

  it('accepts a byte-order mark and an empty export', () => {
    const res = parseImport('\uFEFF' + envelope([]));
    expect(res).toMatchObject({ ok: true, profiles: [], rejected: [] });
  });

  it('reads the official JSON Resume sample', () => {
    const res = parseImport(JSON.stringify(sampleResume), { now: new Date('2026-06-01T00:00:00Z') });
    expect(res).toMatchObject({ ok: true, format: 'jsonresume' });
    if (!res.ok) return;
    const p = res.profiles[0]!;
    expect(p.id).toMatch(/^jsonresume:richard-hendriks-[0-9a-f]{8}$/);
    expect(p.source).toMatchObject({ site: 'jsonresume', method: 'user' });
    expect(p.name).toBe('Richard Hendriks');
    expect(p.headline).toBe(sampleResume.basics.label);
    expect(p.location).toEqual({ text: `${sampleResume.basics.location.city}, ${sampleResume.basics.location.region}`, countryCode: 'US' });
    expect(p.experience[0]).toMatchObject({ company: sampleResume.work[0].name, title: sampleResume.work[0].position, start: sampleResume.work[0].startDate.slice(0, 7) });
    expect(p.links.map((l) => l.url)).toContain(`mailto:${sampleResume.basics.email}`);
    expect(p.skills.length).toBeGreaterThan(0);
    // Re-importing the same document gives the same id (stable).
    const again = parseImport(JSON.stringify(sampleResume));
    expect(again.ok && again.profiles[0]!.id).toBe(p.id);
  });
});

describe('parseImport: hostile and broken files', () => {
  const big = 'x'.repeat(10 * 1024 * 1024);
  const valid = makeProfiles(1)[0]!;
  /** [case, file text, expected reason, or 'ok' when the file is accepted once the hostile part is dropped] */
  const rows: Array<[string, string, RegExp | 'ok', { maxBytes?: number }?]> = [
    ['empty file', '', /empty/],
    ['whitespace only', '  \n ', /empty/],
    ['not JSON', 'hello, world', /not valid JSON/],
    ['truncated export', envelope([valid]).slice(0, 200), /not valid JSON.*truncated|truncated/],
    ['a JSON array', '[1,2,3]', /expected a JSON object/],
    ['a JSON string', '"profile-lens.export"', /expected a JSON object/],
    ['null', 'null', /expected a JSON object/],
    ['unknown format', JSON.stringify({ format: 'linkedin.dump', profiles: [] }), /Unknown file format “linkedin.dump”/],
    ['format of the wrong type', JSON.stringify({ format: 7 }), /format is not a string/],
    ['newer schema version', JSON.stringify({ format: 'profile-lens.export', schemaVersion: 2, profiles: [] }), /newer version.*schema version 2/],
    ['schemaVersion as a string', JSON.stringify({ format: 'profile-lens.export', schemaVersion: '1', profiles: [] }), /unsupported schemaVersion/],
    ['profiles is not a list', JSON.stringify({ format: 'profile-lens.export', schemaVersion: 1, profiles: { a: 1 } }), /no list of profiles/],
    ['profiles of wrong types', envelope([1, 'two', null, { id: 3 }]), /None of the 4 profiles.*profile 1/],
    ['a 10 MB name', envelope([{ ...valid, name: big }]), /None of the 1 profile in the file.*name: Too big/],
    ['a 10 MB JSON Resume summary', JSON.stringify({ basics: { name: 'A', summary: big } }), /JSON Resume cannot be imported: basics\.summary/],
    ['__proto__ keys only', '{"__proto__": {"polluted": true}}', /not a Profile Lens export or a JSON Resume/],
    ['__proto__ inside a profile', envelope([JSON.parse(JSON.stringify(valid).replace('{', '{"__proto__":{"polluted":true},'))]).replace('"profiles":[', '"profiles":[{"__proto__":{"isAdmin":true}},'), 'ok'],
    ['nested 100 deep', '['.repeat(100) + ']'.repeat(100), /nested too deeply/],
    ['javascript: link in a profile', envelope([{ ...valid, links: [{ label: 'x', url: 'javascript:alert(1)' }] }]), /links\.0\.url: only http/],
    ['JSON Resume with wrong types', JSON.stringify({ basics: { name: ['Ada'] }, work: 'lots' }), /JSON Resume cannot be imported: basics\.name/],
    ['JSON Resume with a script as e-mail', JSON.stringify({ basics: { name: 'Ada', email: 'javascript:alert(1)' } }), 'ok'],
    ['JSON Resume with a javascript: profile url', JSON.stringify({ basics: { name: 'Ada', profiles: [{ network: 'x', url: 'javascript:alert(1)' }] } }), 'ok'],
    ['over the size limit', envelope([valid]), /too large/, { maxBytes: 100 }],
    ['over the size limit in multi-byte text', 'é'.repeat(60), /too large/, { maxBytes: 100 }],
  ];

  it.each(rows)('%s → one clear line, nothing written', async (_, text, reason, opts) => {
    const r = repo();
    const res = parseImport(text, opts);
    if (reason === 'ok') {
      // Accepted once the hostile part is dropped: prototype keys removed, unsafe links left out.
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      for (const p of res.profiles) expect(p.links.every((l) => /^(https?:\/\/|mailto:[^:]+@)/.test(l.url))).toBe(true);
      if (_ === '__proto__ inside a profile') {
        expect(res.profiles).toEqual([valid]);
        expect(res.rejected).toEqual([{ index: 0, reason: expect.stringMatching(/^schemaVersion/) }]);
      }
    } else {
      expect(res.ok).toBe(false);
      if (res.ok) return;
      expect(res.reason).toMatch(reason);
      expect(res.reason).not.toMatch(/\n/);
      expect(res.reason.length).toBeLessThanOrEqual(300);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(await r.count()).toBe(0);
  });

  it('at least 10 hostile rows', () => expect(rows.length).toBeGreaterThanOrEqual(10));
});

describe('fromJsonResume', () => {
  it('round-trips our JSON Resume export (the fields JSON Resume has)', () => {
    const p = makeProfile({
      name: 'Zoë Ångström',
      headline: 'Frontend lead',
      location: { text: 'Stockholm, Sweden', countryCode: 'SE' },
      links: [{ label: 'GitHub', url: 'https://github.com/zoe' }],
      roles: [
        { title: 'Frontend Lead', company: 'Globex', start: '2022-04', current: true, highlights: ['Design system'] },
        { title: 'Developer Intern', company: 'Initech', start: '2019-06', end: '2019-08' },
      ],
      education: [{ institution: 'KTH', degree: 'MSc', field: 'Computer Science', start: '2017', end: '2019' }],
      skills: [
        { name: 'React', category: 'frontend' },
        { name: 'TypeScript', category: 'languages' },
      ],
    });
    const back = fromJsonResume(toJsonResume(p), { now: new Date('2026-01-01T00:00:00Z') });
    expect(back.name).toBe(p.name);
    expect(back.headline).toBe(p.headline);
    expect(back.location).toEqual({ text: 'Stockholm', countryCode: 'SE' });
    expect(back.experience.map((e) => [e.title, e.company, e.start, e.end, e.current, e.internship])).toEqual([
      ['Frontend Lead', 'Globex', '2022-04', null, true, false],
      ['Developer Intern', 'Initech', '2019-06', '2019-08', false, true],
    ]);
    expect(back.experience[1]!.durationMonths).toBe(3);
    expect(back.education[0]).toMatchObject({ institution: 'KTH', degree: 'MSc', degreeLevel: 'master', field: 'Computer Science' });
    expect(back.skills.map((s) => [s.name, s.category])).toEqual([
      ['React', 'frontend'],
      ['TypeScript', 'languages'],
    ]);
    expect(back.stats).toMatchObject({ totalExperienceMonths: 46 + 3, currentTitle: 'Frontend Lead', currentCompany: 'Globex' });
  });

  it.each([
    [{ basics: { name: 'Ada Lovelace' } }, 'jsonresume:ada-lovelace'],
    [{ basics: { name: 'Ada Lovelace', email: 'ada@example.com' } }, /^jsonresume:ada-lovelace-[0-9a-f]{8}$/],
    [{ basics: {} }, /^jsonresume:resume-[0-9a-f]{8}$/],
    [{ basics: { name: '王小明' } }, /^jsonresume:resume-[0-9a-f]{8}$/],
  ])('ids: %j', (doc, id) => {
    expect(fromJsonResume(doc).id).toMatch(id);
  });

  it('keeps going past dates it cannot read, with a warning', () => {
    const p = fromJsonResume({ basics: { name: 'A' }, work: [{ name: 'X', position: 'Y', startDate: 'Spring 2019', endDate: '2020-13' }] });
    expect(p.experience[0]).toMatchObject({ start: null, end: null });
    expect(p.warnings.map((w) => w.field)).toEqual(['experience.0.start', 'experience.0.end']);
  });
});

describe('previewImport and commitImport', () => {
  it('counts new / updated / unchanged, then commits in one transaction with history', async () => {
    const r = repo();
    const [a, b, c] = makeProfiles(3);
    await r.saveMany([a!, b!]);
    const incoming = [a!, { ...b!, headline: 'Promoted' }, c!];
    expect(await previewImport(r, incoming)).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(await r.count()).toBe(2); // preview wrote nothing
    expect(await commitImport(r, incoming)).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(await r.count()).toBe(3);
    const h = await r.history(b!.id);
    expect(h.map((e) => [e.kind, e.origin])).toEqual([
      ['created', 'save'],
      ['updated', 'import'],
    ]);
    expect(h[1]!.changes.map((x) => x.kind)).toEqual(['headline-changed']);
    expect(await previewImport(r, incoming)).toEqual({ new: 0, updated: 0, unchanged: 3 });
  });

  it('round trip: save, export, clear, import → the same export (but exportedAt)', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(8, 5));
    await r.save(fromJsonResume(sampleResume, { now: new Date('2026-01-01T00:00:00Z') }));
    await r.setNotes('himalayas:p3', 'Call back in May');
    await r.addTag('himalayas:p3', 'shortlist');
    await r.setCorrection('himalayas:p4', 'headline', 'Corrected headline');
    const first = await r.exportAll();
    const text = JSON.stringify(first);

    await r.clear();
    expect(await r.count()).toBe(0);
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await previewImport(r, parsed.profiles)).toEqual({ new: 9, updated: 0, unchanged: 0 });
    expect(await commitImport(r, parsed.profiles, { annotations: parsed.annotations })).toEqual({ new: 9, updated: 0, unchanged: 0 });

    const second = await r.exportAll();
    expect({ ...second, exportedAt: 'x' }).toEqual({ ...first, exportedAt: 'x' });
    expect((await r.get('himalayas:p3'))?.tags).toEqual(['shortlist']);
  });

  it('a rejected import leaves the library exactly as it was', async () => {
    const r = repo();
    await r.saveMany(makeProfiles(3));
    const before = await r.exportAll();
    const res = parseImport(envelope([{ nope: true }]));
    expect(res.ok).toBe(false);
    expect({ ...(await r.exportAll()), exportedAt: 'x' }).toEqual({ ...before, exportedAt: 'x' });
  });
});

describe('property: arbitrary input', () => {
  it('random JSON values never throw, and parsing or previewing them never writes', async () => {
    const r = repo();
    await r.save(makeProfile());
    const before = JSON.stringify(await r.all());
    const profileish = fc.record({
      schemaVersion: fc.constantFrom(1, 2, '1'),
      id: fc.string(),
      name: fc.oneof(fc.string(), fc.integer()),
      source: fc.anything(),
    });
    const doc = fc.oneof(
      fc.jsonValue(),
      fc.record({ format: fc.constant('profile-lens.export'), schemaVersion: fc.constantFrom(1, 2), profiles: fc.array(fc.oneof(profileish, fc.jsonValue()), { maxLength: 4 }) }),
      fc.record({ basics: fc.oneof(fc.jsonValue(), fc.record({ name: fc.jsonValue(), label: fc.jsonValue() })), work: fc.jsonValue() }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'basics', 'format'), fc.jsonValue()),
    );
    const texts = fc.oneof(
      doc.map((d) => JSON.stringify(d) ?? ''),
      doc.map((d) => (JSON.stringify(d) ?? '').slice(0, 7)), // truncated
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const res = parseImport(text);
        expect(typeof res.ok).toBe('boolean');
        if (!res.ok) expect(res.reason).toMatch(/^[^\n]{1,300}$/);
        else await previewImport(r, res.profiles); // reading what an import would do writes nothing either
        return true;
      }),
      { numRuns: 500 },
    );
    expect(JSON.stringify(await r.all())).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});


describe('utf8BytesOver', () => {
  // The plain per-character count it replaces.
  const reference = (text: string, limit: number) => {
    if (text.length > limit) return true;
    if (text.length * 3 <= limit) return false;
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff) {
        bytes += 4;
        i++;
      } else bytes += 3;
      if (bytes > limit) return true;
    }
    return false;
  };
  it('property: agrees with a per-character count on any text (surrogates, lone halves, ASCII runs) at every limit near its size', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 20 }), fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', 'é', '€', 'abc'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const bytes = new TextEncoder().encode(text).length;
        for (const limit of [0, 1, text.length, bytes - 2, bytes - 1, bytes, bytes + 1, bytes + 4, text.length * 3]) {
          if (limit < 0) continue;
          expect(utf8BytesOver(text, limit)).toBe(reference(text, limit));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('profiles from parseImport are sealed: validated once, frozen since', () => {
  it('are deep-frozen, so they cannot become invalid before commitImport writes them without parsing them again', async () => {
    const profiles = makeProfiles(3, 12);
    const parsed = parseImport(JSON.stringify({ format: 'profile-lens.export', schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', profiles }));
    if (!parsed.ok) throw new Error(parsed.reason);
    const [p] = parsed.profiles;
    expect(isSealedProfile(p)).toBe(true);
    expect(Object.isFrozen(p!.source)).toBe(true);
    expect(Object.isFrozen(p!.experience[0])).toBe(true);
    expect(() => {
      (p!.source as { site: string }).site = 'Not Valid';
    }).toThrow(TypeError);
    expect(() => (p!.skills as unknown[]).push('x')).toThrow(TypeError);
    expect(p).toEqual(profiles[0]);
    // A copy (e.g. after a message between contexts) is not sealed and is validated as usual.
    expect(isSealedProfile(structuredClone(p))).toBe(false);
    expect(isSealedProfile({ ...p })).toBe(false);
    const r = freshRepo();
    expect(await commitImport(r, parsed.profiles, { annotations: parsed.annotations })).toEqual({ new: 3, updated: 0, unchanged: 0 });
    expect((await r.all()).map((x) => x.profile)).toEqual(profiles);
    await expect(r.saveMany([{ ...structuredClone(p!), source: { ...p!.source, site: 'Not Valid' } }])).rejects.toMatchObject({ kind: 'invalid-data' });
    r.close();
  });

  it('a JSON Resume import is sealed too', () => {
    const parsed = parseImport(JSON.stringify({ basics: { name: 'Ada Lovelace' } }));
    expect(parsed.ok && isSealedProfile(parsed.profiles[0])).toBe(true);
  });
});
