/** Names of the files the extension writes. */

/** A file name part from a person's name: "Sofía Marchetti" → "sofia-marchetti". */
export function fileSlug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'profile'
  );
}

/** "profile-lens-export-2026-11-23.json" and "profile-lens-2026-11-23.csv". */
export function exportFileName(at: Date, kind: 'json' | 'csv'): string {
  const day = at.toISOString().slice(0, 10);
  return kind === 'json' ? `profile-lens-export-${day}.json` : `profile-lens-${day}.csv`;
}
