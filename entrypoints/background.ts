/**
 * Background: the extension's engine. It opens the panel from the toolbar
 * button; validates content script messages, runs the pipeline on each page's
 * snapshot and keeps the tab's page state (a finished profile) in
 * storage.session (never in globals: an MV3 service worker may restart at any
 * time); and it owns the library: the panel and the options page ask it
 * (lib/service) and it is the only context that writes to IndexedDB.
 */
import { ContentMessageSchema, tabKey, type TabState } from '@/lib/messages';
import { openPanelTarget } from '@/lib/badge-messages';
import { tabStateFor } from '@/lib/service/tab-state';
import { createService } from '@/lib/service/server';
import { ServiceMessageSchema } from '@/lib/service/protocol';
import { migrateLegacyStorage, openLibrary, type KeyValueArea } from '@/lib/store/library';

/**
 * Stores a tab's page state. A state that cannot be stored (quota) becomes an
 * error state, so the panel never waits forever; a tab closed while its page
 * was being read leaves nothing behind.
 */
async function keepTabState(tabId: number, state: TabState): Promise<void> {
  const key = tabKey(tabId);
  const tabIsOpen = () => browser.tabs.get(tabId).then(() => true, () => false);
  try {
    await browser.storage.session.set({ [key]: state });
  } catch (e) {
    const reason = `Profile Lens could not keep this page's content: ${e instanceof Error ? e.message : String(e)}`;
    await browser.storage.session.set({ [key]: { state: 'error', url: state.url, at: state.at, reason } }).catch(() => undefined);
  }
  if (!(await tabIsOpen())) await browser.storage.session.remove(key);
}

export default defineBackground(() => {
  const repo = openLibrary();
  const legacyArea = browser.storage.local as unknown as KeyValueArea;
  const service = createService({ repo, legacyArea });
  // Profiles saved by the first version (storage.local) move into IndexedDB once.
  void migrateLegacyStorage(legacyArea, repo, { removeMoved: true }).catch(() => undefined);

  // The panel's and the options page's requests: only from the extension's own pages, validated by the service.
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const envelope = ServiceMessageSchema.safeParse(message);
    if (!envelope.success) return;
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return;
    return service.handle(envelope.data.request);
  });

  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else {
    // Firefox: the toolbar button toggles the sidebar.
    const action = browser.action ?? browser.browserAction;
    action?.onClicked.addListener(() => {
      (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction?.toggle();
    });
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own content scripts, from a tab, with a message that validates.
    if (sender.id !== browser.runtime.id || !sender.tab?.id || sender.frameId) return;
    const parsed = ContentMessageSchema.safeParse(message);
    if (!parsed.success) return;
    if (sender.tab.url && parsed.data.url !== sender.tab.url && new URL(parsed.data.url).origin !== new URL(sender.tab.url).origin) return;
    void keepTabState(sender.tab.id, tabStateFor(parsed.data, Date.now()));
  });

  // The in-page badge's "Open in Profile Lens" (a click, so a user gesture): open the panel at once, no await before it.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = openPanelTarget(message, sender, browser.runtime.id);
    if (tabId === null) return;
    const chromePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
    if (chromePanel) chromePanel.open({ tabId }).catch(() => undefined);
    else (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => undefined);
  });

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(tabKey(tabId)));
});
