/**
 * A content script's message → the tab's page state (lib/messages.ts
 * TabState). Runs in the background: a snapshot goes through the pipeline at
 * once, so the page state holds a finished profile (or the reason there is
 * none) and the panel only shows it.
 */
import type { ContentMessage, TabState } from '../messages';
import { runPipeline } from '../pipeline';

export function tabStateFor(message: ContentMessage, at: number, now: Date = new Date(at)): TabState {
  switch (message.type) {
    case 'page-loading':
      return { state: 'loading', url: message.url, at };
    case 'page-not-profile':
      return { state: 'not-profile', url: message.url, at };
    case 'page-snapshot': {
      const result = runPipeline(message.snapshot, { now });
      return result.ok ? { state: 'profile', url: message.url, at, profile: result.profile } : { state: 'error', url: message.url, at, reason: result.reason.slice(0, 1000) };
    }
  }
}
