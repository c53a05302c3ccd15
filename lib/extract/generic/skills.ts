/**
 * Skills from a skills section, as raw strings for the skills normaliser.
 *
 * Items are split on commas, semicolons, pipes, bullets and " · " (chips);
 * slashes stay ("Java/Kotlin": the normaliser splits compounds); a line of
 * space-separated technologies ("Go Python Rust SQL") stays one string (the
 * normaliser does longest-match over it). Sub-group labels ("Languages",
 * "Backend Systems", "Languages:" prefixes) are not skills.
 */
import { splitLabel, splitOutside, wordCount, type Line } from './lines';

const SPLIT = /\s*[,;|•·▪◦]\s*|\s+[–—]\s+|\s+-\s+/u;
const HAS_SEP = /[,;|•·▪◦]|\s[–—-]\s/u;

/** True for a short line that names the group below it rather than a skill. */
function isGroupLabel(l: Line, next: Line | undefined, prev: Line | undefined): boolean {
  if (l.label) return true;
  if (l.marker || l.parts || HAS_SEP.test(l.text)) return false;
  const w = wordCount(l.text);
  if (w > 4 || l.text.length > 40) return false;
  if (/[:：]$/.test(l.text)) return true;
  if (!next || next.label) return false;
  const nw = wordCount(next.text);
  const nextIsList = !!next.parts || HAS_SEP.test(next.text) || nw >= Math.max(3, 2 * w);
  if (!nextIsList) return false;
  if (l.kind === 'heading' || l.kind === 'term' || l.strong || l.md) return true;
  // In a one-per-line list, the previous line is also short and has no label shape.
  if (prev && !prev.label && wordCount(prev.text) <= 3 && !HAS_SEP.test(prev.text) && !prev.gap && !l.gap) return false;
  return true;
}

/** Splits one line of a skills list into items. */
export function splitSkillLine(text: string, parts?: readonly string[]): string[] {
  if (parts && parts.length > 1) return parts.map((p) => p.trim()).filter(Boolean);
  let t = text.trim();
  const lab = splitLabel(t);
  if (lab && wordCount(lab[0]) <= 4 && !/https?$/i.test(lab[0])) t = lab[1];
  const out: string[] = [];
  for (let p of splitOutside(t, SPLIT)) {
    p = p.replace(/^(?:and|&)\s+/i, '').replace(/[.。]+$/, '').trim();
    // "Python and Rust" at the end of a comma list.
    const and = /^(.{1,30}?)\s+(?:and|&)\s+(.{1,30})$/.exec(p);
    if (and && HAS_SEP.test(t) && wordCount(p) <= 5) out.push(and[1]!.trim(), and[2]!.trim());
    else if (p) out.push(p);
  }
  return out.filter((p) => p.length <= 200);
}

/** Raw skill strings from a skills section's lines. */
export function parseSkills(lines: readonly Line[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (isGroupLabel(l, lines[k + 1], lines[k - 1])) continue;
    for (const s of splitSkillLine(l.text, l.parts)) {
      const key = s.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
      if (out.length >= 500) return out;
    }
  }
  return out;
}
