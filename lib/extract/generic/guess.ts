/**
 * Sections named by what they hold, not by their title.
 *
 * A page may title its roles "Where Amir has worked", "Places I've been", or
 * not at all (a blog post: company headings right under the intro). The
 * section finder only knows section names, so such runs fall in the page
 * header or under a heading it does not know. Here they are read by content:
 *
 * - An anchor is a short line with a date range (an end or an open end). It
 *   anchors an entry; the short lines next to it (its own text, two lines
 *   before, two after) are its title, company or school. Anchors near a role
 *   word are roles; near a school or degree word, schools.
 * - A run under an unknown heading is experience (or education) when it holds
 *   two such anchors, or one when the heading itself speaks of work (or study).
 * - A run under an unknown heading whose lines are short lists of known
 *   skills ("What I'm good at") is a skills section.
 * - Only kinds the page names no section for are guessed (an academic CV's
 *   "Teaching" beside its "Academic positions" stays out of experience).
 * - In the page header (no Experience section anywhere), two anchors or more,
 *   one of them a role's, start an experience section. Its first entry begins
 *   at its anchor when the entries open with their dates, else as many short
 *   lines above its anchor as the second entry's head has above its own (the
 *   entries of a page share one shape); a paragraph above stops it. Beside an
 *   anchor that names a role, one that names nothing counts as a role too.
 */
import { canonicalSkill } from '../../normalize/skills/match';
import { dateOf, degreeScore, endsSentence, institutionScore, roleScore, withoutDates, wordCount, type Line } from './lines';
import type { Layout, Section, SectionKind } from './sections';

const short = (l: Line) => l.text.length <= 120 && wordCount(l.text) <= 12 && !endsSentence(l.text) && !l.marker;

/** A short line holding a date range with an end or an open end. */
export function anchorLine(l: Line): boolean {
  const d = dateOf(l);
  return !!d && d.endText !== null && l.text.length <= 160 && !l.marker && wordCount(withoutDates(l.text, d)) <= 14;
}

/** What the short lines around an anchor name: a role, a school, or neither. */
function evidence(lines: readonly Line[], k: number): 'role' | 'school' | null {
  let role = 0;
  let school = 0;
  for (let j = Math.max(0, k - 2); j <= k + 2 && j < lines.length; j++) {
    const l = lines[j]!;
    if (j !== k && (!short(l) || (anchorLine(l) && j !== k))) continue;
    const d = dateOf(l);
    const t = d ? withoutDates(l.text, d) : l.text;
    if (!t) continue;
    if (institutionScore(t) > 0 || degreeScore(t) > 0) school++;
    else if (roleScore(t) > 0) role++;
  }
  return school > role ? 'school' : role > 0 ? 'role' : null;
}

/** Anchors of a run of lines, with what each names. */
export function anchorsOf(lines: readonly Line[]): Array<{ k: number; what: 'role' | 'school' | null }> {
  const out: Array<{ k: number; what: 'role' | 'school' | null }> = [];
  lines.forEach((l, k) => {
    if (anchorLine(l)) out.push({ k, what: evidence(lines, k) });
  });
  return out;
}

const WORK_WORDS = /\b(?:work(?:ed|ing)?|career|jobs?|roles?|positions?|employ\w*|experiences?|companies|teams? i've|where i've been)\b/i;
const STUDY_WORDS = /\b(?:stud(?:y|ied|ies)|school(?:s|ing)?|degrees?|learning|education|universit\w+|academic\w*|diplomas?)\b/i;

/** The kind of entries a run holds by its anchors (and its heading's words), or null. */
export function entryKindOf(lines: readonly Line[], title = '', min = 2): SectionKind | null {
  const anchors = anchorsOf(lines);
  const roles = anchors.filter((a) => a.what === 'role').length;
  const schools = anchors.filter((a) => a.what === 'school').length;
  // Entries share one shape: beside one that names a role, a dated entry naming nothing ("Pastry Cook") is one too.
  const others = anchors.length - roles - schools;
  if (roles > schools && (roles + others >= min || WORK_WORDS.test(title))) return 'experience';
  if (schools >= 1 && schools >= roles && (schools + others >= min || STUDY_WORDS.test(title))) return 'education';
  return null;
}

/**
 * True when a run's lines are mostly short lists (list items, or lines of comma- or dot-separated names) whose items
 * are mostly known skills. A sentence among them (a closing "drop me a line") is passed over.
 */
export function skillList(lines: readonly Line[]): boolean {
  if (!lines.length || lines.length > 60) return false;
  let items = 0;
  let known = 0;
  const lists = lines.filter((l) => l.text.length <= 200 && (l.marker || l.kind === 'item' || /[,;|·•]/u.test(l.text) || wordCount(l.text) <= 4) && !endsSentence(l.text));
  if (lists.length < 2 || lists.length * 2 < lines.length) return false;
  for (const l of lists) {
    for (const p of l.text.split(/\s*[,;|·•/]\s*|\s+[–—-]\s+/u)) {
      const t = p.trim();
      if (!t || wordCount(t) > 4) continue;
      items++;
      if (canonicalSkill(t)) known++;
    }
  }
  return items >= 4 && known / items >= 0.6;
}

/** True when an anchor's role or school is written on the short lines right after it (dates first). */
function namedAfter(lines: readonly Line[], k: number): boolean {
  const next = lines[k + 1];
  // A heading after the dates starts the next section: nothing is named after them.
  if (!next || !short(next) || anchorLine(next) || rankOf(next)) return false;
  const d = dateOf(lines[k]!);
  const own = d ? withoutDates(lines[k]!.text, d) : '';
  const after = lines[k + 2] && !rankOf(lines[k + 2]!) ? [next, lines[k + 2]] : [next];
  return !(roleScore(own) > 0 || institutionScore(own) > 0) && after.some((l) => !!l && short(l) && (roleScore(l.text) > 0 || institutionScore(l.text) > 0 || degreeScore(l.text) > 0));
}

/**
 * Where the entries of a header's run begin: at the first anchor when the entries open with their dates, else as
 * many short lines above it as the second entry's head has above its own anchor.
 */
function entriesStart(lines: readonly Line[], first: number, second: number): number {
  if (namedAfter(lines, first) && namedAfter(lines, second)) return first;
  let head = 0;
  for (let j = second - 1; j > first && short(lines[j]!) && !anchorLine(lines[j]!); j--) head++;
  // The first entry's own head lines above its anchor, as many as the second had, none of them a paragraph.
  let start = first;
  while (start > 0 && first - start < head && short(lines[start - 1]!) && lines[start - 1]!.kind !== 'item') start--;
  return start;
}

/**
 * Gives unknown sections a kind by their content, and moves a run of dated roles out of the page header into an
 * experience section. Changes `layout` in place.
 */
export function guessSections(layout: Layout): void {
  // Only kinds the page has no named section for: where it names one ("Academic positions"), its other dated runs
  // ("Teaching", "Service", "Awards and fellowships") are something else.
  const named = new Set(layout.sections.map((s) => s.kind));
  for (const s of layout.sections) guessKind(s, named);
  if (named.has('experience') || layout.sections.some((s) => s.kind === 'experience')) return;
  const h = layout.header;
  const anchors = anchorsOf(h).filter((a) => a.what !== 'school');
  if (anchors.length < 2 || !anchors.some((a) => a.what === 'role')) return;
  const start = entriesStart(h, anchors[0]!.k, anchors[1]!.k);
  // The person's own lines (name, headline) stay: the run never starts in the first two lines.
  if (start < 2) return;
  // The run ends at the next heading as high as the one right above it (headings the finder does not know, in a
  // language it does not read: "Werkervaring", then "Opleiding"); each such heading after it opens a section of its
  // own, named by what it holds.
  let above = start - 1;
  while (above >= 0 && !rankOf(h[above]!)) above--;
  const rank = above >= 2 ? rankOf(h[above]!) : 0;
  const after: Section[] = [];
  let end = h.length;
  if (rank) {
    for (let j = start; j < h.length; j++) {
      const r = rankOf(h[j]!);
      if (!r || r > rank) continue;
      if (end === h.length) end = j;
      after.push({ kind: 'unknown', title: h[j]!.text, heading: h[j]!, lines: [] });
    }
    let cur: Section | null = null;
    for (let j = end; j < h.length; j++) {
      const next = after.find((s) => s.heading === h[j]);
      if (next) cur = next;
      else cur?.lines.push(h[j]!);
    }
  }
  const section: Section = { kind: 'experience', title: rank ? h[above]!.text : '', heading: rank ? h[above]! : null, lines: h.slice(start, end) };
  layout.header = h.slice(0, rank ? above : start);
  named.add('experience');
  // A sibling of the roles' own heading is a section: one dated school under it is enough to name it.
  for (const s of after) guessKind(s, named, 1);
  layout.sections.unshift(section, ...after);
}

/** A heading's rank (1–6, or a markdown level), 0 for any other line. */
const rankOf = (l: Line) => (l.kind === 'heading' ? l.level : l.md || 0);

/** Gives an unknown section the kind its content shows, when the page names no section of that kind. */
function guessKind(s: Section, named: ReadonlySet<SectionKind>, min = 2): void {
  if (s.kind !== 'unknown') return;
  let kind = entryKindOf(s.lines, s.title, min);
  if (kind && named.has(kind)) kind = null;
  if (!kind && !named.has('skills')) {
    // A list judged by the run right under its heading: a sub-heading below starts something else (comments,
    // "More from …"), which is dropped with it.
    const own = s.lines.findIndex((l) => l.kind === 'heading' || l.md);
    const run = own >= 0 ? s.lines.slice(0, own) : s.lines;
    if (skillList(run)) {
      kind = 'skills';
      s.lines = run;
    }
  }
  if (kind) s.kind = kind;
}
