/**
 * The library screen's wiring: the query → the background's search, and the
 * selection, delete/undo, export and import calls. LibraryView renders it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LibraryView, type LibraryQuery } from '@/components/LibraryView';
import type { ImportPreviewData } from '@/components/ImportPreview';
import type { Profile } from '@/lib/schema/profile';
import { MAX_IMPORT_CHARS, type ExportFormat, type LibraryRow, type RemovedToken } from '@/lib/service/protocol';
import { call, errorText, exportFile } from './service';
import { commitPreviewedImport } from '@/lib/service/client';
import { t, tn } from '@/lib/i18n';

const EMPTY_QUERY: LibraryQuery = { text: '', skill: '', tag: '', site: '', sort: 'recent' };
const PAGE = 200;

export function Library({ version, onShow }: { version: number; onShow(p: Profile): void }) {
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [result, setResult] = useState<{ rows: LibraryRow[]; total: number }>({ rows: [], total: 0 });
  const [tags, setTags] = useState<string[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [removed, setRemoved] = useState<RemovedToken | null>(null);
  const [pending, setPending] = useState<{ preview: ImportPreviewData; text: string; token: string } | null>(null);
  const [quarantined, setQuarantined] = useState(0);

  // Each keystroke asks again; answers can come back out of order (a broad query is slower than a
  // narrow one), so only the latest request's answer is shown.
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const ask = ++latest.current;
    try {
      const r = await call({ op: 'search', query: { ...query, limit: PAGE } });
      if (ask !== latest.current) return;
      setResult(r);
      setTags(r.tags);
      setQuarantined(r.quarantined);
    } catch (e) {
      if (ask === latest.current) setMessage(errorText(e));
    }
  }, [query]);
  useEffect(() => void refresh(), [refresh, version]);

  const onExport = async (format: ExportFormat) => {
    try {
      // The selection, else everything the query matches (every page of it).
      const scope = selected.size ? { ids: [...selected] } : { query: { ...query } };
      const file = await exportFile({ op: 'export', format, ...scope });
      setMessage(tn('exportedSaved', file.count));
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  return (
    <LibraryView
      rows={result.rows}
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
      onSelectAll={(on) => setSelected(on ? new Set(result.rows.map((r) => r.id)) : new Set())}
      onDelete={async () => {
        try {
          setRemoved((await call({ op: 'remove', ids: [...selected] })).removed);
          setSelected(new Set());
          setMessage(null);
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
      onUndo={async () => {
        if (!removed) return;
        try {
          await call({ op: 'restore', removed });
          setRemoved(null);
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
      onExport={onExport}
      onImportFile={async (file) => {
        setMessage(null);
        if (file.size > MAX_IMPORT_CHARS) return setMessage(t('importTooLarge'));
        try {
          const text = await file.text();
          const preview = await call({ op: 'import-preview', text });
          if (!preview.ok) return setMessage(t('importNothingFrom', [file.name, preview.reason]));
          setPending({ text, token: preview.token, preview: { fileName: file.name, counts: preview.counts, rejected: preview.rejected } });
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
      onConfirmImport={async () => {
        if (!pending) return;
        try {
          const done = await commitPreviewedImport(call, pending);
          const { fileName } = pending.preview;
          if (!done.ok) setMessage(t('importNothingFrom', [fileName, done.reason]));
          else {
            const { new: added, updated, unchanged } = done.counts;
            setMessage(unchanged ? t('importedFromUnchanged', [fileName, added, updated, unchanged]) : t('importedFrom', [fileName, added, updated]));
          }
        } catch (e) {
          setMessage(errorText(e));
        }
        setPending(null);
      }}
      onCancelImport={() => setPending(null)}
      onShow={async (row) => {
        try {
          onShow((await call({ op: 'get', id: row.id })).profile);
        } catch (e) {
          setMessage(errorText(e));
        }
      }}
    />
  );
}
