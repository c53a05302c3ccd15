/**
 * Panel wiring: the followed tab's page → the pipeline → ProfileView; the
 * library (IndexedDB, lib/store) for saving, notes, tags, corrections,
 * search, export and import. Views live in components/.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ProfileView } from '@/components/ProfileView';
import { PanelStatus } from '@/components/PanelStatus';
import { PasteForm } from '@/components/PasteForm';
import { SavedControls, type SavedInfo } from '@/components/SavedControls';
import { LibraryView, type ImportPreview, type LibraryQuery } from '@/components/LibraryView';
import { download, fileSlug } from '@/components/download';
import { runPipeline, type PipelineResult } from '@/lib/pipeline';
import type { Profile } from '@/lib/schema/profile';
import { textSnapshot, textId } from '@/lib/snapshot/text';
import type { SavedRecord } from '@/lib/store/records';
import { applyCorrections } from '@/lib/store/records';
import type { ParsedImport } from '@/lib/store/import';
import type { Removed } from '@/lib/store/repository';
import { useFollowedTab, useTabState } from './tab-state';
import { errorText, library, store } from './store';
import { t, tn } from '@/lib/i18n';
const today = () => new Date().toISOString().slice(0, 10);

/** The saved record for a profile id, kept fresh by the library's change feed. */
function useSavedRecord(id: string | null, version: number): SavedRecord | null {
  const [record, setRecord] = useState<SavedRecord | null>(null);
  useEffect(() => setRecord(null), [id]);
  useEffect(() => {
    if (!id) return;
    let live = true;
    void library()
      .then((l) => l.get(id))
      .then((r) => live && setRecord(r), () => undefined);
    return () => {
      live = false;
    };
  }, [id, version]);
  return record;
}

export function App() {
  const now = useMemo(() => new Date(), []);
  const tabId = useFollowedTab();
  const tab = useTabState(tabId);
  const [view, setView] = useState<'profile' | 'library'>('profile');
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState<PipelineResult | null>(null);
  const [shown, setShown] = useState<SavedRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let unsubscribe = () => {};
    let live = true;
    void library().then((l) => {
      if (live) unsubscribe = l.subscribe(() => setVersion((v) => v + 1));
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const tabResult = useMemo<PipelineResult | null>(
    () => (tab?.state === 'snapshot' ? runPipeline(tab.snapshot) : tab?.state === 'error' ? { ok: false, reason: tab.reason } : null),
    [tab],
  );
  useEffect(() => {
    // A new page in the followed tab replaces pasted text, a shown record and notices.
    setPasted(null);
    setShown(null);
    setNotice(null);
  }, [tab]);
  const result = pasted ?? tabResult;
  const extracted: Profile | null = shown ? shown.profile : result?.ok ? result.profile : null;
  const record = useSavedRecord(extracted?.id ?? null, version);
  const profile = extracted ? (record ? applyCorrections(extracted, record.corrections) : extracted) : null;
  const [changes, setChanges] = useState<string[]>([]);
  useEffect(() => {
    setChanges([]);
    if (!extracted || !record || shown) return;
    void library()
      .then((l) => l.changesSinceSaved(extracted))
      .then((c) => setChanges((c ?? []).map((x) => x.text)), () => undefined);
  }, [extracted, record]);

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
    setPasted(runPipeline(textSnapshot(text, `text:${textId(text)}`)));
  };

  useEffect(() => {
    // For the speed budget: when the panel first shows a person (read by `npm run bench` and the e2e run).
    if (profile && !performance.getEntriesByName('profile-shown').length) performance.mark('profile-shown');
  }, [profile]);

  const saved: SavedInfo | null = record ? { savedAt: record.savedAt, updatedAt: record.updatedAt, notes: record.notes, tags: record.tags, changes } : null;

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
              saved={saved}
              busy={busy}
              message={notice}
              onSave={() => act(async () => (await library()).save(extracted!))}
              onNotes={(n) => act(async () => (await library()).setNotes(id, n))}
              onAddTag={(t) => act(async () => (await library()).addTag(id, t))}
              onRemoveTag={(t) => act(async () => (await library()).removeTag(id, t))}
            />
          }
          onExportJson={() =>
            act(async () => {
              const envelope = await (await library()).exportAll();
              download(`profile-lens-export-${today()}.json`, JSON.stringify(envelope, null, 2));
              setNotice(tn('exportedSaved', envelope.profiles.length));
            })
          }
          onExportJsonResume={() => act(async () => download(`${fileSlug(profile.name)}.resume.json`, JSON.stringify((await store()).toJsonResume(profile), null, 2)))}
          onCorrect={(field, value) =>
            act(async () => {
              const l = await library();
              if (!record) await l.save(extracted!);
              await l.setCorrection(id, field, value || undefined);
            }, t('correctionKept'))
          }
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
            onShow={(r) => {
              setShown(r);
              setPasted(null);
              setView('profile');
            }}
          />
        )}
      </main>
    </div>
  );
}

const EMPTY_QUERY: LibraryQuery = { text: '', skill: '', tag: '', site: '', sort: 'recent' };

function Library({ version, onShow }: { version: number; onShow(r: SavedRecord): void }) {
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [result, setResult] = useState<{ records: SavedRecord[]; total: number }>({ records: [], total: 0 });
  const [tags, setTags] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [pending, setPending] = useState<{ preview: ImportPreview; parsed: Extract<ParsedImport, { ok: true }> } | null>(null);
  const [quarantined, setQuarantined] = useState(0);

  const refresh = useCallback(async () => {
    try {
      const l = await library();
      const r = await l.search({ text: query.text || undefined, skill: query.skill || undefined, tag: query.tag || undefined, site: query.site || undefined, sort: query.sort, limit: 200 });
      setResult(r);
      setTags(await l.listTags());
      setQuarantined((await l.listQuarantine()).length);
    } catch (e) {
      setMessage(errorText(e));
    }
  }, [query]);
  useEffect(() => void refresh(), [refresh, version]);

  const chosen = async (): Promise<SavedRecord[]> => {
    const l = await library();
    if (selected.size) return (await Promise.all([...selected].map((id) => l.get(id)))).filter((r): r is SavedRecord => !!r);
    const all = await l.search({ text: query.text || undefined, skill: query.skill || undefined, tag: query.tag || undefined, site: query.site || undefined, sort: query.sort, limit: 1000 });
    return all.total > all.records.length ? l.all() : all.records;
  };

  const onExport = async (kind: 'json' | 'jsonresume' | 'csv') => {
    try {
      const records = await chosen();
      const { buildExport, toCsv, toJsonResume, effectiveProfile } = await store();
      if (kind === 'json') download(`profile-lens-export-${today()}.json`, JSON.stringify(buildExport(records.map(effectiveProfile), new Date(), { records }), null, 2));
      else if (kind === 'csv') download(`profile-lens-${today()}.csv`, toCsv(records.map((r) => ({ ...r, profile: effectiveProfile(r) }))), 'text/csv');
      else if (records[0]) download(`${fileSlug(records[0].profile.name)}.resume.json`, JSON.stringify(toJsonResume(effectiveProfile(records[0])), null, 2));
      setMessage(tn('exportedSaved', records.length));
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <LibraryView
      records={result.records}
      total={result.total}
      tags={tags}
      sites={['himalayas', 'generic', 'text', 'jsonresume']}
      query={query}
      selected={selected}
      message={message}
      undoCount={removed ? removed.records.length : 0}
      preview={pending?.preview ?? null}
      quarantined={quarantined}
      onQuery={(q) => {
        setQuery(q);
        setSelected(new Set());
      }}
      onSelect={(id, on) => setSelected((s) => (on ? new Set(s).add(id) : new Set([...s].filter((x) => x !== id))))}
      onSelectAll={(on) => setSelected(on ? new Set(result.records.map((r) => r.id)) : new Set())}
      onDelete={async () => {
        try {
          setRemoved(await (await library()).remove([...selected]));
          setSelected(new Set());
          setMessage(null);
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
      onUndo={async () => {
        if (!removed) return;
        try {
          await (await library()).restore(removed);
          setRemoved(null);
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
      onExport={onExport}
      onImportFile={async (file) => {
        setMessage(null);
        if (file.size > 50 * 1024 * 1024) return setMessage(t('importTooLarge'));
        const { parseImport, previewImport, library: l } = await store();
        const parsed = parseImport(await file.text());
        if (!parsed.ok) return setMessage(t('importNothing', parsed.reason));
        try {
          const counts = await previewImport(l, parsed.profiles);
          setPending({ parsed, preview: { fileName: file.name, counts, rejected: parsed.rejected } });
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
      onConfirmImport={async () => {
        if (!pending) return;
        try {
          const { commitImport, library: l } = await store();
          const c = await commitImport(l, pending.parsed.profiles, { annotations: pending.parsed.annotations });
          setMessage(t('importDone', [c.new, c.updated, c.unchanged]));
        } catch (e) {
          setMessage(errorText(e));
        }
        setPending(null);
      }}
      onCancelImport={() => setPending(null)}
      onShow={onShow}
    />
  );
}
