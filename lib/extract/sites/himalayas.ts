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
import { findDateRange, isOpenEnd, type DateRangeMatch } from '../../normalize/dates';
import { employmentKind, stripEmploymentTypes } from '../employment';
import { parseRoleLine, roleInSentence } from '../generic/experience';
import { parseResume } from '../generic';
import { institutionScore, looksLikeLocation, roleScore } from '../generic/lines';
import { parseEducationLine } from '../generic/education';
import { countryCode } from '../../normalize/places';
import { workAuthorizationIn } from '../generic/places';
import { programmingLanguages } from '../generic/sections';
import type { SiteAdapter } from './registry';
import { columnOf, type Column } from '../columns';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9'@ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A short place ("Madrid", "Atlanta, Georgia", "Toronto, ON"): a known city, region or country, at most five words. */
const isPlace = (t: string) => {
  const words = t.trim().split(/\s+/);
  return (
    t.length <= 60 &&
    words.length <= 5 &&
    !/[.!?;:\d@]/.test(t) &&
    // Places are written in capitals but for a few joining words ("Frankfurt am Main", "Rio de Janeiro").
    words.every((w) => /^[\p{Lu}(]/u.test(w) || /^(?:de|da|do|dos|das|del|la|le|am|an|im|upon|on|sur|di|y|e|\(?remote\)?|\(?remoto\)?)$/iu.test(w)) &&
    countryCode(t) !== null
  );
};

type SectionKey = 'summary' | 'experience' | 'education' | 'other' | 'end';
const SECTIONS: Array<[RegExp, SectionKey]> = [
  [/^(what i'?m looking for|about( me| [a-z]+)?|summary|bio|overview|professional summary|in a nutshell|introduction|intro|who i am|my story|a propos( de moi)?|sobre mi|acerca de mi|uber mich|sobre mim)$/, 'summary'],
  [/^(experiences?|work experience|professional experience|work history|employment( history)?|career( history| path)?|positions|job history|professional history|where i'?ve worked|where i have worked|experiences? professionnelles?|parcours professionnel|experiencia( laboral| profesional)?|berufserfahrung|berufliche erfahrung|experiencia profissional)$/, 'experience'],
  [/^(education|learning|education( and)? (certifications|training|learning)|learning and education|academic (background|history)|studies|schooling|degrees|formations?|etudes|formacion( academica)?|educacion|ausbildung|bildungsweg|formacao( academica)?|educacao)$/, 'education'],
  // Sections the profile has no field for: they end the section or fact before them ("Licenses & certifications").
  [/^(licen[cs]es?( certifications?)?|certifications?( licen[cs]es?)?|certificates|awards|honou?rs( awards)?|projects|publications|volunteering|volunteer experience|courses|recommendations|talks|(conference )?talks and writing|speaking|interests|hobbies)$/, 'other'],
  [/^(interested in hiring\b.*|similar (talent|profiles)\b.*|other talent\b.*|want to hire\b.*|people also viewed|related profiles|more talent\b.*)$/, 'end'],
];
/** A count after a section title ("Experience (11 roles)", "Work experience · 3 positions"): not part of the title. */
const TITLE_COUNT = / \d{1,3}( (roles?|positions?|jobs?|entries|schools?|degrees?|items?|skills?))?$/;
/** A time qualifier after a section title ("Career so far", "Experience to date"): not part of the title. */
const TITLE_QUALIFIER = / (so far|to date|until now|till now|up to now|at a glance|in brief|in short)$/;
type FactKey = 'availability' | 'location' | 'workAuthorization' | 'jobCategories' | 'skills' | 'languages' | 'timezone';
const FACTS: Array<[RegExp, FactKey]> = [
  [/^(availability|open to|looking for|available for|job types?|employment types?)$/, 'availability'],
  [/^(location|based in|lives in|located in|current location|home base|localisation|lieu|ubicacion|standort|wohnort|localizacao)$/, 'location'],
  [/^(authori[sz]ed to work in|work authori[sz]ation|work eligibility|can work in|eligible to work in|work permits?|right to work( in)?|work rights|visa status|autorisee? a travailler (en|au|aux|dans)|autorizad[oa] para trabajar en|arbeitserlaubnis( fur)?|autorizad[oa] a trabalhar (em|no|na))$/, 'workAuthorization'],
  [/^(job categories|categories de postes)$/, 'jobCategories'],
  [/^((top|key|core) skills|skills(( and)? (expertise|tools|technologies|endorsements))?|tech stack|expertise|areas of expertise|tools( and)? technologies|(core )?competencies|competences|habilidades|aptitudes|kenntnisse|fahigkeiten|competencias)$/, 'skills'],
  [/^(languages|langues|idiomas|sprachen|linguas)$/, 'languages'],
  [/^(time ?zones?|fuseau horaire|zona horaria|zeitzone|fuso horario)$/, 'timezone'],
];
// Subtitles Himalayas prints under section headings.
const SUBTITLE = /^(work history|degrees certifications|roles and key|key accomplishments|relevant coursework)/;
/** A line that reads like prose (a description), not like a title or a company. */
const prose = (b: Block) => b.text.length > 160 || (/[.!]$/.test(b.text) && b.text.split(' ').length > 8);

/** The page footer ("© 2026 Site. All rights reserved.", "Copyright 2025 …"): never part of a section or a fact. */
const FOOTER = /^(?:©|\(c\)\s|copyright\b)/i;
const sectionOf = (b: Block): SectionKey | null => {
  if (b.text.length <= 120 && FOOTER.test(b.text.trim())) return 'other';
  if (b.text.length > 60) return null;
  const t = fold(b.text.replace(/:$/, '')).replace(TITLE_COUNT, '').replace(TITLE_QUALIFIER, '');
  for (const [re, key] of SECTIONS) if (re.test(t)) return key;
  // One word that a menu may also show ("Work", "Jobs"): a section only as a heading.
  return b.kind === 'heading' && /^(work|roles|jobs)$/.test(t) ? 'experience' : null;
};
/** A work-authorisation value: a country ("Portugal"), a list ("Portugal and Brazil") or a sentence ("US citizen"). */
const authCountries = (v: string): string[] => {
  if (countryCode(v)) return [v];
  const found = workAuthorizationIn(v);
  return found.length ? found : workAuthorizationIn(`authorized to work in ${v}`);
};

const labelOf = (text: string): FactKey | null => {
  if (text.length > 40) return null;
  const t = fold(text.replace(/:$/, '')).replace(TITLE_COUNT, '');
  for (const [re, key] of FACTS) if (re.test(t)) return key;
  return null;
};
const factOf = (b: Block): FactKey | null =>
  b.kind === 'value'
    ? null
    : (labelOf(b.text) ??
      // One word that a menu may also show ("Tools", "Stack"): a label only as a heading or a dt.
      ((b.kind === 'heading' || b.kind === 'term') && b.text.length <= 30 && /^(tools|stack|toolbox|toolkit|technologies|specialt(ies|y)|specialities)$/.test(fold(b.text.replace(/:$/, '')).replace(TITLE_COUNT, '')) ? 'skills' : null));

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
    const m = /^([^:·•|]{2,40}?)\s*(?::|\s[·•|]\s)\s*(\S.*)$/u.exec(flagsApart(b.text));
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

/**
 * A town the place list may not know, written like a place after the dates: capitalised words joined by spaces or
 * hyphens and short joining words ("Vitry-sur-Seine", "Stratford-upon-Avon", "Saint-Denis").
 */
const PLACE_SHAPED = /^\p{Lu}[\p{Ll}'’]+(?:[- ](?:\p{Lu}[\p{Ll}'’]+|sur|sous|upon|on|am|an|im|de|du|des|la|le|les|en|lès|del|di))*$/u;

/** Words that end a sentence fragment, never a company name ("Led the migration in 2019 – 2020"). */
const TRAILING_FUNCTION_WORD = /(?:^|\s)(?:in|from|since|between|during|for|of|to|at|on|and|until|by|the|a|an)$/i;

/**
 * A block that is a date range and little else ("Dec 2018 - Sep 2019 (9 months)", "2019 - 2021"), or a short
 * name followed by its date range ("Allegro Oct 2020 - Present (6 years 1 month)": without CSS the company and
 * the dates of an entry run into one line). `lead` is that name, "" when the line is only dates.
 */
const DURATION_PIECE = /^\(?\d{1,2}\+?\s?(?:years?|yrs?|months?|mos?)\.?(?:,?\s+\d{1,2}\s?(?:months?|mos?)\.?)?\)?$/i;
type DateAt = { m: DateRangeMatch; lead: string; place?: string } | null;
// Entries look at each block's dates several times; findDateRange is the costly part, so each block is read once.
const dateMemo = new WeakMap<Block, [DateAt | undefined, DateAt | undefined]>();
function dateAt(b: Block, wide = false): DateAt {
  let memo = dateMemo.get(b);
  if (!memo) dateMemo.set(b, (memo = [undefined, undefined]));
  const k = wide ? 1 : 0;
  return memo[k] !== undefined ? memo[k]! : (memo[k] = readDateAt(b, wide));
}
function readDateAt(b: Block, wide: boolean): DateAt {
  if (b.text.length > (wide ? 240 : 140)) return null;
  const m = findDateRange(b.text);
  if (!m) return null;
  const tail = b.text.slice(m.index + m.length);
  let place: string | undefined;
  if (tail.replace(/[\s·•|,()\-–—]+/g, '').length > 3) {
    // "Sept 2021 – Present · 5 yrs 3 mos · Atlanta, Georgia", "… · Remote": a place after the dates is where the role
    // was; employment types and work modes are how. Anything else makes the line more than a date line.
    const p = /^\s*[·•|]\s*(\S.*?)\s*$/u.exec(tail);
    if (!p) return null;
    for (const piece of p[1]!.split(/\s*[·•|]\s*/u)) {
      if (isPlace(piece) || (!employmentKind(piece) && PLACE_SHAPED.test(piece))) place = place ? `${place}, ${piece}` : piece;
      else if (!employmentKind(piece) && !DURATION_PIECE.test(piece)) return null;
    }
  }
  const lead = b.text.slice(0, m.index).replace(/[\s·•|,(\-–—:]+$/u, '').trim();
  if (lead.replace(/[\s·•|,()\-–—]+/g, '').length <= 3) return b.text.length <= 80 ? { m, lead: '', ...(place ? { place } : {}) } : null;
  if (lead.length > (wide ? 200 : 80) || lead.split(/\s+/).length > (wide ? 24 : 8) || /[.!?;:]$/.test(lead) || TRAILING_FUNCTION_WORD.test(lead)) return null;
  if (!/^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(lead)) return null;
  return { m, lead, ...(place ? { place } : {}) };
}
const dateLine = (b: Block) => dateAt(b)?.m ?? null;

/** Flag emoji set chips apart where nothing else does ("🇫🇷 France 🇨🇦 Canada"): each flag is a separator. */
const flagsApart = (t: string) => (/\p{RI}/u.test(t) ? t.replace(/\s*\p{RI}{2}\s*/gu, ' · ').replace(/^[\s·]+/u, '') : t);

function listValues(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.parts && b.parts.length > 1) out.push(...b.parts);
    else if (b.links && b.links.length > 1) out.push(...b.links.map((l) => l.text).filter(Boolean));
    else out.push(...flagsApart(b.text).split(/\s*[,·•|;]\s*/));
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Splits a section's blocks into entries: by container when the page groups them, else by date-line anchors. */
function entries(blocks: Block[]): Block[][] {
  let body = blocks.filter((b, i) => !(i === 0 && SUBTITLE.test(fold(b.text))) && b.kind !== 'rule');
  // A line before the grouped entries that is in none of them and has no dates ("Click a role to expand") is a note
  // about the list, not an entry.
  const lead = body.findIndex((b) => b.group);
  if (lead > 0 && body.slice(lead).every((b) => b.group) && body.slice(0, lead).every((b) => b.kind !== 'heading' && !dateAt(b, true)) && new Set(body.map((b) => b.group)).size > 2)
    body = body.slice(lead);
  const grouped = body.length > 0 && body.every((b) => b.group);
  if (grouped) {
    const out: Block[][] = [];
    for (const b of body) {
      const last = out[out.length - 1];
      if (last && last[0]!.group === b.group) last.push(b);
      else out.push([b]);
    }
    if (out.length > 1 || out.every((e) => e.filter((b) => dateLine(b)).length <= 1))
      // A card with several dated roles is one company over its roles: each role is an entry, and the card's first
      // line (the company) is remembered for the roles under it.
      return out.flatMap((e) => {
        if (e.filter((b) => dateLine(b)).length <= 1) return [e];
        const roles = anchored(e);
        if (roles[0] && roles[0].findIndex((b) => dateLine(b)) === 2) CARD_HEADS.add(roles[0][0]!);
        return roles;
      });
  }
  // The dates written first ("Sep 2021 – Present" over title and company): each date line opens its entry.
  if (body[0] && dateLine(body[0]) && !dateAt(body[0])!.lead) {
    const out: Block[][] = [];
    for (const b of body) dateLine(b) || !out.length ? out.push([b]) : out[out.length - 1]!.push(b);
    return out;
  }
  // Company headings, each over its roles (see rolesUnder): every heading with dates under it reads so.
  if (body[0]?.kind === 'heading') {
    const cards: Block[][] = [];
    body.forEach((b) => (b.kind === 'heading' || !cards.length ? cards.push([b]) : cards[cards.length - 1]!.push(b)));
    const dated = cards.filter((c) => c.some((b) => dateLine(b)));
    const read = dated.map((c) => rolesUnder(c.slice(0, 1), c.slice(1)));
    if (dated.length && read.every((r) => r)) {
      for (const c of dated) CARD_HEADS.add(c[0]!);
      return read.flatMap((r) => r!.roles);
    }
  }
  const list = anchored(body);
  // Headings open entries and the description comes before the dates (company and title headings, a paragraph,
  // then "April 2021 – Present"): each run of headings opens an entry, and its date line is read as if right under it.
  if (body[0]?.kind === 'heading' && list.some((e) => dateLine(e[0]!))) {
    const out: Block[][] = [];
    body.forEach((b, i) => (b.kind === 'heading' && body[i - 1]?.kind !== 'heading') || !out.length ? out.push([b]) : out[out.length - 1]!.push(b));
    // The date line is read as if right under the headings: the title is on it ("Backend Engineer · Jan 2020 – …")
    // or it has nothing above it but the headings.
    const under = (heads: Block[], e: Block[]) => {
      const d = e.findIndex((b) => !!dateLine(b));
      return d > 0 && !!dateAt(e[d]!)?.lead ? [...heads, e[d]!, ...e.slice(0, d), ...e.slice(d + 1)] : [...heads, ...e];
    };
    return out.flatMap((e) => {
      const h = e.findIndex((b) => b.kind !== 'heading');
      if (h <= 0) return [e];
      const heads = e.slice(0, h);
      const rest = e.slice(h);
      // A company heading over several dated roles, each date line naming its title ("Senior Engineer · Mar 2022 –
      // Present", then "Engineer · Jan 2020 – Feb 2022"): one entry per role, each under the company heading.
      const leads = rest.filter((b) => !!dateLine(b) && !!dateAt(b)?.lead);
      if (leads.length >= 2 && leads.length === rest.filter((b) => !!dateLine(b)).length) {
        const roles: Block[][] = [];
        rest.forEach((b) => (leads.includes(b) || !roles.length ? roles.push([b]) : roles[roles.length - 1]!.push(b)));
        // Lines before the first role (the company's industry, size) stay with the first role's description.
        if (roles.length > 1 && !leads.includes(roles[0]![0]!)) roles.splice(0, 2, [...roles[0]!, ...roles[1]!]);
        return roles.map((r) => under(heads, r));
      }
      const d = e.findIndex((b) => !!dateLine(b));
      return d > h ? [[...heads, e[d]!, ...e.slice(h, d), ...e.slice(d + 1)]] : [e];
    });
  }
  return list;
}

/** First lines of cards that hold several roles: the company over them. */
const CARD_HEADS = new WeakSet<Block>();
/** What a company heading's summary line says of the roles under it: where, and the employment types. */
const CARD_META = new WeakMap<Block, { place: string | null; types: string[] }>();

/**
 * The lines between a company heading and its first role ("Full-time · 5 yrs 10 mos · Lagos, Nigeria"): pieces that
 * are employment types, stated tenures or places, nothing else. Null when a piece is anything else.
 */
export function companyMeta(lines: Block[]): { place: string | null; types: string[] } | null {
  let place: string | null = null;
  const types: string[] = [];
  for (const b of lines) {
    if (b.text.length > 120 || prose(b)) return null;
    for (const raw of b.text.split(/\s*[·•|]\s*/u)) {
      const p = raw.trim();
      if (!p) continue;
      if (employmentKind(p)) types.push(p);
      else if (DURATION_PIECE.test(p)) continue;
      else if (!place && (isPlace(p) || looksLikeLocation(p))) place = p;
      else return null;
    }
  }
  return { place, types };
}

/**
 * A company heading over its roles, each a title line right above its own date line ("Paylane", "Full-time · 5 yrs ·
 * Lagos", then "Senior Engineer" / "Jun 2023 – Present" / text, "Engineer" / "Feb 2021 – May 2023" / text): one entry
 * per role, each under the heading, when the heading names no role and every title does. Lines between the heading
 * and the first title (employment type, tenure, place) describe the company, and stay out of the roles.
 */
function rolesUnder(heads: Block[], rest: Block[]): { roles: Block[][] } | null {
  if (heads.length !== 1 || roleScore(heads[0]!.text) > 0) return null;
  const dated = rest.map((b, i) => (dateLine(b) ? i : -1)).filter((i) => i >= 0);
  if (!dated.length || dated[0]! < 1) return null;
  if (!dated.every((i) => !dateAt(rest[i]!)?.lead && headLine(rest[i - 1]!) && roleScore(rest[i - 1]!.text) > 0)) return null;
  const meta = companyMeta(rest.slice(0, dated[0]! - 1));
  if (!meta) return null;
  const head = heads[0]!;
  CARD_META.set(head, meta);
  return { roles: dated.map((i, n) => [head, ...rest.slice(i - 1, n + 1 < dated.length ? dated[n + 1]! - 1 : rest.length)]) };
}

/** Entries anchored on date lines: up to two short lines above a date line (title, company) open a new entry. */
function anchored(body: Block[]): Block[][] {
  const anchors = body.map((b, i) => (dateLine(b) ? i : -1)).filter((i) => i >= 0);
  if (!anchors.length) return body.length ? [body] : [];
  const starts = anchors.map((a, k) => {
    const floor = k > 0 ? anchors[k - 1]! + 1 : 0;
    // A date line that also names the company has only the title above it.
    const reach = dateAt(body[a]!)?.lead ? 1 : 2;
    let s = a;
    // A sentence ("Did the migration.") is the previous entry's description, and a heading opens its entry: the
    // line above a heading belongs to the entry before, unless it is a heading too.
    const sentence = (b: Block) => /[.!?]$/.test(b.text) && b.text.split(' ').length > 3;
    // A sentence that tells the role ("Joined Acme as a Data Engineer.") right above the dates opens the entry.
    if (s > floor && !dateLine(body[s - 1]!) && sentence(body[s - 1]!) && roleInSentence(body[s - 1]!.text)) return s - 1;
    while (
      s > floor &&
      a - s < reach &&
      !prose(body[s - 1]!) &&
      !sentence(body[s - 1]!) &&
      !dateLine(body[s - 1]!) &&
      !(s < a && body[s]!.kind === 'heading' && body[s - 1]!.kind !== 'heading')
    )
      s--;
    return s;
  });
  return starts.map((s, k) => body.slice(s, k + 1 < starts.length ? starts[k + 1] : body.length));
}

interface EntryParts {
  head: string[];
  /** The blocks of `head` (without a lead run into the date line). */
  headBlocks: Block[];
  /** The one block that holds the whole head and the dates ("Staff Engineer Swiggy 2 yrs · Apr 2024 - Present"). */
  inline: Block | null;
  datesText: string | null;
  duration: string | null;
  /** A place written after the dates. */
  place: string | null;
  /** Machine-readable dates of <time datetime> elements on the date line. */
  startHint: string | null;
  endHint: string | null;
  description: string[];
  highlights: string[];
}

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;
/**
 * Start and end from the date line's <time datetime> elements, each matched to the start or end as written. Only
 * when both ends are accounted for (a time each, or a time and "Present"): a start alone would read as current.
 */
function timeHints(b: Block | null, m: DateRangeMatch | null): { startHint: string | null; endHint: string | null } {
  const none = { startHint: null, endHint: null };
  if (!b?.times?.length || !m) return none;
  const find = (text: string | null | undefined) => (text ? b.times!.find((t) => fold(t.text) === fold(text) && ISO_DATE.test(t.datetime)) : undefined);
  const s = find(m.startText);
  const e = find(m.endText);
  if (!s || !(e || m.endText === '' || isOpenEnd(m.endText ?? ''))) return none;
  return { startHint: ISO_DATE.exec(s.datetime)![0], endHint: e ? ISO_DATE.exec(e.datetime)![0] : null };
}

/** A short line that can be a title, a company, a school or a degree. */
const headLine = (b: Block) =>
  b.kind !== 'item' && b.text.length <= 100 && !prose(b) && !/[.!?;:]$/.test(b.text) && !/^[•\-*▪◦–·]\s/.test(b.text) && !dateLine(b) && !labelOf(b.text);

function splitEntry(entry: Block[]): EntryParts {
  let k = entry.findIndex((b) => dateLine(b));
  // A grouped entry whose first block runs a long head into its dates ("School Bachelor's Degree in … 2013 - 2017").
  if (k < 0 && entry[0] && dateAt(entry[0], true)?.lead) k = 0;
  const at = k >= 0 ? dateAt(entry[k]!, true) : null;
  let headBlocks = k >= 0 ? entry.slice(0, k) : entry.slice(0, 2);
  let rest = k >= 0 ? entry.slice(k + 1) : entry.slice(2);
  // Dates written after the description (a timeline item: head, paragraph, dates): the paragraph above the dates is
  // the description, not part of the head.
  const above = k > 0 ? headBlocks.filter((b) => prose(b) || /[.!?]$/.test(b.text)) : [];
  if (above.length && above.length < headBlocks.length) {
    headBlocks = headBlocks.filter((b) => !above.includes(b));
    rest = [...above, ...rest];
  }
  // Nothing above the date line: the head is written below it (dates first, or the title on the date line and the
  // company under it), up to two short lines that are not prose, a bullet or another date line.
  const below = k >= 0 && !headBlocks.length;
  if (below) {
    let n = 0;
    while (n < (at?.lead ? 1 : 2) && rest[n] && headLine(rest[n]!)) headBlocks.push(rest[n++]!);
    rest = rest.slice(n);
  }
  const head = headBlocks.map((b) => b.text);
  if (at?.lead) below ? head.unshift(at.lead) : head.push(at.lead);
  const m = at?.m ?? null;
  const description: string[] = [];
  const highlights: string[] = [];
  for (const b of rest) {
    const bullet = /^[•\-*▪◦–·]\s+/.exec(b.text);
    if (bullet || (b.kind === 'item' && (b.depth ?? 0) > 1)) highlights.push(b.text.replace(/^[•\-*▪◦–·]\s+/, ''));
    else description.push(b.text);
  }
  const datesText = m
    ? (m.durationText ? m.text.replace(m.durationText, '') : m.text).replace(/\(\s*\)/g, '').replace(/[\s(·•|,]+$/, '').replace(/^[\s·•|,]+/, '').trim()
    : null;
  return { head, headBlocks, inline: k === 0 && at?.lead ? entry[0]! : null, datesText, place: at?.place ?? null, ...timeHints(k >= 0 ? entry[k]! : null, m), duration: m?.durationText?.replace(/^[(\s·•]+|[)\s]+$/g, '') ?? null, description, highlights };
}

/** Where a degree starts inside a line that also names the school ("… Calicut Bachelor's Degree in …"). */
const DEGREE_START =
  /(?<=\s)(?:Bachelor|Master|Associate|Doctor|Doctorate|Ph\.?\s?D|MBA|B\.?\s?Sc|M\.?\s?Sc|B\.?\s?Tech|M\.?\s?Tech|B\.?\s?Eng|M\.?\s?Eng|BA|BS|MA|MS|Diploma|Certificate|Licence|Licenciatura|Bootcamp)\b/u;

/**
 * Splits a head that ran into one line ("Staff Android Engineer Swiggy", "NIT Calicut Bachelor's Degree in …")
 * into its two halves: by the block's parts or a link the page draws around one half (the company links to
 * /companies/…), else by role words (experience) or where the degree starts (education).
 */
export function splitInlineHead(b: Block, lead: string, what: 'experience' | 'education'): [string, string] | null {
  const inLead = (t: string) => t.length > 1 && lead.includes(t);
  const parts = (b.parts ?? []).map((p) => p.trim()).filter(inLead);
  const trim = (t: string) => t.replace(/^[\s·•|,:\-–—]+|[\s·•|,:\-–—]+$/gu, '');
  if (parts.length >= 2) return [trim(parts[0]!), trim(parts.slice(1).join(' · '))];
  for (const l of b.links ?? []) {
    const t = l.text.trim();
    if (!inLead(t) || t === lead) continue;
    const i = lead.indexOf(t);
    const before = lead.slice(0, i).replace(/[\s·•|,]+$/u, '').trim();
    const after = lead.slice(i + t.length).replace(/^[\s·•|,]+/u, '').trim();
    if (before && !after) return [before, t];
    if (!before && after) return [t, after];
  }
  if (what === 'experience') {
    const r = parseRoleLine(lead);
    return r.title && r.company ? [r.title, r.company] : null;
  }
  const d = DEGREE_START.exec(lead);
  return d && d.index > 0 ? [trim(lead.slice(0, d.index)), lead.slice(d.index)] : null;
}

const withInlineHead = (what: 'experience' | 'education') => (e: EntryParts): EntryParts => {
  // "Data Engineer at Indeed" over "Austin, TX" (or "Remote"): one line names both, the next one is where.
  // The place may open a line of its own pieces ("Toronto · Payments team", "Lyon → remote · Billing").
  const where = e.head[1]?.split(/\s*[·•|]\s*/u)[0]!.replace(/\s*(?:→|->)\s*\S.*$/u, '');
  if (what === 'experience' && e.head.length === 2 && !e.inline && (isPlace(e.head[1]!) || looksLikeLocation(e.head[1]!) || (!!where && isPlace(where)))) {
    const r = parseRoleLine(e.head[0]!);
    if (r.title && r.company && r.confident && (r.how === 'at' || r.how === 'separator')) return { ...e, head: [r.title, r.company], place: e.place ?? e.head[1]! };
  }
  if (e.head.length !== 1) return e;
  if (!e.inline) {
    // One line above the dates that names both: "Data Scientist at Trendyol", "Data Scientist · Trendyol"; for a
    // school, "BSc, Physics @ Lund University", "Lund University — BSc Physics" (school words tell which is which).
    if (what !== 'experience') {
      const r = parseEducationLine(e.head[0]!);
      return r.institution && r.degree && institutionScore(r.institution) > 0 ? { ...e, head: [r.institution, r.degree] } : e;
    }
    const r = parseRoleLine(e.head[0]!);
    // Or a title and a company set apart only by emphasis ("<strong>Data Engineer</strong> <em>Contoso</em>"): split
    // after the role noun when what follows is capitalised, since every role on the page names its company.
    const split = r.title && r.company && (r.confident || (r.how === 'words' && /^\p{Lu}/u.test(r.company)));
    return split ? { ...e, head: [r.title, r.company] } : e;
  }
  const two = splitInlineHead(e.inline, e.head[0]!, what);
  return two ? { ...e, head: two } : e;
};

/** A stated duration after the company ("Swiggy · 2 yrs 8 mos", "Ola | 1 year"): never part of its name. */
const TRAILING_DURATION = /\s*[·•|]\s*\d{1,2}\+?\s?(?:years?|yrs?|months?|mos?)\.?(?:,?\s+\d{1,2}\s?(?:months?|mos?)\.?)?\s*$/i;


/** "Cabify · Madrid", "Getir · Istanbul": places after the company on its line are where the role was, not the employer. */
export function companyAndPlace(line: string): { company: string; place: string | null } {
  const pieces = line.split(/\s*[·•](?:\s*[·•])*\s*|\s+\|\s+/u).map((p) => p.trim()).filter(Boolean);
  let k = pieces.length;
  while (k > 1 && isPlace(pieces[k - 1]!)) k--;
  if (k === pieces.length) return { company: line, place: null };
  return { company: pieces.slice(0, k).join(' · '), place: pieces.slice(k).join(', ') };
}

// ---------------------------------------------------------------------------
// Tables: a header row of column names (th) over one row (tr) per entry.

/** One date, as a From or To cell holds it ("06/2017", "Mar 2019", "2019", "Present"). */
const SINGLE_DATE = /^(?:(?:[\p{L}]{3,10}\.?\s+)?\d{4}|\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}|present|current|now|today)$/iu;
const dateCell = (col: Column, b: Block) => (col === 'dates' ? !!dateAt(b) : SINGLE_DATE.test(b.text.trim()));

/**
 * The run of header cells that opens a table: three or more terms (th) in one row and nothing else in that row.
 * Returns the index after the run, or -1.
 */
function headerRun(blocks: Block[], i: number): number {
  const g = blocks[i]?.group;
  const kind = blocks[i]?.kind;
  if (!g || (kind !== 'term' && kind !== 'text')) return -1;
  // Header cells are th (terms), or td that each name a known column.
  const cell = (b: Block) => b.group === g && b.kind === kind && (kind === 'term' || (b.text.length <= 30 && columnOf(b.text) !== 'other'));
  let j = i;
  while (j < blocks.length && cell(blocks[j]!)) j++;
  return j - i >= 3 && blocks[j]?.group !== g ? j : -1;
}

/**
 * A section laid out as a table ("Role | Company | Period | Location", one row per role): its rows as cells by
 * column. A cell may hold several blocks (a title with a description under it), so cells are aligned on the date
 * columns, and within the runs between them a run with more blocks than columns gives the extra lines to its title
 * (or institution, or description) cell, which reads as the title with lines under it. Null when the section does
 * not open with a header row naming at least two known columns.
 */
export function tableRows(blocks: Block[]): Array<Map<Column, string[]>> | null {
  const start = blocks.findIndex((b) => b.kind !== 'rule');
  const end = headerRun(blocks, start);
  if (end < 0) return null;
  const cols = blocks.slice(start, end).map((b) => columnOf(b.text));
  if (cols.filter((c) => c !== 'other').length < 2 || !cols.some((c) => c === 'title' || c === 'company' || c === 'institution')) return null;
  const rows: Block[][] = [];
  for (const b of blocks.slice(end)) {
    const last = rows[rows.length - 1];
    if (last && b.group && last[0]!.group === b.group) last.push(b);
    else rows.push([b]);
  }
  return rows.map((row) => {
    const cells = new Map<Column, string[]>();
    const put = (c: Column, bs: Block[]) => bs.length && cells.set(c, [...(cells.get(c) ?? []), ...bs.map((b) => b.text)]);
    // Anchors: each date column at the first date-like block after the previous anchor.
    const anchors: Array<[number, number]> = [];
    let from = 0;
    cols.forEach((c, j) => {
      if (c !== 'dates' && c !== 'start' && c !== 'end') return;
      const k = row.findIndex((b, i) => i >= from && dateCell(c, b));
      if (k >= 0) anchors.push([j, k]), (from = k + 1);
    });
    let cj = 0;
    let bi = 0;
    for (const [j, k] of [...anchors, [cols.length, row.length] as [number, number]]) {
      const segCols = cols.slice(cj, j);
      const segBlocks = row.slice(bi, k);
      const extra = segBlocks.length - segCols.length;
      const wide = extra > 0 ? Math.max(segCols.indexOf('title'), segCols.indexOf('institution'), segCols.indexOf('description'), 0) : -1;
      let at = 0;
      segCols.forEach((c, n) => {
        const take = n === wide ? 1 + extra : 1;
        put(c, segBlocks.slice(at, at + take));
        at += take;
      });
      if (j < cols.length) put(cols[j]!, [row[k]!]);
      cj = j + 1;
      bi = k + 1;
    }
    return cells;
  });
}

/**
 * Entries written as labelled records: a definition list (or label cells) per entry, each label naming a column
 * ("Role" Senior Engineer, "Company" Acme, "Period" 10.2021 – present, "Location" Berlin). Returns the index after
 * the run of label → value pairs that starts at i, or -1. A run counts only when its labels are column names, name
 * who (a title, a company or a school) and when (dates), so side facts ("Location", "Availability") never count.
 */
export function recordRun(blocks: Block[], i: number): number {
  const seen = new Set<Column>();
  let j = i;
  while (j < blocks.length && blocks[j]!.kind === 'term' && blocks[j]!.text.length <= 40) {
    const col = columnOf(blocks[j]!.text);
    if (col === 'other') break;
    let k = j + 1;
    while (k < blocks.length && blocks[k]!.kind === 'value') k++;
    if (k === j + 1) break;
    seen.add(col);
    j = k;
  }
  const who = seen.has('title') || seen.has('company') || seen.has('institution');
  const when = seen.has('dates') || seen.has('start') || seen.has('end');
  return j > i && seen.size >= 3 && who && when ? j : -1;
}

/** Labelled records (see recordRun) as table rows: a label seen again in the same record opens the next record. */
export function recordRows(blocks: Block[]): Array<Map<Column, string[]>> | null {
  const start = blocks.findIndex((b) => b.kind !== 'rule');
  if (start < 0 || recordRun(blocks, start) < 0) return null;
  const rows: Array<Map<Column, string[]>> = [];
  let row: Map<Column, string[]> | null = null;
  let col: Column | null = null;
  for (const b of blocks.slice(start)) {
    if (b.kind === 'rule') continue;
    if (b.kind === 'term') {
      col = columnOf(b.text);
      if (!row || row.has(col)) rows.push((row = new Map()));
      if (col !== 'other') row.set(col, []);
    } else if (b.kind === 'value' && row && col && col !== 'other') row.get(col)!.push(b.text);
    else if (b.kind !== 'value') break;
  }
  return rows.length ? rows : null;
}

const cellDates = (cells: Map<Column, string[]>) => {
  const dates = cells.get('dates')?.join(' ');
  if (dates) return dates;
  const [s, e] = [cells.get('start')?.[0], cells.get('end')?.[0]];
  return s || e ? `${s ?? ''} – ${e ?? ''}`.trim() : null;
};

function experienceFromTable(rows: Array<Map<Column, string[]>>): RawExperience[] {
  return rows.flatMap((c) => {
    const [title, ...under] = c.get('title') ?? [];
    const company = c.get('company')?.join(' · ');
    if (!title && !company) return [];
    const datesText = cellDates(c);
    const m = datesText ? findDateRange(datesText) : null;
    const out: RawExperience = {
      title: title ?? '',
      company: company ?? '',
      datesText: m ? m.text.replace(m.durationText ?? '', '').replace(/[\s(·•|,]+$/, '').trim() : datesText,
      statedDuration: m?.durationText?.replace(/^[(\s·•]+|[)\s]+$/g, '') ?? null,
      description: [...under, ...(c.get('description') ?? [])].join('\n\n'),
      highlights: [],
    };
    const place = c.get('place')?.join(', ');
    if (place) out.location = place;
    return [out];
  });
}

function educationFromTable(rows: Array<Map<Column, string[]>>): RawEducation[] {
  return rows.flatMap((c) => {
    const [institution, ...under] = c.get('institution') ?? [];
    if (!institution) return [];
    const degree = [...(c.get('degree') ?? []), ...(c.get('field') ?? [])].join(', ');
    return [{ institution, degree: degree || null, datesText: cellDates(c), description: [...under, ...(c.get('description') ?? [])].join('\n\n') }];
  });
}

/** A line that is wholly a link to a company page ("/companies/getir"). */
const companyLink = (b: Block) => !!b.links?.some((l) => /\/companies\/[^/?#]+/.test(l.href) && l.text.trim() === (b.parts?.[0] ?? b.text).trim());

/**
 * The company written above the title: a company link over a line that is none ("Getir" above "Senior Data
 * Scientist"), a heading over a heading of lower rank, or the first line of a card that holds several roles.
 */
const companyOnTop = (e: EntryParts) => {
  if (e.headBlocks.length !== 2 || e.head.length !== 2) return false;
  const [a, b] = e.headBlocks as [Block, Block];
  return CARD_HEADS.has(a) || (companyLink(a) && !companyLink(b)) || (a.kind === 'heading' && b.kind === 'heading' && (a.level ?? 0) > 0 && (a.level ?? 0) < (b.level ?? 0));
};

/**
 * Title and company in reading order, and roles grouped under one company: after an entry with the company on top,
 * the entries that name only a title are roles at that company.
 */
function companiesOverRoles(list: EntryParts[]): EntryParts[] {
  let shared: string | null = null;
  return list.map((e) => {
    if (companyOnTop(e)) {
      shared = e.head[0]!;
      return { ...e, head: [e.head[1]!, e.head[0]!] };
    }
    if (shared && e.head.length === 1 && !e.inline) return { ...e, head: [e.head[0]!, shared] };
    shared = null;
    // Two plain lines where only the second names a role ("Northwind" over "Staff Engineer"): the company came first.
    if (e.head.length === 2 && !e.inline && roleScore(e.head[0]!) === 0 && roleScore(e.head[1]!) > 0) return { ...e, head: [e.head[1]!, e.head[0]!] };
    return e;
  });
}

/** An entry with no head line whose first line tells the role in a sentence ("Joined Acme as a Data Engineer …"). */
const sentenceHead = (e: EntryParts): EntryParts => {
  const first = e.head.length === 1 && !e.inline ? e.head[0] : e.head.length === 0 ? e.description[0] : undefined;
  const r = first && /[.!?]\s*$/.test(first) ? roleInSentence(first) : null;
  return r ? { ...e, head: [r.title, r.company] } : e;
};

function experienceFrom(blocks: Block[]): RawExperience[] {
  const table = tableRows(blocks) ?? recordRows(blocks);
  if (table) return experienceFromTable(table);
  return companiesOverRoles(entries(blocks).map(splitEntry))
    .map(sentenceHead)
    .map(withInlineHead('experience'))
    .filter((e) => e.head.length > 0)
    .map((e) => {
      // "Allegro · Full-time", "Acme · Part-time · Remote": employment types and work modes are not the company.
      const lines = e.head.slice(1).map((h) => stripEmploymentTypes(h.replace(TRAILING_DURATION, '')));
      const types = lines.flatMap((l) => l.types);
      let { company, place } = companyAndPlace(
        lines
          .map((l) => l.text)
          .filter(Boolean)
          .join(' · '),
      );
      // "Acme · Full-time · Villeurbanne": a piece after the employment type that is shaped like a town is where.
      const pieces = e.head.slice(1).join(' · ').split(/\s*[·•|]\s*/u);
      const last = pieces[pieces.length - 1]!;
      if (!place && pieces.length >= 3 && employmentKind(pieces[pieces.length - 2]!) && PLACE_SHAPED.test(last) && company.endsWith(last) && company !== last) {
        company = company.slice(0, -last.length).replace(/[\s·•|]+$/u, '');
        place = last;
      }
      const out: RawExperience = {
        title: e.head[0]!,
        company,
        datesText: e.datesText,
        ...(e.startHint ? { startHint: e.startHint, endHint: e.endHint } : {}),
        statedDuration: e.duration,
        description: e.description.join('\n\n'),
        highlights: e.highlights,
      };
      const meta = e.headBlocks[0] && CARD_META.get(e.headBlocks[0]);
      if (meta) types.push(...meta.types);
      if (types.length) out.employmentType = types.join(', ');
      if (place ?? e.place ?? meta?.place) out.location = place ?? e.place ?? meta?.place;
      return out;
    });
}

const DEGREE_WORD =
  /(?:^|[\s(])(?:Bachelor|Master|Associate|Doctor|Doctorate|Ph\.?\s?D|MBA|B\.?\s?Sc|M\.?\s?Sc|B\.?\s?Tech|M\.?\s?Tech|B\.?\s?Eng|M\.?\s?Eng|B\.?A|B\.?S|M\.?A|M\.?S|BSN|MSN|Diploma|Certificate|Degree|Licence|Licenciatura|Bootcamp)\b/iu;
const GRADE = /\b(gpa|grade|distinction|honou?rs|cum laude|first class|merit|pass)\b/i;

/**
 * "Degree, Field of study", the way the profile writes an education line ("Bachelor of Computing, Information
 * Systems", "Master of Science in Nursing (MSN), Nursing Informatics"): the part after the comma is the field,
 * when the part before names a degree and the part after is a few words, not a degree, a grade or a year.
 */
export function fieldOfStudy(degree: string | null): string | null {
  const m = degree ? /^([^,·•|]+)(?:,|\s[·•|])\s*([^,·•|]+)$/u.exec(degree.trim()) : null;
  if (!m || !DEGREE_WORD.test(m[1]!)) return null;
  const f = m[2]!.trim();
  return f.split(/\s+/).length <= 8 && !/\d/.test(f) && !DEGREE_WORD.test(f) && !GRADE.test(f) ? f : null;
}

const withField = (e: RawEducation): RawEducation => {
  const field = fieldOfStudy(e.degree ?? null);
  return field ? { ...e, field } : e;
};

function educationFrom(blocks: Block[]): RawEducation[] {
  const table = tableRows(blocks) ?? recordRows(blocks);
  if (table) return educationFromTable(table).map(withField);
  return entries(blocks)
    .map(splitEntry)
    .map(withInlineHead('education'))
    .filter((e) => e.head.length > 0)
    .map((e) =>
      withField({
        institution: e.head[0]!,
        degree: e.head.slice(1).join(', ') || null,
        datesText: e.datesText,
        description: [...e.description, ...e.highlights].join('\n\n'),
      }),
    );
}

/**
 * The values of a list of skills in groups: a short label line over its list items ("Frameworks", then
 * "SwiftUI", "UIKit") is a group name and is dropped. Without list items the blocks are the values as they are.
 */
function groupValues(body: Block[]): Block[] {
  if (!body.some((b) => b.kind === 'item')) return body;
  return body.filter((b, k) => !(b.kind !== 'item' && b.text.length <= 40 && body[k + 1]?.kind === 'item'));
}

export function parseHimalayas(blocks: Block[], handle: string | null): RawProfile {
  const raw: RawProfile = {};
  // Where each section and fact starts.
  const marks: Array<{ i: number; section?: SectionKey; fact?: FactKey; inline?: string[] }> = [];
  const setFact = (fact: FactKey, values: string[], blockValues: Block[]) => {
    if (fact === 'location') {
      const text = [...values, ...blockValues.map((b) => b.text)].map((v) => v.replace(PIN, '')).join(', ');
      if (text) raw.location = text;
      return;
    }
    const list = [...values.flatMap((v) => v.split(/\s*[,·•|;]\s*/)), ...listValues(blockValues)].map((v) => v.trim()).filter((v) => v && !labelOf(v));
    if (!list.length) return;
    // Several skill lists ("Expertise", "Tech stack") add up.
    if (fact === 'skills') raw.skills = [...new Set([...(raw.skills ?? []), ...list])];
    // "Looking for" over a paragraph is prose, not availability chips.
    else if (fact === 'availability') list.every((v) => v.length <= 40) && (raw.availability = list);
    // "US citizen — no sponsorship required", "Portugal and Brazil": a value that is no country alone is read as a sentence.
    else if (fact === 'workAuthorization') raw.workAuthorization = list.flatMap(authCountries);
    else if (fact === 'jobCategories') raw.jobCategories = list;
  };
  let inHeader = -1;
  blocks.forEach((b, i) => {
    if (b.kind === 'value' || b.kind === 'item') return;
    // A table's header cells ("Role", "Company", "Location") name columns, not side facts.
    if (i < inHeader) return;
    const run = headerRun(blocks, i);
    if (run > 0) return void (inHeader = run);
    // A labelled record's labels ("Role", "Period", "Location") are its fields, not side facts.
    const rec = recordRun(blocks, i);
    if (rec > 0) return void (inHeader = rec);
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
  // A facts sidebar before the person ("Based in", "Open to" … then the h1 and the handle): the header is the run from
  // the person's h1 to the next mark after it.
  let head = blocks.slice(0, firstMark);
  if (!head.some((b) => (b.kind === 'heading' && b.level === 1) || /^@[\w.-]+$/.test(b.text.trim()))) {
    const h1At = blocks.findIndex((b, i) => i >= firstMark && b.kind === 'heading' && b.level === 1);
    if (h1At >= 0) head = blocks.slice(h1At, marks.find((m) => m.i > h1At)?.i ?? blocks.length);
  }
  // "@handle"; the "@" as its own element ("@" + "kasianowak", or hidden from the snapshot) when the URL names the handle.
  const handleText = (t: string) => {
    // "@handle · Joined March 2023", "@handle • Toronto": what follows the handle on its line is meta, not a headline.
    // The profile's address written out ("himalayas.app/@handle") is the handle line too.
    t = t.replace(/^(?:https?:\/\/)?(?:www\.)?himalayas\.app\/(?=@)/i, '');
    const m = /^@?\s?([\w.-]+)$/.exec(t) ?? /^@([\w.-]+)\s*[·•|]\s*\S/u.exec(t);
    return m && (t.startsWith('@') ? !handle || m[1]!.toLowerCase() === handle : !!handle && m[1]!.toLowerCase() === handle) ? m[1]! : null;
  };
  let at = -1;
  let atLen = 1;
  for (let i = 0; i < head.length && at < 0; i++) {
    const t = head[i]!.text.trim();
    if (handleText(t)) at = i;
    else if (t === '@' && head[i + 1] && handleText('@' + head[i + 1]!.text.trim())) (at = i), (atLen = 2);
  }
  const h1 = head.findIndex((b) => b.kind === 'heading' && b.level === 1);
  // The name is the h1 a few lines from the handle (above it, the headline may sit between them; or just below it),
  // else the line above the handle. Without a handle line or an h1, the first line shaped like a person's name.
  const nameAt = at >= 0 ? (h1 >= 0 && Math.abs(at - h1) <= 3 && (h1 < at - 1 || h1 >= at + atLen) ? h1 : at - 1) : h1 >= 0 ? h1 : head.findIndex(nameShaped);
  // Pronouns after the name ("Ana Lima (she/her)", "Ana Lima · she/her") are not part of it.
  if (nameAt >= 0) raw.name = head[nameAt]!.text.replace(/\s*(?:\(\s*(?:she|he|they|ze|xe)\s*\/\s*\w+\s*\)|[·•|]\s*(?:she|he|they|ze|xe)\s*\/\s*\w+)\s*$/iu, '');
  if (at >= 0) raw.handle = handleText(atLen === 2 ? '@' + head[at + 1]!.text.trim() : head[at]!.text.trim());
  const afterName = at >= 0 ? Math.max(at + atLen, nameAt + 1) : nameAt >= 0 ? nameAt + 1 : -1;
  // The headline is the line after the handle (meta lines such as "Joined March 2023" skipped): text, or a heading of
  // a lower rank than the name's ("<h2>" under "<h1>"); never a bare place. Else a line between the name and the handle.
  const nameLevel = nameAt >= 0 ? (head[nameAt]!.level ?? 0) : 0;
  const headlineLike = (b: Block | undefined): b is Block =>
    !!b && (b.kind !== 'heading' || (nameLevel > 0 && (b.level ?? 0) > nameLevel)) && !isPlace(b.text.replace(PIN, '')) && !handleText(b.text.trim());
  let hl = afterName;
  while (hl > 0 && hl < head.length && META_LINE.test(head[hl]!.text)) hl++;
  if (afterName > 0 && !headlineLike(head[hl]) && at > 0 && nameAt < at - 1) hl = nameAt + 1;
  if (afterName > 0 && headlineLike(head[hl])) raw.headline = head[hl]!.text;
  // Chips near the headline ("📍 Valencia, Spain", "Authorized to work in Brazil", "Open to work"), read when no
  // labelled fact says the same. Not the name, the handle or the headline.
  // The handle line's meta counts too ("@handle · Lagos, Nigeria"): the handle itself is never a place.
  const handleMeta = (i: number) => i === at && atLen === 1 && /^@[\w.-]+\s*[·•|]\s*\S/u.test(head[i]!.text.trim());
  const chips = nameAt >= 0 ? headerChips(head.filter((b, i) => i > nameAt && (at < 0 || i < at || i >= at + atLen || handleMeta(i)) && !(raw.headline && i === hl))) : null;

  for (let k = 0; k < marks.length; k++) {
    const { i, section, fact, inline } = marks[k]!;
    const end = k + 1 < marks.length ? marks[k + 1]!.i : blocks.length;
    let body = blocks.slice(i + 1, end);
    if (section === 'end') break;
    if (fact) {
      // Values run until the next label, a heading, or text that is plainly not a value; a label that had its
      // values on its own line takes only value blocks (dd) after it, or the cells of its own row (th, then td).
      const stop = body.findIndex(
        (b) => b.kind === 'heading' || /\?$/.test(b.text) || (blocks[i]!.kind === 'term' && b.kind !== 'value' && b.kind !== 'item' && !(b.group && b.group === blocks[i]!.group)) || (!!inline?.length && b.kind !== 'value'),
      );
      if (stop >= 0) body = body.slice(0, stop);
      let as: FactKey = fact;
      // "Skills" over "Languages: Swift, Kotlin …": a group of the skills when the languages are programming ones.
      if (fact === 'languages' && marks[k - 1]?.fact === 'skills' && marks[k - 1]!.i === i - 1 && !inline?.length && programmingLanguages(groupValues(body).map((b) => b.text))) as = 'skills';
      // Skills in groups ("Frameworks", "Tooling" over their lists): the group names are not skills.
      setFact(as, inline ?? [], as === 'skills' ? groupValues(body) : body);
      continue;
    }
    if (section === 'summary') raw.summary = body.map((b) => b.text).join('\n\n') || null;
    else if (section === 'experience') raw.experience = experienceFrom(body);
    else if (section === 'education') raw.education = educationFrom(body);
  }
  if (chips?.location && !raw.location) raw.location = chips.location;
  if (chips?.workAuthorization.length && !raw.workAuthorization?.length) raw.workAuthorization = chips.workAuthorization;
  // Else a sentence in the header or the summary: "Authorized to work in Nigeria and the United Kingdom.", "US citizen".
  if (!raw.workAuthorization?.length) {
    const texts = [...head.slice(nameAt + 1).map((b) => b.text), ...(raw.summary ? raw.summary.split('\n\n') : [])];
    const found = [...new Set(texts.flatMap((t) => workAuthorizationIn(t)))];
    if (found.length) raw.workAuthorization = found;
  }
  return raw;
}

/**
 * A line shaped like a person's name: two to five words, each capitalised (or a joining particle: "da", "van"),
 * letters only (hyphens, apostrophes, initials), not a link and not a "Town, Country" place.
 */
export const nameShaped = (b: Block) => {
  const t = b.text.trim();
  const words = t.split(/\s+/);
  return (
    b.kind !== 'item' &&
    !b.links?.length &&
    t.length <= 60 &&
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:da|de|del|della|di|do|dos|das|du|van|von|der|den|la|le|bin|binti|ibn|al|el|y|e)$/u.test(w)) &&
    // "Paris, France" is a place; a name may hold a city's name ("Ana Lima"), so only a comma makes it one.
    !(t.includes(',') && isPlace(t))
  );
};

/** Lines about the account, not the person: "Joined March 2023", "Member since 2021", "Last active 2 days ago". */
const META_LINE = /^(?:joined|member since|last (?:active|seen|updated)|active|updated)\b|\b\d+\s+(?:followers|connections|profile views)\b/i;

/** Where one chip ends and the next begins when chips are separated by white space only. */
const CHIP_START =
  /\s+(?=(?:authori[sz]ed to work in|can work in|eligible to work in|based in|lives in|located in|open to|available|full[- ]time|part[- ]time|contract|freelance|remote|hybrid|on[- ]site)\b|(?:utc|gmt)\s?[+\-−±]?\d|[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}])/iu;
const AUTH_CHIP = /^(?:authori[sz]ed to work in|can work in|eligible to work in)\s*:?\s+(\S.*)$/iu;
const PIN = /^\u{1F4CD}\uFE0F?\s*/u;

/**
 * The chip lines under a headline: a pinned (📍) or plain place is the location, "Authorized to work in X" chips
 * the work authorisation. Chips are the line's parts, else the line cut before each chip's opening word, a time
 * zone or an emoji. Lines that read like prose are skipped.
 */
export function headerChips(blocks: Block[]): { location: string | null; workAuthorization: string[] } {
  let location: string | null = null;
  let pinned = false;
  const workAuthorization: string[] = [];
  for (const b of blocks) {
    if (b.text.length > 200 || prose(b) || b.kind === 'heading') continue;
    const chips = (b.parts && b.parts.length > 1 ? b.parts : [b.text]).flatMap((p) => p.split(CHIP_START)).map((c) => c.trim().replace(/\s*[·•|]$/u, ''));
    for (const c of chips) {
      const auth = AUTH_CHIP.exec(c);
      if (auth) {
        workAuthorization.push(...auth[1]!.split(/\s*[,·•|]\s*/).filter(Boolean));
        continue;
      }
      // Chips written on one line with a visible separator ("📍 Lagos, Nigeria · Timezone: WAT") are cut there too.
      for (const piece of [c, ...(/\s[·•|]\s/u.test(c) ? c.split(/\s+[·•|]\s+/u) : [])]) {
        const based = /^(?:based in|lives in|located in)\s+/iu.exec(piece);
        const pin = PIN.test(piece) || !!based;
        const place = piece.replace(PIN, '').slice(based ? based[0].length : 0);
        if ((pin && !pinned) || !location) {
          if (isPlace(place)) (location = place), (pinned ||= pin);
        }
      }
    }
  }
  return { location, workAuthorization };
}

export const himalayas: SiteAdapter = {
  site: 'himalayas',
  extractor: {
    method: 'site-adapter',
    extract: ({ snapshot, detection }) => {
      const raw = parseHimalayas(snapshot.blocks, detection?.profileId ?? null);
      // The adapter knows the site's usual layouts; when it reads no roles or no schools at all (a section title it
      // has not met, "Where Amara has worked", or an entry shape it does not know), the generic parser's list stands in.
      if (!raw.experience?.length || !raw.education?.length) {
        const generic = parseResume(snapshot.blocks);
        if (!raw.experience?.length && generic.experience?.length) raw.experience = generic.experience;
        if (!raw.education?.length && generic.education?.length) raw.education = generic.education;
      }
      if (!raw.name && !raw.experience?.length) return null;
      const links = snapshot.blocks.flatMap((b) => b.links ?? []).filter((l) => /^mailto:/i.test(l.href));
      if (links.length) raw.links = links.map((l) => ({ label: l.text || l.href, url: l.href }));
      return raw;
    },
  } satisfies Extractor,
};
