import { describe, expect, it } from 'vitest';
import { ContentMessageSchema, fitSnapshot, tabStateFor, TabStateSchema } from './messages';
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

  it('keeps small snapshots as they are', () => {
    const s = snap();
    expect(fitSnapshot(s)).toBe(s);
  });

  it('drops the largest JSON-LD first, then trailing blocks, to fit the budget', () => {
    const big = snap({ jsonld: ['{"@type":"Person","name":"Jane"}', 'x'.repeat(900_000), 'y'.repeat(600_000)] });
    const fitted = fitSnapshot(big, 1_000_000)!;
    expect(fitted.truncated).toBe(true);
    expect(fitted.jsonld).toEqual(['{"@type":"Person","name":"Jane"}', 'y'.repeat(600_000)]);
    const many = snap({ blocks: Array.from({ length: 3000 }, (_, i) => ({ kind: 'text' as const, text: `line ${i} `.repeat(50) })) });
    const cut = fitSnapshot(many, 500_000)!;
    expect(JSON.stringify(cut).length).toBeLessThanOrEqual(500_000);
    expect(cut.blocks[0]).toEqual(many.blocks[0]);
    expect(cut.blocks.length).toBeLessThan(3000);
  });

  it('turns a snapshot that cannot fit into an error state, never a stuck one', () => {
    const s = snap({ url: 'https://himalayas.app/@x', title: 't'.repeat(1000) });
    const state = tabStateFor({ type: 'page-snapshot', url: s.url, snapshot: s }, 1);
    expect(state.state).toBe('snapshot');
    expect(TabStateSchema.safeParse(state).success).toBe(true);
    expect(fitSnapshot(s, 100)).toBeNull();
  });
});
