/**
 * Which tab the panel follows (the active tab of its window, or the one named
 * by ?tabId=), and that tab's page state from storage.session, validated.
 */
import { useEffect, useState } from 'preact/hooks';
import { TabStateSchema, tabKey, type TabState } from '@/lib/messages';

export const boundTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

export function useFollowedTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(boundTab);
  useEffect(() => {
    if (boundTab) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id ?? null);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

/** undefined while loading; null when the tab has no known page state. */
export function useTabState(tabId: number | null): TabState | null | undefined {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  useEffect(() => {
    if (tabId === null) return;
    const key = tabKey(tabId);
    const accept = (value: unknown) => {
      const parsed = TabStateSchema.safeParse(value);
      setState(parsed.success ? parsed.data : null);
    };
    setState(undefined);
    void browser.storage.session.get(key).then((all) => accept(all[key]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) accept(changes[key]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return state;
}
