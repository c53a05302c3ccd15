/** Text limits: page text is capped, with a visible marker, before it reaches the schema. */
export const TRUNCATION_MARK = '…[truncated]';

export function capText(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, Math.max(0, max - TRUNCATION_MARK.length)) + TRUNCATION_MARK;
}
