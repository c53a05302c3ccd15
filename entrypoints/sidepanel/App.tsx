/**
 * Panel wiring: which tab it follows, that tab's page state (from
 * storage.session, written by the background), the pipeline run on its
 * snapshot, and the library actions. Views live in components/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ProfileView, type SaveState } from '@/components/ProfileView';
import { PanelStatus } from '@/components/PanelStatus';
import { PasteForm } from '@/components/PasteForm';
import { textSnapshot, textId } from '@/lib/snapshot/text';
import { TabStateSchema, tabKey, type TabState } from '@/lib/messages';
import { runPipeline, type PipelineResult } from '@/lib/pipeline';
import { Library, type KeyValueArea } from '@/lib/store/library';

const library = new Library(browser.storage.local as unknown as KeyValueArea);
const boundTab = Number(new URLSearchParams(location.search).get('tabId')) || null;

function useFollowedTab(): number | null {
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

function useTabState(tabId: number | null): TabState | null | undefined {
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

function download(name: string, json: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const tabId = useFollowedTab();
  const tab = useTabState(tabId);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState<PipelineResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const tabResult = useMemo(() => (tab?.state === 'snapshot' ? runPipeline(tab.snapshot) : null), [tab]);
  useEffect(() => {
    // A new page in the followed tab replaces pasted text and notices.
    setPasted(null);
    setNotice(null);
  }, [tab]);
  const result = pasted ?? tabResult;
  const profile = result?.ok ? result.profile : null;

  const onExtract = async () => {
    if (tabId === null) return;
    setNotice(null);
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/snapshot.js'] });
    } catch (e) {
      setNotice(`Profile Lens can’t read this page: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const onPasted = (text: string) => {
    setPasting(false);
    setPasted(runPipeline(textSnapshot(text, `text:${textId(text)}`)));
  };
  const [save, setSave] = useState<SaveState>({ savedAt: null, updatedAt: null, busy: false, message: null });

  useEffect(() => {
    setSave({ savedAt: null, updatedAt: null, busy: false, message: null });
    if (!profile) return;
    void library.get(profile.id).then((r) => r && setSave((s) => ({ ...s, savedAt: r.savedAt, updatedAt: r.updatedAt })));
  }, [profile?.id]);

  const onSave = async () => {
    if (!profile) return;
    setSave((s) => ({ ...s, busy: true, message: null }));
    try {
      const r = await library.save(profile);
      setSave({ savedAt: r.savedAt, updatedAt: r.updatedAt, busy: false, message: null });
    } catch (e) {
      setSave((s) => ({ ...s, busy: false, message: `Could not save: ${e instanceof Error ? e.message : String(e)}` }));
    }
  };
  const onExport = async () => {
    try {
      const envelope = await library.exportAll();
      download(`profile-lens-export-${envelope.exportedAt.slice(0, 10)}.json`, envelope);
      setSave((s) => ({ ...s, message: `Exported ${envelope.profiles.length} saved profile${envelope.profiles.length === 1 ? '' : 's'}` }));
    } catch (e) {
      setSave((s) => ({ ...s, message: `Could not export: ${e instanceof Error ? e.message : String(e)}` }));
    }
  };

  return (
    <main class="panel">
      {pasting ? (
        <PasteForm onSubmit={onPasted} onCancel={() => setPasting(false)} />
      ) : !pasted && (tab === undefined || tab?.state === 'loading') ? (
        <PanelStatus kind="loading" />
      ) : !pasted && (tab === null || tab?.state === 'not-profile') ? (
        <PanelStatus kind="not-profile" message={notice} onExtract={onExtract} onPaste={() => setPasting(true)} />
      ) : result && !result.ok ? (
        <PanelStatus kind="failed" reason={result.reason} message={notice} onExtract={onExtract} onPaste={() => setPasting(true)} />
      ) : profile ? (
        <ProfileView profile={profile} save={save} onSave={onSave} onExport={onExport} />
      ) : null}
    </main>
  );
}
