/** Display formatting for the panel: pure functions, tested in components/format.test.ts. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-12" → "Dec 2018"; "2019" → "2019"; null → "?" */
export function formatPartialDate(d: string | null): string {
  if (!d) return '?';
  const [y, m] = d.split('-');
  return m ? `${MONTHS[Number(m) - 1] ?? m} ${y}` : y!;
}

export function formatRange(start: string | null, end: string | null, current: boolean): string {
  if (!start && !end && !current) return '';
  return `${formatPartialDate(start)} – ${current ? 'Present' : formatPartialDate(end)}`;
}

/** 27 → "2 yrs 3 mos"; 12 → "1 yr"; 5 → "5 mos". */
export function formatMonths(months: number | null): string {
  if (months === null || months === undefined) return '';
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = [];
  if (y) parts.push(`${y} ${y === 1 ? 'yr' : 'yrs'}`);
  if (m || !y) parts.push(`${m} ${m === 1 ? 'mo' : 'mos'}`);
  return parts.join(' ');
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => [...w.replace(/^[^\p{L}]+/u, '')][0]?.toUpperCase() ?? '').join('') || '?';
}

export { CATEGORY_LABELS } from '../lib/normalize/skills/categories';

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
