/**
 * Options page, "Your data": export every saved profile as JSON, import a
 * JSON file (preview, then confirm), delete everything (after a confirmation
 * that says how much). The library is the IndexedDB one (openLibrary());
 * profiles that earlier versions kept in storage.local ("profile:<id>") are
 * counted, exported and deleted with it, so "everything" means everything.
 * File contents are untrusted: parseImport validates them, and whatever they
 * hold is rendered as text only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  commitImport,
  LegacyStorageLibrary,
  LibraryExportSchema,
  parseImport,
  previewImport,
  recordKey,
  type ImportCounts,
  type KeyValueArea,
  type LibraryExport,
  type ParsedImport,
  type ProfileRepository,
} from '../lib/store/library';
import { t, tn } from '../lib/i18n';
import { download } from './download';

export interface DataDeps {
  repo: ProfileRepository;
  /** storage.local: for profiles saved by earlier versions. */
  area: KeyValueArea;
  now?: () => Date;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Saved profiles still in storage.local (earlier versions) that are not in the IndexedDB library. */
async function legacyOnly(deps: DataDeps) {
  const legacy = await new LegacyStorageLibrary(deps.area).list();
  const inRepo = await Promise.all(legacy.records.map((r) => deps.repo.get(r.profile.id)));
  return { extra: legacy.records.filter((_, i) => !inRepo[i]), legacy };
}

/** How many saved profiles there are, over both stores. */
export async function countSaved(deps: DataDeps): Promise<number> {
  const [n, { extra }] = await Promise.all([deps.repo.count(), legacyOnly(deps)]);
  return n + extra.length;
}

/** The export envelope of every saved profile (the library's exportAll, plus any left in storage.local). */
export async function exportEverything(deps: DataDeps): Promise<LibraryExport> {
  const envelope = await deps.repo.exportAll();
  const { extra } = await legacyOnly(deps);
  if (!extra.length) return envelope;
  return LibraryExportSchema.parse({
    ...envelope,
    profiles: [...envelope.profiles, ...extra.map((r) => r.profile)],
    library: [...(envelope.library ?? []), ...extra.map((r) => ({ id: r.profile.id, savedAt: r.savedAt, updatedAt: r.updatedAt, notes: '', tags: [] }))],
  });
}

/** Deletes every saved profile with its notes, tags and history (and quarantined records). Settings stay. */
export async function deleteEverything(deps: DataDeps): Promise<void> {
  const { legacy } = await legacyOnly(deps);
  await deps.repo.clear({ includeQuarantine: true });
  const keys = [...legacy.records.map((r) => recordKey(r.profile.id)), ...legacy.quarantined.map((q) => q.key)];
  if (keys.length) await deps.area.remove(keys);
}

export function exportFileName(envelope: LibraryExport): string {
  return `profile-lens-export-${envelope.exportedAt.slice(0, 10)}.json`;
}

type Pending = { parsed: Extract<ParsedImport, { ok: true }>; counts: ImportCounts; fileName: string };

export function OptionsData({ deps }: { deps: DataDeps }) {
  const [count, setCount] = useState<number | null>(null);
  const busy = useRef(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const importHeading = useRef<HTMLHeadingElement>(null);
  const deleteHeading = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the next render (controls that appear or go away must not strand keyboard users).
  const focusNext = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (focusNext.current?.isConnected) focusNext.current.focus();
    focusNext.current = null;
  });

  const refresh = () =>
    countSaved(deps).then(
      (n) => setCount(n),
      (e) => setError(errorText(e)),
    );
  useEffect(() => {
    void refresh();
    return deps.repo.subscribe(() => void refresh());
  }, [deps]);
  useEffect(() => {
    if (pending) importHeading.current?.focus();
  }, [pending]);
  useEffect(() => {
    if (confirmDelete !== null) deleteHeading.current?.focus();
  }, [confirmDelete]);

  // One action at a time; buttons stay enabled (and focusable) and ignore clicks while one runs.
  const act = async (fn: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    setStatus(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    } finally {
      busy.current = false;
    }
  };

  const onExport = () =>
    act(async () => {
      const envelope = await exportEverything(deps);
      download(exportFileName(envelope), JSON.stringify(envelope, null, 2));
      setStatus(tn('exportedSaved', envelope.profiles.length));
    });

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setConfirmDelete(null);
    if (!file) return;
    void act(async () => {
      const parsed = parseImport(await file.text());
      if (!parsed.ok) {
        input.value = '';
        throw new Error(t('importNothingFrom', [file.name, parsed.reason]));
      }
      const counts = await previewImport(deps.repo, parsed.profiles);
      setPending({ parsed, counts, fileName: file.name });
    });
  };

  const cancelImport = () => {
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
    focusNext.current = fileInput.current;
  };

  const onConfirmImport = () => {
    if (!pending) return;
    void act(async () => {
      const done = await commitImport(deps.repo, pending.parsed.profiles, { annotations: pending.parsed.annotations });
      setPending(null);
      if (fileInput.current) fileInput.current.value = '';
      setStatus(done.unchanged ? t('importedFromUnchanged', [pending.fileName, done.new, done.updated, done.unchanged]) : t('importedFrom', [pending.fileName, done.new, done.updated]));
      focusNext.current = fileInput.current;
    });
  };

  const askDelete = () =>
    act(async () => {
      setPending(null);
      setConfirmDelete(await countSaved(deps));
    });
  const cancelDelete = () => {
    setConfirmDelete(null);
    focusNext.current = deleteButton.current;
  };
  const onConfirmDelete = () =>
    act(async () => {
      const n = confirmDelete ?? 0;
      await deleteEverything(deps);
      setConfirmDelete(null);
      await refresh();
      setStatus(tn('deletedSaved', n));
      focusNext.current = deleteButton.current;
    });

  const toImport = pending ? pending.counts.new + pending.counts.updated : 0;

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p data-testid="saved-count">{count === null ? t('countingSaved') : count === 0 ? t('noSavedProfiles') : tn('savedInBrowser', count)}</p>

      <h3>{t('exportHeading')}</h3>
      <p class="hint">{t('exportHint')}</p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          {t('exportJson')}
        </button>
      </div>

      <h3>{t('importHeading')}</h3>
      <p class="hint" id="import-hint">
        {t('importHint')}
      </p>
      <div class="field">
        <label for="import-file">{t('importJson')}</label>
        <input
          ref={fileInput}
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="import-hint"
          onChange={onFile}
         
        />
      </div>
      {pending && (
        <div class="confirm" role="group" aria-labelledby="import-preview-heading">
          <h4 id="import-preview-heading" tabIndex={-1} ref={importHeading}>
            {t('importPreviewTitle', pending.fileName)}
          </h4>
          <p data-testid="import-summary">
            {pending.counts.unchanged
              ? t('importSummaryUnchanged', [pending.counts.new, pending.counts.updated, pending.parsed.rejected.length, pending.counts.unchanged])
              : t('importSummary', [pending.counts.new, pending.counts.updated, pending.parsed.rejected.length])}
          </p>
          {pending.parsed.rejected.length > 0 && (
            <>
              <p>{t('rejectedLeftOut')}</p>
              <ul class="reasons">
                {pending.parsed.rejected.map((r) => (
                  <li key={r.index}>{t('rejectedProfile', [r.index + 1, r.reason])}</li>
                ))}
              </ul>
            </>
          )}
          <div class="actions">
            {toImport > 0 ? (
              <button type="button" onClick={onConfirmImport}>
                {tn('importProfiles', toImport)}
              </button>
            ) : (
              <p>{t('nothingNewToImport')}</p>
            )}
            <button type="button" class="secondary" onClick={cancelImport}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      <h3>{t('deleteHeading')}</h3>
      <p class="hint">{t('deleteHint')}</p>
      <div class="actions">
        <button type="button" class="danger" ref={deleteButton} onClick={askDelete}>
          {t('deleteEverything')}
        </button>
      </div>
      {confirmDelete !== null && (
        <div class="confirm danger-zone" role="alertdialog" aria-labelledby="delete-heading" aria-describedby="delete-text">
          <h4 id="delete-heading" tabIndex={-1} ref={deleteHeading}>
            {t('deleteConfirmTitle')}
          </h4>
          <p id="delete-text">
            {confirmDelete === 0 ? t('deleteNothing') : tn('deleteConfirmText', confirmDelete)}
          </p>
          <div class="actions">
            {confirmDelete > 0 && (
              <button type="button" class="danger" onClick={onConfirmDelete}>
                {tn('deleteProfiles', confirmDelete)}
              </button>
            )}
            <button type="button" class="secondary" onClick={cancelDelete}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      <p role="status" class="status-line">
        {status}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
