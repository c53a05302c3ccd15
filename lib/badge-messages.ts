/**
 * The in-page badge's one message: content script → background, "open the
 * side panel for my tab". The background validates it (and its sender)
 * before acting. Kept apart from lib/messages.ts, which the page-state
 * messages own.
 */
import * as z from 'zod/mini';

export const OpenPanelMessageSchema = z.strictObject({ type: z.literal('open-panel') });
export type OpenPanelMessage = z.infer<typeof OpenPanelMessageSchema>;

/** Only a message from our own content script, in a tab's top frame, may open the panel; returns that tab's id. */
export function openPanelTarget(
  message: unknown,
  sender: { id?: string; tab?: { id?: number }; frameId?: number },
  extensionId: string,
): number | null {
  if (sender.id !== extensionId || !sender.tab?.id || sender.frameId) return null;
  return OpenPanelMessageSchema.safeParse(message).success ? sender.tab.id : null;
}
