/**
 * What an import file holds, before anything is written: the side panel's
 * library and the options page both show it. Takes data and callbacks.
 * File contents are untrusted: the file name and every reason are rendered
 * as text only. Focus moves to the heading when it opens (and when another
 * file's preview replaces it), so keyboard and screen-reader users land on it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t, tn } from '../lib/i18n';

export interface ImportPreviewData {
  fileName: string;
  counts: { new: number; updated: number; unchanged: number };
  rejected: ReadonlyArray<{ index: number; reason: string }>;
}

export interface ImportPreviewProps extends ImportPreviewData {
  /** The heading's level where the preview sits (2 in the panel's library, 4 under the options page's "Import"). */
  level: 2 | 3 | 4 | 5;
  /** Makes the element ids unique on the page: `${idPrefix}-preview-heading`, `${idPrefix}-preview-summary`. */
  idPrefix: string;
  onConfirm(): void;
  onCancel(): void;
}

/** How many rejected entries are listed; the rest are counted. */
export const MAX_REJECTED_SHOWN = 20;

export function ImportPreview({ fileName, counts, rejected, level, idPrefix, onConfirm, onCancel }: ImportPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new preview (another file, or the same file read again) is a new counts object.
  useEffect(() => heading.current?.focus(), [fileName, counts, rejected]);
  // One element type for the checker; the level is what the page's outline needs.
  const Heading = `h${level}` as 'h2';
  const headingId = `${idPrefix}-preview-heading`;
  const summaryId = `${idPrefix}-preview-summary`;
  const toImport = counts.new + counts.updated;
  return (
    <section class="import-preview" aria-labelledby={headingId} aria-describedby={summaryId}>
      <Heading id={headingId} tabIndex={-1} ref={heading}>
        {t('importPreviewTitle', fileName)}
      </Heading>
      <p id={summaryId} data-testid="import-summary">
        {counts.unchanged ? t('importSummaryUnchanged', [counts.new, counts.updated, rejected.length, counts.unchanged]) : t('importSummary', [counts.new, counts.updated, rejected.length])}
      </p>
      {rejected.length > 0 && (
        <>
          <p>{t('rejectedLeftOut')}</p>
          <ul class="reasons" data-testid="import-rejected">
            {rejected.slice(0, MAX_REJECTED_SHOWN).map((r) => (
              <li key={r.index}>{t('rejectedProfile', [r.index + 1, r.reason])}</li>
            ))}
            {rejected.length > MAX_REJECTED_SHOWN && <li key="more">{t('moreEntries', rejected.length - MAX_REJECTED_SHOWN)}</li>}
          </ul>
        </>
      )}
      <div class="actions">
        {toImport > 0 ? (
          <button type="button" onClick={onConfirm}>
            {tn('importProfiles', toImport)}
          </button>
        ) : (
          <p class="nothing-new">{t('nothingNewToImport')}</p>
        )}
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
