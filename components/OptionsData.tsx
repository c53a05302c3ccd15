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

export interface DataDeps {
  repo: ProfileRepository;
  /** storage.local: for profiles saved by earlier versions. */
  area: KeyValueArea;
  now?: () => Date;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
      download(exportFileName(envelope), envelope);
      setStatus(`Exported ${plural(envelope.profiles.length, 'saved profile')}.`);
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
        throw new Error(`Nothing imported from ${file.name}: ${parsed.reason}`);
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
      setStatus(`Imported from ${pending.fileName}: ${done.new} new, ${done.updated} updated${done.unchanged ? `, ${done.unchanged} already up to date` : ''}.`);
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
      setStatus(`Deleted ${plural(n, 'saved profile')}.`);
      focusNext.current = deleteButton.current;
    });

  const toImport = pending ? pending.counts.new + pending.counts.updated : 0;

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p data-testid="saved-count">
        {count === null ? 'Counting saved profiles…' : count === 0 ? 'No saved profiles.' : `${plural(count, 'saved profile')} in this browser.`}
      </p>

      <h3>Export</h3>
      <p class="hint">A JSON file with every saved profile, with your notes and tags. Keep it as a backup or move it to another browser.</p>
      <div class="actions">
        <button type="button" onClick={onExport}>
          Export JSON
        </button>
      </div>

      <h3>Import</h3>
      <p class="hint" id="import-hint">
        A Profile Lens export or a JSON Resume file. You will see what it holds before anything is saved.
      </p>
      <div class="field">
        <label for="import-file">Import JSON</label>
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
            Import preview: {pending.fileName}
          </h4>
          <p data-testid="import-summary">
            {pending.counts.new} new, {pending.counts.updated} updated, {pending.parsed.rejected.length} rejected
            {pending.counts.unchanged ? ` (${pending.counts.unchanged} already saved and unchanged)` : ''}
          </p>
          {pending.parsed.rejected.length > 0 && (
            <>
              <p>Rejected (left out):</p>
              <ul class="reasons">
                {pending.parsed.rejected.map((r) => (
                  <li key={r.index}>
                    Profile {r.index + 1}: {r.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div class="actions">
            {toImport > 0 ? (
              <button type="button" onClick={onConfirmImport}>
                Import {plural(toImport, 'profile')}
              </button>
            ) : (
              <p>Nothing new to import.</p>
            )}
            <button type="button" class="secondary" onClick={cancelImport}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <h3>Delete</h3>
      <p class="hint">Removes every saved profile, with its notes, tags and history, from this browser. Your settings stay.</p>
      <div class="actions">
        <button type="button" class="danger" ref={deleteButton} onClick={askDelete}>
          Delete everything…
        </button>
      </div>
      {confirmDelete !== null && (
        <div class="confirm danger-zone" role="alertdialog" aria-labelledby="delete-heading" aria-describedby="delete-text">
          <h4 id="delete-heading" tabIndex={-1} ref={deleteHeading}>
            Delete everything?
          </h4>
          <p id="delete-text">
            {confirmDelete === 0
              ? 'There are no saved profiles to delete.'
              : `This deletes ${plural(confirmDelete, 'saved profile')} with their notes, tags and history. It cannot be undone; export first if you may want them back.`}
          </p>
          <div class="actions">
            {confirmDelete > 0 && (
              <button type="button" class="danger" onClick={onConfirmDelete}>
                Delete {plural(confirmDelete, 'profile')}
              </button>
            )}
            <button type="button" class="secondary" onClick={cancelDelete}>
              Cancel
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
