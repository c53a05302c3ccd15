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
import { spokenOnly } from './sections';

// Columns of a plain-text grid (three spaces or more, tabs) separate items too.
const SPLIT = /\s*[,;|•·▪◦]\s*|\s+[–—]\s+|\s+-\s+|\s{3,}/u;
const HAS_SEP = /[,;|•·▪◦]|\s[–—-]\s/u;

/** A self-assessed level alone ("Proficient user", "B2", "Advanced"): a grid cell, never a skill. */
const LEVEL_ONLY = /^(?:(?:proficient|independent|basic|advanced|intermediate|beginner|expert|elementary)(?:\s+user)?|[abc][12](?:\s*[-–/]\s*[abc][12])?|native|fluent)$/i;

/** A proficiency written after a skill: "Excel (advanced)", "German (B2)", "SQL (5 years)". */
const PROFICIENCY = /\s*\((?:advanced|intermediate|basic|beginner|expert|proficient|fluent|native|good|very good|excellent|strong|working knowledge|familiar|[abc][12]|\d{1,2}\+?\s*(?:years?|yrs?))\)\s*$/i;

/** Footer and contact marks: an e-mail address, a copyright sign or notice. */
const FOOTER = /[\w.+-]@[\w-]+\.\w|©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b/i;

const letterWords = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** True for a short line that names the group below it rather than a skill. */
function isGroupLabel(l: Line, next: Line | undefined, labelled: boolean): boolean {
  if (l.label) return true;
  if (l.marker || l.parts || HAS_SEP.test(l.text)) return false;
  const w = letterWords(l.text);
  if (w > 4 || l.text.length > 40) return false;
  if (/[:：]$/.test(l.text)) return true;
  if (!next || next.label) return false;
  const listNext = !!next.parts || HAS_SEP.test(next.text);
  if (!listNext && letterWords(next.text) <= w) return false;
  if (l.kind === 'heading' || l.kind === 'term' || l.strong || l.md) return true;
  // Plain text written as "label, blank line, list, blank line": the label stands alone.
  if (l.plain && l.gap && next.gap) return true;
  return labelled || listNext;
}

/** "unit, widget and golden tests", "unit and integration testing": kinds of tests sharing their noun. */
const SHARED_TESTS = /(?<![\p{L}\p{N}_-])((?:\p{Ll}[\p{Ll}-]*,\s+){0,5}\p{Ll}[\p{Ll}-]*,?\s+(?:and|or|&)\s+\p{Ll}[\p{Ll}-]*)\s+(tests|testing)(?![\p{L}])/gu;
const distributeTests = (t: string) =>
  !/\btest/.test(t) ? t : t.replace(SHARED_TESTS, (_, list: string, noun: string) => list.split(/,?\s+(?:and|or|&)\s+|,\s+/).map((w) => `${w} ${noun}`).join(', '));

/** Splits one line of a skills list into items. */
export function splitSkillLine(text: string, parts?: readonly string[]): string[] {
  if (parts && parts.length > 1) return parts.map((p) => p.trim()).filter(Boolean);
  let t = text.trim();
  const lab = splitLabel(t);
  if (lab && wordCount(lab[0]) <= 4 && !/https?$/i.test(lab[0])) t = lab[1];
  t = distributeTests(t);
  const out: string[] = [];
  for (let p of splitOutside(t, SPLIT)) {
    p = p.replace(/^(?:and|&)\s+/i, '').replace(/[.。]+$/, '').replace(PROFICIENCY, '').trim();
    // "Python and Rust" at the end of a comma list.
    const and = /^(.{1,30}?)\s+(?:and|&)\s+(.{1,30})$/.exec(p);
    if (and && HAS_SEP.test(t) && wordCount(p) <= 5) out.push(and[1]!.trim(), and[2]!.trim());
    else if (p) out.push(p);
  }
  return out.filter((p) => p.length <= 200);
}

/** True when a line splits into at least four items of at most five words each, none a sentence. */
function isShortItemList(text: string): boolean {
  if (text.length > 1000) return false;
  const items = splitOutside(text, SPLIT);
  return items.length >= 4 && items.every((p) => wordCount(p) <= 5 && !/[.!?]\s/.test(p));
}

/**
 * Plain-text bullets wrapped over several lines ("* Data: Spark, Triton Inference" / "    Server, GCP"): each
 * continuation line (no bullet, indented deeper than its bullet, no blank line before) is joined to its bullet, so a
 * name cut by the wrap stays whole.
 */
function unwrap(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let bullet: Line | null = null;
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (bullet && prev && l.plain && prev.plain && !l.marker && !l.gap && !l.label && l.indent > bullet.indent && l.text.length <= 400) {
      const text = `${prev.text} ${l.text.trim()}`;
      out[out.length - 1] = { ...prev, text, raw: text, _date: undefined, _complete: undefined };
      continue;
    }
    bullet = l.plain && l.marker ? l : null;
    out.push(l);
  }
  return out;
}

/** Raw skill strings from a skills section's lines. */
export function parseSkills(input: readonly Line[]): string[] {
  const lines = input.some((l) => l.plain && l.marker) ? unwrap(input) : input;
  const out: string[] = [];
  const seen = new Set<string>();
  // A section that names its groups ("Languages" heading, "Frontend:") names all of them.
  const labelled = lines.some((l) => l.label || (/[:：]$/.test(l.text) && wordCount(l.text) <= 4));
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (isGroupLabel(l, lines[k + 1], labelled)) continue;
    // A table's header cells (a run of th terms: "Area | Tools", a self-assessment grid) and level words are not skills.
    if (l.kind === 'term' && (lines[k - 1]?.kind === 'term' || lines[k + 1]?.kind === 'term')) continue;
    if (LEVEL_ONLY.test(l.text.trim())) continue;
    // Prose is not a list of skills ("Interested in hiring Peter?", "Sign up now and join ..."); after the list it ends the section.
    const w = wordCount(l.text);
    // A long run of short separated items ("Python · R · SQL · … · Time series forecasting") is a list however many words it has.
    const longList = w > 8 && !l.parts && HAS_SEP.test(l.text) && isShortItemList(l.text);
    const prose = !l.parts && !longList && ((w > 3 && /[.!?]$/.test(l.text) && (!HAS_SEP.test(l.text) || w > 8)) || w > 25);
    // A footer under the list (an e-mail address, "© 2026", "All rights reserved") ends it.
    if (prose || FOOTER.test(l.text)) {
      if (out.length) break;
      continue;
    }
    const items = splitSkillLine(l.text, l.parts);
    // A row of spoken languages inside Skills ("Arabic (native), French (fluent)") is not a skill list.
    if (spokenOnly(items)) continue;
    for (const s of items) {
      // Calls to action and sentences addressed to the reader are not skills.
      if (wordCount(s) >= 4 && /\b(?:you|your|my|our|we|us|me|find|join|sign up|contact|click|here)\b/i.test(s)) continue;
      const key = s.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
      if (out.length >= 500) return out;
    }
  }
  return out;
}
