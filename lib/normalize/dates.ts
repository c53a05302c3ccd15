/**
 * Date ranges as pages write them ("Dec 2018 - Sep 2019 (9 months)",
 * "2017 – Present", "enero de 2019 – actualidad") → PartialDate ("YYYY-MM" | "YYYY").
 *
 * Conventions (other modules rely on these):
 * - Pure: the only clock is the `now` parameter (default `new Date()`), read in UTC.
 * - Matching is case- and accent-insensitive (text is folded: lower case, accents
 *   stripped, curly apostrophes → "'"); indices returned by findDateRange refer to
 *   the ORIGINAL string.
 * - Month names: English, Spanish, German, French, Portuguese, Italian (full and
 *   common abbreviations, optional trailing "."). "de"/"del"/"of" may sit between
 *   month and year ("enero de 2019"). A day may precede or follow the month name
 *   ("5 Dec 2018", "Dec 5, 2018") and is dropped.
 * - Seasons: Spring → -03, Summer → -06, Fall/Autumn → -09, Winter YYYY → YYYY-01
 *   (the winter that starts the year). Also es/de/fr/pt/it season names.
 * - Years must be 1950..2100. Two-digit years only with an apostrophe ("’18", "Dec '18"):
 *   '50..'99 → 1950..1999, '00..'49 → 2000..2049. Bare "18" is never a year.
 * - Numeric forms: MM/YYYY, M/YYYY, MM.YYYY, MM-YYYY (two-digit month for . and -), YYYY-MM, YYYY/MM, YYYY.MM, YYYY-MM-DD (day dropped).
 * - A date mention written with "@" before a month name ("@September 1, 2019", Notion) is a date; "@2019" is not.
 *   Note "2011-12" reads as December 2011 (ISO), not as the academic year 2011–2012, and
 *   "2019-20" is not a date at all (no two-digit end years without an apostrophe).
 * - A year is not read when it touches other digits through punctuation (phone numbers,
 *   versions, ids: "555-2019", "2.2019", "2019-2021-555"), follows a digit and a space
 *   ("SWE 2 2019 – 2021" finds nothing), or touches letters, currency, "%", "+".
 * - findDateRange: `endText` null = a single date (only with `allowSingle`, or a season);
 *   `endText` "" = open end written as a dangling dash ("2019 –") or "since 2019";
 *   otherwise the end as written (a date or an open-end word like "Present").
 *   When a line holds several candidates, the most complete wins (range or open
 *   range > single date), and among equals the LAST one.
 * - parseDateRange: a single date gives start = end = that date. Reversed ranges are
 *   swapped (with a warning). A start later than now + 1 month is kept with a warning.
 *   An end later than now + 1 month is dropped (end = null) with a warning and the
 *   role counts as current (unless its start is in the future too).
 *   For these checks a year-only date counts as its January.
 * - Month counting (monthsBetween, mergeRanges): INCLUSIVE — both the start month and the
 *   end month count: Dec 2018 – Sep 2019 = 10, May 2018 – Sep 2018 = 5. A year-only start
 *   counts as January, a year-only end as December ("2019 - 2021" = 36). Current roles end
 *   at now's month, and no end is ever counted past now's month.
 *   Pages usually count exclusively (Himalayas: "Dec 2018 - Sep 2019 (9 months)"), so
 *   checkStatedDuration tolerates a difference of 1 month either way.
 * - parseStatedDuration("less than a year") → null (imprecise).
 * - Nothing here throws; every regex is bounded (no nested unbounded quantifiers), so
 *   work is linear in the input length.
 */

export type Precision = 'year' | 'month';

export interface ParsedPartialDate {
  /** 'YYYY' or 'YYYY-MM' */
  date: string;
  precision: Precision;
}

export interface DateRangeMatch {
  /** Offset of the match in the original line. */
  index: number;
  /** Length of the match in the original line (covers a stated duration, parentheses included). */
  length: number;
  /** The matched text, from the original line. */
  text: string;
  /** The start date as written. */
  startText: string;
  /** The end as written; "" for an open end without a word ("2019 –", "since 2019"); null for a single date. */
  endText: string | null;
  /** A stated duration next to the range, e.g. "9 months", "2 yrs 6 mos". */
  durationText: string | null;
}

export interface FindDateRangeOptions {
  /** Also return a lone date ("2021", "May 2020") as a match with endText null. */
  allowSingle?: boolean;
}

export interface ParsedDateRange {
  start: string | null;
  end: string | null;
  current: boolean;
  warnings: string[];
}

export interface MonthRange {
  start: string | null;
  end: string | null;
  current: boolean;
}

// ---------------------------------------------------------------------------
// Folding (lower case, no accents) with a map back to original offsets.

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out: string;
  if (/['’‘ʼ′`´]/u.test(ch)) out = "'";
  else {
    try {
      out = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/gu, '');
    } catch {
      out = ch;
    }
  }
  if (foldCache.size < 5000) foldCache.set(ch, out);
  return out;
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`: start offset of its source in the original (null = identity). */
  from: Int32Array | null;
  /** For each UTF-16 unit of `text`: end offset of its source in the original (null = identity). */
  to: Int32Array | null;
}

function foldWithMap(s: string): Folded {
  if (/^[\x00-\x7f]*$/.test(s)) {
    // ASCII fast path: one unit in, one unit out.
    return { text: s.toLowerCase().replace(/`/g, "'"), from: null, to: null };
  }
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const lc = c >= 65 && c <= 90 ? c + 32 : c;
      parts.push(String.fromCharCode(lc === 96 ? 39 : lc));
      from.push(i);
      to.push(i + 1);
      i += 1;
      continue;
    }
    const cp = s.codePointAt(i) ?? c;
    const len = cp > 0xffff ? 2 : 1;
    const f = foldChar(s.slice(i, i + len));
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + len);
    }
    parts.push(f);
    i += len;
  }
  return { text: parts.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Folds without a map (for whole-string parsing). */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      out += c === 96 ? "'" : c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
    } else {
      const cp = s.codePointAt(i) ?? c;
      const len = cp > 0xffff ? 2 : 1;
      out += foldChar(s.slice(i, i + len));
      i += len - 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Vocabulary (folded forms).

const MONTHS: Record<string, number> = {};
function months(n: number, names: string[]): void {
  for (const name of names) MONTHS[name] = n;
}
months(1, ['january', 'jan', 'enero', 'ene', 'januar', 'janner', 'janvier', 'janv', 'janeiro', 'gennaio', 'gen']);
months(2, ['february', 'feb', 'febr', 'febrero', 'februar', 'fevrier', 'fevr', 'fev', 'fevereiro', 'febbraio']);
months(3, ['march', 'mar', 'marzo', 'marz', 'maerz', 'mars', 'marco']);
months(4, ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile']);
months(5, ['may', 'mayo', 'mai', 'maio', 'maggio', 'mag']);
months(6, ['june', 'jun', 'junio', 'juni', 'juin', 'junho', 'giugno', 'giu']);
months(7, ['july', 'jul', 'julio', 'juli', 'juillet', 'juil', 'julho', 'luglio', 'lug']);
months(8, ['august', 'aug', 'agosto', 'ago', 'aout', 'agos']);
months(9, [
  'september', 'sept', 'sep', 'septiembre', 'setiembre', 'septembre', 'setembro', 'settembre', 'set',
]);
months(10, ['october', 'oct', 'octubre', 'oktober', 'okt', 'octobre', 'outubro', 'out', 'ottobre', 'ott']);
months(11, ['november', 'nov', 'noviembre', 'novembre', 'novembro']);
months(12, ['december', 'dec', 'diciembre', 'dic', 'dezember', 'dez', 'decembre', 'dezembro', 'dicembre']);

const SEASONS: Record<string, number> = {};
function seasons(n: number, names: string[]): void {
  for (const name of names) SEASONS[name] = n;
}
seasons(3, ['spring', 'primavera', 'fruhling', 'fruehling', 'printemps']);
seasons(6, ['summer', 'verano', 'sommer', 'ete', 'verao', 'estate']);
seasons(9, ['fall', 'autumn', 'otono', 'herbst', 'automne', 'outono', 'autunno']);
seasons(1, ['winter', 'invierno', 'hiver', 'inverno']);

const byLengthDesc = (a: string, b: string): number => b.length - a.length || a.localeCompare(b);
const alt = (words: string[]): string =>
  [...words].sort(byLengthDesc).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const MON = `(?:${alt(Object.keys(MONTHS))})`;
const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
const YEAR4 = '(?:19[5-9]\\d|20\\d\\d|2100)';
const YEAR2 = "(?:'\\d\\d)";
const MM = '(?:0[1-9]|1[0-2])';
const M1 = '(?:0?[1-9]|1[0-2])';
const DD = '(?:0[1-9]|[12]\\d|3[01])';
const SP = '[\\s\\u00a0]';
const NOT_AFTER_WORD = '(?![\\p{L}\\p{N}])';

/** Month name → year. Captures (when `cap`): month, year. */
function monthNamePattern(cap: boolean): string {
  const g = (s: string): string => (cap ? `(${s})` : `(?:${s})`);
  return (
    `(?:\\d{1,2}(?:st|nd|rd|th|er|\\.)?${SP}{1,3}(?:de${SP}{1,3})?)?` +
    `${g(MON)}\\.?${NOT_AFTER_WORD}` +
    `(?:${SP}{1,3}\\d{1,2}(?:st|nd|rd|th)?(?=[\\s,]))?` +
    `(?:${SP}{0,3},${SP}{0,3}|${SP}{1,3}|\\.${SP}{0,3}|-)` +
    `(?:(?:de|del|of)${SP}{1,3})?` +
    `${g(`${YEAR4}|${YEAR2}`)}`
  );
}
function seasonPattern(cap: boolean): string {
  const g = (s: string): string => (cap ? `(${s})` : `(?:${s})`);
  return `${g(SEASON)}${NOT_AFTER_WORD}(?:${SP}{0,3},)?${SP}{1,3}(?:(?:de|del|of|d')${SP}{0,3})?${g(`${YEAR4}|${YEAR2}`)}`;
}
function isoPattern(cap: boolean): string {
  const g = (s: string): string => (cap ? `(${s})` : `(?:${s})`);
  // "2019.09" (year.month, common in East Asian CVs) too: a two-digit month after the dot, nothing more.
  return `${g(YEAR4)}(?:-${g(MM)}(?:-${DD})?|\\/${g(MM)}|\\.${g(MM)}(?![.\\d]))(?!\\d)`;
}
function numericPattern(cap: boolean): string {
  const g = (s: string): string => (cap ? `(${s})` : `(?:${s})`);
  return `(?:${g(M1)}\\/|${g(MM)}[.-])${g(YEAR4)}`;
}
/** A full numeric date, day first ("01/04/2021", "1.4.2021", Europass); only its month and year are kept. */
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const DMY_ATOM = `(?:${DAY}\\/${DAY}\\/${YEAR4}|${DAY}\\.${M1}\\.${YEAR4})`;
const DMY_RE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
function yearPattern(cap: boolean): string {
  const g = (s: string): string => (cap ? `(${s})` : `(?:${s})`);
  return g(`${YEAR4}|${YEAR2}`);
}

const ATOM = `(?:${monthNamePattern(false)}|${seasonPattern(false)}|${isoPattern(false)}|${DMY_ATOM}|${numericPattern(false)}|${yearPattern(false)})`;
/** What may not follow a date: more word characters, "%", "+", a decimal part. */
const ATOM_END = '(?![\\p{L}\\p{N}%+]|[.,]\\d)';
/** What may not precede a range start: word characters, currency, a digit + punctuation (phone numbers, versions). */
const START_GUARD = "(?<![\\p{L}\\p{N}$€£¥#_/\\\\.+%]|@(?=\\d)|\\d[\\s\\-–.)/(:,]|\\d\\s?[-–—‒~]\\s?|[$€£¥]\\s)";

const OPEN_WORDS = [
  'present', 'presente', 'now', 'current', 'currently', 'today', 'ongoing', 'till now', 'to now', 'up to now',
  'till date', 'to date', 'up to date', 'till present', 'to present', 'the present',
  'actualidad', 'la actualidad', 'actualmente', 'actual', 'hoy', 'la fecha',
  'heute', 'aktuell', 'jetzt', 'derzeit', 'gegenwart', 'laufend', 'dato',
  "aujourd'hui", 'aujourdhui', 'maintenant', 'en cours', 'ce jour', 'present',
  'atual', 'atualmente', 'o momento', 'momento', 'hoje',
  'oggi', 'in corso', 'attuale', 'ad oggi', 'presente',
];
const OPEN = `(?:${alt([...new Set(OPEN_WORDS)]).replace(/ /g, `${SP}{1,3}`)})(?![\\p{L}\\p{N}])`;

const SEP_WORDS = ['to', 'until', 'till', 'til', 'through', 'thru', 'bis', 'a', 'al', 'hasta', 'ate', 'au', "jusqu'a", "jusqu'en", 'fino a', 'fino al', 'ao'];
const SEP =
  `(?:${SP}{0,3}(?:[-–—‒~]{1,2}>?|[→⟶➝➞]|=>)${SP}{0,3}|${SP}{1,3}(?:\\.{2,3}|…)${SP}{1,3}` +
  `|${SP}{1,3}(?:${alt(SEP_WORDS).replace(/ /g, `${SP}{1,3}`)})${SP}{1,3})`;

const SINCE_WORDS = ['since', 'desde', 'seit', 'depuis', 'dal', "dall'", 'a partir de', 'a partir do', 'a partir da', 'starting', 'started'];
const SINCE = `(?:${alt(SINCE_WORDS).replace(/ /g, `${SP}{1,3}`)})`;

const YW = ['years', 'year', 'yrs', 'yr', 'y', 'anos', 'ano', 'jahre', 'jahren', 'jahr', 'ans', 'an', 'annees', 'annee', 'anni', 'anno'];
const MW = ['months', 'month', 'mos', 'mo', 'mths', 'mth', 'm', 'meses', 'mes', 'monate', 'monaten', 'monat', 'mois', 'mesi', 'mese'];
const YWP = `(?:${alt(YW)})(?![\\p{L}])\\.?`;
const MWP = `(?:${alt(MW)})(?![\\p{L}])\\.?`;
const DUR =
  `(?:\\d{1,3}(?:[.,]\\d)?\\+?${SP}?${YWP}(?:[\\s,]{1,2}(?:(?:and|y|und|et|e)${SP}{1,2})?\\d{1,2}${SP}?${MWP})?` +
  `|\\d{1,3}\\+?${SP}?${MWP}` +
  `|less${SP}than${SP}(?:a|one|1)${SP}(?:year|month)|<${SP}?1${SP}?(?:year|yr|month|mo)s?)(?![\\p{L}\\p{N}])`;

/** Whitespace-tolerant tail after a range: "(9 months)", "· 2 yrs 6 mos", " 3 yrs". Groups: 1|2|3 = duration. */
const DUR_TAIL = new RegExp(
  `(?:${SP}{0,3}\\(${SP}{0,3}(${DUR})${SP}{0,3}\\)|${SP}{0,3}[·•∙⋅|,\\-–—]${SP}{0,3}(${DUR})|${SP}{1,3}(${DUR}))`,
  'yud',
);

/** A duration written before the range and set off by a separator: "2 yrs 3 mos · Mar 2019 - May 2021". Group 1 = duration. */
const DUR_LEAD = new RegExp(`(?<![\\p{L}\\p{N}])(${DUR})${SP}{0,3}[·•∙⋅|]${SP}{0,3}$`, 'u');

const DANGLE = `${SP}{0,3}[-–—‒]${SP}{0,3}(?=${SP}{0,10}(?:$|[)\\](·•∙⋅|;,]|${DUR}))`;

/**
 * Groups: 1 since-word, 2 start atom, 3 end atom/open word, 4 "till date" form, 5 dangling dash.
 */
const RANGE_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(${SINCE})${SP}{1,3})?` +
    `${START_GUARD}(${ATOM}|${MON}\\.?(?=${SEP}${monthNamePattern(false)}))${ATOM_END}` +
    `(?:${SEP}(${ATOM}${ATOM_END}|${OPEN})` +
    `|${SP}{1,3}((?:till|til|to|up${SP}to)${SP}{1,3}(?:date|now)${NOT_AFTER_WORD})` +
    `|(${DANGLE}))?`,
  'gud',
);

const MONTH_NAME_RE = new RegExp(`^${monthNamePattern(true)}$`, 'u');
const SEASON_RE = new RegExp(`^${seasonPattern(true)}$`, 'u');
const ISO_RE = new RegExp(`^${isoPattern(true)}$`, 'u');
const NUMERIC_RE = new RegExp(`^${numericPattern(true)}$`, 'u');
const YEAR_RE = new RegExp(`^${yearPattern(true)}$`, 'u');
const SEASON_ONLY_RE = new RegExp(`^${SEASON}`, 'u');

function yearOf(s: string): number | null {
  if (s.startsWith("'")) {
    const yy = Number(s.slice(1));
    return yy >= 50 ? 1900 + yy : 2000 + yy;
  }
  const y = Number(s);
  return y >= 1950 && y <= 2100 ? y : null;
}

function mk(year: number | null, month: number | null): ParsedPartialDate | null {
  if (year === null) return null;
  if (month === null) return { date: String(year), precision: 'year' };
  if (month < 1 || month > 12) return null;
  return { date: `${year}-${String(month).padStart(2, '0')}`, precision: 'month' };
}

/** Parses one folded, trimmed date atom. */
function parseAtom(t: string): ParsedPartialDate | null {
  let m = MONTH_NAME_RE.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined) return mk(yearOf(m[2]), MONTHS[m[1]] ?? null);
  m = SEASON_RE.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined) return mk(yearOf(m[2]), SEASONS[m[1]] ?? null);
  m = ISO_RE.exec(t);
  if (m && m[1] !== undefined) return mk(yearOf(m[1]), Number(m[2] ?? m[3] ?? m[4]));
  m = DMY_RE.exec(t);
  if (m && m[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    // Day first; a middle number above 12 can only be a day (US order: "04/15/2021").
    const a = Number(m[1]);
    const b = Number(m[2]);
    const month = b > 12 && a <= 12 ? a : b;
    if (Math.min(a, b) < 1 || Math.max(a, b) > 31) return null;
    return mk(yearOf(m[3]), month);
  }
  m = NUMERIC_RE.exec(t);
  if (m && m[3] !== undefined) return mk(yearOf(m[3]), Number(m[1] ?? m[2]));
  m = YEAR_RE.exec(t);
  if (m && m[1] !== undefined) return mk(yearOf(m[1]), null);
  return null;
}

const MAX_PARSE = 200;

/**
 * One date as written → { date: 'YYYY' | 'YYYY-MM', precision }, or null.
 * The whole text must be the date (surrounding spaces, brackets and trailing
 * punctuation are ignored). See the file comment for accepted forms.
 */
export function parsePartialDate(text: string): ParsedPartialDate | null {
  if (typeof text !== 'string' || text.length > MAX_PARSE) return null;
  const t = fold(text)
    .replace(/^[\s([{"«]+/u, '')
    .replace(/[\s)\]}"»,;:]+$/u, '')
    .replace(/(\d)\.$/u, '$1');
  if (t.length === 0) return null;
  return parseAtom(t);
}

const OPEN_RE = new RegExp(
  `^(?:(?:to|till|til|until|up${SP}to|bis|a|hasta|ate|au|jusqu'a|ad|fino${SP}a|ao)${SP}{1,3})?(?:${OPEN})$`,
  'u',
);

/**
 * True when the end of a range, as written, means "still ongoing": Present, Now,
 * Current(ly), Today, Ongoing, "till date", "to date", actualidad, presente, heute,
 * aktuell, présent, aujourd'hui, atual, oggi, in corso …, and the empty string
 * (a dangling dash "2019 –"). Dashes and brackets around the word are ignored.
 */
export function isOpenEnd(text: string): boolean {
  if (typeof text !== 'string') return false;
  if (text.length > MAX_PARSE) return false;
  const t = fold(text)
    .replace(/^[\s\-–—‒~.,;:()[\]]+/u, '')
    .replace(/[\s\-–—‒~.,;:()[\]]+$/u, '');
  if (t.length === 0) return true;
  return OPEN_RE.test(t);
}

function isSeasonAtom(foldedAtom: string): boolean {
  return SEASON_ONLY_RE.test(foldedAtom);
}

const NUMBER_AFTER = /^[\s\u00a0]{0,2}[-–./]?[\s\u00a0]{0,2}\d/u;

/**
 * Locates a date range anywhere in a line. See the file comment for the forms,
 * the meaning of endText (null = single date, "" = open end without a word) and
 * the choice among several candidates (most complete, then last).
 */
export function findDateRange(line: string, options: FindDateRangeOptions = {}): DateRangeMatch | null {
  if (typeof line !== 'string' || line.length === 0) return null;
  const allowSingle = options.allowSingle === true;
  let f: Folded;
  try {
    f = foldWithMap(line);
  } catch {
    return null;
  }
  const ft = f.text;
  const re = new RegExp(RANGE_RE.source, RANGE_RE.flags);
  let best: { score: number; m: DateRangeMatch } | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ft)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const ind = m.indices;
    if (!ind) continue;
    const startSpan = ind[2];
    if (!startSpan || m[2] === undefined) continue;

    let kind: 'range' | 'open' | 'single';
    let endSpan: [number, number] | undefined;
    if (m[3] !== undefined) {
      endSpan = ind[3];
      kind = isOpenEnd(m[3]) ? 'open' : 'range';
    } else if (m[4] !== undefined) {
      endSpan = ind[4];
      kind = 'open';
    } else if (m[5] !== undefined) {
      kind = 'open';
    } else if (m[1] !== undefined) {
      kind = 'open';
    } else {
      kind = 'single';
    }
    const open = m[3] === undefined && m[4] === undefined && (m[5] !== undefined || m[1] !== undefined);

    let endF = m.index + m[0].length;
    // Dangling dash: keep the dash inside the match but not the spaces after it.
    if (m[5] !== undefined) endF = m.index + m[0].replace(/[\s\u00a0]+$/u, '').length;

    let durSpan: [number, number] | undefined;
    DUR_TAIL.lastIndex = m.index + m[0].length;
    const d = DUR_TAIL.exec(ft);
    if (d && d.indices) {
      durSpan = d.indices[1] ?? d.indices[2] ?? d.indices[3];
      endF = d.index + d[0].length;
    } else if (NUMBER_AFTER.test(ft.slice(endF, endF + 8))) {
      continue; // looks like part of a longer number (phone, version, id)
    }

    if (kind === 'single' && !allowSingle && !isSeasonAtom(m[2])) continue;
    const score = kind === 'single' ? 1 : 2;

    let startF = m.index;
    if (!durSpan && kind !== 'single') {
      const lead = DUR_LEAD.exec(ft.slice(Math.max(0, m.index - 48), m.index));
      if (lead) {
        const base = Math.max(0, m.index - 48);
        startF = base + lead.index;
        durSpan = [startF, startF + lead[1]!.length];
      }
    }

    const from = f.from;
    const to = f.to;
    const o = (i: number): number => (from ? (from[i] ?? line.length) : i);
    const oe = (i: number): number => (to ? (to[i - 1] ?? 0) : i);
    const index = o(startF);
    const end = oe(endF);
    const match: DateRangeMatch = {
      index,
      length: end - index,
      text: line.slice(index, end),
      startText: line.slice(o(startSpan[0]), oe(startSpan[1])),
      endText: open ? '' : endSpan ? line.slice(o(endSpan[0]), oe(endSpan[1])) : null,
      durationText: durSpan ? line.slice(o(durSpan[0]), oe(durSpan[1])) : null,
    };
    if (!best || score >= best.score) best = { score, m: match };
  }
  return best ? best.m : null;
}

// ---------------------------------------------------------------------------
// Month arithmetic.

/**
 * Month index (year * 12 + month - 1) of a PartialDate; a year-only date reads as its
 * January (`'first'`) or December (`'last'`). null for anything that is not a PartialDate.
 */
export function monthIndex(d: string | null, side: 'first' | 'last'): number | null {
  if (typeof d !== 'string') return null;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(d);
  if (!m || m[1] === undefined) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return y * 12 + (side === 'first' ? 0 : 11);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  return y * 12 + mo - 1;
}

/** Month index of `now` (UTC), or null for an invalid Date. */
export function nowIndex(now: Date): number | null {
  const t = now instanceof Date ? now.getTime() : NaN;
  if (!Number.isFinite(t)) return null;
  return now.getUTCFullYear() * 12 + now.getUTCMonth();
}

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

/**
 * A date range as written → PartialDates. Never throws; problems are reported
 * in `warnings` (see the file comment for reversed and future dates).
 */
export function parseDateRange(text: string, now: Date = new Date()): ParsedDateRange {
  const warnings: string[] = [];
  const fail = (msg: string): ParsedDateRange => ({ start: null, end: null, current: false, warnings: [msg] });
  if (typeof text !== 'string' || text.trim().length === 0) return fail('no dates given');
  const m = findDateRange(text, { allowSingle: true });
  if (!m) return fail(`no date found in "${clip(text.trim())}"`);
  // "Jun–Aug 2018": a bare start month takes the end's year.
  const endYear = m.endText ? /\d{4}/.exec(m.endText)?.[0] : undefined;
  const s = parsePartialDate(m.startText) ?? (endYear && !/\d/.test(m.startText) ? parsePartialDate(`${m.startText} ${endYear}`) : null);
  if (!s) return fail(`could not read the start date "${clip(m.startText)}"`);
  let start: string | null = s.date;
  let end: string | null = null;
  let current = false;
  const single = m.endText === null;
  if (m.endText === null) {
    end = start;
    // A season alone spans the season: "Summer 2015" is Jun–Aug 2015 (a winter, Jan–Mar).
    if (start && isSeasonAtom(fold(m.startText).trim())) {
      const [y, mo] = start.split('-').map(Number) as [number, number];
      end = `${y}-${String(Math.min(12, mo + 2)).padStart(2, '0')}`;
    }
  }
  else if (isOpenEnd(m.endText)) current = true;
  else {
    const e = parsePartialDate(m.endText);
    if (e) end = e.date;
    else warnings.push(`could not read the end date "${clip(m.endText)}"`);
  }

  // Reversed: compare the earliest reading of the start with the latest of the end.
  const sFirst = monthIndex(start, 'first');
  const eLast = monthIndex(end, 'last');
  if (sFirst !== null && eLast !== null && sFirst > eLast) {
    warnings.push(`end date ${end} is before start date ${start}; swapped`);
    [start, end] = [end, start];
  }

  const nowI = nowIndex(now);
  if (nowI !== null) {
    const startFirst = monthIndex(start, 'first');
    const startFuture = startFirst !== null && startFirst > nowI + 1;
    if (startFuture) warnings.push(`start date ${start} is in the future`);
    const endFirst = monthIndex(end, 'first');
    if (!current && endFirst !== null && endFirst > nowI + 1) {
      if (single) {
        end = null;
      } else {
        warnings.push(`end date ${end} is in the future; treated as ${startFuture ? 'unknown' : 'ongoing'}`);
        end = null;
        current = !startFuture;
      }
    }
  }
  return { start, end, current, warnings };
}

/**
 * Inclusive month count (see the file comment): Dec 2018 – Sep 2019 = 10.
 * null when start is null/invalid, when there is no end and the role is not
 * current, or when the end is before the start. 0 for a current role that
 * starts after now.
 */
export function monthsBetween(start: string | null, end: string | null, current: boolean, now: Date = new Date()): number | null {
  const s = monthIndex(start, 'first');
  if (s === null) return null;
  const nowI = nowIndex(now);
  let e: number | null;
  if (current) e = nowI;
  else e = monthIndex(end, 'last');
  if (e === null) return null;
  if (!current && e < s) return null;
  if (nowI !== null) e = Math.min(e, nowI);
  return Math.max(0, e - s + 1);
}

const YEARS_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:[.,]\\d{1,2})?)\\+?${SP}?${YWP}`, 'u');
const MONTHS_RE = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d{1,3})\\+?${SP}?${MWP}`, 'u');
const LESS_THAN_RE = /less\s+than|<\s*1|moins d'un|menos de|weniger als|meno di/u;

/**
 * A duration as written → whole months: "9 months" 9, "2 yrs 6 mos" 30,
 * "3 Jahre 2 Monate" 38, "2 años" 24, "1.5 years" 18. "less than a year" → null.
 */
export function parseStatedDuration(text: string): number | null {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_PARSE) return null;
  const t = fold(text);
  if (LESS_THAN_RE.test(t)) return null;
  const y = YEARS_RE.exec(t);
  const mo = MONTHS_RE.exec(t);
  if (!y && !mo) return null;
  const years = y && y[1] !== undefined ? Number(y[1].replace(',', '.')) : 0;
  const monthsN = mo && mo[1] !== undefined ? Number(mo[1]) : 0;
  if (!Number.isFinite(years) || !Number.isFinite(monthsN)) return null;
  return Math.round(years * 12 + monthsN);
}

/**
 * A warning when a stated duration and our inclusive count differ by 2 months or more.
 * A difference of exactly 1 (either way) is accepted: pages count exclusively.
 */
export function checkStatedDuration(statedMonths: number | null, computedMonths: number | null): string | null {
  if (statedMonths === null || computedMonths === null) return null;
  if (!Number.isFinite(statedMonths) || !Number.isFinite(computedMonths)) return null;
  if (Math.abs(statedMonths - computedMonths) <= 1) return null;
  return `stated duration (${statedMonths} months) differs from the dates (${computedMonths} months)`;
}

/**
 * Total months covered by the union of the ranges (overlaps counted once),
 * inclusive convention. Ranges without a start, with no end that are not current,
 * or that end before they start are skipped.
 */
export function mergeRanges(ranges: ReadonlyArray<MonthRange>, now: Date = new Date()): number {
  if (!Array.isArray(ranges)) return 0;
  const nowI = nowIndex(now);
  const spans: Array<[number, number]> = [];
  for (const r of ranges) {
    if (!r || typeof r !== 'object') continue;
    const s = monthIndex(r.start, 'first');
    if (s === null) continue;
    let e = r.current ? nowI : monthIndex(r.end, 'last');
    if (e === null) continue;
    if (!r.current && e < s) continue;
    if (nowI !== null) e = Math.min(e, nowI);
    if (e < s) continue;
    spans.push([s, e]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const sp of spans) {
    if (cur && sp[0] <= cur[1] + 1) {
      if (sp[1] > cur[1]) cur[1] = sp[1];
    } else {
      if (cur) total += cur[1] - cur[0] + 1;
      cur = [sp[0], sp[1]];
    }
  }
  if (cur) total += cur[1] - cur[0] + 1;
  return total;
}
