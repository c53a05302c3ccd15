/**
 * The library's change feed. After every committed write the repository
 * publishes a LibraryChange; subscribers in this context are called directly,
 * and other contexts of the extension (side panel, options page, background,
 * other tabs) hear it over the BroadcastChannel "profile-lens-library".
 * Messages from other contexts are validated before use; a context ignores
 * its own broadcasts (it already delivered them locally).
 */
import * as z from 'zod/mini';

export const CHANNEL_NAME = 'profile-lens-library';

export const LibraryChangeSchema = z.object({
  /** Database name, so tests and multiple libraries do not hear each other. */
  db: z.string().check(z.maxLength(200)),
  type: z.enum(['saved', 'removed', 'restored', 'annotated', 'cleared', 'quarantined']),
  /** Profile ids affected (empty for "cleared"); capped at 1,000 in broadcasts. */
  ids: z.array(z.string().check(z.maxLength(600))).check(z.maxLength(1000)),
  /** Set when the change came from another context. */
  remote: z.optional(z.boolean()),
});
export type LibraryChange = z.infer<typeof LibraryChangeSchema>;
export type LibraryListener = (change: LibraryChange) => void;

const contextId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const listeners = new Set<{ db: string; fn: LibraryListener }>();
let channel: BroadcastChannel | null = null;

function deliver(change: LibraryChange): void {
  for (const l of [...listeners]) {
    if (l.db !== change.db) continue;
    try {
      l.fn(change);
    } catch (e) {
      // A failing subscriber must not break the write that triggered it or other subscribers.
      console.error('Profile Lens library subscriber failed', e);
    }
  }
}

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  try {
    channel = new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  channel.onmessage = (ev: MessageEvent) => {
    const data = ev.data as { sender?: unknown; change?: unknown } | null;
    if (!data || data.sender === contextId) return;
    const parsed = LibraryChangeSchema.safeParse(data.change);
    if (parsed.success) deliver({ ...parsed.data, remote: true });
  };
  return channel;
}

/** Announces a committed change here and to other contexts. Never throws. */
export function publish(change: LibraryChange): void {
  deliver(change);
  try {
    openChannel()?.postMessage({ sender: contextId, change: { ...change, ids: change.ids.slice(0, 1000) } });
  } catch {
    // No channel (or it was closed): other contexts will see the change on their next read.
  }
}

/** Calls `fn` after every change to the library `db`, from any context. Returns the unsubscribe function. */
export function subscribe(db: string, fn: LibraryListener): () => void {
  const entry = { db, fn };
  listeners.add(entry);
  openChannel();
  return () => {
    listeners.delete(entry);
  };
}

/** Closes the broadcast channel (tests; a page being torn down). A later publish/subscribe reopens it. */
export function closeFeed(): void {
  channel?.close();
  channel = null;
}
