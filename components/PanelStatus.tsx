/** The panel's non-profile states: loading, not a profile, extraction failed. */
export type PanelStatusKind = 'loading' | 'not-profile' | 'failed' | 'no-tab';

export function PanelStatus({ kind, reason }: { kind: PanelStatusKind; reason?: string }) {
  if (kind === 'loading')
    return (
      <div class="status" role="status" aria-busy="true">
        <p>Reading the profile…</p>
      </div>
    );
  if (kind === 'failed')
    return (
      <div class="status" role="status">
        <h1>Couldn’t read this profile</h1>
        <p>{reason ?? 'The page did not hold a readable profile.'}</p>
      </div>
    );
  return (
    <div class="status" role="status">
      <h1>Not a profile page</h1>
      <p>Open a Himalayas talent profile (himalayas.app/@someone) and Profile Lens shows the person here.</p>
    </div>
  );
}
