/**
 * Finding a resume's sections by their headings, whatever the markup.
 *
 * A section heading is a heading block, or a short text line (a plain-text
 * line, a bold paragraph, a "## Skills" markdown line, a dt) whose text is a
 * known section name once decoration is removed: emoji, ALL CAPS, a trailing
 * colon, markdown hashes, spaced letters. Everything before the first known
 * section is the page header (name, headline, contact).
 *
 * A section ends at the next heading block of the same or a higher level, the
 * next section-name line, or an unknown heading that is clearly a sibling
 * (same markdown level, an ALL CAPS line in an ALL CAPS resume, an underlined
 * line). A "Languages" heading whose content is programming languages is a
 * skills group, not the spoken-languages section.
 */
import { isAllCaps, splitLabel, wordCount, type Line, dateOf, roleScore, institutionScore, degreeScore, looksLikeLocation, isContactLine } from './lines';
import { looksLikeName } from './heading';
import { parsePartialDate } from '../../normalize/dates';
import { guessSections } from './guess';

export type SectionKind =
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'awards'
  | 'languages'
  | 'summary'
  | 'contact'
  | 'publications'
  | 'volunteering'
  | 'interests'
  | 'other'
  /** Under a heading the finder does not know; guess.ts may give it a kind by its content. */
  | 'unknown';

export interface Section {
  kind: SectionKind;
  /** The heading as written (decoration removed). */
  title: string;
  heading: Line | null;
  /** Body lines in page order. Sub-group labels carry `label: true`. */
  lines: Line[];
  /** The column names of a table header row that opens the section's body ("Role", "Company", "Dates"). */
  columns?: string[];
}

export interface Layout {
  /** Lines before the first known section. */
  header: Line[];
  sections: Section[];
}

const NAMES: Record<string, SectionKind> = {};
function names(kind: SectionKind, list: string) {
  for (const n of list.split('|')) NAMES[n] = kind;
}
names(
  'experience',
  'experience|experiences|work experience|work experiences|professional experience|relevant experience|work history|employment|' +
    'employment history|career|career history|professional background|work|jobs|positions|industry experience|technical experience|' +
    'engineering experience|professional history|where i\'ve worked|where i have worked|experience and employment|internships|' +
    'internship experience|work and internships|experience and internships|roles|professional roles|employment record|' +
    'previous experience|previous roles|career path|professional career|work experience and internships|places i\'ve worked|' +
    'professional journey|my journey|journey|timeline|career timeline|work timeline|' +
    // Academic CVs.
    'appointments|academic appointments|academic positions|professional appointments|university appointments|' +
    'research experience|teaching experience|research and teaching experience|research positions|employment and appointments|' +
    'positions held|academic employment|industry research|industry research experience|industry positions|industrial experience|' +
    'research internships|industry internships',
);
names(
  'education',
  'education|academic background|academics|education and training|educational background|academic history|studies|' +
    'schooling|degrees|education and certifications|education and certificates|education and qualifications|qualifications|' +
    'academic qualifications|academic experience|education history|formal education|training and education|learning|' +
    'education and learning',
);
names(
  'skills',
  'skills|technical skills|tech stack|technologies|tools|core competencies|expertise|skills and tools|tools and technologies|' +
    'technologies and tools|skill set|skillset|key skills|competencies|technical expertise|stack|toolbox|languages and tools|' +
    'languages and technologies|what i work with|programming languages|skills and technologies|skills and expertise|' +
    'areas of expertise|technical proficiencies|proficiencies|tools i use|frameworks|frameworks and libraries|hard skills|' +
    'skills and interests|technical summary|tech|toolkit|my stack|things i know|what i use|abilities|technical competencies|' +
    'software skills|it skills|computer skills|soft skills|job-related skills|job related skills|top skills|computing|computing skills|digital skills|it and computing',
);
names(
  'projects',
  'projects|technical projects|technical projects and open source|side projects|open source|open-source|personal projects|' +
    'open source contributions|open-source contributions|things i\'ve built|things i have built|portfolio|selected work|' +
    'projects and open source|open source and projects|academic projects|featured projects|notable projects|work samples|' +
    'case studies|hackathons|research projects|pet projects|open source work|contributions',
);
names(
  'certifications',
  'certifications|certificates|licenses and certifications|licences and certifications|licenses|courses|training|' +
    'certifications and courses|courses and certifications|professional development|continuing education|credentials|' +
    'professional qualifications|professional certifications|professional memberships and qualifications|accreditations',
);
names('awards', 'awards|honors|honours|honors-awards|honours-awards|awards and honors|awards and honours|honors and awards|achievements|accomplishments|recognition|scholarships');
names('languages', 'languages|languages i speak|mother tongue|mother tongues|mother tongue(s)|foreign language|foreign languages|other language|other languages|spoken languages|language skills|human languages|natural languages|language proficiency');
names(
  'summary',
  'summary|about|about me|profile|objective|what i\'m looking for|what i am looking for|professional summary|career objective|bio|' +
    'overview|introduction|intro|personal statement|who i am|career summary|executive summary|professional profile|' +
    'personal profile|summary of qualifications|highlights|career highlights|looking for|currently|now|a bit about me|hello',
);
names(
  'contact',
  'personal information|personal details|personal data|contact|contact me|get in touch|contact information|contact info|contact details|reach me|links|find me online|elsewhere|' +
    'socials|social|connect|let\'s connect|lets connect|say hello|reach out|online',
);
names('publications', 'publications|papers|talks|talks and publications|publications and talks|writing|speaking|presentations|patents|selected publications|articles');
names('volunteering', 'volunteering|volunteer experience|volunteer work|community|community involvement|volunteer|community work|leadership and volunteering|volunteering and leadership|giving back');
names('interests', 'interests|hobbies|hobbies and interests|personal interests|outside of work|when i\'m not coding|beyond work|fun facts');
names('other', 'driving licence|driving license|driver\'s license|drivers license|driving licences|references|activities|extracurricular activities|extracurriculars|memberships|affiliations|additional information|additional|additional info|additional details|misc|miscellaneous|other|leadership|leadership and activities|personal|blog|recent posts|latest posts|testimonials|recommendations|faq');

// Spanish, German, French, Portuguese and Italian headings, written without accents (lookups fold them away).
names(
  'experience',
  // es
  'experiencia|experiencias|experiencia laboral|experiencia profesional|experiencias laborales|experiencias profesionales|' +
    'experiencia de trabajo|trayectoria profesional|trayectoria laboral|historial laboral|historial profesional|empleos|' +
    // de
    'berufserfahrung|berufliche erfahrung|berufliche erfahrungen|erfahrung|erfahrungen|beruflicher werdegang|werdegang|' +
    'berufspraxis|praxiserfahrung|praktische erfahrung|arbeitserfahrung|berufstatigkeit|taetigkeiten|tatigkeiten|' +
    // fr
    'experience professionnelle|experiences professionnelles|parcours professionnel|emplois|' +
    // pt
    'experiencia profissional|experiencias profissionais|historico profissional|trajetoria profissional|' +
    // it
    'esperienza|esperienze|esperienza lavorativa|esperienze lavorative|esperienza professionale|esperienze professionali|percorso professionale',
);
names(
  'education',
  'educacion|formacion|formacion academica|estudios|educacion y formacion|formacion y educacion|titulos|estudios academicos|' +
    'ausbildung|studium|bildung|bildungsweg|akademischer werdegang|schulbildung|ausbildung und studium|studium und ausbildung|hochschulbildung|schulische ausbildung|' +
    'formation|formations|education et formation|etudes|parcours academique|diplomes|formation academique|diplomes et formations|' +
    'formacao|formacao academica|educacao|escolaridade|habilitacoes|habilitacoes academicas|' +
    'istruzione|formazione|istruzione e formazione|titoli di studio|percorso di studi|formazione accademica',
);
names(
  'skills',
  'habilidades|competencias|conocimientos|aptitudes|habilidades tecnicas|conocimientos tecnicos|competencias tecnicas|herramientas|tecnologias|' +
    'kenntnisse|fahigkeiten|faehigkeiten|fachkenntnisse|technische kenntnisse|kompetenzen|fertigkeiten|it-kenntnisse|edv-kenntnisse|' +
    'fahigkeiten und kenntnisse|kenntnisse und fahigkeiten|fachliche kompetenzen|technologien|werkzeuge|' +
    'competences|competences techniques|connaissances|savoir-faire|outils|technologies et outils|' +
    'competencias tecnicas|conhecimentos|ferramentas|tecnologias e ferramentas|' +
    'competenze|competenze tecniche|conoscenze|abilita|capacita e competenze|competenze informatiche|strumenti|tecnologie',
);
names(
  'projects',
  'proyectos|proyectos personales|proyectos destacados|projekte|ausgewahlte projekte|personliche projekte|projets|projets personnels|' +
    'projetos|projectos|projetos pessoais|progetti|progetti personali',
);
names(
  'certifications',
  'certificaciones|certificados|cursos|cursos y certificaciones|zertifikate|zertifizierungen|weiterbildung|weiterbildungen|fortbildungen|' +
    'certificats|formations complementaires|certificacoes|certificados e cursos|certificazioni|certificati|corsi',
);
names('awards', 'premios|logros|reconocimientos|auszeichnungen|prix|distinctions|premiacoes|premios e reconhecimentos|premi|riconoscimenti');
names(
  'languages',
  'idiomas|lenguas|sprachen|sprachkenntnisse|langues|competences linguistiques|linguas|lingue|conoscenze linguistiche|competenze linguistiche',
);
names(
  'summary',
  'perfil|sobre mi|acerca de mi|resumen|perfil profesional|resumen profesional|extracto|objetivo|objetivo profesional|' +
    'profil|uber mich|ueber mich|zusammenfassung|kurzprofil|a propos|a propos de moi|profil professionnel|' +
    'sobre mim|resumo|resumo profissional|perfil profissional|' +
    'profilo|chi sono|su di me|sommario|profilo professionale|riepilogo',
);
names('contact', 'contacto|datos de contacto|informacion de contacto|kontakt|kontaktdaten|coordonnees|contato|contatti|recapiti');
names('publications', 'publicaciones|publikationen|veroffentlichungen|publicacoes|pubblicazioni');
names('volunteering', 'voluntariado|ehrenamt|ehrenamtliches engagement|benevolat|volontariato');
names('interests', 'intereses|aficiones|interessen|hobbys|centres d\'interet|loisirs|interets|interesses|interessi|hobby');
names('other', 'referencias|referenzen|sonstiges|divers|referencias e outros|referenze|altro');

/** Lower case without accents ("Educación" → "educacion", "Fähigkeiten" → "fahigkeiten"). */
const unaccent = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Words that are ordinary enough to need visual evidence (caps, gap, colon ...) before a plain line counts as a heading. */
const WEAK = new Set(['work', 'tools', 'stack', 'tech', 'now', 'currently', 'online', 'social', 'connect', 'personal', 'other', 'misc', 'hello', 'intro', 'journey', 'roles', 'training', 'research', 'writing', 'links', 'highlights', 'community', 'volunteer', 'recognition', 'contributions', 'blog', 'faq', 'licenses']);

/** A time qualifier after a heading ("Career so far", "Experience to date"). */
const QUALIFIER = /\s+(?:so far|to date|until now|till now|up to now|at a glance|in brief|in short)$/;
const PREFIX = /^(?:my|our|selected|recent|featured|key|some|notable|relevant|professional|personal|technical|additional|other|core|main|current|past|full|detailed|complete)\s+/;
const LEADING = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\u20E3\s#*_=>|·•:\-–—.[\]]+/u;
const TRAILING = /[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\u20E3\s#*_=<|·•:：\-–—.[\]]+$/u;

/** Lower-cased, decoration-free form of a heading text ("💼 WORK EXPERIENCE:" → "work experience"). */
export function normalizeHeading(s: string): string {
  let t = s.normalize('NFKC').replace(/[’‘`´]/g, "'");
  if (t.length > 80) return '';
  t = t.replace(LEADING, '').replace(TRAILING, '');
  // Spaced letters: "E X P E R I E N C E".
  if (/^(?:\p{L} ){3,}\p{L}$/u.test(t)) t = t.replace(/ /g, '');
  t = t.replace(/\s*\(.*\)$/, '');
  return t
    .replace(/\s*&\s*|\s+\+\s+|\s*\/\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The section a heading text names, or null ("I have experience in Go" → null). */
export function sectionKindOf(text: string): SectionKind | null {
  let n = unaccent(normalizeHeading(text)).replace(QUALIFIER, '');
  if (!n || n.length > 60 || wordCount(n) > 7) return null;
  for (let k = 0; k < 3; k++) {
    const hit = NAMES[n];
    if (hit) return hit;
    const next = n.replace(PREFIX, '');
    if (next === n) break;
    n = next;
  }
  // "Tools I reach for", "Technologies we love": a skills word, then I/we and a short verb phrase.
  if (/^(?:tools|technologies|frameworks|stack|tech|skills)(?: and \w+)? (?:i|we)(?: \w+){1,3}$/.test(n)) return 'skills';
  // "Tools and skills", "Experience and education": every piece a section name → the first one's kind.
  const pieces = n.split(/ and |, /);
  if (pieces.length > 1 && pieces.length <= 3 && pieces.every((p) => NAMES[p] || NAMES[p.replace(PREFIX, '')])) {
    const kinds = pieces.map((p) => NAMES[p] ?? NAMES[p.replace(PREFIX, '')]!);
    return kinds.includes('skills') ? 'skills' : kinds[0]!;
  }
  return null;
}

/** How deep a heading line sits: 1..6 heading blocks, markdown "##" levels, 7 a text line, 8 a dt/term. */
export function headingRank(l: Line): number {
  if (l.kind === 'heading') return l.level;
  if (l.md) return l.md;
  if (l.kind === 'term') return 8;
  return 7;
}

export interface HeadingHit {
  kind: SectionKind;
  /** Content written on the heading line itself: "Skills: Go, Python". */
  inline?: string;
}

/** Whether a line is a section heading, and of which section. */
/** Column names of the CEFR language grid (Europass): "UNDERSTANDING", "SPEAKING", "WRITING", never sections. */
const LANGUAGE_GRID = /^(?:understanding|speaking|writing|listening|reading|spoken interaction|spoken production|self-assessment)$/i;

export function sectionHeading(l: Line): HeadingHit | null {
  if (l.marker || l.kind === 'item' || l.kind === 'value' || l.kind === 'rule') return null;
  const text = l.text;
  if (l.kind === 'term' && LANGUAGE_GRID.test(text.trim())) return null;
  if (text.length > 80) {
    return null;
  }
  const kind = sectionKindOf(text);
  if (kind) {
    if (l.kind === 'heading' || l.md || l.kind === 'term') return { kind };
    const n = normalizeHeading(text);
    // Ordinary words ("Work", "Tools") need more than a gap in plain text; an HTML paragraph of one such word is a heading.
    if (WEAK.has(n) && l.plain && !(l.underlined || l.strong || isAllCaps(text) || /[:：]\s*$/.test(text) || l.md)) return null;
    return { kind };
  }
  if (l.kind !== 'text' && l.kind !== 'term') return null;
  const lab = splitLabel(text);
  if (lab) {
    const k = sectionKindOf(lab[0]);
    if (k && k !== 'summary' && k !== 'contact' && k !== 'other' && !WEAK.has(normalizeHeading(lab[0]))) return { kind: k, inline: lab[1] };
  }
  return null;
}

// Programming vs spoken languages: decides what a "Languages" heading holds.
const PROGRAMMING =
  /(?<![\p{L}+#])(?:go|golang|python|rust|java|kotlin|sql|javascript|typescript|js|ts|c\+\+|c#|c|ruby|php|swift|scala|haskell|elixir|erlang|perl|r|matlab|dart|lua|bash|shell|html|css|objective-c|clojure|f#|julia|zig|ocaml|groovy|solidity|fortran|cobol|assembly|powershell|elm|nim|crystal|graphql|sass|scss|vhdl|verilog|prolog|lisp|scheme|racket|apex|abap|delphi|pascal|visual basic|vb\.net)(?![\p{L}\p{N}+#])/giu;
const SPOKEN =
  /(?<![\p{L}])(?:english|german|french|spanish|italian|portuguese|dutch|chinese|mandarin|cantonese|japanese|korean|hindi|arabic|russian|polish|ukrainian|turkish|swedish|norwegian|danish|finnish|greek|hebrew|czech|romanian|hungarian|vietnamese|thai|indonesian|malay|tagalog|bengali|urdu|punjabi|tamil|telugu|persian|farsi|swahili|catalan|basque|native|fluent|bilingual|proficient|proficiency|conversational|intermediate|beginner|basic|mother tongue|working knowledge|[abc][12]|espa[nñ]ol|ingl[eé]s|alem[aá]n|franc[eé]s|portugu[eé]s|italiano|nativ[oa]|materno|b[aá]sico|avanzado|deutsch|englisch|spanisch|franz[oö]sisch|italienisch|muttersprache|flie[sß]end|grundkenntnisse|anglais|fran[cç]ais|espagnol|allemand|italien|langue maternelle|courant|ingl[eê]s|alem[aã]o|espanhol|fluente|inglese|tedesco|spagnolo|francese|madrelingua)(?![\p{L}\p{N}])/giu;

/** True when every item names a spoken language, with or without a level ("Arabic (native)", "English C1"). */
export function spokenOnly(items: readonly string[]): boolean {
  if (!items.length) return false;
  return items.every((t) => {
    if (t.length > 60) return false;
    const rest = t.replace(/\([^)]*\)/g, ' ').replace(SPOKEN, ' ').replace(/[\s,:–—-]+/g, '');
    SPOKEN.lastIndex = 0;
    const named = SPOKEN.test(t);
    SPOKEN.lastIndex = 0;
    return named && !rest;
  });
}

/** True when texts listed under "Languages" are programming languages. */
export function programmingLanguages(texts: readonly string[]): boolean {
  let prog = 0;
  let spoken = 0;
  for (const t of texts) {
    if (t.length > 400) continue;
    PROGRAMMING.lastIndex = 0;
    SPOKEN.lastIndex = 0;
    while (PROGRAMMING.exec(t)) prog++;
    while (SPOKEN.exec(t)) spoken++;
  }
  return prog > spoken;
}

interface Open extends Section {
  rank: number;
  caps: boolean;
  md: number;
}

const ENTRY_KINDS = new Set<SectionKind>(['experience', 'education', 'projects', 'certifications', 'volunteering', 'publications', 'awards']);

/** Text under a heading until the next heading-like line (for deciding what a "Languages" heading holds). */
function contentAfter(lines: readonly Line[], k: number, inline?: string): string[] {
  const out: string[] = inline ? [inline] : [];
  for (let j = k + 1; j < lines.length && j <= k + 8; j++) {
    const l = lines[j]!;
    if (l.kind === 'heading' || sectionKindOf(l.text)) break;
    out.push(l.text);
  }
  return out;
}

/** A synthetic body line for content written on the heading line ("Skills: Go, Python"). */
function inlineLine(l: Line, text: string): Line {
  return { ...l, kind: 'text', text, raw: text, level: 0, md: 0, marker: false, strong: false, underlined: false, gap: false, label: false, _date: undefined, _complete: undefined };
}

/** True for a line that describes the section instead of starting an entry ("Work history, roles, and key accomplishments"). */
function isSubtitle(l: Line, next: Line | undefined, heading: Line | null): boolean {
  if (l.kind !== 'text' || l.marker || l.strong || l.text.length > 100) return false;
  if (/^\(.*\)$/.test(l.text)) return true;
  if (dateOf(l) || roleScore(l.text) > 0 || institutionScore(l.text) > 0) return false;
  if (wordCount(l.text) > 12 || /[.!?]$/.test(l.text)) return false;
  if (!next) return false;
  const headingLevel = heading?.kind === 'heading' ? heading.level : 0;
  if (next.kind === 'heading' && (!headingLevel || next.level > headingLevel)) return true;
  if (next.strong || next.md) return true;
  // "Degrees, certifications, and relevant coursework": a lower-case run of nouns.
  return /,/.test(l.text) && /\band\b/.test(l.text) && /^[\p{Lu}][\p{Ll}]/u.test(l.text) && !/[\p{Lu}]/u.test(l.text.slice(1));
}

const COLUMN_NAMES = new Set(
  (
    'role|title|job title|position|company|employer|organization|organisation|when|dates|date|years|year|period|duration|from|to|start|end|' +
    'school|institution|university|degree|qualification|field|major|location|place|city|where|grade|gpa|team|' +
    'area|category|skill|skills|tools|technologies|level|proficiency|competency|employer name|company name|job|job title|organisation name'
  ).split('|'),
);
const isColumnName = (t: string) => COLUMN_NAMES.has(t.trim().replace(/[:*_]+/g, '').trim().toLowerCase());
/**
 * How many lines at k form a table header row: th cells ("School", "Degree", "Years" as terms) or one line of
 * cells ("Role | Company | When"), at least two, every one a column name; 0 otherwise.
 */
export function headerRowLength(lines: readonly Line[], k: number): number {
  const l = lines[k]!;
  if (l.text.length > 80) return 0;
  const cells = l.text.split(/\s*(?:\||\t)\s*|\s{3,}/).filter(Boolean);
  if (cells.length >= 2 && cells.every(isColumnName)) return 1;
  if (l.kind !== 'term' || !isColumnName(l.text)) return 0;
  let j = k;
  while (j < lines.length && lines[j]!.kind === 'term' && isColumnName(lines[j]!.text)) j++;
  if (j - k < 2) return 0;
  // The rest of the same row of th cells ("Current", "Areas" after "Role", "Company", "Dates"): names too.
  let e = j;
  while (e < lines.length && e - k < 12 && lines[e]!.kind === 'term' && lines[e]!.group === l.group && lines[e]!.text.length <= 30 && !/\d/.test(lines[e]!.text)) e++;
  return e < lines.length && lines[e]!.kind === 'term' ? j - k : e - k;
}

/** "Page 1 of 2", "- 2 -", "Page 3": a printed page's footer. */
const PAGE_NUMBER = /^(?:page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*\/\s*\d{1,3})$/i;
const UPDATED = /^(?:(?:page|cv|resume|résumé)\s+)?(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?\s*[:：]?\s*/i;
const REFERENCES = /^references?\s+(?:are\s+)?(?:available\s+)?(?:(?:up)?on\s+request)?\.?$/i;
/** A printed page's number ("Page 1 of 2"): skipped wherever it falls, the section goes on across it. */
export const isPageNumber = (text: string) => text.length <= 30 && PAGE_NUMBER.test(text.trim());

/** A line that dates or closes the page ("Last updated: October 2026", "Updated 3 Mar 2025", "References available on request"). */
export function isPageFooter(text: string): boolean {
  const t = text.trim().replace(/^[*_(\[]+|[*_)\]]+$/g, '');
  if (t.length > 60) return false;
  if (REFERENCES.test(t)) return /\s/.test(t);
  const u = UPDATED.exec(t);
  if (!u) return false;
  // "Updated …" must date the page: only a date follows ("Updated CI pipelines in 2021" is work done).
  const rest = t.slice(u[0].length).replace(/[.\s]+$/, '');
  return !rest ? /last/i.test(t) : !!parsePartialDate(rest);
}

/**
 * An ordinary word alone on a plain-text line after a blank line ("Work", "Roles") names an entry section when
 * the next line is a dated entry ("Acme (2019–2021): Engineer").
 */
function weakEntryHeading(l: Line, next: Line | undefined): HeadingHit | null {
  if (!l.plain || !l.gap || l.marker || l.text.length > 30 || !next || next.marker || !dateOf(next)) return null;
  const kind = sectionKindOf(l.text);
  return kind && ENTRY_KINDS.has(kind) ? { kind } : null;
}

/**
 * A heading at the section title's own level that is one of its entries, not the next section (a blog theme
 * styles "Experience" and "Lead Designer @ Acme" alike): an entry section, a heading that names a role, a school or
 * a degree, with a date line right above or below it.
 */
export function entryHeading(lines: readonly Line[], k: number, kind: SectionKind): boolean {
  const l = lines[k]!;
  if (!ENTRY_KINDS.has(kind) || l.text.length > 120 || sectionKindOf(l.text)) return false;
  const t = l.text;
  if (!(roleScore(t) > 0 || institutionScore(t) > 0 || degreeScore(t) > 0 || /\s(?:@|at)\s+\p{Lu}/u.test(t))) return false;
  for (const j of [k - 1, k - 2, k + 1, k + 2]) {
    const o = lines[j];
    if (o && o.kind !== 'heading' && dateOf(o) && o.text.length <= 60) return true;
  }
  return false;
}

/** Splits lines into the header and the known sections. */
export function findSections(lines: readonly Line[]): Layout {
  const layout: Layout = { header: [], sections: [] };
  let cur: Open | null = null;
  let seen = false;
  let justOpened = false;
  // A heading the finder does not know, after the sections began: its lines are kept for guessSections.
  const openUnknown = (l: Line) => {
    cur = { kind: 'unknown', title: l.text, heading: l, lines: [], rank: headingRank(l), caps: isAllCaps(l.text), md: l.md };
  };
  const close = () => {
    if (cur) layout.sections.push({ kind: cur.kind, title: cur.title, heading: cur.heading, lines: cur.lines, ...(cur.columns ? { columns: cur.columns } : {}) });
    cur = null;
  };
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const hit = sectionHeading(l) ?? weakEntryHeading(l, lines[k + 1]);
    if (hit) {
      let kind = hit.kind;
      const rank = headingRank(l);
      const c = cur as Open | null;
      if (kind === 'languages') {
        // A "Languages" row or sub-label inside Skills is judged by its own content only (its cell, its line).
        const nested = c && c.kind === 'skills' && rank > c.rank;
        const own = nested ? (hit.inline ? [hit.inline] : contentAfter(lines, k).slice(0, 1)) : contentAfter(lines, k, hit.inline);
        if (programmingLanguages(own)) kind = 'skills';
      }
      // A skills group nested in Skills ("Skills > Languages", "Skills > Tools").
      if (c && c.kind === 'skills' && kind === 'skills' && (rank > c.rank || (rank >= 7 && c.rank >= 7 && rank === c.rank))) {
        l.label = true;
        c.lines.push(l);
        if (hit.inline) c.lines.push(inlineLine(l, hit.inline));
        continue;
      }
      close();
      seen = true;
      cur = { kind, title: l.text.replace(/[:：]\s*$/, ''), heading: l, lines: [], rank, caps: isAllCaps(l.text), md: l.md };
      if (hit.inline) cur.lines.push(inlineLine(l, hit.inline));
      justOpened = !hit.inline;
      continue;
    }
    // A table's header row ("School | Degree | Years" as th cells or one line) names columns, it is never a record.
    const row = headerRowLength(lines, k);
    if (row) {
      const c = cur as Open | null;
      if (c && !c.lines.length && !c.columns)
        c.columns = row === 1 ? l.text.split(/\s*(?:\||\t)\s*|\s{3,}/).filter(Boolean) : lines.slice(k, k + row).map((h) => h.text);
      k += row - 1;
      continue;
    }
    if (isPageNumber(l.text)) continue;
    // "Last updated: October 2026", "References available on request": page furniture, never content; ends the section.
    if (isPageFooter(l.text)) {
      close();
      justOpened = false;
      continue;
    }
    const c = cur as Open | null;
    if (c) {
      let ends = false;
      if (l.kind === 'heading') {
        if (c.rank <= 6) ends = l.level < c.rank || (l.level === c.rank && !entryHeading(lines, k, c.kind));
        else if (c.rank === 8) ends = true;
        else ends = l.level <= 2;
      } else if (l.kind === 'term' && (c.rank === 8 || (l.section !== c.heading?.section && c.lines.length > 0))) ends = true;
      else if (l.md && c.md && l.md <= c.md) ends = true;
      else if (
        l.plain &&
        !l.marker &&
        (l.underlined || (c.caps && l.gap && isAllCaps(l.text))) &&
        wordCount(l.text) <= 4 &&
        !/\d/.test(l.text) &&
        roleScore(l.text) === 0 &&
        l.indent <= (c.heading?.indent ?? 0)
      )
        ends = true;
      if (ends) {
        close();
        justOpened = false;
        if (l.kind === 'heading' || l.md) openUnknown(l);
        continue;
      }
      if (justOpened && ENTRY_KINDS.has(c.kind) && isSubtitle(l, lines[k + 1], c.heading)) {
        justOpened = false;
        continue;
      }
      justOpened = false;
      c.lines.push(l);
    } else if (!seen) layout.header.push(l);
    else if ((l.kind === 'heading' || l.md) && l.text.length <= 80) openUnknown(l);
  }
  close();
  liftSidebarHeader(layout);
  guessSections(layout);
  layout.sections = layout.sections.filter((s) => s.kind !== 'unknown');
  return layout;
}

const SIDEBAR_KINDS = new Set<SectionKind>(['contact', 'skills', 'languages', 'certifications', 'awards', 'publications', 'interests', 'other']);
const MAIN_KINDS = new Set<SectionKind>(['summary', 'experience', 'education']);

/**
 * Sidebar first (LinkedIn's "Save to PDF" text, two-column CVs read left column first): the page opens with
 * sections (Contact, Top Skills, Languages …) and the person's name block sits at the end of the last sidebar
 * section, right before the first main section: a name line, a headline (wrapped over one to three lines)
 * and usually a place. That block is the page header; the headline's wrapped lines are joined.
 */
function liftSidebarHeader(layout: Layout): void {
  // Only when the page opens with its sections: nothing but contact details before them.
  if (layout.header.some((l) => !isContactLine(l.text))) return;
  const known = layout.sections.filter((s) => s.kind !== 'unknown');
  const m = known.findIndex((s) => MAIN_KINDS.has(s.kind));
  if (m < 1 || !known.slice(0, m).every((s) => SIDEBAR_KINDS.has(s.kind))) return;
  const side = known[m - 1]!;
  const ls = side.lines;
  for (let n = ls.length - 1; n >= 0 && n >= ls.length - 5; n--) {
    const l = ls[n]!;
    if (l.marker || l.kind === 'item' || !looksLikeName(l.text)) continue;
    const rest = ls.slice(n + 1);
    if (!rest.length || rest.some((r) => r.marker || r.text.length > 120)) return;
    const last = rest[rest.length - 1]!;
    const place = rest.length > 1 && looksLikeLocation(last.text);
    const headline = place ? rest.slice(0, -1) : rest;
    if (headline.length > 3 || (!place && !headline.some((h) => roleScore(h.text) > 0))) return;
    let text = '';
    for (const h of headline) text = !text ? h.text : /\p{L}-$/u.test(text) ? text + h.text : `${text} ${h.text}`;
    const header: Line[] = [l];
    if (text) header.push({ ...headline[0]!, text, raw: text, _date: undefined, _complete: undefined });
    if (place) header.push(last);
    layout.header.push(...header);
    side.lines = ls.slice(0, n);
    return;
  }
}
