/**
 * Panel wiring: the followed tab's page state (a finished profile, from the
 * background) → ProfileView; saving, notes, tags, corrections, search,
 * export and import go to the background, which owns the library
 * (lib/service). The panel parses nothing and opens no database: it only
 * validates what it receives and renders it. Views live in components/.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ProfileView } from '@/components/ProfileView';
import { PanelStatus } from '@/components/PanelStatus';
import { PasteForm } from '@/components/PasteForm';
import { SavedControls } from '@/components/SavedControls';
import type { Profile } from '@/lib/schema/profile';
import type { SavedState } from '@/lib/service/protocol';
import { useFollowedTab, useTabState } from './tab-state';
import { call, errorText, exportFile, useLibraryVersion } from './service';
import { Library } from './Library';
import { t, tn } from '@/lib/i18n';

type Result = { ok: true; profile: Profile } | { ok: false; reason: string };

/** The saved state of a profile (and the profile as the user sees it), kept fresh by the library's change feed. */
function useSavedState(extracted: Profile | null, version: number): SavedState | null {
  const [state, setState] = useState<SavedState | null>(null);
  useEffect(() => setState(null), [extracted]);
  useEffect(() => {
    if (!extracted) return;
    let live = true;
    call({ op: 'saved-state', profile: extracted }).then(
      (s) => live && setState(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [extracted, version]);
  return state;
}

export function App() {
  const now = useMemo(() => new Date(), []);
  const tabId = useFollowedTab();
  const tab = useTabState(tabId);
  const [view, setView] = useState<'profile' | 'library'>('profile');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState<Result | null>(null);
  const [shown, setShown] = useState<Profile | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const version = useLibraryVersion();

  const tabResult = useMemo<Result | null>(
    () => (tab?.state === 'profile' ? { ok: true, profile: tab.profile } : tab?.state === 'error' ? { ok: false, reason: tab.reason } : null),
    [tab],
  );
  useEffect(() => {
    // A new page in the followed tab replaces pasted text, a shown record and notices.
    setPasted(null);
    setShown(null);
    setNotice(null);
  }, [tab]);
  const result = pasted ?? tabResult;
  const extracted: Profile | null = shown ?? (result?.ok ? result.profile : null);
  const state = useSavedState(extracted, version);
  const record = state?.saved ?? null;
  // Until the saved state arrives, the page's profile is shown as extracted (corrections follow a moment later).
  const profile = extracted ? (state?.effective ?? extracted) : null;

  const act = async (fn: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await fn();
      if (done) setNotice(done);
    } catch (e) {
      setNotice(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const onExtract = async () => {
    if (tabId === null) return;
    setNotice(null);
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/snapshot.js'] });
    } catch (e) {
      setNotice(t('extractFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const onPasted = (text: string) => {
    setPasting(false);
    setShown(null);
    void call({ op: 'extract-text', text }).then(setPasted, (e) => setNotice(errorText(e)));
  };

  useEffect(() => {
    // For the speed budget: when the panel first shows a person (read by `npm run bench` and the e2e run).
    if (profile && !performance.getEntriesByName('profile-shown').length) performance.mark('profile-shown');
  }, [profile]);

  const profileScreen = () => {
    if (pasting) return <PasteForm onSubmit={onPasted} onCancel={() => setPasting(false)} />;
    if (!profile) {
      if (!pasted && !shown && (tab === undefined || tab?.state === 'loading')) return <PanelStatus kind="loading" />;
      if (result && !result.ok) return <PanelStatus kind="failed" reason={result.reason} message={notice} onExtract={onExtract} onPaste={() => setPasting(true)} />;
      return <PanelStatus kind="not-profile" message={notice} onExtract={onExtract} onPaste={() => setPasting(true)} />;
    }
    const id = profile.id;
    return (
      <>
        {(shown || pasted) && (
          <p class="notice">
            {shown ? t('noticeSaved') : t('noticePasted')}{' '}
            <button type="button" class="link" onClick={() => (setShown(null), setPasted(null))}>
              {t('backToPage')}
            </button>
          </p>
        )}
        <ProfileView
          profile={profile}
          now={now}
          saveControls={
            <SavedControls
              saved={record}
              busy={busy}
              message={notice}
              onSave={() => act(() => call({ op: 'save', profile: extracted! }))}
              onNotes={(notes) => act(() => call({ op: 'set-notes', id, notes }))}
              onAddTag={(tag) => act(() => call({ op: 'add-tag', id, tag }))}
              onRemoveTag={(tag) => act(() => call({ op: 'remove-tag', id, tag }))}
            />
          }
          onExportJson={() =>
            act(async () => {
              const file = await exportFile({ op: 'export', format: 'json' });
              setNotice(tn('exportedSaved', file.count));
            })
          }
          onExportJsonResume={() => act(() => exportFile({ op: 'export', format: 'jsonresume', profile }))}
          onCorrect={(field, value) => act(() => call({ op: 'correct', profile: extracted!, field, value }), t('correctionKept'))}
        />
      </>
    );
  };

  return (
    <div class="panel">
      <nav class="tabs" aria-label={t('panelViews')}>
        <button type="button" aria-pressed={view === 'profile'} onClick={() => setView('profile')}>
          {t('tabProfile')}
        </button>
        <button type="button" aria-pressed={view === 'library'} onClick={() => setView('library')}>
          {t('tabLibrary')}
        </button>
      </nav>
      <main>
        {view === 'profile' ? (
          profileScreen()
        ) : (
          <Library
            version={version}
            onShow={(p) => {
              setShown(p);
              setPasted(null);
              setView('profile');
            }}
          />
        )}
      </main>
    </div>
  );
}
