/**
 * Degrees as written ("Master’s Degree in Computer Science, Computer Science",
 * "BSc Computer Science", "Laurea Magistrale in Informatica") → DegreeLevel + field.
 *
 * Conventions:
 * - Case- and accent-insensitive, except bare two-letter abbreviations (MS, BS, BA,
 *   MA, AA, AS, BE, MD, JD), which count only when written in capitals (or dotted:
 *   "M.S.", "b.a."), and only as whole tokens. "AS" also needs a degree context:
 *   "AS in Nursing", "AS, Biology", "AS degree", or the whole text "AS"; "A.S." always counts.
 * - When several levels appear, the highest wins: doctorate > master > bachelor >
 *   associate > secondary > certificate. "Honours"/"Hons" alone means bachelor, but
 *   loses to secondary ("High School Diploma with Honors").
 * - MD, JD, PharmD, DDS, DVM, EdD count as doctorate (professional doctorates).
 * - "Diploma" alone (and Nanodegree, Bootcamp, Certification) → certificate; German
 *   "Diplom"/"Diplom-Ingenieur" and French "Diplôme d'ingénieur" → master;
 *   "High School Diploma" → secondary. Italian "Laurea" alone → bachelor.
 *   English "Baccalaureate" → bachelor, but French "Baccalauréat", "International
 *   Baccalaureate" and Spanish "Bachillerato" → secondary. "Scrum Master" → certificate.
 * - Field: taken from "… in|en|em <field>", "Bachelor|Master|Doctor of <field>",
 *   "<abbreviation> <field>" ("BSc Computer Science"), or else the first comma part that
 *   is not itself a degree ("Bachelor's degree, Computer Science"). Parentheses, GPA,
 *   "Honours Co-op", "with Honors", "cum laude", "(Hons)", "first class" are dropped.
 *   "X in A, A" → "A"; "X in A, B" → "A". Degree types ("of Science", "of Arts",
 *   "of Engineering", "of Business Administration" …) are not fields; after "in" a
 *   multi-word one is ("Bachelor's Degree in Fine Arts" → "Fine Arts", but "Bachelor
 *   of Fine Arts" → null). A certificate names its field first: "Product Management
 *   Certificate" → "Product Management" ("Professional Certificate" → null). No degree
 *   words → field null.
 * - Never throws; inputs longer than 2,000 characters are cut before matching.
 */
import type { DegreeLevel } from '../schema/profile';
import { fold } from './dates';

const MAX = 2000;

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/** An abbreviation with optional dots/spaces between its parts: abbr('m','sc') ~ MSc, M.Sc., M. Sc. */
const abbr = (...parts: string[]): string => `${W}${parts.join('\\.?\\s?')}\\.?${E}`;
/** Dotted-only form: dotted('m','s') ~ M.S. (not MS). */
const dotted = (...parts: string[]): string => `${W}${parts.join('\\.\\s?')}\\.(?!\\p{L})`;

const re = (parts: string[], flags = 'u'): RegExp => new RegExp(parts.join('|'), flags);

const DOCTORATE = re([
  abbr('ph', 'd'),
  `${W}(?<!post-?)doctora(?:te|l|do|t)${E}`,
  `${W}doctor${E}`,
  `${W}doutorado${E}`,
  `${W}dottorato${E}`,
  `${W}doktor(?:at|and)?${E}`,
  `${W}promotion${E}`,
  abbr('d', 'phil'),
  abbr('ed', 'd'),
  abbr('pharm', 'd'),
  abbr('d', 'sc'),
  dotted('m', 'd'),
  dotted('j', 'd'),
  abbr('dds'),
  abbr('dvm'),
  `${W}dr\\.?\\s?(?:rer|phil|med|ing)\\.?${E}`,
]);
const DOCTORATE_CS = re([`${W}(?:MD|JD|DPhil|PhD)${E}`]);

const MASTER = re([
  `${W}masters?${E}`,
  `${W}master'?s${E}`,
  `${W}mastere${E}`,
  abbr('m', 'sc'),
  abbr('m', 's', 'c'),
  dotted('m', 's'),
  dotted('m', 'a'),
  abbr('m', 'eng'),
  abbr('m', 'tech'),
  abbr('m', 'res'),
  abbr('m', 'phil'),
  abbr('m', 'b', 'a'),
  abbr('m', 'f', 'a'),
  abbr('m', 'p', 'h'),
  abbr('m', 'p', 'a'),
  abbr('m', 'des'),
  abbr('ll', 'm'),
  `${W}laurea\\s+(?:magistrale|specialistica)${E}`,
  `${W}maestria${E}`,
  `${W}mestrado${E}`,
  `${W}magister${E}`,
  `${W}diplom(?:-?ingenieur|-\\p{L}+)?${E}`,
  `${W}diplome\\s+d'\\s?ingenieur${E}`,
]);
const MASTER_CS = re([`${W}(?:MS|MA|MEd|M\\.\\s?Ed\\.?)${E}`]);

const BACHELOR = re([
  `${W}bachelors?${E}`,
  `${W}bachelor'?s${E}`,
  `${W}(?<!international\\s)baccalaureate${E}`,
  abbr('b', 'sc'),
  abbr('b', 's', 'c'),
  dotted('b', 's'),
  dotted('b', 'a'),
  dotted('b', 'e'),
  abbr('b', 'eng'),
  abbr('b', 'tech'),
  abbr('b', 'b', 'a'),
  abbr('b', 'com'),
  abbr('b', 'arch'),
  abbr('b', 'f', 'a'),
  abbr('b', 'a', 'sc'),
  abbr('ll', 'b'),
  `${W}laurea(?:\\s+triennale)?${E}`,
  `${W}licenciatura${E}`,
  `${W}licenciado${E}`,
  `${W}licence${E}`,
  `${W}bacharelado${E}`,
  `${W}bacharel${E}`,
  `${W}grado\\s+en${E}`,
]);
const BACHELOR_CS = re([`${W}(?:BS|BA|BE|BEd|B\\.\\s?Ed\\.?)${E}`]);
const HONOURS = re([`${W}honou?rs${E}`, `${W}hons${E}`]);

const ASSOCIATE = re([`${W}associate'?s?\\s+(?:degree|of|in)${E}`, `${W}associate'?s${E}`, `^associate(?:'?s)?$`, dotted('a', 'a'), dotted('a', 's'), dotted('a', 'a', 's')]);
const ASSOCIATE_CS = re([`${W}(?:AA|AAS)${E}`]);
/** "AS" only in a degree context. */
const AS_DEGREE = /^AS$|(?<![\p{L}\p{N}])AS(?=\s+(?:in|In|IN|of|degree|Degree)\s|\s*,|\s*-\s)/u;

const SECONDARY = re([
  `${W}high\\s?school${E}`,
  `${W}secondary(?:\\s+school)?${E}`,
  `${W}g\\.?e\\.?d${E}`,
  `${W}gcses?${E}`,
  `${W}a[\\s-]?levels?${E}`,
  `${W}abitur${E}`,
  `${W}baccalaureat${E}`,
  `${W}international\\s+baccalaureate${E}`,
  `${W}bachillerato${E}`,
  `${W}maturit[ay]${E}`,
  `${W}matura${E}`,
  `${W}national\\s+senior\\s+certificate${E}`,
  `${W}matric(?:ulation)?(?:\\s+certificate)?$`,
  `^matric${E}`,
  `${W}ensino\\s+medio${E}`,
  `${W}liceo${E}`,
  `${W}lycee${E}`,
  `${W}ib\\s+diploma${E}`,
]);

const CERTIFICATE = re([
  `${W}certificat(?:e|ion|ions|es|o|ion)?${E}`,
  `${W}certified${E}`,
  `${W}certificado${E}`,
  `${W}zertifikat${E}`,
  `${W}boot\\s?camp${E}`,
  `${W}diploma${E}`,
  `${W}diplome${E}`,
  `${W}nanodegree${E}`,
  `${W}scrum\\s?master${E}`,
]);

const SCRUM = /(?<![\p{L}\p{N}])(?:certified\s+)?scrum\s?master(?![\p{L}\p{N}])/gu;

const SCOTTISH_MA = /(?<![\p{L}\p{N}])M\.?A\.?\s*(?:\(\s*Hons\.?\s*\)|Hons\.?)(?![\p{L}])/u;

/** Highest degree level named in the text, or null. See the file comment. */
export function degreeLevel(text: string): DegreeLevel | null {
  if (typeof text !== 'string') return null;
  const raw = text.length > MAX ? text.slice(0, MAX) : text;
  const t = fold(raw).replace(/\s+/gu, ' ').trim();
  if (t.length === 0) return null;
  const hasScrum = SCRUM.test(t);
  SCRUM.lastIndex = 0;
  const u = hasScrum ? t.replace(SCRUM, ' ') : t;
  const rawU = hasScrum ? raw.replace(/scrum\s?master/giu, ' ') : raw;

  if (DOCTORATE.test(u) || DOCTORATE_CS.test(rawU)) return 'doctorate';
  // "MA (Hons)", "M.A. Hons": the Scottish (Oxbridge-style) first degree, bachelor level; a plain MA stays a master.
  if (SCOTTISH_MA.test(rawU)) return 'bachelor';
  if (MASTER.test(u) || MASTER_CS.test(rawU)) return 'master';
  if (BACHELOR.test(u) || BACHELOR_CS.test(rawU)) return 'bachelor';
  if (ASSOCIATE.test(u) || ASSOCIATE_CS.test(rawU) || AS_DEGREE.test(rawU.trim())) return 'associate';
  if (SECONDARY.test(u)) return 'secondary';
  if (HONOURS.test(u)) return 'bachelor';
  if (CERTIFICATE.test(u) || hasScrum) return 'certificate';
  return null;
}

// ---------------------------------------------------------------------------
// Field extraction.

const QUALIFIERS: RegExp[] = [
  /\([^()]{0,300}\)/gu,
  /\[[^[\]]{0,300}\]/gu,
  /\b(?:summa\s+|magna\s+)?cum\s+laude\b/giu,
  // Grades are never the field: "mention Bien", "GPA 3.8", "GPA: 3.8/4.0".
  /\bmention\s+(?:tr[eè]s\s+bien|assez\s+bien|bien|passable|honorable)\b/giu,
  /\b(?:c?gpa)\s*[:=]?\s*\d(?:[.,]\d+)?(?:\s*\/\s*\d+(?:[.,]\d+)?)?/giu,
  /\bwith\s+(?:first\s+class\s+|high\s+|highest\s+)?(?:honou?rs|distinction|merit)\b/giu,
  /\b(?:first|second|upper\s+second|lower\s+second|2[:.]1|2[:.]2)[\s-]+class(?:\s+honou?rs)?\b/giu,
  /\bhonou?rs(?:\s+co-?op)?\b/giu,
  /\bhons\b\.?/giu,
  /\bco-?op\b/giu,
  /\bGPA\b\s*[:=]?\s*\d(?:[.,]\d{1,3})?(?:\s*(?:\/|out\s+of)\s*\d{1,3}(?:[.,]\d{1,3})?)?/giu,
  /\b\d(?:[.,]\d{1,3})?\s*\/\s*\d{1,3}(?:[.,]\d{1,3})?\s*GPA\b/giu,
  /\bGPA\b/giu,
  /\b(?:thesis|dissertation|minor|concentration|specialization)\s*:.*$/giu,
];

/**
 * Degree-type words that are not a field ("Master of Science"). A degree named for its subject
 * ("Master of Business Administration", "Bachelor of Commerce", "Bachelor of Laws") gives that field.
 */
const GENERIC_FIELD =
  /^(?:(?:applied\s+)?sciences?|arts?|fine\s+arts|liberal\s+arts|arts\s+and\s+sciences?|science\s+and\s+arts|philosophy|engineering|technology|letters|studies|degree|diploma|certificate|honou?rs|the\s+arts)$/u;

/** Words that make up a degree name (used to skip degree-only comma parts). */
const DEGREE_WORDS =
  /(?<![\p{L}\p{N}])(?:bachelor'?s?|master'?s?|doctor(?:ate|al)?|associate'?s?|degree|diploma|certificate|of|in|the|science|sciences|arts|engineering|technology|philosophy|business|laurea|magistrale|triennale|licenciatura|mestrado|bacharelado|(?:[a-z]{1,5}\.){1,4}|bsc|msc|ba|ma|bs|ms|beng|meng|btech|mtech|bba|mba|phd|mphil|dphil|bcom|be|llb|llm|mfa|bfa|aa|as|aas|mres|med|bed|edd|md|jd|mod|hons)(?![\p{L}\p{N}])/gu;

const ABBREVIATIONS = new Set([
  'bsc', 'msc', 'ba', 'ma', 'bs', 'ms', 'beng', 'meng', 'btech', 'mtech', 'bba', 'mba', 'phd', 'mphil', 'dphil',
  'bcom', 'be', 'llb', 'llm', 'mfa', 'bfa', 'aa', 'as', 'aas', 'mres', 'med', 'bed', 'edd', 'md', 'jd', 'bach',
  'basc', 'masc', 'mas', 'mcs', 'bcs', 'ms/phd',
]);

function isDegreeOnly(segment: string): boolean {
  const rest = fold(segment).replace(DEGREE_WORDS, ' ').replace(/[\s.,'’\-–—&/]+/gu, '');
  return rest.length === 0;
}

/**
 * A field candidate, cleaned, or null. `afterIn`: the text came after "in" ("Bachelor's Degree in Fine Arts"),
 * where a multi-word degree-type name is a real field; after "of" it names the degree ("Bachelor of Fine Arts").
 */
function cleanField(s: string | undefined, afterIn = false): string | null {
  if (s === undefined) return null;
  const f = s
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,;:.\-–—|·/]+|[\s,;:.\-–—|·/]+$/gu, '')
    .replace(/^(?:in|en|em|of)\s+/iu, '')
    .trim();
  if (f.length === 0 || f.length > 200) return null;
  const ff = fold(f);
  if (GENERIC_FIELD.test(ff) && !(afterIn && /\s/.test(ff))) return null;
  if (isDegreeOnly(f) && !(afterIn && GENERIC_FIELD.test(ff) && /\s/.test(ff))) return null;
  return f;
}

/** "Product Management Certificate", "Data Analytics Professional Certificate": the field written before the word. */
const TRAILING_CREDENTIAL =
  /^(.+?)\s+(?:(?:professional|graduate|postgraduate|post-graduate|advanced|executive|online|specialization|specialisation)\s+)?(?:certificate|certification|certificat|certificado|zertifikat|diploma|nanodegree|bootcamp)$/iu;
const NOT_A_FIELD = /^(?:professional|graduate|postgraduate|post-graduate|advanced|executive|online|general|high school|secondary school|university|college|school|international|national|the)$/u;

const IN_RE = /\s(?:in|en|em)\s+(.+)$/iu;
/** "Bachelor of <field>", also after a word or two that rate the degree ("HBO Bachelor of ICT", "Honours Bachelor of Arts"). */
const OF_RE = /^(?:[\p{L}.]+\s+){0,2}?(?:bachelor|master|doctor|associate)(?:'s|’s|s)?(?:\s+degree)?\s+of\s+(.+)$/iu;
const ABBR_HEAD_RE = /^((?:[A-Za-z]{1,5}\.\s?){1,4}|[A-Za-z]{2,6})\s+(.+)$/u;

/**
 * A degree as written → the cleaned degree text, its level and its field (or null).
 * See the file comment for the field rules.
 */
export function parseDegree(text: string): { degree: string; level: DegreeLevel | null; field: string | null } {
  if (typeof text !== 'string') return { degree: '', level: null, field: null };
  const raw = text.length > MAX ? text.slice(0, MAX) : text;
  const degree = raw.replace(/\s+/gu, ' ').trim();
  const level = degreeLevel(degree);
  if (level === null || degree.length === 0) return { degree, level, field: null };

  let clean = degree.replace(/[‘’ʼ]/gu, "'");
  for (const q of QUALIFIERS) clean = clean.replace(q, ' ');
  clean = clean.replace(/\s+/gu, ' ').trim();

  const segments = clean
    .split(/\s*[,;|·•]\s*|\s+[-–—]\s+|\s*[–—]\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const first = segments[0] ?? '';
  const rest = segments.slice(1);

  // 0. French "Master Informatique, parcours …" and "Licence Informatique" name the field next.
  const fr = /^(?:[Mm]aster|[Ll]icence|[Ll]icence\s+[Pp]rofessionnelle|[Mm]ast[eè]re)\s+(?!of\b|in\b|en\b|degree\b|'s\b|s\b)(\p{Lu}[\p{L}\s'-]{1,60})$/u.exec(first);
  if (fr) {
    const f = cleanField(fr[1]!);
    if (f) return { degree, level, field: f };
  }
  // 1. "... in <field>"
  const inM = IN_RE.exec(first);
  if (inM) {
    const f = cleanField(inM[1], true);
    if (f) return { degree, level, field: f };
  }
  // 1b. "<field> Certificate" (certificates, diplomas and bootcamps name their subject first)
  if (level === 'certificate') {
    const tc = TRAILING_CREDENTIAL.exec(first);
    if (tc && !NOT_A_FIELD.test(fold(tc[1]!).trim())) {
      const f = cleanField(tc[1]);
      if (f) return { degree, level, field: f };
    }
  }
  // 2. "Bachelor of <field>"
  const ofM = OF_RE.exec(first);
  if (ofM) {
    const f = cleanField(ofM[1]);
    if (f) return { degree, level, field: f };
  }
  // 3. "BSc <field>"
  const abM = ABBR_HEAD_RE.exec(first);
  if (abM && abM[1] !== undefined) {
    const head = abM[1].replace(/[.\s]/gu, '').toLowerCase();
    if (ABBREVIATIONS.has(head)) {
      const f = cleanField(abM[2]);
      if (f) return { degree, level, field: f };
    }
  }
  // 4. "Bachelor's degree, <field>"
  for (const seg of rest) {
    const f = cleanField(seg);
    if (f) return { degree, level, field: f };
  }
  return { degree, level, field: null };
}
