/**
 * Every runtime message and the per-tab state, as zod schemas. Receivers
 * validate with these; nothing else crosses a context boundary.
 */
import * as z from 'zod/mini';
import { ProfileSchema } from './schema/profile';
import { SnapshotSchema } from './schema/snapshot';

/** Content script → background. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-loading'), url: z.string().check(z.maxLength(4096)) }),
  z.object({ type: z.literal('page-snapshot'), url: z.string().check(z.maxLength(4096)), snapshot: SnapshotSchema }),
  z.object({ type: z.literal('page-not-profile'), url: z.string().check(z.maxLength(4096)) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/**
 * What the panel knows about a tab; kept in storage.session under `tabKey(id)`,
 * written only by the background, which runs the pipeline as soon as a page's
 * snapshot arrives (lib/service/tab-state.ts): the panel receives a finished
 * profile and never parses pages itself.
 */
export const TabStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('loading'), url: z.string(), at: z.number() }),
  z.object({ state: z.literal('not-profile'), url: z.string(), at: z.number() }),
  z.object({ state: z.literal('profile'), url: z.string(), at: z.number(), profile: ProfileSchema }),
  z.object({ state: z.literal('error'), url: z.string(), at: z.number(), reason: z.string().check(z.maxLength(1000)) }),
]);
export type TabState = z.infer<typeof TabStateSchema>;

export const tabKey = (tabId: number) => `tab:${tabId}`;
