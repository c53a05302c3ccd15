/**
 * Record helpers: search tokens, skill keys, tags, corrections and the
 * record schema's checks.
 */
import { describe, expect, it } from 'vitest';
import { makeProfile } from './fixtures/profiles';
import { applyCorrectionsDetailed, buildRecord, buildRecordFromParsed, indexTokens, normalizeTag, queryTokens, SavedRecordSchema, skillKey } from './records';

describe('tokens', () => {
  it.each([
    ['Ada Lovelace', ['ada', 'lovelace'], ['ada', 'lovelace']],
    ['Node.js, C++ and .NET', ['node.js', 'c++', 'and', '.net'], ['node.js', 'node', 'js', 'nodejs', 'c++', 'c', 'c', 'and', '.net', 'net', 'net']],
    ['C# / F#', ['c#', 'f#'], ['c#', 'c', 'c', 'f#', 'f', 'f']],
    ['Zoë Ångström-Smith', ['zoe', 'angstrom-smith'], ['zoe', 'angstrom-smith', 'angstrom', 'smith', 'angstromsmith']],
    ["O'Brien, Sr.", ["o'brien", 'sr'], ["o'brien", 'o', 'brien', 'obrien', 'sr']],
    ['Staff Engineer @ Acme (Remote)', ['staff', 'engineer', 'acme', 'remote'], ['staff', 'engineer', 'acme', 'remote']],
    ['王小明', ['王小明'], ['王小明']],
    ['!!! --- ...', [], []],
  ])('%s', (text, query, index) => {
    expect(queryTokens(text)).toEqual(query);
    expect(indexTokens(text)).toEqual(index);
  });

  it('caps token length', () => {
    expect(queryTokens('x'.repeat(100))[0]).toHaveLength(40);
  });

  it.each([
    ['Node.js', 'node.js'],
    ['  Machine   Learning ', 'machine learning'],
    ['Ｒｕｓｔ', 'rust'],
  ])('skillKey(%s) = %s', (name, key) => expect(skillKey(name)).toBe(key));

  it.each([
    ['  Backend  Hire ', 'backend hire'],
    ['ＵＲＧＥＮＴ', 'urgent'],
    ['x'.repeat(100), 'x'.repeat(64)],
  ])('normalizeTag(%s)', (tag, out) => expect(normalizeTag(tag)).toBe(out));
});

describe('records', () => {
  it('builds a valid record with derived fields from the corrected profile', () => {
    const rec = buildRecord({
      profile: makeProfile({ name: 'Ada', totalMonths: null, skills: ['Rust', 'rust', 'Go'] }),
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      tags: ['A', 'a', ' '],
      corrections: { name: 'Ada King' },
    });
    expect(rec.nameKey).toBe('ada king');
    expect(rec.totalMonths).toBe(-1);
    expect(rec.skillKeys).toEqual(['rust', 'go']);
    expect(rec.tags).toEqual(['a']);
    expect(rec.searchTokens).toContain('king');
    expect(rec.profile.name).toBe('Ada');
  });

  it('buildRecordFromParsed gives the same record as buildRecord and still validates everything but the profile', () => {
    const args = {
      profile: makeProfile({ name: 'Ada', skills: ['Rust', 'Go'] }),
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
      notes: 'n',
      tags: ['A'],
      corrections: { name: 'Ada King' },
    };
    const rec = buildRecordFromParsed(args);
    expect(rec).toEqual(buildRecord(args));
    expect(Object.keys(rec)).toEqual(Object.keys(buildRecord(args)));
    expect(SavedRecordSchema.safeParse(rec).success).toBe(true);
    expect(() => buildRecordFromParsed({ ...args, savedAt: 'yesterday' })).toThrow();
    expect(() => buildRecordFromParsed({ ...args, notes: 'x'.repeat(100_001) })).toThrow();
    expect(() => buildRecordFromParsed({ ...args, tags: Array.from({ length: 201 }, (_, i) => `t${i}`) })).toThrow();
    expect(() => buildRecordFromParsed({ ...args, corrections: { '__proto__.x': 1 } })).toThrow();
  });

  it('refuses a record whose id differs from its profile id', () => {
    const rec = buildRecord({ profile: makeProfile(), savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(SavedRecordSchema.safeParse({ ...rec, id: 'other' }).success).toBe(false);
  });

  it('applies corrections that fit and skips those that do not', () => {
    const profile = makeProfile({ roles: [{ title: 'Engineer', company: 'Acme' }] });
    const { profile: out, skipped } = applyCorrectionsDetailed(profile, {
      headline: 'Corrected',
      'experience.0.company': 'Acme Ltd',
      'experience.5.title': 'Nope',
      'location.countryCode': 'not a code',
      'source.site': 'Bad Site',
    });
    expect(out.headline).toBe('Corrected');
    expect(out.experience[0]!.company).toBe('Acme Ltd');
    expect(skipped).toEqual(['experience.5.title', 'location.countryCode', 'source.site']);
    expect(profile.headline).toBe('Engineer'); // input untouched
  });
});
