/**
 * Shared line utilities for the generic resume parser.
 *
 * Blocks become `Line`s: the text with its decoration (bullet glyphs,
 * markdown hashes and stars, leading emoji) taken off and recorded as
 * features, so the section, heading and entry parsers can score lines
 * without caring whether the page was HTML, markdown or plain text.
 * Everything here is pure and linear in the input.
 */
import type { Block } from '../../schema/snapshot';
import type { RawLink } from '../types';
import { findDateRange, isOpenEnd, parsePartialDate, type DateRangeMatch as DateRangeHit } from '../../normalize/dates';
import { CITIES, COUNTRIES, COUNTRY_CODES, REGIONS, REGION_CODES, WORK_MODES, stripEmoji } from './places';

export interface Line {
  /** Position in the line list. */
  i: number;
  kind: Block['kind'];
  /** Text without bullet glyph, markdown hashes/stars or leading emoji. Plain-text lines keep inner runs of spaces (right-aligned columns). */
  text: string;
  /** The block's text as it came. */
  raw: string;
  /** Heading level for heading blocks, 0 otherwise. */
  level: number;
  /** Markdown heading level ("## X" → 2), 0 when none. */
  md: number;
  depth: number;
  indent: number;
  group: number;
  section: number;
  gap: boolean;
  /** Started with a bullet glyph ("•", "- ", "* ", "1.") — a highlight, never a title. */
  marker: boolean;
  strong: boolean;
  /** Came from a text/plain page or a <pre> (has an indent). */
  plain: boolean;
  /** Set by the section finder: a sub-group label inside a section ("Languages" inside Skills). */
  label?: boolean;
  /** Followed by a decorative rule line (===, ---, ___) in plain text, or an <hr>. */
  underlined: boolean;
  parts?: string[];
  links: RawLink[];
  /** <time datetime> values inside the block. */
  times: string[];
  /** Cached answer of a section parser's "is this a whole entry on one line" test. */
  _complete?: boolean;
  /** Cached date lookup (see dateOf). */
  _date?: DateRangeHit | null;
}

const ANCHOR_ONLY = /^[#¶§🔗\uFE0F\s]+$/u;
const BULLET = /^(?:[•·▪▫◦●○■□►▸▹‣⁃➢➤→✓✔❖◆◇»]\s*|[-–—*+]\s+|\d{1,2}[.)]\s+(?=\p{L}))/u;
const MD_HEADING = /^(#{1,6})\s+/;
const RULE = /^(?:[=_~*#·•.-]\s?){3,}$/;
const LEADING_DECOR = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\u20E3\s]+/u;
const TRAILING_DECOR = /[\s\uFE0F\u200D]*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F\u200D\s]*$/u;

/** True for a decorative rule line: "=====", "-----", "___", "* * *". */
export const isRuleText = (s: string) => RULE.test(s.trim());

/** Strips markdown emphasis markers that wrap words ("**Acme**", "__Go__", "*talk title*"). */
const stripEmphasis = (s: string) => (!s.includes('*') && !s.includes('__') ? s : s.replace(/\*\*|__/g, '').replace(/(^|[\s(])\*(?=\S)([^*\n]{1,200}?\S)\*(?=$|[\s.,;:)!?])/g, '$1$2'));
const MD_LINK = /\[([^\]\n]{1,300})\]\((https?:\/\/[^)\s]{1,2000}|mailto:[^)\s]{1,300})\)/g;

/** Blocks → lines. Rule blocks and rule lines are folded into `underlined`/`gap`. */
export function toLines(blocks: readonly Block[]): Line[] {
  const out: Line[] = [];
  let pendingGap = false;
  for (const b of blocks) {
    const rawText = b.text ?? '';
    if (b.kind === 'rule' || isRuleText(rawText)) {
      const prev = out[out.length - 1];
      // A rule right under a line is an underline (heading decoration) in plain text.
      if (prev && b.kind !== 'rule' && !b.gap) prev.underlined = true;
      pendingGap = true;
      continue;
    }
    let text = rawText;
    let marker = false;
    let md = 0;
    const mh = MD_HEADING.exec(text);
    if (mh) {
      md = mh[1]!.length;
      text = text.slice(mh[0].length).replace(/\s+#+\s*$/, '');
    } else {
      const mb = BULLET.exec(text);
      if (mb) {
        marker = true;
        text = text.slice(mb[0].length);
      }
    }
    let strong = !!b.strong;
    const trimmed = text.trim();
    if (/^\*\*[^*].*\*\*:?$/.test(trimmed) || /^__[^_].*__:?$/.test(trimmed)) strong = true;
    // Chips joined by the snapshot where the next chip starts with punctuation: "Manager · , Shopify".
    if (b.parts) text = text.replace(/\s·\s(?=[,.;:)])/g, '');
    text = stripEmphasis(text).replace(LEADING_DECOR, '');
    if (text.length < 200) text = text.replace(TRAILING_DECOR, '');
    text = text.trim();
    // A heading's anchor ("#", "¶", "§" beside it) is decoration, never content.
    if (!text || ANCHOR_ONLY.test(text)) {
      pendingGap = pendingGap || !!b.gap;
      continue;
    }
    const links: RawLink[] = [];
    // Markdown links written as text: keep the label in the text, the url as a link.
    if (text.includes('](') && text.length < 5000) {
      text = text.replace(MD_LINK, (_m, label: string, url: string) => {
        links.push({ label, url });
        return label;
      });
    }
    for (const l of b.links ?? []) {
      const url = unwrapRedirect(l.href);
      if (/^(?:https?:|mailto:)/i.test(url)) links.push({ label: l.text, url });
    }
    const line: Line = {
      i: out.length,
      kind: b.kind,
      text,
      raw: rawText,
      level: b.kind === 'heading' ? b.level ?? 2 : 0,
      md,
      depth: b.depth ?? 0,
      indent: b.indent ?? 0,
      group: b.group ?? 0,
      section: b.section ?? 0,
      gap: !!b.gap || pendingGap,
      plain: b.indent !== undefined,
      marker,
      strong,
      underlined: false,
      links,
      times: (b.times ?? []).map((t) => t.datetime),
    };
    if (b.parts && b.parts.length > 1) line.parts = b.parts.map((p) => stripEmphasis(p).trim()).filter(Boolean);
    out.push(line);
    pendingGap = false;
  }
  return joinSplitRanges(out);
}

/** The leading column of a line: its text up to a run of three spaces or a tab. */
const firstColumn = (s: string) => /^(.*?)(?:\s{3,}|\t|$)/.exec(s)![1]!.trim();
const DASH_START = /^\s*[-–—‒]\s*/u;

/**
 * A date range written over two lines (a narrow date column: "Jan 2022" on one line, "– present" or "– Dec 2021" on
 * the next): the end comes back to its start's line, "Jan 2022 – present", and whatever else the second line holds
 * stays there. Only when the first line opens with one date alone and the second opens with a dash and an end.
 */
function joinSplitRanges(lines: Line[]): Line[] {
  if (!lines.some((l) => DASH_START.test(l.raw))) return lines;
  const out: Line[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const next = lines[k + 1];
    if (next && !next.gap && DASH_START.test(next.raw) && !l.marker && l.kind === next.kind && /\d{4}/.test(l.text)) {
      const start = firstColumn(l.text);
      const rest = next.raw.replace(DASH_START, '');
      const end = firstColumn(rest);
      if (start.length <= 20 && end.length <= 20 && parsePartialDate(start) && !findDateRange(start) && (parsePartialDate(end) || (end && isOpenEnd(end)))) {
        const text = `${start} – ${end}${l.text.slice(l.text.indexOf(start) + start.length)}`;
        out.push({ ...l, text, raw: text, _date: undefined, _complete: undefined });
        const left = rest.slice(rest.indexOf(end) + end.length).trim();
        // The second line's other columns stay on their own line, at their own column.
        if (left) out.push({ ...next, text: left, raw: left, marker: false, indent: next.indent + Math.max(0, next.raw.lastIndexOf(left)), _date: undefined, _complete: undefined });
        k++;
        continue;
      }
    }
    out.push(l);
  }
  out.forEach((l, i) => (l.i = i));
  return out;
}

/** Google Docs exports wrap every link: https://www.google.com/url?q=REAL&sa=D → REAL. */
export function unwrapRedirect(href: string): string {
  const m = /^https?:\/\/(?:www\.)?google\.[a-z.]+\/url\?(?:.*&)?q=([^&]+)/i.exec(href);
  if (!m) return href;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return href;
  }
}

// ---------------------------------------------------------------------------
// Text helpers

export const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
export const words = (s: string) => collapse(s).split(' ').filter(Boolean);
export const wordCount = (s: string) => words(s).length;

/** Columns of a plain-text line: right-aligned parts are separated by 3+ spaces or a tab. */
export const columns = (s: string) => (s.includes('   ') || s.includes('\t') ? s.split(/\s{3,}|\t/).map((c) => c.trim()).filter(Boolean) : s.trim() ? [s.trim()] : []);

/** The date range in a line (cached; long lines are only searched in their head and tail). */
/** Forgets remembered date lookups (each parse starts afresh, so memory stays bounded and timings honest). */
export function resetDateMemo() {
  DATE_MEMO.clear();
}

export function dateOf(l: Line): DateRangeHit | null {
  if (l._date !== undefined) return l._date;
  l._date = findDates(l.text);
  return l._date;
}

/** findDateRange with a length guard: lines longer than 300 chars are prose. */
export function findDates(s: string): DateRangeHit | null {
  // Every range names a year (1950–2100, or '18 with an apostrophe): lines without one are skipped cheaply.
  if (s.length > 300 || !/(?:19[5-9]\d|20\d\d|2100|['’]\d\d)/.test(s)) return null;
  const hit = DATE_MEMO.get(s);
  if (hit !== undefined) return hit;
  let r: DateRangeHit | null;
  try {
    r = findDateRange(s);
  } catch {
    r = null;
  }
  // The same header text is looked at several times (chunking, splitting, parsing); remember a bounded number.
  if (DATE_MEMO.size >= 4000) DATE_MEMO.clear();
  DATE_MEMO.set(s, r);
  return r;
}
const DATE_MEMO = new Map<string, DateRangeHit | null>();

/** The range as written without any stated duration ("Dec 2018 - Sep 2019"). */
export function rangeText(hit: DateRangeHit): string {
  let t = hit.text;
  if (hit.durationText) {
    const k = t.indexOf(hit.durationText);
    // The duration after the range ("… (9 months)") or before it ("2 yrs 3 mos · Mar 2019 - May 2021").
    if (k > 0) t = t.slice(0, k);
    else if (k === 0) t = t.slice(hit.durationText.length).replace(/^[\s·•∙⋅|,]+/u, '');
  }
  return t.replace(/[\s(·•,|-]+$/u, '').trim();
}

/** Removes the date range (and its stated duration) from a line; returns what is left, separators tidied. */
export function withoutDates(s: string, hit: DateRangeHit): string {
  let rest = s.slice(0, hit.index) + ' ' + s.slice(hit.index + hit.length);
  if (hit.durationText) rest = rest.replace(hit.durationText, ' ');
  return tidy(rest);
}

/** Trims separators, empty brackets and stray punctuation left after taking pieces out of a line. */
export function tidy(s: string): string {
  let t = s.replace(/\(\s*\)|\[\s*\]/g, ' ');
  t = t.replace(/\s{3,}/g, '   ');
  t = t.replace(/^[\s,;:|·•—–\-/(]+/u, '').replace(/[\s,;:|·•—–\-/(]+$/u, '');
  // An unmatched closing bracket at the end after removal: "Acme (2019 – 2020)" → "Acme )".
  if (/\)$/.test(t) && !t.includes('(')) t = t.slice(0, -1).trim();
  return t.replace(/\s{2,}(?=\S)/g, (m) => (m.length >= 3 ? m : ' '));
}

/** Splits on separators outside brackets. */
export function splitOutside(s: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  const g = new RegExp(sep.source, sep.flags.includes('g') ? sep.flags : sep.flags + 'g');
  // Precompute bracket depth per position.
  const depthAt: number[] = new Array(s.length + 1);
  for (let k = 0; k < s.length; k++) {
    depthAt[k] = depth;
    const c = s[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  depthAt[s.length] = depth;
  let m: RegExpExecArray | null;
  while ((m = g.exec(s))) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    if ((depthAt[m.index] ?? 0) > 0) continue;
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out.map((p) => p.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------
// Vocabulary scores

const ROLE_NOUNS = [
  'engineer', 'engineers', 'developer', 'programmer', 'manager', 'intern', 'internship', 'designer', 'scientist', 'analyst',
  'lead', 'director', 'founder', 'co-founder', 'cofounder', 'architect', 'consultant', 'specialist', 'administrator',
  'researcher', 'head', 'officer', 'coordinator', 'writer', 'editor', 'product owner', 'associate', 'recruiter', 'teacher',
  'nurse', 'assistant', 'president', 'vice president', 'partner', 'technician', 'strategist', 'producer', 'advisor', 'adviser',
  'instructor', 'lecturer', 'professor', 'tutor', 'fellow', 'postdoc', 'apprentice', 'trainee', 'contractor', 'freelancer',
  'tester', 'accountant', 'attorney', 'lawyer', 'physician', 'pharmacist', 'therapist', 'marketer', 'representative',
  'executive', 'supervisor', 'chief', 'evangelist', 'advocate', 'maintainer', 'illustrator', 'animator', 'photographer',
  'journalist', 'copywriter', 'translator', 'counsel', 'paralegal', 'clerk', 'chef', 'mechanic', 'electrician', 'operator',
  'planner', 'buyer', 'agent', 'ambassador', 'mentor', 'member of technical staff', 'owner', 'principal', 'staff', 'hacker',
  'devops', 'investigator', 'surgeon', 'dentist', 'auditor', 'controller', 'economist', 'statistician', 'mathematician',
  'physicist', 'chemist', 'biologist', 'librarian', 'curator', 'artist', 'musician', 'secretary', 'receptionist', 'cashier',
  'bookkeeper', 'underwriter', 'broker', 'banker', 'trader', 'estimator', 'inspector', 'foreman', 'superintendent', 'pilot',
  'driver', 'courier', 'working student', 'moderator', 'organizer', 'organiser', 'facilitator', 'generalist', 'practitioner', 'steward',
  // es / pt
  'ingeniero', 'ingeniera', 'desarrollador', 'desarrolladora', 'programador', 'programadora', 'analista', 'científico', 'científica',
  'gerente', 'jefe', 'jefa', 'directora', 'coordinador', 'coordinadora', 'consultor', 'consultora', 'diseñador', 'diseñadora',
  'arquitecto', 'arquitecta', 'administrador', 'administradora', 'especialista', 'becario', 'becaria', 'practicante', 'investigador',
  'investigadora', 'profesor', 'profesora', 'asistente', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'líder', 'lider',
  'engenheiro', 'engenheira', 'desenvolvedor', 'desenvolvedora', 'cientista', 'coordenador', 'coordenadora', 'diretor', 'diretora',
  'estagiário', 'estagiária', 'estagiario', 'estagiaria', 'arquiteto', 'arquiteta', 'pesquisador', 'pesquisadora', 'projetista',
  // de
  'ingenieur', 'ingenieurin', 'entwickler', 'entwicklerin', 'softwareentwickler', 'softwareentwicklerin', 'softwareingenieur',
  'softwareingenieurin', 'berater', 'beraterin', 'leiter', 'leiterin', 'teamleiter', 'teamleiterin', 'projektleiter', 'projektleiterin',
  'geschäftsführer', 'geschäftsführerin', 'werkstudent', 'werkstudentin', 'praktikant', 'praktikantin', 'architektin', 'analystin',
  'gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'wissenschaftler', 'wissenschaftlerin', 'referent', 'referentin',
  'sachbearbeiter', 'sachbearbeiterin', 'entwicklungsingenieur', 'administratorin', 'designerin', 'managerin', 'beraterin',
  // fr
  'ingénieur', 'ingénieure', 'développeur', 'développeuse', 'chef de projet', 'directeur', 'directrice', 'analyste', 'chargé',
  'chargée', 'stagiaire', 'alternant', 'alternante', 'architecte', 'concepteur', 'conceptrice', 'chercheur', 'chercheuse',
  'fondateur', 'fondatrice', 'cofondateur', 'cofondatrice', 'responsable',
  // it
  'ingegnere', 'sviluppatore', 'sviluppatrice', 'programmatore', 'programmatrice', 'consulente', 'tirocinante', 'stagista',
  'architetto', 'ricercatore', 'ricercatrice', 'fondatore', 'fondatrice', 'progettista', 'direttore', 'direttrice',
];
const ROLE_ABBR = /(?<![\p{L}\p{N}])(?:VP|SVP|EVP|AVP|CTO|CEO|CFO|COO|CPO|CIO|CISO|CMO|SRE|SDE|SWE|SDET|QA|PM|TPM|EM|MTS|UX|UI)(?![\p{L}\p{N}])/gu;
const ROLE_RE = new RegExp(`(?<![\\p{L}])(?:${ROLE_NOUNS.map((w) => w.replace(/ /g, '\\s+')).join('|')})s?(?![\\p{L}])`, 'giu');
const MODIFIER_RE = /(?<![\p{L}])(?:senior|sr\.?|junior|jr\.?|mid-level|entry-level|graduate|acting|interim|deputy|freelance)(?![\p{L}])/giu;

/** Tokens that end a title after its role noun ("Engineer II", "Engineer Intern", "Manager (Platform)"). */
export const TITLE_TAIL = /^(?:I{1,3}|IV|V|VI|[1-6]|L[1-9]|E[1-9]|Intern|Lead|Trainee|Apprentice|Contractor)$/;
/** Words naming a domain or department: after a role noun they belong to the title ("VP Engineering"). */
export const DOMAIN_WORDS = new Set(
  (
    'engineering product marketing sales operations design data growth platform infrastructure research security finance people hr ' +
    'technology analytics strategy partnerships communications support mobile web frontend front-end backend back-end cloud devops ' +
    'ml ai software hardware quality content brand customer business development legal compliance risk it systems solutions ' +
    'services education learning talent recruiting procurement supply logistics'
  ).split(' '),
);

/** Number of role nouns (and half-points for seniority modifiers) in a text. */
export function roleScore(s: string): number {
  if (!s || s.length > 200) return 0;
  let n = 0;
  ROLE_RE.lastIndex = 0;
  while (ROLE_RE.exec(s)) n += 1;
  ROLE_ABBR.lastIndex = 0;
  while (ROLE_ABBR.exec(s)) n += 1;
  if (n) {
    MODIFIER_RE.lastIndex = 0;
    while (MODIFIER_RE.exec(s)) n += 0.5;
  }
  return n;
}

/** True when a single word is a role noun ("Engineer", "CTO"). */
export function isRoleWord(w: string): boolean {
  const t = w.replace(/[^\p{L}-]/gu, '');
  if (!t) return false;
  ROLE_ABBR.lastIndex = 0;
  if (ROLE_ABBR.test(t)) return true;
  ROLE_RE.lastIndex = 0;
  const m = ROLE_RE.exec(t);
  return !!m && m[0].length === t.length;
}

const COMPANY_SUFFIX = /(?<![\p{L}])(?:inc|llc|l\.l\.c|ltd|limited|gmbh|ag|plc|corp|corporation|co|company|s\.?a|s\.?a\.?s|b\.?v|n\.?v|pty|oy|ab|srl|s\.r\.l|spa|s\.p\.a|kk|sarl|se|lp|llp)\.?$/iu;
const COMPANY_WORDS = /(?<![\p{L}])(?:labs?|technologies|solutions|software|group|studios?|ventures|capital|bank|agency|consulting|consultancy|partners|health|media|games|networks?|foundation|digital|analytics|robotics|therapeutics|pharma|motors|airlines|holdings|industries|enterprises|interactive|systems|startup|hq)(?![\p{L}])/iu;
const COMPANY_MODE = /(?<![\p{L}])(?:freelance|self-employed|self employed|independent|stealth(?: startup)?|various clients|contract)(?![\p{L}])/iu;
const DOMAIN = /(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+\.(?:com|io|ai|gg|dev|co|net|org|app|tech|xyz|so|me|sh|cloud|studio|design|inc)(?![\p{L}\p{N}])/iu;

/** Evidence that a text names a company. */
export function companyScore(s: string): number {
  if (!s || s.length > 120) return 0;
  let n = 0;
  if (COMPANY_SUFFIX.test(s.replace(/[.,\s]+$/, ''))) n += 2;
  if (DOMAIN.test(s)) n += 2;
  if (COMPANY_MODE.test(s)) n += 2;
  if (COMPANY_WORDS.test(s)) n += 1;
  return n;
}

const INSTITUTION_RE = /(?<![\p{L}])(?:universit(?:y|ies|ät|at|é|e|à|a|ad|ade|eit|y's)|universidade?s?|uniwersytet|universiteit|college|institut(?:e|o)?|school|academy|akademie|academia|politecnico|polytechnic|polytechnique|polytechnika|hochschule|fachhochschule|hogeschool|hogescholen|h[öo]gskola|h[öo]gskolan|universitet|universitetet|politechnika|liceo|bootcamp|école|ecole|escuela|escola|conservatory|conservatoire|seminary|gymnasium|lyceum|lycée|faculty of|of technology)(?![\p{L}])/iu;
const INSTITUTION_ABBR = /(?<![\p{L}])(?:MIT|ETH|EPFL|UCLA|UCSD|UCSC|UC Berkeley|Caltech|CMU|KTH|TUM|RWTH|NTNU|NUS|NTU|IIT|KAIST|UBC|UofT|U of T|Stanford|Harvard|Princeton|Yale|Oxford|Cambridge|Sorbonne|Sciences Po|Coursera|Udacity|Udemy|edX|Recurse Center|Le Wagon|App Academy|Lambda School|General Assembly|Hack Reactor)(?![\p{L}])/u;

const QUALIFICATION_SCHOOL = /(?<![\p{L}])(?:high|secondary|middle|grammar)\s+school\s+(?:diploma|certificate|degree|leaving\s+certificate|graduate|education)(?![\p{L}])/giu;

/** Evidence that a text names a school. */
export function institutionScore(s: string): number {
  if (!s || s.length > 200) return 0;
  // "High school diploma", "Secondary School Certificate": the school word names the qualification, not a school.
  if (/school/i.test(s)) s = s.replace(QUALIFICATION_SCHOOL, ' ');
  // "Pre-university education" names a school stage, not a university.
  if (/pre-?universit/i.test(s)) s = s.replace(/pre-?universit\p{L}*/giu, ' ');
  let n = 0;
  if (INSTITUTION_RE.test(s)) n += 2;
  if (INSTITUTION_ABBR.test(s)) n += 1;
  return n;
}

const DEGREE_RE = /(?<![\p{L}])(?:bachelor|bachelors|bachelor['’]s|master|masters|master['’]s|doctor(?:ate)?|doctoral|associate['’]?s?(?: degree| of)|diploma|diplom|certificate|certification|degree|licence|licenciatura|licenciado|laurea|abitur|a-levels|honours|honors|minor in|major in|postgraduate|undergraduate|coursework|exchange (?:semester|student|program)|high school|nanodegree|bootcamp|magister|ingénieur|ingeniero|ingegneria|mag[ií]ster|m[aá]ster|maestr[ií]a|mestrado|bacharelado|bacharel|grado en|diplomado|doctorado|doutorado|dottorato|dipl[oô]me|staatsexamen|tecn[oó]logo)(?![\p{L}])/iu;
/** Degree abbreviations are matched case-sensitively ("BE", "MS", "MA" would otherwise match words). */
const DEGREE_ABBR = /(?<![\p{L}.])(?:Ph\.?\s?D\.?|DPhil|D\.Phil\.?|MBA|M\.B\.A\.?|B\.?Sc\.?|M\.?Sc\.?|BSc|MSc|B\.?S\.?|M\.?S\.?|B\.?A\.?|M\.?A\.?|B\.?E\.?|M\.?E\.?|B\.?Eng\.?|M\.?Eng\.?|B\.?Tech\.?|M\.?Tech\.?|BBA|B\.?Com\.?|M\.?Phil\.?|BFA|MFA|J\.?D\.?|M\.?D\.?|Ed\.?D\.?|HND|GCSE|GED|Dipl\.(?:-Ing\.?)?|Dipl\.?-Ing\.?|MPH|LLB|LL\.B\.?|LLM|LL\.M\.?|AAS|A\.A\.|A\.S\.)(?![\p{L}])/u;

/** Evidence that a text names a degree. */
export function degreeScore(s: string): number {
  if (!s || s.length > 200) return 0;
  return DEGREE_RE.test(s) || DEGREE_ABBR.test(s) ? 2 : 0;
}

// ---------------------------------------------------------------------------
// Places, contact bits

const cap = /^[\p{Lu}\p{N}]/u;
const PLACE_WORD = /^[\p{Lu}][\p{L}.'’-]*$|^(?:de|da|del|di|do|la|le|am|an|im|upon|on|sur|of|the|los|las|el|sankt|st\.?)$/u;

function placeLike(part: string): boolean {
  const w = words(part);
  return w.length >= 1 && w.length <= 4 && cap.test(part) && !/\d/.test(part) && w.every((x) => PLACE_WORD.test(x));
}

/** True when a short text is a place ("Berlin, Germany", "Austin, TX", "Remote", "London"). */
export function looksLikeLocation(input: string): boolean {
  let s = collapse(stripEmoji(input))
    .replace(/^(?:location:|based in|located in|lives in|living in)\s*/iu, '')
    .replace(/\s*[(/]\s*(?:remote|hybrid|on-?site)\s*\)?$/i, '')
    .replace(/\s+(?:or|and|\/)\s+remote$/i, '')
    .trim();
  if (!s || s.length > 60) return false;
  // "Cluj-Napoca (Romania)", "Leeds (UK)": a city with its country in brackets.
  const br = /^([^(),]{2,40}?)\s*\(([^()]{2,30})\)$/.exec(s);
  if (br && (COUNTRIES.has(br[2]!.toLowerCase()) || COUNTRY_CODES.has(br[2]!))) s = `${br[1]}, ${br[2]}`;
  if (WORK_MODES.test(s) && wordCount(s) <= 3) return true;
  const lower = s.toLowerCase();
  if (CITIES.has(lower) || COUNTRIES.has(lower)) return true;
  const parts = s.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((p, k) => placeLike(p) || REGION_CODES.has(p) || (k > 0 && COUNTRY_CODES.has(p)))) return false;
  const last = parts[parts.length - 1]!;
  const first = parts[0]!.toLowerCase();
  // A company word in any piece ("Allstate Insurance Company, Northbrook, IL") names an employer, not a place.
  if (roleScore(s) > 0 || companyScore(s) > 0 || parts.some((p) => companyScore(p) > 1) || institutionScore(s) > 0) return false;
  // "Accenture, Chicago, IL", "Acme, Lyon, France": a name in front of a "Town, ST" (or a known "City, Country") is
  // what is there (an employer), unless it is a known city itself.
  if (
    parts.length === 3 &&
    !CITIES.has(first) &&
    !REGIONS.has(parts[1]!.toLowerCase()) &&
    !REGION_CODES.has(parts[1]!) &&
    (REGION_CODES.has(last) || (CITIES.has(parts[1]!.toLowerCase()) && (COUNTRY_CODES.has(last) || COUNTRIES.has(last.toLowerCase()))))
  )
    return false;
  return COUNTRIES.has(last.toLowerCase()) || REGION_CODES.has(last) || COUNTRY_CODES.has(last) || REGIONS.has(last.toLowerCase()) || CITIES.has(first);
}

export const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
export const URL_RE = /\bhttps?:\/\/[^\s<>"')]+|\b(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com|twitter\.com|x\.com|medium\.com|dev\.to|stackoverflow\.com|behance\.net|dribbble\.com|bsky\.app|mastodon\.social)\/[^\s<>"')|·,]+|\b[\p{L}\p{N}-]+\.(?:dev|io|me|com|net|org|app|design|codes|page|site|xyz)\b(?:\/[^\s<>"')|·,]*)?/giu;
export const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}/;

/** True when a line carries contact details (email, phone, a profile url) rather than prose. */
export function isContactLine(s: string): boolean {
  if (s.length > 300) return false;
  if (EMAIL.test(s)) return true;
  const digits = s.replace(/\D/g, '').length;
  if (PHONE.test(s) && digits >= 7 && !findDates(s)) return true;
  URL_RE.lastIndex = 0;
  return /https?:\/\/|github\.com|linkedin\.com/i.test(s) || (URL_RE.test(s) && wordCount(s) <= 8 && /[·|•]/.test(s));
}

/** Splits a contact line into its pieces ("a@b.c · +1 555 · Berlin, Germany"). */
export const contactParts = (s: string) => s.split(/\s+[·|•◦▪—–]\s+|\s{3,}|\s+-\s+|\s*\|\s*|\t/u).map((p) => p.trim()).filter(Boolean);

// ---------------------------------------------------------------------------
// Line shape

const ABBREV_END = /(?:\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Ms|Mrs|etc|Ph\.D|B\.Sc|M\.Sc|B\.S|M\.S|B\.A|M\.A|S\.A|N\.V|B\.V)\.)$/;

/** Ends like a sentence (a period that is not an abbreviation). */
export const endsSentence = (s: string) => /[.!?]["”’)]?$/.test(s) && !ABBREV_END.test(s) && !/\b[A-Z]\.$/.test(s) && !fieldList(s);

/**
 * Fields in a row closed by a full stop, as LaTeX CV classes print them ("Data Scientist, Zalando SE, Berlin."): three
 * or more short capitalised pieces between commas, not a sentence.
 */
export function fieldList(s: string): boolean {
  if (!/[^.]\.$/.test(s) || s.length > 160) return false;
  const pieces = s.slice(0, -1).split(/,\s+/);
  return pieces.length >= 3 && pieces.every((p) => p.split(/\s+/).length <= 7 && /^[\p{Lu}\p{N}]/u.test(p.trim())) && titleCaseRatio(s) >= 0.9;
}

/** Share of capitalised words among words longer than three letters (1 when there are none). */
export function titleCaseRatio(s: string): number {
  const ws = words(s).filter((w) => /\p{L}{4,}/u.test(w));
  if (!ws.length) return 1;
  return ws.filter((w) => /^["“(]?[\p{Lu}\p{N}]/u.test(w) || /^[\p{Ll}][\p{Lu}]/u.test(w)).length / ws.length;
}

/** True when the text is an ALL-CAPS word run ("WORK EXPERIENCE"). */
export const isAllCaps = (s: string) => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);

/** Label-then-content lines: "Languages: Go, Python" → ["Languages", "Go, Python"]. */
export function splitLabel(s: string): [string, string] | null {
  const m = /^([^:：]{2,40})[:：]\s*(\S.*)$/u.exec(s);
  if (!m) return null;
  if (/https?$|mailto$/i.test(m[1]!) || /^\/\//.test(m[2]!)) return null;
  if (wordCount(m[1]!) > 5) return null;
  return [m[1]!.trim(), m[2]!.trim()];
}
