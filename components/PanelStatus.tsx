/** The panel's non-profile states: loading, not a profile, extraction failed; with the ways forward. */
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
      <div class="status" role="status" aria-busy="true">
        <p>Reading the profile…</p>
      </div>
    );
  return (
    <div class="status">
      {kind === 'failed' ? (
        <>
          <h1>Couldn’t read a profile here</h1>
          <p>{reason ?? 'The page did not hold a readable profile.'}</p>
        </>
      ) : (
        <>
          <h1>Not a profile page</h1>
          <p>Open a Himalayas talent profile (himalayas.app/@someone) and Profile Lens shows the person here. On any other resume page, ask for it.</p>
        </>
      )}
      <div class="actions">
        {onExtract && (
          <button type="button" onClick={onExtract}>
            Extract this page
          </button>
        )}
        {onPaste && (
          <button type="button" class="secondary" onClick={onPaste}>
            Paste text
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
