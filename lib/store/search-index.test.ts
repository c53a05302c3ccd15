/**
 * The in-memory search index on its own (the repository's tests check it
 * against IndexedDB's indexes and a brute-force reference).
 */
import { describe, expect, it } from 'vitest';
import { entryOf, SearchIndex, type IndexEntry } from './search-index';

const entry = (id: string, over: Partial<IndexEntry> = {}): IndexEntry => ({
  id,
  updatedAt: '2026-01-01T00:00:00.000Z',
  nameKey: id,
  totalMonths: -1,
  site: 'himalayas',
  skillKeys: [],
  searchTokens: [],
  tags: [],
  ...over,
});

const index = () => {
  const ix = new SearchIndex(0);
  ix.put([
    entry('a', { nameKey: 'ada lovelace', updatedAt: '2026-01-02T00:00:00.000Z', totalMonths: 120, skillKeys: ['rust', 'node.js'], searchTokens: ['ada', 'lovelace', 'node.js', 'node', 'js', 'nodejs', 'rust'], tags: ['shortlist'] }),
    entry('b', { nameKey: 'alan turing', updatedAt: '2026-01-03T00:00:00.000Z', totalMonths: 60, skillKeys: ['python'], searchTokens: ['alan', 'turing', 'python'] }),
    entry('c', { nameKey: 'zoe angstrom', updatedAt: '2026-01-03T00:00:00.000Z', site: 'resume', skillKeys: ['c++'], searchTokens: ['zoe', 'angstrom', 'c++'], tags: ['shortlist'] }),
    entry('d', { nameKey: 'adam smith', updatedAt: '2026-01-01T00:00:00.000Z', totalMonths: 120, skillKeys: ['rust'], searchTokens: ['adam', 'smith', 'rust'] }),
  ]);
  return ix;
};
const q = (over: Partial<Parameters<SearchIndex['query']>[0]> = {}) => ({ tokens: [], sort: 'recent' as const, offset: 0, limit: 50, ...over });

describe('SearchIndex.query', () => {
  it.each([
    [{ tokens: ['ada'] }, ['a', 'd']], // prefix of "ada" and "adam"; recent first (a: Jan 2, d: Jan 1)
    [{ tokens: ['ada', 'lov'] }, ['a']],
    [{ tokens: ['da'] }, []], // prefixes only, not inner substrings
    [{ tokens: ['nodejs'] }, ['a']],
    [{ tokens: ['c++'] }, ['c']],
    [{ skill: 'rust' }, ['a', 'd']],
    [{ skill: 'rus' }, []], // skills match whole keys
    [{ tag: 'shortlist' }, ['c', 'a']], // same day for b and c: higher id first, as IndexedDB's 'prev'
    [{ site: 'resume' }, ['c']],
    [{ tag: 'shortlist', site: 'himalayas' }, ['a']],
    [{}, ['c', 'b', 'a', 'd']],
  ])('%j → %j', (filters, expected) => {
    expect(index().query(q(filters))).toEqual({ ids: expected, total: expected.length });
  });

  it.each([
    ['recent', ['c', 'b', 'a', 'd']],
    ['name', ['a', 'd', 'b', 'c']], // 'ada lovelace' < 'adam smith': a space sorts before letters
    ['experience', ['d', 'a', 'b', 'c']], // 120, 120 (ties: higher id first), 60, -1
  ] as const)('sorts by %s in IndexedDB key order', (sort, expected) => {
    expect(index().query(q({ sort })).ids).toEqual(expected);
  });

  it('pages with offset and limit and counts every match', () => {
    expect(index().query(q({ offset: 1, limit: 2 }))).toEqual({ ids: ['b', 'a'], total: 4 });
    expect(index().query(q({ offset: 9 }))).toEqual({ ids: [], total: 4 });
    expect(index().query(q({ limit: 0 }))).toEqual({ ids: [], total: 4 });
  });

  it('follows puts (replacing by id) and deletes, re-sorting after each change', () => {
    const ix = index();
    ix.put([entry('b', { nameKey: 'zz top', updatedAt: '2025-01-01T00:00:00.000Z' })]);
    expect(ix.size).toBe(4);
    expect(ix.query(q({ sort: 'name' })).ids).toEqual(['a', 'd', 'c', 'b']);
    expect(ix.query(q({ tokens: ['turing'] })).total).toBe(0);
    ix.delete(['a', 'nobody']);
    expect(ix.query(q()).ids).toEqual(['c', 'd', 'b']);
    ix.clear();
    expect(ix.query(q())).toEqual({ ids: [], total: 0 });
  });
});

describe('entryOf', () => {
  it('keeps the search fields of a stored row and nothing else', () => {
    const row = { ...entry('x', { searchTokens: ['x'] }), profile: { big: 'object' }, notes: 'n', savedAt: 's' };
    expect(entryOf(row)).toEqual(entry('x', { searchTokens: ['x'] }));
  });

  it.each([
    ['null', null],
    ['a string', 'row'],
    ['tokens not a list', { ...entry('x'), searchTokens: 'a b' }],
    ['no id', { ...entry('x'), id: undefined }],
    ['months not a number', { ...entry('x'), totalMonths: '12' }],
    ['a token too long', { ...entry('x'), searchTokens: ['a'.repeat(41)] }],
  ])('rejects a row with %s', (_, row) => {
    expect(entryOf(row)).toBeNull();
  });
});
