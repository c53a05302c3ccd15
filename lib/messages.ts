/**
 * Every runtime message and the per-tab state, as zod schemas. Receivers
 * validate with these; nothing else crosses a context boundary.
 */
import * as z from 'zod';
import { SnapshotSchema } from './schema/snapshot';

/** Content script → background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-loading'), url: z.string().max(4096) }),
  z.object({ type: z.literal('page-snapshot'), url: z.string().max(4096), snapshot: SnapshotSchema }),
  z.object({ type: z.literal('page-not-profile'), url: z.string().max(4096) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** What the panel knows about a tab; kept in storage.session under `tabKey(id)`, written only by the background. */
export const TabStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading'), url: z.string(), at: z.number() }),
  z.object({ state: z.literal('not-profile'), url: z.string(), at: z.number() }),
  z.object({ state: z.literal('snapshot'), url: z.string(), at: z.number(), snapshot: SnapshotSchema }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

export const tabKey = (tabId: number) => `tab:${tabId}`;

export function tabStateFor(message: ContentMessage, at: number): TabState {
  switch (message.type) {
    case 'page-loading':
      return { state: 'loading', url: message.url, at };
    case 'page-not-profile':
      return { state: 'not-profile', url: message.url, at };
    case 'page-snapshot':
      return { state: 'snapshot', url: message.url, at, snapshot: message.snapshot };
  }
}
