/** The panel's non-profile states: loading, not a profile, extraction failed; with the ways forward. */
import { t } from '../lib/i18n';

export type PanelStatusKind = 'loading' | 'not-profile' | 'failed';

export interface PanelStatusProps {
  kind: PanelStatusKind;
  reason?: string;
  message?: string | null;
  onExtract?(): void;
  onPaste?(): void;
}

export function PanelStatus({ kind, reason, message, onExtract, onPaste }: PanelStatusProps) {
  if (kind === 'loading')
    return (
      <div class="status loading" role="status" aria-busy="true">
        <span class="spinner" aria-hidden="true" />
        <h1>{t('statusLoading')}</h1>
      </div>
    );
  return (
    <div class="status">
      {kind === 'failed' ? (
        <>
          <h1>{t('statusFailedTitle')}</h1>
          <p>{reason ?? t('statusFailedReason')}</p>
        </>
      ) : (
        <>
          <h1>{t('statusNotProfileTitle')}</h1>
          <p>{t('statusNotProfileHint')}</p>
        </>
      )}
      <div class="actions">
        {onExtract && (
          <button type="button" onClick={onExtract}>
            {t('extractPage')}
          </button>
        )}
        {onPaste && (
          <button type="button" class="secondary" onClick={onPaste}>
            {t('pasteText')}
          </button>
        )}
      </div>
      {message && (
        <p class="notice warn" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
