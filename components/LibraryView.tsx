/**
 * The saved profiles: search (name, title, company, skill), filters (skill,
 * tag, site), sorting, selection, delete with undo, exports (JSON, JSON
 * Resume, CSV) and import with a preview. Takes data and callbacks.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { LibraryRow, SortOrder } from '../lib/service/protocol';
import { formatDate, formatMonths, roleText, siteLabel } from './format';
import { t, tn } from '../lib/i18n';
import { SafeLink } from './SafeLink';
import { ImportPreview, type ImportPreviewData } from './ImportPreview';

export interface LibraryQuery {
  text: string;
  skill: string;
  tag: string;
  site: string;
  sort: SortOrder;
}

export interface LibraryViewProps {
  rows: LibraryRow[];
  total: number;
  tags: string[];
  sites: string[];
  query: LibraryQuery;
  selected: ReadonlySet<string>;
  message: string | null;
  undoCount: number;
  preview: ImportPreviewData | null;
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
  onShow(row: LibraryRow): void;
}

export function LibraryView(props: LibraryViewProps) {
  const { rows: records, total, query, selected, onQuery } = props;
  const set = (patch: Partial<LibraryQuery>) => onQuery({ ...query, ...patch });
  const allSelected = records.length > 0 && records.every((r) => selected.has(r.id));
  // When the import preview closes (import or cancel) with focus inside it, focus goes back to the import button, not to the page's start.
  const importInput = useRef<HTMLInputElement>(null);
  const hadPreview = useRef(false);
  useEffect(() => {
    if (hadPreview.current && !props.preview && (!document.activeElement || document.activeElement === document.body)) importInput.current?.focus();
    hadPreview.current = props.preview !== null;
  }, [props.preview]);
  const scope = selected.size ? t('scopeSelected', selected.size) : total === records.length ? t('scopeAll') : t('scopeMatching', total);
  return (
    <section class="library" aria-labelledby="h-library">
      <h1 id="h-library">{t('savedProfilesHeading', total)}</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="lib-search">{t('searchLabel')}</label>
        <input id="lib-search" type="search" value={query.text} placeholder={t('searchPlaceholder')} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
        <div class="filter-row">
          <div>
            <label for="lib-skill">{t('skillFilter')}</label>
            <input id="lib-skill" value={query.skill} placeholder={t('skillPlaceholder')} onInput={(e) => set({ skill: (e.target as HTMLInputElement).value })} />
          </div>
          <div>
            <label for="lib-tag">{t('tagFilter')}</label>
            <select id="lib-tag" value={query.tag} onChange={(e) => set({ tag: (e.target as HTMLSelectElement).value })}>
              <option value="">{t('any')}</option>
              {props.tags.map((tag) => (
                <option value={tag}>{tag}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="lib-site">{t('siteFilter')}</label>
            <select id="lib-site" value={query.site} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value })}>
              <option value="">{t('any')}</option>
              {props.sites.map((s) => (
                <option value={s}>{siteLabel(s)}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="lib-sort">{t('sortLabel')}</label>
            <select id="lib-sort" value={query.sort} onChange={(e) => set({ sort: (e.target as HTMLSelectElement).value as SortOrder })}>
              <option value="recent">{t('sortRecent')}</option>
              <option value="name">{t('sortName')}</option>
              <option value="experience">{t('sortExperience')}</option>
            </select>
          </div>
        </div>
      </form>

      <div class="actions" role="group" aria-label={t('libraryActions')}>
        <button type="button" class="secondary" onClick={() => props.onExport('json')} disabled={!total}>
          {t('exportJsonScope', scope)}
        </button>
        <button type="button" class="secondary" onClick={() => props.onExport('csv')} disabled={!total}>
          {t('exportCsv')}
        </button>
        <label class="file-button">
          <span>{t('importJson')}</span>
          <input
            ref={importInput}
            type="file"
            accept="application/json,.json"
            aria-label={t('importJson')}
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
          {tn('deletedProfiles', props.undoCount)}{' '}
          <button type="button" class="link" onClick={props.onUndo}>
            {t('undo')}
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
          {tn('quarantined', props.quarantined)}
        </p>
      )}
      {props.preview && <ImportPreview {...props.preview} level={2} idPrefix="lib" onConfirm={props.onConfirmImport} onCancel={props.onCancelImport} />}

      {total === 0 && !query.text && !query.skill && !query.tag && !query.site ? (
        <div class="status">
          <h2>{t('libraryEmptyTitle')}</h2>
          <p>{t('libraryEmptyHint')}</p>
        </div>
      ) : records.length === 0 ? (
        <p class="empty">{t('libraryNoMatch')}</p>
      ) : (
        <>
          <div class="selection-bar">
            <label class="select-all">
              <input type="checkbox" checked={allSelected} onChange={(e) => props.onSelectAll((e.target as HTMLInputElement).checked)} /> {t('selectAll')}
            </label>
            <div class="selection-actions">
              <button type="button" class="secondary small" onClick={() => props.onExport('jsonresume')} disabled={selected.size !== 1}>
                {t('exportJsonResume')}
              </button>
              <button type="button" class="danger small" onClick={props.onDelete} disabled={!selected.size}>
                {t('deleteSelected')}
              </button>
            </div>
          </div>
          <ul class="records">
            {records.map((r) => {
              const role = r.title ? roleText({ title: r.title, company: r.company ?? '' }) : r.company;
              return (
                <li class="record" data-testid="library-row">
                  <input type="checkbox" id={`sel-${r.id}`} checked={selected.has(r.id)} onChange={(e) => props.onSelect(r.id, (e.target as HTMLInputElement).checked)} aria-label={t('selectOne', r.name || r.id)} />
                  <div class="record-body">
                    <button type="button" class="link record-name" onClick={() => props.onShow(r)}>
                      {r.name || r.id}
                    </button>
                    <p class="when">
                      {[
                        role ? <span>{role}</span> : null,
                        r.totalMonths !== null ? <span class="nowrap">{formatMonths(r.totalMonths)}</span> : null,
                        r.location ? <span>{r.location}</span> : null,
                      ]
                        .filter((x) => x !== null)
                        .map((fact, i) => (
                          <>
                            {i > 0 && ' · '}
                            {fact}
                          </>
                        ))}
                    </p>
                    <p class="when">
                      {t('savedOnSite', [formatDate(r.updatedAt), siteLabel(r.site)])}
                      {r.url && (
                        <>
                          {' · '}
                          <SafeLink href={r.url}>{t('openSource')}</SafeLink>
                        </>
                      )}
                    </p>
                    {r.tags.length > 0 && (
                      <ul class="chips" aria-label={t('tagsLabel')}>
                        {r.tags.map((tag) => (
                          <li class="chip">{tag}</li>
                        ))}
                      </ul>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {total > records.length && <p class="empty">{t('showingSome', [records.length, total])}</p>}
        </>
      )}
    </section>
  );
}
