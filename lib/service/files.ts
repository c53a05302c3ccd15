/** Names of the files the extension writes. */

/** Latin letters that do not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** A file name part from a person's name: "Sofía Marchetti" → "sofia-marchetti", "Ørsted" → "orsted". */
export function fileSlug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[øæœßłđðþı]/g, (c) => LETTERS[c] ?? '')
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
