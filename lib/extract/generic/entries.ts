/**
 * Splitting a section into entries (one job, one school, one project).
 *
 * Each entry is a `Chunk`: a few header lines (title, company, dates,
 * location, in whatever order) and a body (bullets and paragraphs). A new
 * entry starts at a header-like line that follows a body, a heading of the
 * same or higher level, a new group container, a second date range, a gap in
 * plain text before a line with entry evidence, or a second complete role
 * line. The evidence is a score over features, not one pattern.
 */
import { companyScore, looksLikeLocation, tidy, dateOf, endsSentence, findDates, roleScore, splitLabel, titleCaseRatio, withoutDates, wordCount, type Line } from './lines';

export interface Chunk {
  head: Line[];
  body: Line[];
}

export interface ChunkOptions {
  /** Extra evidence that a header-like line starts an entry (institution words for education ...). */
  evidence?: (l: Line) => number;
  /** True when a line on its own names a whole entry (a complete "Title at Company" line). */
  complete?: (l: Line) => boolean;
  /** True when a line names title and company in any written form ("Engineer, Acme"), less strict than `complete`. */
  whole?: (l: Line) => boolean;
}

/** The text of a line without its date range. */
export function mainText(l: Line): string {
  const d = dateOf(l);
  return d ? withoutDates(l.text, d) : l.text;
}

/** A lower-case brand and its place ("eir, Cork", "ustwo · London"): a company line, not prose. */
const brandAndPlace = (main: string) => {
  const m = /^\p{Ll}[\p{L}\p{N}&.'’-]*(?:\s*[,·|—–]\s*)+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}|.{2,40})$/u.exec(main);
  return !!m && (/^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(m[1]!) || looksLikeLocation(m[1]!));
};

/** Short, title-like, not prose: could be a title, company, school, date or location line. */
export function headerLike(l: Line): boolean {
  const t = l.text;
  if (t.length > 160) return false;
  const main = mainText(l);
  if (!main) return true;
  if ((l.kind === 'heading' || l.md) && main.length <= 160) return true;
  const w = wordCount(main);
  if (w > 16) return false;
  // A sentence: long, or short but in lower-case words ("Ran the sample intake.", unlike "Senior Engineer, Acme Ltd.").
  if (endsSentence(main) && (w > 4 || (w > 2 && titleCaseRatio(main) < 0.5))) return false;
  // Lower-case start is prose, unless it is a brand in a dated "name | Title | dates" line ("ustwo | UX Designer | 2015 – 2017").
  if (/^\p{Ll}/u.test(main) && !/^\p{Ll}+\p{Lu}/u.test(main) && !/^[\p{Ll}\p{N}-]+\.\p{Ll}{2,}/u.test(main) && !(w <= 10 && dateOf(l) && /^\S+(?:\s\S+)?\s+[|·—–]\s/u.test(main) && roleScore(main) > 0) && !brandAndPlace(main)) return false;
  if (w > 8 && titleCaseRatio(main) < 0.5 && !dateOf(l)) return false;
  const lab = splitLabel(main);
  if (lab && !dateOf(l) && roleScore(lab[0]) === 0 && !/^\p{Lu}[\p{L}\s]+$/u.test(lab[1])) return false;
  if (lab && /^(?:tech|stack|tools|technologies|skills|keywords|built with|environment|team|client|clients|achievements?|responsibilities|highlights|impact|result|results|focus|scope|note)\b/i.test(lab[0])) return false;
  return true;
}

/**
 * A line that opens with its dates and ends with one short name after a separator ("Mar 2019 → Dec 2021 ·
 * Florianópolis", "2019 – 2021 | Lisbon"): the dates and place of the entry above, never the start of one.
 */
export function datesThenPlace(l: Line, main: string): boolean {
  const d = dateOf(l);
  if (!d || d.index > 0) return false;
  const after = l.text.slice(d.index + d.length);
  if (!/^\s*[·•|,]\s*\S/u.test(after)) return false;
  return wordCount(main) <= 3 && /^\p{Lu}/u.test(main) && roleScore(main) === 0 && companyScore(main) === 0 && !/\s(?:at|@)\s/.test(main);
}

/** A list item (or bulleted plain line) that is an entry header: it has children, is bold, or carries a role and dates. */
function itemHeader(l: Line, next: Line | undefined, opts: ChunkOptions, lines: readonly Line[] = [], k = -1): boolean {
  if (!headerLike(l)) return false;
  // Dates or a place alone are a field of the entry above, never the start of one.
  const main = tidy(mainText(l));
  if (!main || looksLikeLocation(main) || datesThenPlace(l, main)) return false;
  if (next && ((next.kind === 'item' && l.kind === 'item' && next.depth > l.depth) || (l.plain && next.plain && next.indent > l.indent && next.marker))) return true;
  if (l.strong) return true;
  if (opts.complete?.(l) || (opts.evidence && opts.evidence(l) >= 2)) return true;
  // A field list (title item, dates item) heading a deeper bullet list a line or two below.
  if (l.kind === 'item' && k >= 0 && roleScore(l.text) > 0) {
    for (let j = k + 1; j <= k + 3 && j < lines.length; j++) if (lines[j]!.kind === 'item' && lines[j]!.depth > l.depth) return true;
  }
  return !!dateOf(l) && (roleScore(mainText(l)) > 0 || companyScore(mainText(l)) > 0);
}

/** A short item that reads as a field (company, dates, place, degree), not as a terse bullet. */
function fieldLike(l: Line): boolean {
  if (dateOf(l) || l.links.length || companyScore(l.text) > 0 || looksLikeLocation(l.text)) return true;
  return wordCount(l.text) <= 12 && titleCaseRatio(l.text) >= 0.75;
}

function score(l: Line, prev: Line | undefined, next: Line | undefined, opts: ChunkOptions): number {
  let s = 0;
  if (l.kind === 'heading') s += 3;
  if (l.md) s += 3;
  if (l.strong) s += 2;
  if (l.underlined) s += 2;
  if (roleScore(mainText(l)) > 0) s += 2;
  if (dateOf(l)) s += 2;
  if (companyScore(l.text) > 0) s += 1;
  if (l.group && prev && l.group !== prev.group) s += 1;
  if (l.gap) s += 1;
  if (next && !next.marker && next.kind !== 'item' && headerLike(next) && (dateOf(next) || roleScore(next.text) > 0)) s += 1;
  if (opts.evidence) s += opts.evidence(l);
  return s;
}

/** A duration on its own line ("5 years 3 months": a company's total tenure on LinkedIn). */
export const DURATION_ONLY = /^\(?\d+\+?\s*(?:years?|yrs?|months?|mos?)\b[\s\d,a-z]*\)?$/i;

/**
 * After a header that already has its title and dates, a line starts the next header group when it
 * is another title, another school, or a company line right above a title or a date (LinkedIn).
 */
function nextHeaderGroup(l: Line, next: Line | undefined, opts: ChunkOptions, headRole: boolean, headEvidence: boolean, datesFirst = false): boolean {
  const main = mainText(l);
  if (headRole && roleScore(main) > 0) return true;
  if (headEvidence && opts.evidence && opts.evidence(l) >= 2) return true;
  if (!headRole || !next || next.marker || next.kind === 'item' || !headerLike(next)) return false;
  // When the entries open with their dates ("Sep 2023 – present" over title and employer), a dates line below opens
  // the next entry, so the line above it still belongs to this one.
  return roleScore(mainText(next)) > 0 || (!datesFirst && !!dateOf(next) && !tidy(mainText(next)));
}

/**
 * A short name line above a role group (LinkedIn): followed by the company's total tenure alone ("3 years
 * 9 months"), or by a title line and then a line of dates alone. It starts an entry even after a paragraph.
 */
export function companyAbove(l: Line, next: Line | undefined, after: Line | undefined): boolean {
  if (!next || l.marker || l.kind === 'item' || dateOf(l)) return false;
  const t = l.text;
  if (t.length > 60 || wordCount(t) > 5 || endsSentence(t) || /[,;:]$/.test(t) || !/^[\p{Lu}\p{N}]/u.test(t) || roleScore(t) > 0) return false;
  if (DURATION_ONLY.test(next.text.trim())) return true;
  return !!after && !next.marker && next.kind !== 'item' && !dateOf(next) && roleScore(next.text) > 0 && headerLike(next) && !!dateOf(after) && !tidy(mainText(after));
}

/**
 * The first line of a new group (list item, card) whose next line is in the same group, both short
 * field-like lines: "Feb 2023 – today" / "Staff Engineer" / "Acme · Lisbon" / paragraph.
 */
export function opensGroup(l: Line, prev: Line | undefined, next: Line | undefined): boolean {
  if (!l.group || (prev && prev.group === l.group) || !next || next.group !== l.group || next.marker) return false;
  if (l.text.length > 90 || next.text.length > 90 || endsSentence(l.text) || endsSentence(next.text)) return false;
  return headerLike(l) && fieldLike(l) && headerLike(next) && (fieldLike(next) || roleScore(next.text) > 0);
}

/** A year alone over the date range that starts in it (a timeline's badge "2019" over "2019 — 2022"): a repeat. */
export function yearBadge(l: Line, next: Line | undefined): boolean {
  const y = /^(?:19|20)\d\d$/.exec(l.text.trim());
  if (!y || !next) return false; // the next line's dates are read only under a bare year
  const d = dateOf(next);
  return !!d && d.index === 0 && (d.startText ?? '').includes(y[0]) && !!d.endText;
}

/**
 * A plain-text paragraph wrapped at the page width: the next line goes on with a lower-case word at the same indent,
 * right below (no blank line, no bullet), and the line itself is already a run of words, not a name or a title.
 */
const wrapsOn = (l: Line, next: Line) => next.indent === l.indent && /^\p{Ll}/u.test(next.text) && wordCount(l.text) >= 6 && !l.text.includes('   ') && !dateOf(l) && wordCount(next.text) >= 3;

/**
 * Plain-text lines wrapped after a comma ("… -- Xaverian College," then "2009 - 2011"): one line, when the next is
 * short, right below it (no blank line, no bullet) and not indented deeper. A paragraph wrapped mid-sentence (the
 * next line goes on in lower case) is one line too, so none of its pieces reads as an entry's header.
 */
export function joinWrapped(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    let l = lines[k]!;
    let next = lines[k + 1];
    while (
      next &&
      l.plain &&
      next.plain &&
      !next.gap &&
      !next.marker &&
      !next.label &&
      ((/,$/.test(l.text) && next.indent <= l.indent && next.text.length <= 60 && l.text.length <= 200) || (l.text.length <= 400 && wrapsOn(l, next)))
    ) {
      const text = `${l.text} ${next.text.trim()}`;
      l = { ...l, text, raw: text, _date: undefined, _complete: undefined };
      next = lines[++k + 1];
    }
    out.push(l);
  }
  return out;
}

const datesAlone = (l: Line | undefined) => !!l && !!dateOf(l) && !tidy(mainText(l));

/**
 * True when a head is one line over its dates alone, and `l` is another such line with dates alone right under it:
 * the next entry, written in the same shape.
 */
function sameShapeNext(head: readonly Line[], l: Line, next: Line | undefined): boolean {
  return head.length === 2 && !dateOf(head[0]!) && datesAlone(head[1]) && datesAlone(next) && !l.marker && l.kind !== 'item' && !looksLikeLocation(mainText(l)) && !DURATION_ONLY.test(l.text);
}

/** Splits a section's lines into entries. */
export function splitEntries(input: readonly Line[], opts: ChunkOptions = {}): Chunk[] {
  const lines = input.some((l, k) => l.plain && input[k + 1] && (/,$/.test(l.text) || wrapsOn(l, input[k + 1]!))) ? joinWrapped(input) : input;
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  let lastBullet = false;
  let headDate = false;
  let headComplete = false;
  let headRole = false;
  let headEvidence = false;
  let headPlace = false;
  let groupHead = false;
  // Groups are entries only when the section holds several (one <article> around a whole page is no entry).
  const manyGroups = lines.length > 1 && lines.some((l) => l.group !== lines[0]!.group);
  const open = (l: Line) => {
    if (cur) out.push(cur);
    cur = { head: [l], body: [] };
    lastBullet = false;
    headDate = !!dateOf(l);
    headComplete = !!opts.complete?.(l);
    headRole = roleScore(mainText(l)) > 0;
    headEvidence = !!opts.evidence && opts.evidence(l) >= 2;
    headPlace = false;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.label || yearBadge(l, lines[k + 1])) continue;
    const prev = lines[k - 1];
    const next = lines[k + 1];
    const bulletish = l.marker || l.kind === 'item';
    const c = cur as Chunk | null;
    let header: boolean;
    // A list item made of several short lines (a timeline <li>: dates, title, company each on its own line)
    // opens an entry at its first line, whatever that line holds.
    const groupOpen = bulletish && !l.marker && manyGroups && opensGroup(l, prev, next);
    const c0 = cur as Chunk | null;
    // The next short lines of that group, before any paragraph, are fields of the same header.
    // So is a short lower-case name in the same row as the header ("inwi", a brand written in lower case).
    const groupField =
      !groupOpen &&
      !l.marker &&
      !!c0 &&
      c0.body.length === 0 &&
      !!l.group &&
      l.group === c0.head[0]?.group &&
      l.text.length <= 90 &&
      !endsSentence(l.text) &&
      (bulletish ? groupHead && headerLike(l) : manyGroups && wordCount(l.text) <= 2 && /^\p{Ll}/u.test(l.text) && !headerLike(l) && !looksLikeLocation(l.text));
    if (groupOpen || groupField) header = true;
    else if (bulletish) {
      // Items right under a header (Himalayas: company, dates) are header fields; others are highlights unless they head a sub-list.
      const shortField = !!c && c.body.length === 0 && !l.marker && l.text.length <= 90 && !endsSentence(l.text) && headerLike(l) && fieldLike(l);
      header = shortField || itemHeader(l, next, opts, lines, k);
    } else header = headerLike(l);

    if (!header) {
      if (!c) cur = { head: [], body: [l] };
      else c.body.push(l);
      lastBullet = bulletish;
      continue;
    }
    if (!c) {
      open(l);
      groupHead = groupOpen;
      continue;
    }
    const first = c.head[0];
    const d = !!dateOf(l);
    let starts = false;
    // A head with its dates and then its place is complete (LinkedIn: title, dates, place): a longer plain
    // line after it is the description, never another header field ("Summer internship in the UX Lab: …").
    const closed = !!first && !c.body.length && headDate && headPlace && !d && !bulletish && !l.strong && !l.md && l.kind !== 'heading' && wordCount(mainText(l)) >= 6;
    // Plain text with a hanging indent ("2017–2020  Engineer, Acme (Cork)" over lines indented under the title): a
    // head that opens with its dates and names title and company is complete; the indented lines are its body.
    const hanging = !!first && !c.body.length && c.head.length === 1 && !!opts.whole && first.plain && l.plain && !d && !l.marker && l.indent > first.indent + 3 && dateOf(first)?.index === 0 && opts.whole(first);
    if (!first) starts = true;
    else if (groupField || closed || hanging) starts = false;
    else if (c.body.length) {
      const indentOk = !l.plain || l.indent <= first.indent;
      const sc = score(l, prev, next, opts);
      if (groupOpen) starts = true;
      else if (bulletish) starts = itemHeader(l, next, opts, lines, k) && (sc >= 2 || lastBullet === false);
      // Plain text indented as an outline: a line back at the head's own indent, after a body indented deeper, is the
      // next entry's head (no blank line needed).
      else starts = indentOk && (sc >= 2 || lastBullet || companyAbove(l, next, lines[k + 2]) || (l.plain && first.plain && l.indent === first.indent && c.body.every((b) => b.indent > first.indent)));
    } else {
      // A head of dates alone ("2022 — Present") is completed by the heading under it.
      if (l.kind === 'heading') starts = !c.head.every((h) => h.kind !== 'heading' && dateOf(h) && !tidy(mainText(h))) && (first.kind !== 'heading' || l.level <= first.level);
      else if (l.md && first.md) starts = l.md <= first.md;
      else if (l.group && first.group && l.group !== first.group) starts = true;
      else if (headDate && (d || (roleScore(mainText(l)) > 0 && headComplete))) starts = true;
      // Entries share one shape: a head of one line over its dates alone ("Quantity Surveyor, Budimex" over "Mar
      // 2020 – Present"), then another line over dates alone, is the next entry in the same shape.
      else if (headDate && !d && sameShapeNext(c.head, l, next)) starts = true;
      else if (headDate && !d && !looksLikeLocation(mainText(l)) && !DURATION_ONLY.test(l.text) && nextHeaderGroup(l, next, opts, headRole, headEvidence, !!dateOf(first) && !tidy(mainText(first)))) starts = true;
      else if (headComplete && opts.complete?.(l)) starts = true;
      else if (l.gap && l.plain && !(d && !headDate) && score(l, prev, next, opts) >= 3) starts = true;
      else if (bulletish && itemHeader(l, next, opts, lines, k) && c.head.some((h) => h.kind === 'item' || h.marker)) starts = true;
    }
    if (starts) {
      open(l);
      groupHead = groupOpen;
    } else if (c.body.length || closed || hanging) {
      c.body.push(l);
      lastBullet = bulletish;
    } else {
      c.head.push(l);
      if (d) headDate = true;
      else if (headDate && looksLikeLocation(tidy(mainText(l)))) headPlace = true;
      if (opts.complete?.(l)) headComplete = true;
      if (roleScore(mainText(l)) > 0) headRole = true;
      if (opts.evidence && opts.evidence(l) >= 2) headEvidence = true;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Splits body lines into highlights (bullets, list items) and description (other text). */
export function splitBody(body: readonly Line[], head: readonly Line[] = []): { highlights: string[]; description: string[] } {
  const highlights: string[] = [];
  const description: string[] = [];
  // A list of fields (company, dates, then one paragraph item) ends in a description, not a highlight.
  const headerItems = body.length === 1 && body[0]!.kind === 'item' && head.some((h) => h.kind === 'item' && h.depth === body[0]!.depth);
  let prev: Line | undefined;
  for (const l of body) {
    const text = l.text.includes('   ') ? l.text.replace(/\s{3,}/g, '  ').trim() : l.text.trim();
    if (!text) continue;
    if ((l.marker || l.kind === 'item') && !headerItems) highlights.push(text);
    else if (prev && prev.marker && !l.marker && !l.gap && l.plain && l.indent > prev.indent && highlights.length) {
      // A wrapped bullet continues on the next, further indented line.
      highlights[highlights.length - 1] += ' ' + text;
      continue;
    } else description.push(text);
    prev = l;
  }
  return { highlights, description };
}

/** Date search on a bare text (exported for the entry parsers). */
export { findDates };
