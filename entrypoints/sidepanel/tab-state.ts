/**
 * Which tab the panel follows (the active tab of its window, or the one named
 * by ?tabId=), and that tab's page state from storage.session, validated.
 *
 * Speed: the first tab and its state are asked for as soon as this module
 * loads, while Preact renders the loading state, instead of after the first
 * paint; the hooks subscribe in layout effects (before the first paint), so
 * a fast answer reaches the first frame.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import { TabStateSchema, tabKey, type TabState } from '@/lib/messages';

export const boundTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

interface FirstTab {
  tabId: number | null;
  windowId?: number;
}
const readState = (tabId: number) => browser.storage.session.get(tabKey(tabId)).then((all) => all[tabKey(tabId)]);
const firstTab: Promise<FirstTab> = boundTab
  ? Promise.resolve({ tabId: boundTab })
  : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => ({ tabId: tab?.id ?? null, windowId: tab?.windowId }));
const firstState: Promise<{ tabId: number | null; value: unknown }> = firstTab.then(async ({ tabId }) => ({ tabId, value: tabId === null ? undefined : await readState(tabId) }));
// Unhandled rejections here would be reported twice; the hooks handle them.
firstState.catch(() => undefined);
/** The early read answers once: a later visit to the same tab reads afresh. */
let firstUnused = true;

export function useFollowedTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(boundTab);
  useLayoutEffect(() => {
    if (boundTab) return;
    let windowId: number | undefined;
    let moved = false;
    void firstTab.then((first) => {
      windowId = first.windowId;
      if (!moved) setTabId(first.tabId);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) {
        moved = true;
        setTabId(info.tabId);
      }
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

/** undefined while loading; null when the tab has no known page state. */
export function useTabState(tabId: number | null): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useLayoutEffect(() => {
    if (tabId === null) return;
    const key = tabKey(tabId);
    let latest = 0;
    const accept = (value: unknown, seq: number) => {
      if (seq < latest) return;
      latest = seq;
      const parsed = TabStateSchema.safeParse(value);
      setState(parsed.success ? parsed.data : null);
    };
    setState(undefined);
    // The read started at load answers for the first tab; any other tab is read now. A change that arrives later wins.
    void firstState
      .then((first) => {
        const early = firstUnused && first.tabId === tabId;
        firstUnused = false;
        return early ? first.value : readState(tabId);
      })
      .then((value) => accept(value, 1), () => accept(undefined, 1));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) accept(changes[key]!.newValue, 2);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return state;
}
