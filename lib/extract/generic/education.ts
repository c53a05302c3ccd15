/**
 * Education entries: "University of Waterloo — Bachelor of Computer Science",
 * "BSc Computer Science, University of X, 2012–2016", or the institution on
 * one line and the degree on the next (Himalayas, LinkedIn). The institution
 * is the piece with institution words (University, College, Institute,
 * School, Politecnico, "of Technology", Bootcamp ...); the degree is written
 * to `degree` as it stands, and level/field are left to the normaliser.
 */
import type { RawEducation } from '../types';
import { splitBody, splitEntries, type Chunk } from './entries';
import { columns, fieldList, wordCount, degreeScore, findDates, institutionScore, looksLikeLocation, rangeText, splitOutside, tidy, withoutDates, type Line } from './lines';
import { COUNTRIES, REGION_CODES } from './places';
import { parseDegree } from '../../normalize/education';
import { parsePartialDate } from '../../normalize/dates';

const SEP = /\s+[—–|·•‧∙]\s+|\s+-{1,2}\s+|\s*\|\s*|\s{3,}/u;
/** "BSc Physics at Imperial College", "Exchange semester from KTH": the word joins a degree to its school. */
const AT_SEP = /\s+(?:at|from|@)\s+/u;

/**
 * Splits a piece on "at" / "from" / "@" only where that joins a degree (or anything) to a school. An
 * institution's own name is never split: "The University of Texas at Austin", "University of Wisconsin from …"
 * keep their words (institution words win over the "Title at Company" reading).
 */
function splitAt(p: string): string[] {
  const m = AT_SEP.exec(p);
  if (!m) return [p];
  const left = p.slice(0, m.index);
  const right = p.slice(m.index + m[0].length);
  // The left side is already a school and the right one is not another school or degree: one name.
  if (institutionScore(left) > 0 && degreeScore(left) === 0 && institutionScore(right) === 0 && degreeScore(right) === 0) return [p];
  if (institutionScore(right) === 0 && degreeScore(left) === 0 && institutionScore(left) === 0) return [p];
  return [left, ...splitAt(right)];
}
const COMMA = /\s*[,;]\s+/;
const LEADING_DEGREE = /^(?:bachelor|master|b\.?sc|m\.?sc|ph\.?d|mba|b\.?a|m\.?a|b\.?s|m\.?s|b\.?e|b\.?eng|m\.?eng)\b/i;
const GPA = /^(?:gpa|grade|cgpa|grades|final grade|score)\b|^\d{1,2}(?:[.,]\d+)?\s*\/\s*\d/i;

export interface EducationLine {
  institution: string;
  degree: string | null;
  location: string | null;
  datesText: string | null;
  /** Other pieces: a second school name ("Rotman School of Management"), honours, notes. */
  extra: string[];
}

/** Takes a trailing "City, Country" / "City, ST" off an institution ("Politecnico di Milano, Milan, Italy"). */
function dropTrailingPlace(s: string): [string, string | null] {
  const parts = splitOutside(s, COMMA);
  if (parts.length >= 3) {
    const last = parts[parts.length - 1]!;
    if (COUNTRIES.has(last.toLowerCase()) || REGION_CODES.has(last)) {
      const loc = parts.slice(-2).join(', ');
      if (looksLikeLocation(loc)) return [parts.slice(0, -2).join(', '), loc];
    }
  }
  if (parts.length === 2 && (COUNTRIES.has(parts[1]!.toLowerCase()) || REGION_CODES.has(parts[1]!))) return [parts[0]!, parts[1]!];
  // "University of X, Timișoara (Romania)": a city with its country in brackets.
  if (parts.length >= 2 && /\)$/.test(parts[parts.length - 1]!) && looksLikeLocation(parts[parts.length - 1]!)) return [parts.slice(0, -1).join(', '), parts[parts.length - 1]!];
  return [s, null];
}

/** Pieces of an education line; a piece holding both a school and a degree is split on commas. */
function pieces(s: string): string[] {
  const out: string[] = [];
  for (const p of splitOutside(s, SEP).flatMap(splitAt)) {
    // A school and a degree in one comma list; or a school named after a first piece that names none ("VWO, profile
    // Science, Het Baken Lyceum, Zeist": a qualification the degree words do not know, then the school).
    const parts0 = /,/.test(p) && institutionScore(p) > 0 ? splitOutside(p, COMMA) : [];
    if (parts0.length > 1 && (degreeScore(p) > 0 || institutionScore(parts0[0]!) === 0)) {
      const parts = parts0;
      const start = parts.findIndex((x) => institutionScore(x) > 0);
      if (start < 0 || parts.length < 2) {
        out.push(p);
        continue;
      }
      let end = start + 1;
      // A town the school's name already holds ("Universidade do Porto, Porto") is where it is, not part of its name.
      const town = (x: string) => looksLikeLocation(x) && parts[start]!.toLowerCase().includes(x.trim().toLowerCase());
      while (end < parts.length && degreeScore(parts[end]!) === 0 && !GPA.test(parts[end]!) && !town(parts[end]!)) end++;
      const before = parts.slice(0, start).join(', ');
      const inst = parts.slice(start, end).join(', ');
      if (before) out.push(before);
      out.push(inst);
      // After the school: the degree (with its own commas) and notes such as a GPA.
      const after: string[] = [];
      for (const x of parts.slice(end)) {
        if (GPA.test(x) || !after.length) after.push(x);
        else after[after.length - 1] += ', ' + x;
      }
      out.push(...after);
    } else out.push(p);
  }
  return out;
}

/** Splits one education line into institution, degree, location and dates. */
export function parseEducationLine(line: string): EducationLine {
  // "M.Sc. in Physics, Universidade de Lisboa, Lisbon, 16/20.": the full stop closes the row of fields.
  if (fieldList(line.trim())) line = line.trim().slice(0, -1);
  // A grade in brackets ("(First class honours)", "(Distinction)", "(GPA 3.8)") is neither school nor degree.
  const graded: string[] = [];
  line = line.replace(/\s*\(([^()]{0,40}\b(?:honou?rs|distinction|merit|cum laude|summa|magna|gpa|grade)\b[^()]{0,20})\)/giu, (_m, g: string) => (graded.push(g.trim()), ''));
  let datesText: string | null = null;
  const kept: string[] = [];
  // "EQF level 7" (European Qualifications Framework) rates the degree; it is neither degree nor field.
  for (const c of columns(line.replace(/\*\*|__/g, '').replace(/\s*\(?\b(?:EQF|NQF|ISCED)\s+level\s+\d\)?/gi, ''))) {
    const hit = findDates(c);
    if (hit && !datesText) {
      datesText = rangeText(hit);
      const rest = withoutDates(c, hit);
      if (rest) kept.push(rest);
    } else if (c) kept.push(c);
  }
  // A column that is one date alone ("2017   Product School", "Acme Academy   June 2019") dates the entry when no
  // range is written.
  if (!datesText) {
    const k = kept.findIndex((c) => c.length <= 20 && /\d{4}/.test(c) && !!parsePartialDate(c));
    if (k >= 0 && kept.length > 1) datesText = kept.splice(k, 1)[0]!.trim();
  }
  // A lone year ("2016") counts as the end date when no range is written.
  let s = kept.join('   ');
  if (!datesText) {
    const single = /(?:^|[\s,(|·–—-])((?:19|20)\d{2})\)?\s*$/.exec(s);
    if (single) {
      datesText = single[1]!;
      s = s.slice(0, single.index);
    }
  }
  s = tidy(s);
  // "University of X (2012–2016): BSc Physics": a colon between the school and the degree separates them.
  const colon = /^([^:]{2,80}?)\s*[:：]\s+(?=\S)/u.exec(s);
  if (colon && institutionScore(colon[1]!) > 0 && degreeScore(s.slice(colon[0].length)) > 0) s = `${colon[1]!.trim()} — ${s.slice(colon[0].length)}`;
  let institution = '';
  let location: string | null = null;
  const degreeParts: string[] = [];
  const plain: string[] = [];
  const extra: string[] = [];
  for (const p0 of pieces(s)) {
    const p = tidy(p0);
    if (!p) continue;
    const inst = institutionScore(p);
    const deg = degreeScore(p);
    if (!institution && inst > 0 && (deg === 0 || (inst >= 2 && !LEADING_DEGREE.test(p)))) {
      const [name, loc] = dropTrailingPlace(p);
      institution = name;
      location ??= loc;
    } else if (!location && deg === 0 && looksLikeLocation(p)) location = p;
    else if (GPA.test(p)) extra.push(p);
    else if (deg > 0) degreeParts.push(p);
    else if (institution && inst > 0) extra.push(p);
    else plain.push(p);
  }
  // "Web Development Bootcamp (certificate) | Northwind": a piece that names a programme (school and degree words)
  // beside a bare name — the bare name is the school, the programme the degree.
  if (institution && !degreeParts.length && degreeScore(institution) > 0 && plain.length === 1 && /^[\p{Lu}\p{N}]/u.test(plain[0]!) && wordCount(plain[0]!) <= 4 && !/\d/.test(plain[0]!)) {
    degreeParts.push(institution);
    institution = plain.shift()!;
  }
  // No school word anywhere: the first piece that is not a degree names the school.
  if (!institution && plain.length) institution = plain.shift()!;
  // The degree as written: its degree pieces, then a field written beside it ("BSc, Computer Science").
  const degree = degreeParts.length ? [...degreeParts, ...plain].join(', ') : plain.length ? plain.join(', ') : null;
  return { institution: tidy(institution), degree: degree ? tidy(degree) : null, location, datesText, extra: [...extra, ...graded] };
}

/** A short line that can only be a field of study: a few capitalised words, no school, degree, date or digits. */
const fieldLine = (t: string) =>
  t.length <= 60 && wordCount(t) <= 6 && /^\p{Lu}/u.test(t) && !/[\d.:;!?|·•]/u.test(t) && institutionScore(t) === 0 && degreeScore(t) === 0 && !looksLikeLocation(t);

function parseChunk(c: Chunk): RawEducation | null {
  let institution = '';
  let degree: string | null = null;
  let field: string | null = null;
  let datesText: string | null = null;
  const extra: string[] = [];
  const times: string[] = [];
  // Lines with an institution word first, so "Degree" / "School" on two lines resolve either way round.
  const head = [...c.head].sort((a, b) => (institutionScore(b.text) > 0 ? 1 : 0) - (institutionScore(a.text) > 0 ? 1 : 0));
  for (const l of head) {
    times.push(...l.times);
    const r = parseEducationLine(l.text);
    datesText ??= r.datesText;
    if (!r.institution && !r.degree) continue;
    if (!institution && r.institution && (institutionScore(r.institution) > 0 || degreeScore(r.institution) === 0)) {
      institution = r.institution;
      if (r.degree) degree ??= r.degree;
      extra.push(...r.extra);
    } else if (!degree && (r.degree || r.institution)) {
      // The school is known: this line's pieces are its degree and a note, kept in the order written ("MSc in
      // Statistics — M2, with honours": the degree first).
      const degreeFirst = !!r.degree && !!r.institution && l.text.indexOf(r.degree) >= 0 && l.text.indexOf(r.degree) < l.text.indexOf(r.institution);
      degree = (degreeFirst ? [r.degree, r.institution] : [r.institution, r.degree]).filter(Boolean).join(', ');
    } else if (degree && !field && fieldLine(l.text) && parseDegree(degree).level && !parseDegree(degree).field) {
      // "Bachelor of Science" then "Computer Science" on the next line: the field of a degree that names none.
      field = tidy(l.text);
    } else extra.push(l.text);
  }
  if (degree && field) degree = `${degree}, ${field}`;
  // Dates alone over a paragraph that opens with the degree and school ("MSc, Physics, Lund University · Thesis on …",
  // "BA History, University of Leeds. Dissertation …"): those words are the entry's fields, the rest its description.
  let body = c.body;
  if (!institution && !degree && c.head.every((h) => findDates(h.text) && !withoutDates(h.text, findDates(h.text)!)) && body[0] && !body[0].marker && body[0].kind !== 'item') {
    for (const re of [/^(.{3,160}?)\.\s+(\p{Lu}.*)$/u, /^(.{3,160}?)\s+[·•|—–]\s+(\S.*)$/u]) {
      const m = re.exec(body[0].text);
      const r = m && wordCount(m[1]!) <= 16 ? parseEducationLine(m[1]!) : null;
      if (!m || !r || institutionScore(r.institution) === 0) continue;
      institution = r.institution;
      degree = r.degree;
      datesText ??= r.datesText;
      body = [{ ...body[0], text: m[2]!.trim(), raw: m[2]!.trim() }, ...body.slice(1)];
      break;
    }
  }
  const { highlights, description } = splitBody(body, c.head);
  // "### University of X (2011–2015)" then "- B.Eng. in Computer Science": a short degree bullet or line right
  // under the school is its degree.
  if (institution && !degree) {
    const first = body[0];
    const text = first ? first.text.trim() : '';
    if (first && text.length <= 120 && degreeScore(text) > 0 && institutionScore(text) === 0 && !/[.!?]$/.test(text.replace(/\b[A-Z][a-z]{0,3}\.$/, ''))) {
      const r = parseEducationLine(text);
      degree = r.degree ?? text;
      datesText ??= r.datesText;
      for (const list of [highlights, description]) {
        const k = list.indexOf(text);
        if (k >= 0) list.splice(k, 1);
      }
    }
  }
  if (!datesText) {
    for (const l of body.slice(0, 3)) {
      const hit = findDates(l.text);
      if (hit && !withoutDates(l.text, hit)) {
        datesText = rangeText(hit);
        const k = description.indexOf(l.text);
        if (k >= 0) description.splice(k, 1);
        break;
      }
    }
  }
  if (!institution) return null;
  const e: RawEducation = { institution, degree: degree ?? null, field: null };
  if (datesText) e.datesText = datesText;
  if (times.length && datesText) {
    e.startHint = times[0]!;
    if (times[1]) e.endHint = times[1];
  }
  const desc = [...extra, ...description, ...highlights];
  if (desc.length) e.description = desc.join('\n');
  return e;
}

/** Entries of an Education section. */
export function parseEducation(lines: readonly Line[]): RawEducation[] {
  const chunks = splitEntries(lines, {
    // A school, or a degree with its year at the end of the line ("Bachelor of Arts in History      2009").
    evidence: (l) => (institutionScore(l.text) > 0 || (degreeScore(l.text) > 0 && /\s(?:19|20)\d\d$/.test(l.text.trim()) && !/[–—-]\s*(?:19|20)\d\d$/.test(l.text.trim())) ? 2 : 0),
    complete: (l) => {
      if (l.text.length > 200) return false;
      if (l._complete === undefined) {
        const r = parseEducationLine(l.text);
        l._complete = !!r.institution && !!r.degree;
      }
      return l._complete;
    },
  });
  const out: RawEducation[] = [];
  for (const c of chunks) {
    const e = parseChunk(c);
    if (e) out.push(e);
    else if (!c.head.length) {
      // A list of whole entries written as sentences ("PhD in X, University of Y, 2014–2018. Thesis: …"): one entry per item.
      for (const l of c.body) {
        if (l.text.length > 400) continue;
        // The entry ends at the sentence after its years ("…, 2014–2018. Thesis: …").
        const cut = /(?:19|20)\d\d\)?\.(?:\s|$)/.exec(l.text);
        const head = cut ? l.text.slice(0, cut.index + cut[0].trimEnd().length - 1) : l.text.replace(/\.$/, '');
        const whole = parseEducationLine(head);
        if (!whole.institution || !whole.degree || institutionScore(whole.institution) === 0) continue;
        const rest = l.text.slice(head.length).replace(/^\.\s*/, '').trim();
        const entry: RawEducation = { institution: whole.institution, degree: whole.degree, field: null };
        if (whole.datesText) entry.datesText = whole.datesText;
        if (rest) entry.description = rest;
        out.push(entry);
      }
    }
  }
  return out;
}
