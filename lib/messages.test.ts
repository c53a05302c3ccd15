import { describe, expect, it } from 'vitest';
import { ContentMessageSchema, TabStateSchema } from './messages';
import { tabStateFor } from './service/tab-state';
import type { Snapshot } from './schema/snapshot';

const snap = (over: Partial<Snapshot> = {}): Snapshot => ({
  url: 'https://himalayas.app/@x',
  canonical: null,
  title: '',
  lang: null,
  meta: {},
  jsonld: [],
  plain: false,
  blocks: [{ kind: 'heading', level: 1, text: 'Jane Doe' }],
  truncated: false,
  ...over,
});

describe('messages', () => {
  it.each([
    [{ type: 'page-loading', url: 'https://himalayas.app/@x' }, true],
    [{ type: 'page-not-profile', url: 'https://himalayas.app/jobs' }, true],
    [{ type: 'page-snapshot', url: 'https://himalayas.app/@x', snapshot: snap() }, true],
    [{ type: 'page-snapshot', url: 'https://himalayas.app/@x', snapshot: { blocks: 'x' } }, false],
    [{ type: 'open-panel' }, false],
    [{ type: 'page-loading', url: 42 }, false],
    [{ type: '__proto__' }, false],
    [null, false],
    ['page-loading', false],
  ])('%j validates: %s', (m, ok) => {
    expect(ContentMessageSchema.safeParse(m).success).toBe(ok);
  });
});

describe('tab state from a content message (background)', () => {
  const NOW = Date.parse('2026-11-01T00:00:00Z');

  it('a snapshot becomes a finished, valid profile', () => {
    const s = snap({
      url: 'https://example.com/cv',
      blocks: [
        { kind: 'heading', level: 1, text: 'Jane Doe' },
        { kind: 'heading', level: 2, text: 'Experience' },
        { kind: 'text', text: 'Senior Engineer at Acme' },
        { kind: 'text', text: 'Jan 2020 - Present' },
      ],
    });
    const state = tabStateFor({ type: 'page-snapshot', url: s.url, snapshot: s }, NOW);
    expect(state.state).toBe('profile');
    expect(TabStateSchema.safeParse(state).success).toBe(true);
    if (state.state === 'profile') {
      expect(state.profile.name).toBe('Jane Doe');
      expect(state.profile.experience[0]).toMatchObject({ title: 'Senior Engineer', company: 'Acme', start: '2020-01', current: true });
    }
  });

  it('a page without a person becomes an error state with the reason, never a stuck one', () => {
    const s = snap({ blocks: [] });
    const state = tabStateFor({ type: 'page-snapshot', url: s.url, snapshot: s }, NOW);
    expect(state.state).toBe('error');
    expect(TabStateSchema.safeParse(state).success).toBe(true);
  });

  it.each([
    ['page-loading', 'loading'],
    ['page-not-profile', 'not-profile'],
  ] as const)('%s → %s', (type, expected) => {
    expect(tabStateFor({ type, url: 'https://himalayas.app/@x' }, NOW)).toEqual({ state: expected, url: 'https://himalayas.app/@x', at: NOW });
  });

  it('the panel refuses a stored state whose profile does not validate', () => {
    expect(TabStateSchema.safeParse({ state: 'profile', url: 'x', at: 1, profile: { name: 'Jane' } }).success).toBe(false);
  });
});
