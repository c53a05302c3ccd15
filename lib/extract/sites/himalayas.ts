/**
 * Himalayas talent profiles (https://himalayas.app/@handle).
 *
 * Read from the page's visible structure only: the name above the "@handle"
 * line, the headline below it, sections found by their heading text
 * ("What I'm looking for", "Experience", "Education"), entries anchored on
 * their date line (title and company are the lines above it, the description
 * follows), and the side facts as label → values ("Availability",
 * "Location", ...). A label with nothing after it stays empty.
 *
 * Without CSS (the CLI reads pages with linkedom) inline elements that the
 * page shows as blocks run together: a company and its dates become one line
 * ("Allegro Oct 2020 - Present (6 years 1 month)"), and a fact's label and
 * value touch ("Location · Kraków, Poland", parts ['Location', 'Kraków,
 * Poland']). Both are read as the page shows them.
 */
import type { Block } from '../../schema/snapshot';
import type { Extractor, RawEducation, RawExperience, RawProfile } from '../types';
import { findDateRange, type DateRangeMatch } from '../../normalize/dates';
import { stripEmploymentTypes } from '../employment';
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
const labelOf = (text: string): FactKey | null => {
  if (text.length > 40) return null;
  const t = fold(text.replace(/:$/, ''));
  for (const [re, key] of FACTS) if (re.test(t)) return key;
  return null;
};
const factOf = (b: Block): FactKey | null => (b.kind === 'value' ? null : labelOf(b.text));

interface InlineFact {
  fact: FactKey;
  values: string[];
}
/**
 * Facts written on one line: label and values touching ("Location · Kraków, Poland", parts
 * ['Skills', 'Go', 'AWS']) or after a colon ("Location: Berlin, Germany"). Several labels in one run each take
 * the values up to the next label, so a label is never a value. Null when the line does not start with a label.
 */
function inlineFacts(b: Block): InlineFact[] | null {
  if (b.kind === 'value' || b.text.length > 2000) return null;
  let pieces: string[];
  if (b.parts && b.parts.length > 1) pieces = b.parts;
  else {
    const m = /^([^:·•|]{2,40}?)\s*(?::|\s[·•|]\s)\s*(\S.*)$/u.exec(b.text);
    if (!m) return null;
    pieces = [m[1]!, ...m[2]!.split(/\s+[·•|]\s+/u)];
  }
  if (!labelOf(pieces[0]!)) return null;
  const out: InlineFact[] = [];
  for (const p of pieces) {
    const fact = labelOf(p);
    if (fact) out.push({ fact, values: [] });
    else if (p.trim()) out[out.length - 1]!.values.push(p.trim());
  }
  return out;
}

/** Words that end a sentence fragment, never a company name ("Led the migration in 2019 – 2020"). */
const TRAILING_FUNCTION_WORD = /(?:^|\s)(?:in|from|since|between|during|for|of|to|at|on|and|until|by|the|a|an)$/i;

/**
 * A block that is a date range and little else ("Dec 2018 - Sep 2019 (9 months)", "2019 - 2021"), or a short
 * name followed by its date range ("Allegro Oct 2020 - Present (6 years 1 month)": without CSS the company and
 * the dates of an entry run into one line). `lead` is that name, "" when the line is only dates.
 */
function dateAt(b: Block): { m: DateRangeMatch; lead: string } | null {
  if (b.text.length > 140) return null;
  const m = findDateRange(b.text);
  if (!m) return null;
  const after = b.text.slice(m.index + m.length).replace(/[\s·•|,()\-–—]+/g, '');
  if (after.length > 3) return null;
  const lead = b.text.slice(0, m.index).replace(/[\s·•|,(\-–—:]+$/u, '').trim();
  if (lead.replace(/[\s·•|,()\-–—]+/g, '').length <= 3) return b.text.length <= 80 ? { m, lead: '' } : null;
  if (lead.length > 80 || lead.split(/\s+/).length > 8 || /[.!?;:]$/.test(lead) || TRAILING_FUNCTION_WORD.test(lead)) return null;
  if (!/^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(lead)) return null;
  return { m, lead };
}
const dateLine = (b: Block) => dateAt(b)?.m ?? null;

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
    // A date line that also names the company has only the title above it.
    const reach = dateAt(body[a]!)?.lead ? 1 : 2;
    let s = a;
    while (s > floor && a - s < reach && !prose(body[s - 1]!) && !dateLine(body[s - 1]!)) s--;
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
  const at = k >= 0 ? dateAt(entry[k]!) : null;
  const head = (k >= 0 ? entry.slice(0, k) : entry.slice(0, 2)).map((b) => b.text);
  if (at?.lead) head.push(at.lead);
  const rest = k >= 0 ? entry.slice(k + 1) : entry.slice(2);
  const m = at?.m ?? null;
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
    .map((e) => {
      // "Allegro · Full-time", "Acme · Part-time · Remote": employment types and work modes are not the company.
      const lines = e.head.slice(1).map((h) => stripEmploymentTypes(h));
      const types = lines.flatMap((l) => l.types);
      const out: RawExperience = {
        title: e.head[0]!,
        company: lines
          .map((l) => l.text)
          .filter(Boolean)
          .join(' · '),
        datesText: e.datesText,
        statedDuration: e.duration,
        description: e.description.join('\n\n'),
        highlights: e.highlights,
      };
      if (types.length) out.employmentType = types.join(', ');
      return out;
    });
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
  const marks: Array<{ i: number; section?: SectionKey; fact?: FactKey; inline?: string[] }> = [];
  const setFact = (fact: FactKey, values: string[], blockValues: Block[]) => {
    if (fact === 'location') {
      const text = [...values, ...blockValues.map((b) => b.text)].join(', ');
      if (text) raw.location = text;
      return;
    }
    const list = [...values.flatMap((v) => v.split(/\s*[,·•|;]\s*/)), ...listValues(blockValues)].map((v) => v.trim()).filter((v) => v && !labelOf(v));
    if (!list.length) return;
    if (fact === 'skills') raw.skills = list;
    else if (fact === 'availability') raw.availability = list;
    else if (fact === 'workAuthorization') raw.workAuthorization = list;
    else if (fact === 'jobCategories') raw.jobCategories = list;
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'value' || b.kind === 'item') return;
    const fact = factOf(b);
    if (fact) return void marks.push({ i, fact });
    const inline = inlineFacts(b);
    if (inline) {
      // All but the last label are complete here; the last one may continue on the following blocks.
      for (const f of inline.slice(0, -1)) setFact(f.fact, f.values, []);
      const last = inline[inline.length - 1]!;
      return void marks.push({ i, fact: last.fact, inline: last.values });
    }
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
    const { i, section, fact, inline } = marks[k]!;
    const end = k + 1 < marks.length ? marks[k + 1]!.i : blocks.length;
    let body = blocks.slice(i + 1, end);
    if (section === 'end') break;
    if (fact) {
      // Values run until the next label, a heading, or text that is plainly not a value; a label that had its
      // values on its own line takes only value blocks (dd) after it.
      const stop = body.findIndex(
        (b) => b.kind === 'heading' || /\?$/.test(b.text) || (blocks[i]!.kind === 'term' && b.kind === 'term') || (!!inline?.length && b.kind !== 'value'),
      );
      if (stop >= 0) body = body.slice(0, stop);
      setFact(fact, inline ?? [], body);
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
