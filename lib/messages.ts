/**
 * Every runtime message and the per-tab state, as zod schemas. Receivers
 * validate with these; nothing else crosses a context boundary.
 */
import * as z from 'zod/mini';
import { SnapshotSchema, type Snapshot } from './schema/snapshot';

/** Content script → background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-loading'), url: z.string().check(z.maxLength(4096)) }),
  z.object({ type: z.literal('page-snapshot'), url: z.string().check(z.maxLength(4096)), snapshot: SnapshotSchema }),
  z.object({ type: z.literal('page-not-profile'), url: z.string().check(z.maxLength(4096)) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** What the panel knows about a tab; kept in storage.session under `tabKey(id)`, written only by the background. */
export const TabStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading'), url: z.string(), at: z.number() }),
  z.object({ state: z.literal('not-profile'), url: z.string(), at: z.number() }),
  z.object({ state: z.literal('snapshot'), url: z.string(), at: z.number(), snapshot: SnapshotSchema }),
  z.object({ state: z.literal('error'), url: z.string(), at: z.number(), reason: z.string().check(z.maxLength(1000)) }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

export const tabKey = (tabId: number) => `tab:${tabId}`;

/**
 * storage.session holds 10 MB for all tabs together: one tab's snapshot is
 * kept under this many characters of JSON.
 */
export const SNAPSHOT_BUDGET = 2_000_000;

/**
 * Fits a snapshot into the budget, dropping what matters least first:
 * JSON-LD blocks (largest first), then trailing blocks. Marks it truncated.
 * Returns null when even the trimmed snapshot does not fit.
 */
export function fitSnapshot(snapshot: Snapshot, budget = SNAPSHOT_BUDGET): Snapshot | null {
  const size = (s: Snapshot) => JSON.stringify(s).length;
  if (size(snapshot) <= budget) return snapshot;
  let s: Snapshot = { ...snapshot, truncated: true, jsonld: [...snapshot.jsonld] };
  while (s.jsonld.length && size(s) > budget) {
    const largest = s.jsonld.reduce((best, x, i) => (x.length > s.jsonld[best]!.length ? i : best), 0);
    s.jsonld.splice(largest, 1);
  }
  let blocks = s.blocks;
  while (blocks.length && size({ ...s, blocks }) > budget) blocks = blocks.slice(0, Math.floor(blocks.length * 0.8));
  s = { ...s, blocks };
  return size(s) <= budget ? s : null;
}

export function tabStateFor(message: ContentMessage, at: number): TabState {
  switch (message.type) {
    case 'page-loading':
      return { state: 'loading', url: message.url, at };
    case 'page-not-profile':
      return { state: 'not-profile', url: message.url, at };
    case 'page-snapshot': {
      const snapshot = fitSnapshot(message.snapshot);
      return snapshot
        ? { state: 'snapshot', url: message.url, at, snapshot }
        : { state: 'error', url: message.url, at, reason: 'This page is too large to read.' };
    }
  }
}
