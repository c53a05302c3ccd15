/**
 * Experience entries: role lines in the shapes people write, and the entries
 * of an Experience section.
 *
 * `parseRoleLine` splits one line ("Title at Company", "Company — Title",
 * "Title | Company | dates", "Title @ Company (2017–2020)", "Machine Learning
 * Engineer Pinterest") into title, company, location and dates. Which side is
 * the title is decided by a role-word score, with position only as a tie
 * break (reported as unsure). `parseExperience` turns a section into entries
 * using the shared chunker (entries.ts).
 */
import type { RawExperience } from '../types';
import { findDateRange, isOpenEnd, parsePartialDate } from '../../normalize/dates';
import { employmentKind, stripEmploymentTypes } from '../employment';
import { isLegalSuffix } from '../../normalize/titles';
import { columnOf, type Column } from '../columns';
import { placeOfAddress } from './heading';
import { DURATION_ONLY, splitBody, splitEntries, type Chunk } from './entries';
import {
  DOMAIN_WORDS,
  TITLE_TAIL,
  columns,
  companyScore,
  dateOf,
  endsSentence,
  findDates,
  institutionScore,
  isRoleWord,
  looksLikeLocation,
  rangeText,
  roleScore,
  splitOutside,
  tidy,
  withoutDates,
  wordCount,
  words,
  type Line,
  fieldList,
} from './lines';

export type SplitHow = 'at' | 'separator' | 'comma' | 'words' | 'none';

export interface RoleLine {
  title: string;
  company: string;
  location: string | null;
  datesText: string | null;
  statedDuration: string | null;
  how: SplitHow;
  /** False when the split rests on position or word order alone. */
  confident: boolean;
}

const AT = /\s+(?:at|@|bei|chez|presso)\s+|\s@(?=\S)|(?<=\S)@\s/;
/** "Ingeniero en Globant", "Engenheira na Nubank": also mean "at", but only after a role and before a capitalised name that is not a place. */
const AT_WEAK = /\s+(?:en|em|na|no)\s+(?=[\p{Lu}\p{N}])/u;
const STRONG_SEP = /\s+[—–|·•‧∙]\s+|\s+-{1,2}\s+|\s*\|\s*|\s{3,}/u;
const COMMA = /\s*[,;]\s+/;

const clean = (s: string) => tidy(s.replace(/\s+/g, ' '));

/** Takes location-looking pieces off the end of a text: "Acme, Berlin, Germany" → ["Acme", "Berlin, Germany"]. */
function splitTrailingLocation(s: string): [string, string | null] {
  const parts = splitOutside(s, COMMA);
  // "City, Country" first, then a lone place ("Cluj-Napoca (Romania)" too), then "City, Region, Country"; something must stay in front.
  for (const n of [2, 1, 3]) {
    if (n > parts.length - 1) continue;
    const loc = parts.slice(parts.length - n).join(', ');
    if (looksLikeLocation(loc)) return [parts.slice(0, parts.length - n).join(', '), loc];
  }
  const paren = /\s*\(([^()]{2,40})\)$/.exec(s);
  if (paren && looksLikeLocation(paren[1]!)) return [s.slice(0, paren.index).trim(), paren[1]!.trim()];
  return [s, null];
}

/** A short piece ending in an agent noun the role list does not know ("Dispatcher", "Line Supervisor", "Florist"). */
const AGENT = /^\p{Lu}\p{Ll}{2,}(?:er|or|ist|ian|ant)$/u;
export function agentNoun(p: string): boolean {
  const ws = words(p);
  const last = ws[ws.length - 1]?.replace(/[^\p{L}]/gu, '') ?? '';
  return ws.length <= 4 && AGENT.test(last) && companyScore(p) === 0;
}

/**
 * Index of the piece that is most title-like; ties go to the earlier piece. When no piece has a role word, one
 * piece alone ending in an agent noun is the title (still reported as a tie: only word shape told them apart).
 */
export function titleIndex(pieces: readonly string[]): { index: number; tie: boolean } {
  let best = 0;
  let bestScore = -1;
  let tie = false;
  pieces.forEach((p, k) => {
    const sc = roleScore(p) - companyScore(p) * 0.6 - institutionScore(p);
    if (sc > bestScore) {
      best = k;
      bestScore = sc;
      tie = false;
    } else if (sc === bestScore) tie = true;
  });
  if (bestScore <= 0 && pieces.every((p) => roleScore(p) === 0)) {
    const agents = pieces.map((p, k) => (agentNoun(p) ? k : -1)).filter((k) => k >= 0);
    if (agents.length === 1) best = agents[0]!;
  }
  return { index: best, tie: tie || bestScore <= 0 };
}

/** "Machine Learning Engineer Pinterest" → title up to the last role word (plus "II", "Intern"), company after. */
function splitByRoleWord(s: string): { title: string; company: string } | null {
  const ws = words(s);
  if (ws.length < 2 || ws.length > 12) return null;
  let j = -1;
  for (let k = ws.length - 1; k >= 0; k--) {
    if (isRoleWord(ws[k]!)) {
      j = k;
      break;
    }
  }
  if (j < 0 || j === ws.length - 1) return null;
  // Extend over level tails and a bracketed qualifier: "Engineer II (Merchant Platform)".
  let end = j + 1;
  while (end < ws.length && TITLE_TAIL.test(ws[end]!)) end++;
  if (end < ws.length && ws[end]!.startsWith('(')) {
    let e = end;
    while (e < ws.length && !ws[e]!.includes(')')) e++;
    if (e < ws.length) end = e + 1;
  }
  const rest = ws.slice(end);
  if (!rest.length || rest.length > 5) return null;
  const first = rest[0]!;
  if (!/^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(first)) return null;
  if (DOMAIN_WORDS.has(first.toLowerCase().replace(/[^\p{L}-]/gu, ''))) return null;
  if (rest.some((w) => isRoleWord(w))) return null;
  return { title: ws.slice(0, end).join(' '), company: rest.join(' ') };
}

function piecesOf(s: string): { title: string; company: string; location: string | null; how: SplitHow; confident: boolean } {
  let location: string | null = null;
  // 1. "Title at Company", "Title @ Company" ("bei", "chez", "presso"; "en", "em", "na", "no" after a role).
  let at = AT.exec(s);
  if (!at) {
    const weak = AT_WEAK.exec(s);
    if (weak && roleScore(s.slice(0, weak.index)) > 0) {
      const right = s.slice(weak.index + weak[0].length);
      // "Desarrollador en Madrid, España": a place, not an employer.
      if (looksLikeLocation(right)) {
        location = right.trim();
        s = s.slice(0, weak.index);
      } else if (!looksLikeLocation(splitOutside(right, STRONG_SEP)[0] ?? '')) at = weak;
    }
  }
  // An institution's own name is never split: "The University of Texas at Austin" (institution words win).
  if (at && at.index > 0 && !(institutionScore(s.slice(0, at.index)) > 0 && roleScore(s.slice(0, at.index)) === 0)) {
    const left = s.slice(0, at.index);
    const [right, loc] = splitTrailingLocation(s.slice(at.index + at[0].length));
    const rightParts = splitOutside(right, STRONG_SEP);
    let company = rightParts[0] ?? right;
    for (const p of rightParts.slice(1)) if (!location && looksLikeLocation(p)) location = p;
    if (!location) location = loc;
    if (roleScore(left) === 0 && roleScore(company) > 0) return { title: clean(company), company: clean(left), location, how: 'at', confident: false };
    return { title: clean(left), company: clean(company), location, how: 'at', confident: true };
  }
  // 2. Strong separators: "Title — Company", "Company | Title | Berlin".
  let pieces = splitOutside(s, STRONG_SEP);
  if (pieces.length >= 2) {
    const kept: string[] = [];
    for (const p of pieces) {
      if (!location && looksLikeLocation(p)) {
        // "Acme, Austin, TX": a name in front of the place is the company, unless it is a place itself.
        const [front, loc] = splitTrailingLocation(p);
        if (loc && front && !looksLikeLocation(front) && roleScore(front) === 0) {
          kept.push(front);
          location = loc;
        } else location = p;
      } else kept.push(p);
    }
    if (kept.length >= 2) {
      const { index, tie } = titleIndex(kept);
      let titleText = kept[index]!;
      const others = kept.filter((_, k) => k !== index);
      // Company: the best company-like piece, else the one next to the title.
      let company = others[0]!;
      let bestC = companyScore(company);
      for (const o of others) if (companyScore(o) > bestC) (company = o), (bestC = companyScore(o));
      const [t, loc] = splitTrailingLocation(titleText);
      titleText = t;
      location ??= loc;
      const [co, loc2] = splitTrailingLocation(company);
      location ??= loc2;
      return { title: clean(titleText), company: clean(co), location, how: 'separator', confident: !tie };
    }
    if (kept.length === 1) s = kept[0]!;
  }
  // 3. Commas: "Senior Engineer, Acme", "Acme, Senior Engineer, Berlin, Germany".
  const [body, loc] = splitTrailingLocation(s);
  location ??= loc;
  pieces = splitOutside(body, COMMA);
  if (pieces.length >= 2) {
    const scores = pieces.map((p) => roleScore(p));
    const r = scores.findIndex((x) => x > 0);
    if (r === 0 && !(scores[1]! > 0 && companyScore(pieces[1]!) === 0)) {
      // Title first: the company is the rest, unless the rest is one more title word list.
      return { title: clean(pieces[0]!), company: clean(pieces.slice(1).join(', ')), location, how: 'comma', confident: companyScore(pieces.slice(1).join(', ')) > 0 || roleScore(pieces.slice(1).join(' ')) === 0 };
    }
    if (r > 0) return { title: clean(pieces.slice(r).join(', ')), company: clean(pieces.slice(0, r).join(', ')), location, how: 'comma', confident: true };
    if (r < 0) {
      // No role word anywhere: "Acme, Inc." is one company, "Platform Lead, Acme" would have matched above.
      if (companyScore(body) > 0 && pieces.length === 2 && /^(?:inc|llc|ltd|gmbh|corp|co|plc|ag)\.?$/i.test(pieces[1]!)) return { title: '', company: clean(body), location, how: 'none', confident: false };
      return { title: clean(pieces[0]!), company: clean(pieces.slice(1).join(', ')), location, how: 'comma', confident: false };
    }
  }
  // 4. Title words then company words: "Machine Learning Engineer Pinterest".
  const byWord = splitByRoleWord(body);
  if (byWord) return { title: clean(byWord.title), company: clean(byWord.company), location, how: 'words', confident: false };
  // 5. One piece: a title when it has a role word, else (probably) a company.
  if (roleScore(body) > 0) return { title: clean(body), company: '', location, how: 'none', confident: true };
  return { title: '', company: clean(body), location, how: 'none', confident: false };
}

/** Splits one role line into title, company, location and dates. */
export function parseRoleLine(line: string): RoleLine {
  let s = line.replace(/\*\*|__/g, '').replace(/\s+$/, '');
  // "Data Scientist, Zalando SE, Berlin.": the full stop closes the row of fields, it is no part of the last one.
  if (fieldList(s)) s = s.slice(0, -1);
  let datesText: string | null = null;
  let statedDuration: string | null = null;
  // The range anywhere in the line (right-aligned or inline); the rest keeps its columns.
  const hit = findDates(s);
  if (hit) {
    datesText = rangeText(hit);
    statedDuration = hit.durationText;
    s = withoutDates(s, hit);
  }
  s = columns(s).join('   ');
  s = colonAsSeparator(s);
  // Schedule and contract types are never the title or the company ("Engineer | Acme · Full-time | 2019 – 2021").
  const stripped = stripEmploymentTypes(s, { self: false, modes: false, brackets: false }).text;
  if (stripped) s = stripped;
  // "Title, Company, Town." (a LaTeX CV's row of fields): three pieces, a title first and a town last, known or not.
  const row = fieldList(line.trim()) ? splitOutside(s.trim(), COMMA) : [];
  if (row.length === 3 && roleScore(row[0]!) > 0 && roleScore(row[1]!) === 0 && /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(row[2]!.trim()) && roleScore(row[2]!) === 0)
    return { title: clean(row[0]!), company: clean(row[1]!), location: row[2]!.trim(), how: 'comma', confident: true, datesText, statedDuration };
  const p = piecesOf(s.trim());
  return { ...p, datesText, statedDuration };
}

/** One to three capitalised words: a town's name, known or not ("Cork", "Hebden Bridge"). */
const TOWN = "\\p{Lu}[\\p{Ll}'’-]+(?:[\\s-]\\p{Lu}[\\p{Ll}'’-]+){0,2}";
/** "eir, Cork": a company, then its town after the last comma. */
const COMPANY_COMMA_TOWN = new RegExp(`^(.+?),\\s*(${TOWN})$`, 'u');
/** "Kainos (Belfast)". */
const COMPANY_BRACKETED_TOWN = new RegExp(`^(.+?)\\s*\\((${TOWN})\\)$`, 'u');
/** "BBC, Salford (MediaCityUK)": a town, maybe with its area in brackets. */
const COMPANY_COMMA_TOWN_AREA = new RegExp(`^(.+?),\\s+(${TOWN}(?:\\s*\\([^()]{2,30}\\))?)$`, 'u');

/** Field labels written before a colon ("Role: …", "Client: …"): never a company. */
const FIELD_LABEL = /^(?:role|title|position|job|company|employer|organi[sz]ation|client|team|project|stack|tech|tools|location|dates?|period|responsibilities|achievements?|note)$/i;

/**
 * "Acme (2019–2021): Senior Engineer", "Acme: Senior Engineer": a colon between a short name and a role reads as a
 * separator (the name on the left has no role word; the right side has one).
 */
export function colonAsSeparator(s: string): string {
  const m = /^([^:]{1,60}?)\s*[:：]\s+(?=\S)/u.exec(s);
  if (!m) return s;
  const left = m[1]!.trim();
  const right = s.slice(m[0].length);
  if (!left || FIELD_LABEL.test(left) || wordCount(left) > 5 || roleScore(left) > 0 || roleScore(right) === 0 || wordCount(right) > 10) return s;
  return `${left} — ${right}`;
}

/** True when a line alone names a whole role (title and company, split by a clear separator). */
export function isCompleteRoleLine(text: string): boolean {
  if (text.length > 160) return false;
  const r = parseRoleLine(text);
  return !!r.title && !!r.company && (r.how === 'at' || r.how === 'separator') && roleScore(r.title) > 0;
}

export interface ExperienceResult {
  entries: RawExperience[];
  unsure: Array<{ field: string; message: string }>;
}

interface Frag {
  text: string;
  line: Line;
}

/** One chunk → one entry (or a company line that the following entries share). */
interface ChunkResult {
  entry: RawExperience | null;
  companyOnly: string | null;
  companyFirst?: boolean;
  byOrder?: boolean;
  /** The one line the head held besides its dates, and how parseRoleLine split it. */
  line?: string;
  how?: SplitHow;
  unsure: string[];
}

/**
 * The role a paragraph opens with: its first sentence ("Research Intern, Acme Labs, Oslo. Worked on …"), or its words
 * before a dash, dot or bar ("Data Scientist, Klarna · Credit models …"), when they name a title (a role word) and an
 * employer (none). Null otherwise.
 */
export function leadingRole(text: string): { role: string; rest: string } | null {
  for (const re of [/^(.{3,140}?)\.\s+(\p{Lu}.*)$/u, /^(.{3,140}?)\s+[·•|—–]\s+(\S.*)$/u, /^(.{3,140}?)\s+-\s+(\p{Lu}.*)$/u]) {
    const m = re.exec(text);
    if (!m || wordCount(m[1]!) > 12) continue;
    const r = parseRoleLine(m[1]!);
    // Names, not a sentence about them: the title opens with a capital (not "I", "We", "My"), so does the employer.
    const named = /^\p{Lu}/u.test(r.title) && !/^(?:I|We|My|Our|As|In|At|The)\b/.test(r.title) && /^[\p{Lu}\p{N}]/u.test(r.company);
    if (named && roleScore(r.title) > 0 && roleScore(r.company) === 0 && !endsSentence(m[1]!)) return { role: m[1]!, rest: m[2]!.trim() };
  }
  return null;
}

function parseChunk(c: Chunk, prefer: 'company-first' | null = null): ChunkResult {
  const unsure: string[] = [];
  let datesText: string | null = null;
  let statedDuration: string | null = null;
  let location: string | null = null;
  const frags: Frag[] = [];
  const times: string[] = [];
  const types: string[] = [];
  for (const l of c.head) {
    times.push(...l.times);
    const hit = dateOf(l);
    if (hit && !datesText) {
      datesText = rangeText(hit);
      statedDuration = hit.durationText;
    }
    for (const col of columns(hit ? withoutDates(l.text, hit) : l.text)) {
      // A labelled note after the employer's sentence ("…, ETH Zürich. Host: Prof. A. Keller.") is no part of it.
      let t = tidy(col.replace(/\.\s+\p{Lu}[\p{L} ]{1,20}:\s.*$/u, ''));
      if (!t || DURATION_ONLY.test(t)) continue;
      if (looksLikeLocation(t)) {
        location ??= t;
        continue;
      }
      // "Acme · Full-time", "Falabella · Jornada completa", "Full-time" alone: the type is never the company.
      const st = stripEmploymentTypes(t, { brackets: false });
      if (st.mode) location ??= st.mode;
      types.push(...st.types);
      t = tidy(stripKindBadge(st.text));
      if (!t || DURATION_ONLY.test(t)) continue;
      frags.push({ text: t, line: l });
    }
  }
  // Dates alone over a paragraph that opens with the role ("Research Intern, Acme Labs, Oslo. Worked on …",
  // "Data Scientist, Klarna · Credit models …", "Nurse at St Olaf — night shifts …"): the paragraph's first sentence,
  // or its words before the first dash, dot or bar, are the role when they name a title and an employer.
  let body = c.body;
  if (!frags.length && datesText && body[0] && !body[0].marker && body[0].kind !== 'item') {
    const lead = leadingRole(body[0].text);
    if (lead) {
      frags.push({ text: lead.role, line: body[0] });
      body = lead.rest ? [{ ...body[0], text: lead.rest, raw: lead.rest }, ...body.slice(1)] : body.slice(1);
    }
  }
  const { highlights, description } = splitBody(body, c.head);
  // Dates or a place written on their own line below the first bullet/paragraph.
  if (!datesText) {
    for (const l of c.body.slice(0, 3)) {
      const hit = findDates(l.text);
      if (hit && !withoutDates(l.text, hit)) {
        datesText = rangeText(hit);
        statedDuration = hit.durationText;
        const k = description.indexOf(l.text);
        if (k >= 0) description.splice(k, 1);
        break;
      }
    }
  }
  // Table cells: the start and the end each alone on a line ("2018" then "2020", "2021" then "Present").
  if (!datesText) {
    const k = c.head.findIndex((l, j) => j + 1 < c.head.length && parsePartialDate(l.text) && (parsePartialDate(c.head[j + 1]!.text) || isOpenEnd(c.head[j + 1]!.text)));
    if (k >= 0) {
      datesText = `${c.head[k]!.text.trim()} – ${c.head[k + 1]!.text.trim()}`;
      const drop = new Set([c.head[k]!, c.head[k + 1]!]);
      for (let j = frags.length - 1; j >= 0; j--) if (drop.has(frags[j]!.line)) frags.splice(j, 1);
    }
  }
  // No range anywhere: a lone year closing a role line ("Spotify — Design Intern — 2017") is that year.
  if (!datesText) {
    for (const f of frags) {
      const y = loneYear(f.text);
      if (!y) continue;
      datesText = y.year;
      f.text = y.rest;
      break;
    }
  }
  if (!frags.length) return { entry: null, companyOnly: null, unsure };

  let title = '';
  let company = '';
  let extra: Frag[] = [];
  let companyFirst = false;
  let byOrder = false;
  const first = parseRoleLine(frags[0]!.text);
  if (first.location) location ??= first.location;
  // A split by word order alone ("Développeur Python") is only trusted when no other line can hold the company.
  if (frags.length === 1 || (first.title && first.company && (first.how === 'at' || first.how === 'separator'))) {
    title = first.title;
    company = first.company;
    if (!first.confident && title && company) unsure.push(`title/company split of "${frags[0]!.text}" by ${first.how === 'words' ? 'word position' : 'order'}`);
    extra = frags.slice(1);
    // A second line may still hold the company ("Senior Engineer" / "Acme Corp").
    if (!company && extra.length) {
      const k = extra.findIndex((f) => roleScore(f.text) === 0);
      if (k >= 0) {
        const r = parseRoleLine(extra[k]!.text);
        company = r.company || extra[k]!.text;
        if (r.location) location ??= r.location;
        extra.splice(k, 1);
      }
    } else if (!title && extra.length) {
      const k = extra.findIndex((f) => roleScore(f.text) > 0);
      if (k >= 0) {
        title = parseRoleLine(extra[k]!.text).title || extra[k]!.text;
        extra.splice(k, 1);
      }
    }
  } else {
    // Several short lines: the most title-like is the title, the most company-like (else the next one) the company.
    const cands = frags.slice(0, 3);
    const { index: best, tie } = titleIndex(cands.map((f) => f.text));
    // Nothing tells the lines apart: the order the section's other entries use decides ("Acme" over "Engineer").
    const index = tie && prefer === 'company-first' && best === 0 && cands.length >= 2 ? 1 : best;
    byOrder = tie;
    const titleFrag = cands[index]!;
    const tl = parseRoleLine(titleFrag.text);
    // "Senior Engineer, Platform" + "Acme": a comma split of the title line is not trusted when another line exists.
    title = tl.how === 'at' || tl.how === 'separator' ? tl.title || titleFrag.text : tidy(titleFrag.text);
    const rest = cands.filter((f) => f !== titleFrag);
    let comp = rest[0]!;
    for (const f of rest) if (companyScore(f.text) > companyScore(comp.text)) comp = f;
    const cl = parseRoleLine(comp.text);
    company = cl.how === 'at' || cl.how === 'separator' ? cl.company || comp.text : cl.how === 'none' ? cl.company || cl.title : tidy(comp.text);
    // "Acme · Lyonsville" under a title line: no role word on either side, so it is company then place, in that order.
    if (cl.how === 'separator' && cl.title && cl.company && roleScore(cl.title) === 0 && roleScore(cl.company) === 0 && companyScore(cl.company) <= companyScore(cl.title) && wordCount(cl.company) <= 3) {
      company = cl.title;
      location ??= cl.company;
    }
    if (cl.location) location ??= cl.location;
    // "eir, Cork", "Northwind, Tromsø": on its own line under or over the title, a company line ends with its town,
    // known or not (one to three capitalised words after the last comma).
    if (cl.how === 'comma' && company === tidy(comp.text) && roleScore(comp.text) === 0) {
      const m = COMPANY_COMMA_TOWN.exec(company);
      if (m && companyScore(m[2]!) === 0 && !isLegalSuffix(m[2]!)) {
        company = m[1]!.trim();
        location ??= m[2]!;
      }
    }
    if (tl.how === 'separator' && tl.company && !company) company = tl.company;
    if (tie) unsure.push(`title "${title}" and company "${company}" told apart by line order only`);
    extra = frags.filter((f) => f !== titleFrag && f !== comp);
    companyFirst = comp.line.i < titleFrag.line.i;
  }
  // "Freelance | Android Developer": a self-employment word where the company would stand is how pages write "no
  // employer"; it stays as the company when nothing else names one.
  if (title && !company) {
    const k = types.findIndex((t) => employmentKind(t) === 'self');
    if (k >= 0) company = types.splice(k, 1)[0]!;
  }
  title = title.replace(/^(?:role|title|position)\s*[:：]\s*/i, '');
  company = company.replace(/^(?:company|employer|organi[sz]ation)\s*[:：]\s*/i, '');
  if (!title && company && !datesText && !c.body.length) return { entry: null, companyOnly: company, unsure };
  if (!title && !company) return { entry: null, companyOnly: null, unsure };
  const entry: RawExperience = { title, company };
  if (location) entry.location = location;
  if (datesText) entry.datesText = datesText;
  if (statedDuration) entry.statedDuration = statedDuration;
  if (types.length) entry.employmentType = [...new Set(types)].join(', ');
  if (times.length && datesText) {
    entry.startHint = times[0]!;
    if (times[1]) entry.endHint = times[1];
  }
  const desc = [...extra.map((f) => f.text), ...description];
  if (desc.length) entry.description = desc.join('\n');
  if (highlights.length) entry.highlights = highlights;
  return { entry, companyOnly: null, companyFirst, byOrder, unsure, ...(frags.length === 1 ? { line: frags[0]!.text, how: first.how } : {}) };
}

const startOf = (datesText: string | null | undefined) => {
  const m = datesText ? findDateRange(datesText, { allowSingle: true }) : null;
  return m ? parsePartialDate(m.startText)?.date ?? null : null;
};

/**
 * A company's own dated row over its roles (two-column CVs: "2018 – today | Criteo, Paris (ad-tech)", then
 * "Jan 2021 – present | Senior Data Scientist — Pacing", …): a dated line without a role word and without a body,
 * followed by a dated one-line role that starts within it. Returns the company's name, else null.
 */
function companyRow(r: ChunkResult, next: ChunkResult | undefined): string | null {
  if (!r.entry || !r.line || r.entry.description || r.entry.highlights?.length || roleScore(r.line) > 0 || !r.entry.datesText) return null;
  if (!next?.entry || !next.line || roleScore(next.entry.title) === 0) return null;
  const [a, b] = [startOf(r.entry.datesText), startOf(next.entry.datesText)];
  if (!a || !b || b < a) return null;
  const name = splitTrailingLocation(r.line.replace(/\s*\([^()]*\)\s*$/, ''))[0];
  return name && wordCount(name) <= 6 ? name : null;
}

/** A timeline's kind tag after a capitalised title ("Staff Engineer work", "MSc in Physics education"): never part of the title. */
const KIND_BADGE = /(?<=\p{Lu}[\p{L}\p{N})’'.+#-]*)\s+(?:work|job|education|study|studies|school|internship|volunteering|freelance|career)$/u;
export function stripKindBadge(text: string): string {
  return wordCount(text) >= 2 ? text.replace(KIND_BADGE, '') : text;
}

/** A single year written last on a role line after a separator or in brackets ("… — 2017", "… (2019)"); null otherwise. */
export function loneYear(text: string): { year: string; rest: string } | null {
  if (text.length > 160 || !/\d{4}\)?\s*$/.test(text)) return null;
  const hit = findDateRange(text, { allowSingle: true });
  if (!hit || hit.endText !== null || !/^\d{4}$/.test(hit.startText) || text.slice(hit.index + hit.length).replace(/[\s)]/g, '')) return null;
  const before = text.slice(0, hit.index);
  if (!/(?:\s[—–\-|·•]|[,(])\s*$/u.test(before)) return null;
  const rest = tidy(before);
  return rest ? { year: hit.startText, rest } : null;
}

/** The columns an experience table is read by; any other named column counts as 'other'. */
const EXPERIENCE_COLUMNS = new Set<Column>(['title', 'company', 'dates', 'start', 'end', 'place']);
const experienceColumn = (name: string): Column => {
  const c = columnOf(name);
  return EXPERIENCE_COLUMNS.has(c) ? c : 'other';
};

/**
 * A section laid out as a table under a header row ("Role | Company | Dates | City"): one entry per row. Rows are
 * the cells' groups (tr) when each row has its own, else they are anchored on their date cells (a page that wraps
 * the whole table in one container): the cells before the date column open the row. Cells after the dates fill
 * the last columns (an empty cell, a checkbox, is missing in the middle). Null when the rows do not read so.
 */
export function tableEntries(lines: readonly Line[], names: readonly string[]): RawExperience[] | null {
  const cols = names.map(experienceColumn);
  const d = cols.findIndex((c) => c === 'dates' || c === 'start');
  if (d < 0 || !cols.includes('title') || cols.slice(0, d).includes('other')) return null;
  const cells = lines.filter((l) => !l.label && l.text.trim());
  const dated = (l: Line) => !!findDateRange(l.text, { allowSingle: true }) && l.text.length <= 60;
  const byGroup: Line[][] = [];
  if (cells.every((l) => l.group))
    for (const l of cells) {
      const last = byGroup[byGroup.length - 1];
      if (last && last[0]!.group === l.group) last.push(l);
      else byGroup.push([l]);
    }
  let rows: Line[][] = byGroup;
  if (byGroup.length < 2 || !byGroup.every((r) => r.findIndex(dated) === d)) {
    const anchors = cells.map((l, k) => (dated(l) ? k : -1)).filter((k) => k >= d);
    rows = anchors.map((a, n) => cells.slice(a - d, n + 1 < anchors.length ? anchors[n + 1]! - d : cells.length));
    if (!rows.length || anchors.some((a, n) => n > 0 && a - d <= anchors[n - 1]!)) return null;
  }
  // A "Where" column in a table of roles that has no company column names the employers when its cells are not
  // places ("When | Role | Where" over "Hinode Mobility"): most of them read as no place.
  const p = cols.indexOf('place');
  if (p >= 0 && !cols.includes('company')) {
    const cells = rows.map((r) => r[p]?.text ?? '').filter((t) => t.trim());
    if (cells.length && cells.filter((t) => !looksLikeLocation(t)).length * 2 > cells.length) cols[p] = 'company';
  }
  const out: RawExperience[] = [];
  for (const row of rows) {
    const k = row.findIndex(dated);
    if (k !== d) return null;
    const get = new Map<Column, string>();
    cols.slice(0, d).forEach((c, j) => get.set(c, tidy(row[j]!.text)));
    const after = row.slice(d + 1);
    const tailCols = cols.slice(d + 1);
    // An end date in its own column right after the start.
    let datesText = rangeText(findDateRange(row[d]!.text, { allowSingle: true })!);
    if (cols[d] === 'start' && tailCols[0] === 'end' && after[0] && (parsePartialDate(after[0].text) || isOpenEnd(after[0].text))) {
      datesText = `${datesText} – ${after.shift()!.text.trim()}`;
      tailCols.shift();
    }
    // The columns after the dates in order; a place column takes the cell that reads as a place (a cell left empty
    // before it, a checkbox, shifts the others).
    tailCols.forEach((c, j) => after[j] && !get.has(c) && get.set(c, tidy(after[j]!.text)));
    if (tailCols.includes('place') && !looksLikeLocation(get.get('place') ?? '')) {
      const p = after.slice(0, tailCols.length + 1).find((l) => looksLikeLocation(l.text));
      if (p) get.set('place', tidy(p.text));
      else get.delete('place');
    }
    const title = get.get('title') ?? '';
    if (!title) return null;
    const e: RawExperience = { title, company: get.get('company') ?? '' };
    e.datesText = datesText;
    const place = get.get('place');
    if (place) e.location = place;
    // Every other cell (details, bullets, tags) is the role's description.
    const used = new Set((['title', 'company', 'place'] as const).map((c) => get.get(c)));
    const rest = after.filter((l) => !used.has(tidy(l.text)));
    const highlights = rest.filter((l) => l.kind === 'item' || l.marker).map((l) => tidy(l.text));
    const description = rest.filter((l) => l.kind !== 'item' && !l.marker).map((l) => tidy(l.text));
    if (description.length) e.description = description.join('\n');
    if (highlights.length) e.highlights = highlights;
    out.push(e);
  }
  // A lone start date in a column of ranges, on the role that started last, is a role held since then (a database's
  // date property with no end yet); elsewhere it stays a single date.
  const starts = out.map((e) => startOf(e.datesText));
  const latest = starts.reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  out.forEach((e, k) => {
    const m = findDateRange(e.datesText ?? '', { allowSingle: true });
    if (m && m.endText === null && starts[k] === latest && out.length > 1 && out.some((o) => findDateRange(o.datesText ?? '')?.endText)) e.datesText = `${e.datesText} –`;
  });
  return out.length ? out : null;
}

/** Entries of an Experience section. `base` names the field in unsure messages ("experience"). */
export function parseExperience(lines: readonly Line[], base = 'experience', offset = 0, columns?: readonly string[]): ExperienceResult {
  const table = columns ? tableEntries(lines, columns) : null;
  if (table) return { entries: table, unsure: [] };
  const entries: RawExperience[] = [];
  const unsure: ExperienceResult['unsure'] = [];
  const chunks = splitEntries(lines, {
    complete: (l) => (l._complete ??= isCompleteRoleLine(l.text)),
    whole: (l) => {
      const r = parseRoleLine(l.text);
      return !!r.title && !!r.company && roleScore(r.title) > 0 && roleScore(r.company) === 0;
    },
  });
  let results = chunks.map((c) => parseChunk(c));
  // Entries whose title and company only line order told apart follow the section's own order: when every entry
  // that role words did tell apart wrote its company first, so did these (entries of a section share one shape).
  const told = results.filter((r) => r.entry && r.companyFirst !== undefined && !r.byOrder && r.entry.title && r.entry.company);
  if (told.length >= 1 && told.every((r) => r.companyFirst) && results.some((r) => r.byOrder && !r.companyFirst))
    results = chunks.map((c, k) => (results[k]!.byOrder ? parseChunk(c, 'company-first') : results[k]!));
  let shared: string | null = null;
  // The company of a company row, while its one-line roles follow: "Title — Team" under it names a team, not an employer.
  let rowCompany: string | null = null;
  for (let k = 0; k < results.length; k++) {
    const r = results[k]!;
    const row = companyRow(r, results[k + 1]);
    if (row) {
      rowCompany = row;
      shared = null;
      continue;
    }
    if (rowCompany && r.entry && r.line && (r.how === 'separator' || r.how === 'none' || r.how === 'comma')) {
      const e = r.entry;
      if (e.company && r.how !== 'none') e.description = [e.company, e.description].filter(Boolean).join('\n');
      e.company = rowCompany;
      entries.push(e);
      for (const m of r.unsure) unsure.push({ field: `${base}[${offset + entries.length - 1}].title`, message: m });
      continue;
    }
    rowCompany = null;
    if (r.companyOnly) {
      shared = r.companyOnly;
      continue;
    }
    if (!r.entry) continue;
    const e = r.entry;
    // A company written above its first role is shared by the roles below it that name no company.
    if (r.companyFirst && e.company) {
      const keep = e.company;
      if (!e.title) shared = null;
      else {
        shared = keep;
        entries.push(e);
        for (const m of r.unsure) unsure.push({ field: `${base}[${offset + entries.length - 1}].title`, message: m });
        continue;
      }
    }
    const at = `${base}[${offset + entries.length}]`;
    if (!e.company && shared) {
      e.company = shared;
      unsure.push({ field: `${at}.company`, message: `company "${shared}" taken from the line above a group of roles` });
    } else if (e.company) shared = null;
    if (!e.title) unsure.push({ field: `${at}.title`, message: 'no title found for this entry' });
    for (const m of r.unsure) unsure.push({ field: `${at}.title`, message: m });
    entries.push(e);
  }
  // "Kainos (Belfast)" where the section's other roles wrote their town the same way ("Acme (Dublin)", read as a
  // place because the town is known): a short capitalised name in brackets after the company is its town too.
  if (entries.filter((e) => e.location && e.company && !e.company.includes(e.location)).length >= 2) {
    for (const e of entries) {
      // "Kainos (Belfast)", or "BBC, Salford (MediaCityUK)" where the others wrote "Acme, Manchester".
      const m = !e.location && e.company
        ? COMPANY_BRACKETED_TOWN.exec(e.company) ??
          COMPANY_COMMA_TOWN_AREA.exec(e.company)
        : null;
      if (m && roleScore(m[2]!) === 0 && companyScore(m[2]!) === 0 && !employmentKind(m[2]!)) {
        e.company = m[1]!;
        e.location = m[2]!;
      }
    }
  }
  // "Mar Alto Energia, S.A., Av. da Liberdade 190, 1250-147 Lisbon (Portugal)": the name ends at its legal form; the
  // address after it gives the place.
  for (const e of entries) {
    const cut = e.company ? legalThenAddress(e.company) : null;
    if (!cut) continue;
    e.company = cut.company;
    if (!e.location || cut.place.includes(e.location)) e.location = cut.place;
  }
  return { entries, unsure };
}

/**
 * A company line that runs on past the company's legal form into its address or town ("Tejo Digital, Lda., Almada
 * (Portugal)", "Acme GmbH, Hauptstr. 5, 10115 Berlin"): the name up to the last legal form, and the place of the rest.
 * Null when no legal form is followed by a place.
 */
export function legalThenAddress(company: string): { company: string; place: string } | null {
  if (company.length > 200 || !company.includes(',')) return null;
  const parts = splitOutside(company, /\s*,\s+/);
  for (let i = parts.length - 2; i >= 0; i--) {
    const p = parts[i]!.trim();
    const last = p.split(/\s+/).pop() ?? '';
    if (!isLegalSuffix(p) && !(p.includes(' ') && isLegalSuffix(last))) continue;
    const rest = parts.slice(i + 1).join(', ');
    const place = placeOfAddress(rest) ?? (looksLikeLocation(rest) ? rest : null);
    if (place) return { company: parts.slice(0, i + 1).join(', '), place };
  }
  return null;
}

// ---------------------------------------------------------------------------
// A role told in a sentence: "Joined Acme as a Data Engineer and …", "… as Staff Engineer at Acme.",
// "Promoted to Lead Designer at Acme, where …". Titles and companies are capitalised runs; the title needs a role word.

const CAPW = "\\p{Lu}[\\p{L}\\p{N}'’.+/&-]*";
/** A capitalised run with small joining words inside ("Head of Data and Analytics"). */
const CAPRUN = `${CAPW}(?:\\s+(?:(?:of|and|&|for|de|du|der|la|le)\\s+)?${CAPW})*`;
const cw = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const ART = '(?:an?\\s+|the\\s+|our\\s+|their\\s+)?';
/** "with the payments team", "in the mobile group": a team named between the title and the employer. */
const TEAM = "(?:,?\\s+(?:with|in|on|within)\\s+(?:the|an?|its)\\s+[\\p{L}\\p{N}'’ -]{1,40}?\\s+(?:team|group|squad|unit|department|division|org))?";
const SENTENCE_ROLE: Array<[RegExp, 'tc' | 'ct']> = [
  [new RegExp(`(?:^|\\s)${cw('joined')}\\s+(${CAPRUN})\\s+as\\s+${ART}(${CAPRUN})`, 'u'), 'ct'],
  [new RegExp(`(?:^|\\s)(?:as|${cw('promoted')}\\s+to|${cw('became')})\\s+${ART}(${CAPRUN})${TEAM}\\s+(?:at|with|for)\\s+(${CAPRUN})`, 'u'), 'tc'],
  [new RegExp(`(?:^|\\s)(?:${cw('worked')}|${cw('working')}|${cw('served')}|${cw('started')}|${cw('hired')}|${cw('spent')}[^,.;]{0,30}?)\\s+as\\s+${ART}(${CAPRUN})`, 'u'), 'tc'],
  [new RegExp(`(?:^|\\s)${cw('promoted')}\\s+to\\s+${ART}(${CAPRUN})`, 'u'), 'tc'],
];
const SELF_EMPLOYED = /\b(?:self[- ]employed|freelanc(?:e|er|ing)|independent contractor)\b/i;

/**
 * The title and employer a sentence names, or null when it names no role. Without an employer, a sentence that says
 * freelance or self-employed has the employer "Self-employed".
 */
export function roleInSentence(text: string): { title: string; company: string } | null {
  if (text.length > 400) return null;
  const s = text.replace(/\s+/g, ' ').trim();
  for (const [re, order] of SENTENCE_ROLE) {
    const m = re.exec(s);
    if (!m) continue;
    const title = (order === 'tc' ? m[1] : m[2])!.replace(/[.,]+$/, '').trim();
    let company = ((order === 'tc' ? m[2] : m[1]) ?? '').replace(/[.,]+$/, '').trim();
    if (roleScore(title) === 0 || (company && roleScore(company) > 0 && roleScore(company) >= roleScore(title))) continue;
    if (!company && SELF_EMPLOYED.test(s)) company = 'Self-employed';
    if (!company) continue;
    return { title, company };
  }
  return null;
}
