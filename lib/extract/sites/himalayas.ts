/**
 * Himalayas talent profiles (https://himalayas.app/@handle).
 *
 * Read from the page's visible structure only: the name above the "@handle"
 * line, the headline below it, sections found by their heading text
 * ("What I'm looking for", "Experience", "Education"), entries anchored on
 * their date line (title and company are the lines above it, the description
 * follows), and the side facts as label → values ("Availability",
 * "Location", ...). A label with nothing after it stays empty.
 */
import type { Block } from '../../schema/snapshot';
import type { Extractor, RawEducation, RawExperience, RawProfile } from '../types';
import { findDateRange } from '../../normalize/dates';
import type { SiteAdapter } from './registry';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9'@ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type SectionKey = 'summary' | 'experience' | 'education' | 'end';
const SECTIONS: Array<[RegExp, SectionKey]> = [
  [/^(what i'?m looking for|about( me)?|summary|bio)$/, 'summary'],
  [/^(experience|work experience|work history)$/, 'experience'],
  [/^(education|education and certifications)$/, 'education'],
  [/^(interested in hiring\b.*|similar (talent|profiles)\b.*|other talent\b.*)$/, 'end'],
];
type FactKey = 'availability' | 'location' | 'workAuthorization' | 'jobCategories' | 'skills' | 'languages' | 'timezone';
const FACTS: Array<[RegExp, FactKey]> = [
  [/^availability$/, 'availability'],
  [/^location$/, 'location'],
  [/^(authori[sz]ed to work in|work authori[sz]ation)$/, 'workAuthorization'],
  [/^job categories$/, 'jobCategories'],
  [/^skills$/, 'skills'],
  [/^languages$/, 'languages'],
  [/^time ?zones?$/, 'timezone'],
];
// Subtitles Himalayas prints under section headings.
const SUBTITLE = /^(work history|degrees certifications|roles and key|key accomplishments|relevant coursework)/;
/** A line that reads like prose (a description), not like a title or a company. */
const prose = (b: Block) => b.text.length > 90 || (/[.!]$/.test(b.text) && b.text.split(' ').length > 8);

const sectionOf = (b: Block): SectionKey | null => {
  if (b.text.length > 60) return null;
  const t = fold(b.text.replace(/:$/, ''));
  for (const [re, key] of SECTIONS) if (re.test(t)) return key;
  return null;
};
const factOf = (b: Block): FactKey | null => {
  if (b.text.length > 40 || b.kind === 'value') return null;
  const t = fold(b.text.replace(/:$/, ''));
  for (const [re, key] of FACTS) if (re.test(t)) return key;
  return null;
};

/** A block that is a date range and little else ("Dec 2018 - Sep 2019 (9 months)", "2019 - 2021"). */
function dateLine(b: Block) {
  if (b.text.length > 80) return null;
  const m = findDateRange(b.text);
  if (!m) return null;
  const rest = (b.text.slice(0, m.index) + b.text.slice(m.index + m.length)).replace(/[\s·•|,()-]+/g, '');
  return rest.length <= 3 ? m : null;
}

function listValues(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.parts && b.parts.length > 1) out.push(...b.parts);
    else if (b.links && b.links.length > 1) out.push(...b.links.map((l) => l.text).filter(Boolean));
    else out.push(...b.text.split(/\s*[,·•|;]\s*/));
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Splits a section's blocks into entries: by container when the page groups them, else by date-line anchors. */
function entries(blocks: Block[]): Block[][] {
  const body = blocks.filter((b, i) => !(i === 0 && SUBTITLE.test(fold(b.text))) && b.kind !== 'rule');
  const grouped = body.length > 0 && body.every((b) => b.group);
  if (grouped) {
    const out: Block[][] = [];
    for (const b of body) {
      const last = out[out.length - 1];
      if (last && last[0]!.group === b.group) last.push(b);
      else out.push([b]);
    }
    if (out.length > 1 || out.every((e) => e.filter((b) => dateLine(b)).length <= 1)) return out;
  }
  // Anchor on date lines: up to two short lines above a date line (title, company) open a new entry.
  const anchors = body.map((b, i) => (dateLine(b) ? i : -1)).filter((i) => i >= 0);
  if (!anchors.length) return body.length ? [body] : [];
  const starts = anchors.map((a, k) => {
    const floor = k > 0 ? anchors[k - 1]! + 1 : 0;
    let s = a;
    while (s > floor && a - s < 2 && !prose(body[s - 1]!) && !dateLine(body[s - 1]!)) s--;
    return s;
  });
  return starts.map((s, k) => body.slice(s, k + 1 < starts.length ? starts[k + 1] : body.length));
}

interface EntryParts {
  head: string[];
  datesText: string | null;
  duration: string | null;
  description: string[];
  highlights: string[];
}

function splitEntry(entry: Block[]): EntryParts {
  const k = entry.findIndex((b) => dateLine(b));
  const head = (k >= 0 ? entry.slice(0, k) : entry.slice(0, 2)).map((b) => b.text);
  const rest = k >= 0 ? entry.slice(k + 1) : entry.slice(2);
  const m = k >= 0 ? findDateRange(entry[k]!.text) : null;
  const description: string[] = [];
  const highlights: string[] = [];
  for (const b of rest) {
    const bullet = /^[•\-*▪◦–·]\s+/.exec(b.text);
    if (bullet || (b.kind === 'item' && (b.depth ?? 0) > 1)) highlights.push(b.text.replace(/^[•\-*▪◦–·]\s+/, ''));
    else description.push(b.text);
  }
  const datesText = m ? (m.durationText ? m.text.replace(m.durationText, '') : m.text).replace(/\(\s*\)/g, '').replace(/[\s(·•|,]+$/, '').trim() : null;
  return { head, datesText, duration: m?.durationText?.replace(/^[(\s·•]+|[)\s]+$/g, '') ?? null, description, highlights };
}

function experienceFrom(blocks: Block[]): RawExperience[] {
  return entries(blocks)
    .map(splitEntry)
    .filter((e) => e.head.length > 0)
    .map((e) => ({
      title: e.head[0]!,
      company: e.head.slice(1).join(' · '),
      datesText: e.datesText,
      statedDuration: e.duration,
      description: e.description.join('\n\n'),
      highlights: e.highlights,
    }));
}

function educationFrom(blocks: Block[]): RawEducation[] {
  return entries(blocks)
    .map(splitEntry)
    .filter((e) => e.head.length > 0)
    .map((e) => ({
      institution: e.head[0]!,
      degree: e.head.slice(1).join(', ') || null,
      datesText: e.datesText,
      description: [...e.description, ...e.highlights].join('\n\n'),
    }));
}

export function parseHimalayas(blocks: Block[], handle: string | null): RawProfile {
  const raw: RawProfile = {};
  // Where each section and fact starts.
  const marks: Array<{ i: number; section?: SectionKey; fact?: FactKey }> = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'value' || b.kind === 'item') return;
    const fact = factOf(b);
    if (fact) return void marks.push({ i, fact });
    const section = sectionOf(b);
    if (section && (b.kind === 'heading' || b.kind === 'text' || b.kind === 'term')) marks.push({ i, section });
  });
  const firstMark = marks.length ? marks[0]!.i : blocks.length;

  // Header: name, @handle, headline.
  const head = blocks.slice(0, firstMark);
  const at = head.findIndex((b) => /^@[\w.-]+$/.test(b.text) && (!handle || b.text.slice(1).toLowerCase() === handle));
  const h1 = head.find((b) => b.kind === 'heading' && b.level === 1);
  if (at > 0) raw.name = head[at - 1]!.text;
  else if (h1) raw.name = h1.text;
  if (at >= 0) raw.handle = head[at]!.text.slice(1);
  const afterName = at >= 0 ? at + 1 : h1 ? head.indexOf(h1) + 1 : -1;
  if (afterName > 0 && head[afterName] && head[afterName]!.kind !== 'heading') raw.headline = head[afterName]!.text;

  for (let k = 0; k < marks.length; k++) {
    const { i, section, fact } = marks[k]!;
    const end = k + 1 < marks.length ? marks[k + 1]!.i : blocks.length;
    let body = blocks.slice(i + 1, end);
    if (section === 'end') break;
    if (fact) {
      // Values run until the next label, a heading, or text that is plainly not a value.
      const stop = body.findIndex((b) => b.kind === 'heading' || /\?$/.test(b.text) || (blocks[i]!.kind === 'term' && b.kind === 'term'));
      if (stop >= 0) body = body.slice(0, stop);
      if (!body.length) continue;
      if (fact === 'location') raw.location = body.map((b) => b.text).join(', ');
      else if (fact === 'skills') raw.skills = listValues(body);
      else if (fact === 'availability') raw.availability = listValues(body);
      else if (fact === 'workAuthorization') raw.workAuthorization = listValues(body);
      else if (fact === 'jobCategories') raw.jobCategories = listValues(body);
      continue;
    }
    if (section === 'summary') raw.summary = body.map((b) => b.text).join('\n\n') || null;
    else if (section === 'experience') raw.experience = experienceFrom(body);
    else if (section === 'education') raw.education = educationFrom(body);
  }
  return raw;
}

export const himalayas: SiteAdapter = {
  site: 'himalayas',
  extractor: {
    method: 'site-adapter',
    extract: ({ snapshot, detection }) => {
      const raw = parseHimalayas(snapshot.blocks, detection?.profileId ?? null);
      if (!raw.name && !raw.experience?.length) return null;
      const links = snapshot.blocks.flatMap((b) => b.links ?? []).filter((l) => /^mailto:/i.test(l.href));
      if (links.length) raw.links = links.map((l) => ({ label: l.text || l.href, url: l.href }));
      return raw;
    },
  } satisfies Extractor,
};
