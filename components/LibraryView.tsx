/**
 * The saved profiles: search (name, title, company, skill), filters (skill,
 * tag, site), sorting, selection, delete with undo, exports (JSON, JSON
 * Resume, CSV) and import with a preview. Takes data and callbacks.
 */
import type { SavedRecord } from '../lib/store/records';
import type { SortOrder } from '../lib/store/repository';
import { effectiveProfile } from '../lib/store/records';
import { formatDate, formatMonths } from './format';
import { SafeLink } from './SafeLink';

export interface LibraryQuery {
  text: string;
  skill: string;
  tag: string;
  site: string;
  sort: SortOrder;
}

export interface ImportPreview {
  fileName: string;
  counts: { new: number; updated: number; unchanged: number };
  rejected: Array<{ index: number; reason: string }>;
}

export interface LibraryViewProps {
  records: SavedRecord[];
  total: number;
  tags: string[];
  sites: string[];
  query: LibraryQuery;
  selected: ReadonlySet<string>;
  message: string | null;
  undoCount: number;
  preview: ImportPreview | null;
  quarantined: number;
  onQuery(q: LibraryQuery): void;
  onSelect(id: string, on: boolean): void;
  onSelectAll(on: boolean): void;
  onDelete(): void;
  onUndo(): void;
  onExport(kind: 'json' | 'jsonresume' | 'csv'): void;
  onImportFile(file: File): void;
  onConfirmImport(): void;
  onCancelImport(): void;
  onShow(record: SavedRecord): void;
}

export function LibraryView(props: LibraryViewProps) {
  const { records, total, query, selected, onQuery } = props;
  const set = (patch: Partial<LibraryQuery>) => onQuery({ ...query, ...patch });
  const allSelected = records.length > 0 && records.every((r) => selected.has(r.id));
  const scope = selected.size ? `${selected.size} selected` : total === records.length ? 'all' : `${total} matching`;
  return (
    <section class="library" aria-labelledby="h-library">
      <h1 id="h-library">Saved profiles ({total})</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="lib-search">Search saved profiles</label>
        <input id="lib-search" type="search" value={query.text} placeholder="Name, title, company or skill" onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
        <div class="filter-row">
          <div>
            <label for="lib-skill">Skill</label>
            <input id="lib-skill" value={query.skill} placeholder="e.g. React" onInput={(e) => set({ skill: (e.target as HTMLInputElement).value })} />
          </div>
          <div>
            <label for="lib-tag">Tag</label>
            <select id="lib-tag" value={query.tag} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value })}>
              <option value="">Any</option>
              {props.tags.map((t) => (
                <option value={t}>{t}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="lib-site">Site</label>
            <select id="lib-site" value={query.site} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value })}>
              <option value="">Any</option>
              {props.sites.map((s) => (
                <option value={s}>{s}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="lib-sort">Sort</label>
            <select id="lib-sort" value={query.sort} onChange={(e) => set({ sort: (e.target as HTMLSelectElement).value as SortOrder })}>
              <option value="recent">Recently saved</option>
              <option value="name">Name</option>
              <option value="experience">Years of experience</option>
            </select>
          </div>
        </div>
      </form>

      <div class="actions">
        <button type="button" class="secondary" onClick={() => props.onExport('json')} disabled={!total}>
          Export JSON ({scope})
        </button>
        <button type="button" class="secondary" onClick={() => props.onExport('csv')} disabled={!total}>
          Export CSV
        </button>
        <button type="button" class="secondary" onClick={() => props.onExport('jsonresume')} disabled={selected.size !== 1}>
          Export JSON Resume
        </button>
        <button type="button" class="danger" onClick={props.onDelete} disabled={!selected.size}>
          Delete selected
        </button>
        <label class="file-button">
          <span>Import JSON</span>
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import JSON"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImportFile(file);
              input.value = '';
            }}
          />
        </label>
      </div>

      {props.undoCount > 0 && (
        <p class="notice" role="status">
          Deleted {props.undoCount} profile{props.undoCount === 1 ? '' : 's'}.{' '}
          <button type="button" class="link" onClick={props.onUndo}>
            Undo
          </button>
        </p>
      )}
      {props.message && (
        <p class="notice" role="status">
          {props.message}
        </p>
      )}
      {props.quarantined > 0 && (
        <p class="notice warn" role="status">
          {props.quarantined} stored record{props.quarantined === 1 ? '' : 's'} no longer match the current format and are kept aside (quarantined), not deleted.
        </p>
      )}
      {props.preview && (
        <div class="preview" role="dialog" aria-labelledby="h-preview">
          <h2 id="h-preview">Import {props.preview.fileName}</h2>
          <p>
            {props.preview.counts.new} new, {props.preview.counts.updated} updated, {props.preview.counts.unchanged} unchanged, {props.preview.rejected.length} rejected
          </p>
          {props.preview.rejected.length > 0 && (
            <ul class="warnings">
              {props.preview.rejected.slice(0, 20).map((r) => (
                <li>
                  Entry {r.index + 1}: {r.reason}
                </li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" onClick={props.onConfirmImport} disabled={!props.preview.counts.new && !props.preview.counts.updated}>
              Import
            </button>
            <button type="button" class="secondary" onClick={props.onCancelImport}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {total === 0 && !query.text && !query.skill && !query.tag && !query.site ? (
        <div class="status">
          <h2>No saved profiles yet</h2>
          <p>Open a profile and press “Save profile”, or import a JSON export.</p>
        </div>
      ) : records.length === 0 ? (
        <p class="empty">No saved profile matches.</p>
      ) : (
        <>
          <label class="select-all">
            <input type="checkbox" checked={allSelected} onChange={(e) => props.onSelectAll((e.target as HTMLInputElement).checked)} /> Select all shown
          </label>
          <ul class="records">
            {records.map((r) => {
              const p = effectiveProfile(r);
              const current = p.experience.find((e) => e.current) ?? p.experience[0];
              return (
                <li class="record" data-testid="library-row">
                  <input type="checkbox" id={`sel-${r.id}`} checked={selected.has(r.id)} onChange={(e) => props.onSelect(r.id, (e.target as HTMLInputElement).checked)} aria-label={`Select ${p.name || r.id}`} />
                  <div class="record-body">
                    <button type="button" class="link record-name" onClick={() => props.onShow(r)}>
                      {p.name || r.id}
                    </button>
                    <p class="when">
                      {[current ? `${current.title}${current.company ? ` at ${current.company}` : ''}` : null, p.stats.totalExperienceMonths !== null ? formatMonths(p.stats.totalExperienceMonths) : null, p.location?.text]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                    <p class="when">
                      Saved {formatDate(r.updatedAt)} · {p.source.site}
                      {p.source.url && (
                        <>
                          {' · '}
                          <SafeLink href={p.source.url}>Open source page</SafeLink>
                        </>
                      )}
                    </p>
                    {r.tags.length > 0 && (
                      <ul class="chips" aria-label="Tags">
                        {r.tags.map((t) => (
                          <li class="chip">{t}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {total > records.length && <p class="empty">Showing {records.length} of {total}; narrow the search to see others.</p>}
        </>
      )}
    </section>
  );
}
