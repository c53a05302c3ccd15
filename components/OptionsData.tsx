/**
 * Options page, "Your data": export every saved profile as JSON, import a
 * JSON file (preview, then confirm), delete everything (after a confirmation
 * that says how much). The library belongs to the background (lib/service):
 * this page asks it and shows the answers. File contents are untrusted: the
 * background validates them, and whatever they hold is rendered as text only.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { commitPreviewedImport, fetchFile, type ServiceCall } from '../lib/service/client';
import { LIBRARY_NAME, MAX_IMPORT_CHARS, type ImportCounts } from '../lib/service/protocol';
import { subscribe } from '../lib/store/feed';
import { t, tn } from '../lib/i18n';
import { download } from './download';
import { ImportPreview } from './ImportPreview';

export interface DataDeps {
  call: ServiceCall;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Pending = { text: string; token: string; counts: ImportCounts; rejected: Array<{ index: number; reason: string }>; fileName: string };

export function OptionsData({ deps }: { deps: DataDeps }) {
  const [count, setCount] = useState<number | null>(null);
  const busy = useRef(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const deleteHeading = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the next render (controls that appear or go away must not strand keyboard users).
  const focusNext = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (focusNext.current?.isConnected) focusNext.current.focus();
    focusNext.current = null;
  });

  const countSaved = async () => (await deps.call({ op: 'count' })).count;
  const refresh = () =>
    countSaved().then(
      (n) => setCount(n),
      (e) => setError(errorText(e)),
    );
  useEffect(() => {
    void refresh();
    return subscribe(LIBRARY_NAME, () => void refresh());
  }, [deps]);
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
      const file = await fetchFile(deps.call, { op: 'export', format: 'json' });
      download(file.fileName, file.text, file.mime);
      setStatus(tn('exportedSaved', file.count));
    });

  const onFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setConfirmDelete(null);
    if (!file) return;
    void act(async () => {
      if (file.size > MAX_IMPORT_CHARS) {
        input.value = '';
        throw new Error(t('importTooLarge'));
      }
      const text = await file.text();
      const preview = await deps.call({ op: 'import-preview', text });
      if (!preview.ok) {
        input.value = '';
        throw new Error(t('importNothingFrom', [file.name, preview.reason]));
      }
      setPending({ text, token: preview.token, counts: preview.counts, rejected: preview.rejected, fileName: file.name });
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
      const result = await commitPreviewedImport(deps.call, pending);
      if (!result.ok) throw new Error(t('importNothingFrom', [pending.fileName, result.reason]));
      const done = result.counts;
      setPending(null);
      if (fileInput.current) fileInput.current.value = '';
      setStatus(done.unchanged ? t('importedFromUnchanged', [pending.fileName, done.new, done.updated, done.unchanged]) : t('importedFrom', [pending.fileName, done.new, done.updated]));
      focusNext.current = fileInput.current;
    });
  };

  const askDelete = () =>
    act(async () => {
      setPending(null);
      setConfirmDelete(await countSaved());
    });
  const cancelDelete = () => {
    setConfirmDelete(null);
    focusNext.current = deleteButton.current;
  };
  const onConfirmDelete = () =>
    act(async () => {
      const n = confirmDelete ?? 0;
      await deps.call({ op: 'delete-everything' });
      setConfirmDelete(null);
      await refresh();
      setStatus(tn('deletedSaved', n));
      focusNext.current = deleteButton.current;
    });

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
        <ImportPreview fileName={pending.fileName} counts={pending.counts} rejected={pending.rejected} level={4} idPrefix="import" onConfirm={onConfirmImport} onCancel={cancelImport} />
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
