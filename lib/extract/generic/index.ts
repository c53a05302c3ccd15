/**
 * The generic resume parser: any page's blocks → RawProfile.
 *
 * Works on personal sites, GitHub profile READMEs, plain-text and markdown
 * CVs, Notion / Google Docs exports, and as the fallback for job-board pages.
 * It never reads class names (the Block model has none) and never throws.
 *
 * Pipeline: blocks → lines (lines.ts) → header + sections (sections.ts) →
 * small extractors per section (heading.ts, experience.ts, education.ts,
 * skills.ts) → RawProfile, with `unsure` notes where a split was a guess.
 */
import type { Block, Snapshot } from '../../schema/snapshot';
import type { Extractor, RawEducation, RawExperience, RawProfile } from '../types';
import { parseEducation } from './education';
import { splitEntries } from './entries';
import { parseExperience } from './experience';
import { looksLikeName, nameFromGreeting, parseHeader, tidyName } from './heading';
import { collapse, degreeScore, institutionScore, isContactLine, resetDateMemo, splitOutside, toLines, wordCount, type Line } from './lines';
import { findSections, type Section } from './sections';
import { workAuthorizationIn } from './places';
import { parseSkills } from './skills';
import { capText } from '../../normalize/text';

export { parseRoleLine } from './experience';
export { parseEducationLine } from './education';
export { sectionKindOf } from './sections';
export { looksLikeName, nameFromGreeting } from './heading';

const TEXT_KINDS = new Set(['projects', 'certifications', 'awards', 'publications', 'volunteering']);

/** One string per entry of a projects-like section (title line and its bullets). */
function entryTexts(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const c of splitEntries(lines)) {
    const text = [...c.head, ...c.body]
      .map((l) => l.text.replace(/\s{3,}/g, ' — '))
      .join('\n')
      .trim();
    if (text) out.push(capText(text, 5000));
  }
  return out;
}

function summaryOf(s: Section): string | null {
  let text = '';
  for (const l of s.lines) {
    if (l.label) continue;
    // Plain-text paragraphs are wrapped: lines join with a space, blank lines separate paragraphs.
    const sep = !text ? '' : l.plain && !l.gap && !l.marker ? ' ' : l.plain && l.gap ? '\n\n' : '\n';
    text += sep + collapse(l.text);
  }
  text = text.trim();
  return text ? capText(text, 5000) : null;
}

function parse(blocks: readonly Block[]): RawProfile {
  resetDateMemo();
  const lines = toLines(blocks);
  const layout = findSections(lines);
  const unsure: NonNullable<RawProfile['unsure']> = [];
  const experience: RawExperience[] = [];
  const education: RawEducation[] = [];
  const skills: string[] = [];
  const projects: string[] = [];
  let summary: string | null = null;
  const contact: Line[] = [];
  // Lines where a work-authorisation note may stand ("Additional", "Other", "Summary" sections).
  const notes: Line[] = [];

  for (const s of layout.sections) {
    if (s.kind === 'other' || s.kind === 'summary') notes.push(...s.lines);
    switch (s.kind) {
      case 'experience': {
        const r = parseExperience(s.lines, 'experience', experience.length, s.columns);
        for (const e of r.entries) {
          // A school listed under Experience ("Experience & Education" pages) belongs to education.
          if (!e.title && institutionScore(e.company) > 0) education.push({ institution: e.company, degree: null, field: null, datesText: e.datesText ?? null });
          else if (institutionScore(e.company) > 0 && degreeScore(e.title) > 0) education.push({ institution: e.company, degree: e.title, field: null, datesText: e.datesText ?? null });
          else experience.push(e);
        }
        unsure.push(...r.unsure);
        break;
      }
      case 'education':
        education.push(...parseEducation(s.lines));
        break;
      case 'skills':
        for (const k of parseSkills(s.lines)) if (!skills.some((x) => x.toLowerCase() === k.toLowerCase())) skills.push(k);
        break;
      case 'summary':
        summary ??= summaryOf(s);
        break;
      case 'contact':
        contact.push(...s.lines);
        break;
      default:
        if (TEXT_KINDS.has(s.kind)) projects.push(...entryTexts(s.lines));
    }
  }

  const head = parseHeader(layout.header, lines, contact);
  unsure.push(...head.unsure);
  const out: RawProfile = {};
  if (head.name) out.name = head.name;
  if (head.handle) out.handle = head.handle;
  if (head.headline) out.headline = head.headline;
  // No Summary/About section: an intro paragraph in the page header stands in for it.
  if (!summary) {
    const intro = layout.header.find(
      (l) => l.kind === 'text' && !l.marker && wordCount(l.text) >= 12 && l.text !== head.headline && !isContactLine(l.text) && !nameFromGreeting(l.text),
    );
    if (intro) summary = capText(collapse(intro.text), 5000);
  }
  if (summary) out.summary = summary;
  if (head.location) out.location = head.location;
  // "Work authorization: Brazil and Portugal", "US citizen": in the header, the contact lines or a notes section.
  const auth = [...new Set([...layout.header, ...contact, ...notes].flatMap((l) => workAuthorizationIn(l.text)))];
  if (auth.length) out.workAuthorization = auth;
  if (skills.length) out.skills = skills;
  if (head.links.length) out.links = head.links;
  if (experience.length) out.experience = experience;
  if (education.length) out.education = education;
  if (projects.length) out.projects = projects.slice(0, 200);
  if (unsure.length) out.unsure = unsure.slice(0, 200);
  return out;
}

/** Parses any page's blocks as a resume. Never throws: a failure yields an empty profile. */
export function parseResume(blocks: Block[]): RawProfile {
  try {
    return parse(blocks);
  } catch (e) {
    return { unsure: [{ field: 'page', message: `generic parser failed: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/**
 * A name from the page title or og:title ("Jane Doe — Resume", "Jane Doe | Portfolio"), its first piece that reads as
 * a name ("My resume | Jane Doe | jane.dev"), else the page's author (a blog's meta author).
 */
export function nameFromTitle(s: Pick<Snapshot, 'meta' | 'title'>): string | null {
  for (const t of [s.meta['og:title'], s.meta['profile:first_name'] && s.meta['profile:last_name'] ? `${s.meta['profile:first_name']} ${s.meta['profile:last_name']}` : undefined, s.title]) {
    if (!t) continue;
    const pieces = splitOutside(t, /\s+[—–|·:-]\s+|['’]s\s+/);
    const p0 = pieces[0];
    if (p0 && looksLikeName(p0)) return tidyName(p0);
    const other = pieces.slice(1, 4).find((p) => looksLikeName(p));
    if (other) return tidyName(other);
  }
  const author = s.meta['author'];
  return author && looksLikeName(author) ? tidyName(author) : null;
}

export const genericExtractor: Extractor = {
  method: 'generic',
  extract({ snapshot }) {
    try {
      const p = parseResume(snapshot.blocks);
      if (!p.name) {
        const n = nameFromTitle(snapshot);
        if (n) {
          p.name = n;
          (p.unsure ??= []).push({ field: 'name', message: 'name taken from the page title' });
        }
      }
      const found = p.name || p.experience?.length || p.education?.length || p.skills?.length || p.headline;
      return found ? p : null;
    } catch {
      return null;
    }
  },
};
