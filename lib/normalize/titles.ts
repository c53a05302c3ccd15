/**
 * Job titles → seniority and function; company names → a comparison key.
 *
 * Conventions:
 * - Case- and accent-insensitive; words match whole ("Internal Tools Engineer" is not an intern).
 * - titleSeniority returns every level named, in the order they appear in the title
 *   ("Principal Engineer & Co-Founder" → ['principal', 'founder']), deduplicated.
 *   When nothing is named and the title is a practitioner title (engineer, developer,
 *   scientist, analyst, designer, product manager …) the result is ['mid']; otherwise [].
 * - Level numbers after a practitioner word ("Software Engineer II", "SWE III",
 *   "Developer 2"): I/1 → junior, II/2 → mid, III/3 → senior, IV+/4+ → staff.
 *   Roman numerals must be upper case. A level number is ignored when a word already
 *   names the level ("Senior Software Engineer II" → ['senior']).
 * - "Senior Staff"/"Senior Principal" collapse to staff/principal. "Semi-Senior",
 *   "Pleno", "Intermediate", "Mid-level" → mid. "Associate Engineer" → junior, but not
 *   "Associate Director/VP/Partner/Professor". "Head of X" → director. "Managing
 *   Director" → director. "President" and "Chief … (Officer)" → c-level, but "Chief of
 *   Staff" → manager.
 * - "Manager" is a seniority only for people managers: Product, Project, Program,
 *   Account, Community, Content, Marketing, Release, Customer Success … Managers are roles
 *   (their seniority comes from other words or defaults to mid).
 * - titleFunction, first rule that applies: people leadership (manager, director, vp,
 *   c-level) → management; then design; data-ml (incl. data engineers and analysts);
 *   research; marketing (so "Product Marketing Manager" is marketing); product; support;
 *   sales; engineering; operations (incl. project/program managers, HR, finance, legal);
 *   else other. A founder title with a practitioner word takes that word's function
 *   ("Principal Engineer & Co-Founder" → engineering); "Founder" alone → management.
 * - companyKey: folded, parentheses dropped, "&"/"and" dropped, legal-form suffixes
 *   stripped from the end (Inc, LLC, Ltd, GmbH, S.p.A., SpA, S.r.l., AG, SA, BV, NV, PLC,
 *   Corp, Corporation, Co., LP, LLP, Pty Ltd, SE, Oy, AB …; "Technologies", "Group",
 *   "Company" are kept), a leading "The" dropped, then every non-letter/digit removed:
 *   "Snap Inc." → "snap", "Playit.gg" → "playitgg", "AT&T" → "att".
 * - Never throws; inputs are cut to 500 characters.
 */
import { fold } from './dates';

export type Seniority =
  | 'intern'
  | 'junior'
  | 'mid'
  | 'senior'
  | 'staff'
  | 'principal'
  | 'lead'
  | 'manager'
  | 'director'
  | 'vp'
  | 'c-level'
  | 'founder';

export type JobFunction =
  | 'engineering'
  | 'data-ml'
  | 'design'
  | 'product'
  | 'research'
  | 'management'
  | 'operations'
  | 'sales'
  | 'marketing'
  | 'support'
  | 'other';

const MAX = 500;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const w = (body: string): RegExp => new RegExp(`${B}(?:${body})${E}`, 'u');

const ROLE_MANAGERS =
  'product|project|program|programme|account|community|social media|content|case|release|success|office|property|relationship|key account|territory|category|brand|marketing|campaign|delivery|portfolio|asset|wealth|fund';

const INTERN_BODY =
  'interns?|internship|trainee|apprentice(?:ship)?|werkstudent(?:in)?|working student|praktikant(?:in)?|stagiaire|becari[oa]|pasante|estagiari[oa]|tirocinante|stagista|practicante|alternante?|auszubildender?|azubi|co-?op(?: student)?|summer (?:analyst|associate)';

const PATTERNS: Array<[Seniority, RegExp]> = [
  ['intern', w(INTERN_BODY)],
  [
    'junior',
    w(
      'junior|jr\\.?|entry[ -]level|new grad(?:uate)?|graduate|associate(?! (?:director|vp|vice|partner|principal|professor|dean|general|manager|creative director))',
    ),
  ],
  ['mid', w('mid(?:[ -]?level)?|intermediate|semi[ -]?senior|ssr|pleno')],
  ['senior', w('(?<!semi[ -]?)(?:senior|sr\\.?|snr)(?! (?:staff|principal)(?![\\p{L}]))')],
  ['staff', w('(?<!chief of )staff')],
  ['principal', w('principal|distinguished')],
  ['lead', w('lead(?! (?:generation|gen)(?![\\p{L}]))|leader|lider|teamleiter(?:in)?|tech ?lead|team ?lead')],
  ['manager', w(`(?<!(?:${ROLE_MANAGERS}) )(?:manager|mgr|gerente)|chief of staff`)],
  ['director', w('director|directora|directeur|directrice|direttore|diretor|diretora|direktor(?:in)?|head(?! ?hunter)|(?:abteilungs|bereichs)leiter(?:in)?')],
  ['vp', w('vp|v\\.p\\.?|vice[ -]president|svp|evp|avp')],
  [
    'c-level',
    w('cto|ceo|cfo|coo|cpo|cio|cmo|cso|ciso|cro|cdo|cxo|chief(?! of staff)|(?<!vice[ -])president'),
  ],
  ['founder', w('(?:co-?)?founder|cofounder|co-fondateur|fondateur|fondatrice|fundador(?:a)?|cofundador(?:a)?|grunder(?:in)?|mitgrunder(?:in)?|fondatore|fondatrice|founding partner')],
];

const PRACTITIONER =
  /(?<![\p{L}\p{N}])(?:engineer|engineering|developer|dev|programmer|scientist|analyst|designer|architect|researcher|consultant|specialist|administrator|admin|technician|writer|swe|sde|sre|devops|tester|qa|accountant|recruiter|product manager|project manager|program manager|product owner|scrum master|coordinator|associate|officer|advisor|executive|representative|ingenieur(?:in)?|entwickler(?:in)?|ingeniero|ingeniera|desarrollador(?:a)?|ingegnere|sviluppatore|engenheiro|engenheira|desenvolvedor(?:a)?|developpeur|developpeuse)(?![\p{L}\p{N}])/u;

const ROMAN_LEVEL = /(?<=[\p{L}\p{N}.)] )(I|II|III|IV|V|VI)(?![\p{L}\p{N}])/u;
const ARABIC_LEVEL =
  /(?<=(?:engineer|developer|scientist|analyst|swe|sde|designer|programmer|researcher|architect) )([1-6])(?![\p{L}\p{N}.,%])/u;

function levelFromNumber(n: number): Seniority {
  if (n <= 1) return 'junior';
  if (n === 2) return 'mid';
  if (n === 3) return 'senior';
  return 'staff';
}

const IC_LEVELS: ReadonlySet<Seniority> = new Set<Seniority>(['junior', 'mid', 'senior', 'staff', 'principal']);

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

function prep(title: string): { raw: string; t: string } {
  const raw = typeof title === 'string' ? (title.length > MAX ? title.slice(0, MAX) : title) : '';
  const t = fold(raw).replace(/\s+/gu, ' ');
  return { raw: raw.replace(/\s+/gu, ' '), t };
}

/** Seniority levels named in a title, in order of appearance. See the file comment. */
export function titleSeniority(title: string): Seniority[] {
  const { raw, t } = prep(title);
  if (t.trim().length === 0) return [];
  const found: Array<[number, Seniority]> = [];
  for (const [level, re] of PATTERNS) {
    const m = re.exec(t);
    if (m) found.push([m.index, level]);
  }
  // A level number only counts when no word already names the IC level ("Senior Engineer II" → senior).
  if (!found.some(([, l]) => IC_LEVELS.has(l))) {
    const rm = ROMAN_LEVEL.exec(raw);
    const am = ARABIC_LEVEL.exec(t);
    if (rm && rm[1] !== undefined && PRACTITIONER.test(t)) found.push([rm.index, levelFromNumber(ROMAN[rm[1]] ?? 1)]);
    else if (am && am[1] !== undefined) found.push([am.index, levelFromNumber(Number(am[1]))]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const out: Seniority[] = [];
  for (const [, level] of found) if (!out.includes(level)) out.push(level);
  if (out.length === 0 && PRACTITIONER.test(t)) return ['mid'];
  return out;
}

const INTERN_RE = new RegExp(`${B}(?:${INTERN_BODY})${E}`, 'u');

/** True for internships, traineeships, apprenticeships, co-ops and working-student roles. */
export function isInternship(title: string): boolean {
  const { t } = prep(title);
  return INTERN_RE.test(t);
}

const FUNCTION_RULES: Array<[JobFunction, RegExp]> = [
  ['design', /(?<![\p{L}\p{N}])(?:designer|ux|ui|user experience|user interface|interaction design|visual design|graphic|illustrator|design(?! (?:engineer|verification))|disenador(?:a)?|designerin)(?![\p{L}\p{N}])/u],
  ['data-ml', /(?<![\p{L}\p{N}])(?:machine learning|ml|ai|a\.i\.|artificial intelligence|deep learning|nlp|computer vision|llms?|mlops|data scien(?:ce|tist)s?|data engineer(?:ing)?|data analyst|data analytics|data architect|data platform|big data|analytics|business intelligence|bi|statistician|quantitative|quant)(?![\p{L}\p{N}])/u],
  ['research', /(?<![\p{L}\p{N}])(?:research|researcher|scientist|postdoc(?:toral)?|phd (?:student|candidate)|professor|lecturer|forscher(?:in)?|investigador(?:a)?|ricercatore|ricercatrice|chercheur|chercheuse|pesquisador(?:a)?)(?![\p{L}\p{N}])/u],
  ['marketing', /(?<![\p{L}\p{N}])(?:marketing|growth|seo|sem|content|brand|communications?|social media|public relations|pr|copywriter|demand generation)(?![\p{L}\p{N}])/u],
  ['product', /(?<![\p{L}\p{N}])(?:product (?:manager|owner|lead|analyst|specialist|management|director|strategist|operations)|po|apm|gpm)(?![\p{L}\p{N}])/u],
  ['support', /(?<![\p{L}\p{N}])(?:support|customer success|customer service|customer care|help ?desk|service desk|customer experience)(?![\p{L}\p{N}])/u],
  ['sales', /(?<![\p{L}\p{N}])(?:sales|account executive|account manager|business development|bdr|sdr|ae|partnerships?|presales|pre-sales|solutions consultant|key account|vendedor(?:a)?|vertrieb)(?![\p{L}\p{N}])/u],
  ['engineering', /(?<![\p{L}\p{N}])(?:engineer(?:ing)?|developer|dev|programmer|swe|sde|sre|devops|software|frontend|front-end|front end|backend|back-end|back end|full ?stack|full-stack|architect|qa|tester|test automation|web|mobile|ios|android|firmware|embedded|sysadmin|system administrator|it|cloud|infrastructure|platform|security|coder|hacker|ingenieur(?:in)?|entwickler(?:in)?|ingeniero|ingeniera|desarrollador(?:a)?|ingegnere|sviluppatore|engenheiro|engenheira|desenvolvedor(?:a)?|developpeur|developpeuse|cto)(?![\p{L}\p{N}])/u],
  ['operations', /(?<![\p{L}\p{N}])(?:operations|ops|project manager|program manager|programme manager|project management|delivery manager|scrum master|hr|human resources|people|recruiter|recruiting|talent|finance|financial|accountant|accounting|legal|counsel|lawyer|paralegal|office|administrative|assistant|chief of staff|procurement|logistics|supply chain|coordinator)(?![\p{L}\p{N}])/u],
];

const LEADERSHIP: ReadonlySet<Seniority> = new Set<Seniority>(['manager', 'director', 'vp', 'c-level']);

/** The job function of a title. See the file comment for the order of rules. */
export function titleFunction(title: string): JobFunction {
  const { t } = prep(title);
  if (t.trim().length === 0) return 'other';
  const levels = titleSeniority(title);
  if (levels.some((l) => LEADERSHIP.has(l))) return 'management';
  for (const [fn, re] of FUNCTION_RULES) if (re.test(t)) return fn;
  if (levels.includes('founder')) return 'management';
  return 'other';
}

/** Legal-form suffixes (after dots are removed), longest first. */
const LEGAL_SUFFIXES = [
  'gmbh co kg', 'gmbh co kgaa', 'sa de cv', 'de cv', 's de rl', 'pty ltd', 'pty limited', 'pvt ltd', 'private limited', 'pte ltd',
  'sdn bhd', 'co ltd', 'co kg', 'ltd co',
  'incorporated', 'inc', 'llc', 'ltd', 'limited', 'gmbh', 'mbh', 'kgaa', 'kg', 'ag', 'sa', 'spa', 'srl', 'srls', 'sas', 'sarl', 'sl', 'slu',
  'bv', 'nv', 'plc', 'corp', 'corporation', 'co', 'lp', 'llp', 'pty', 'pvt', 'pte', 'bhd', 'ltda', 'lda', 'se', 'oy', 'oyj', 'ab',
  'asa', 'aps', 'kk', 'ulc', 'pllc', 'pc', 'sp z oo', 'sro', 'as',
];
const SUFFIX_RE = new RegExp(`(?:^|\\s)(?:${LEGAL_SUFFIXES.sort((a, b) => b.length - a.length).join('|')})$`, 'u');
const SUFFIX_SET = new Set(LEGAL_SUFFIXES);

/** Whether a word or two is a company's legal form ("Ltd", "GmbH", "S.p.A.", "Pty Ltd"), not a name or a place. */
export function isLegalSuffix(text: string): boolean {
  return SUFFIX_SET.has(fold(text).replace(/\./gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

/**
 * A key for comparing company names: "Snap Inc" / "Snap Inc." / "Snap" → "snap";
 * "Bloomberg LP" → "bloomberg". See the file comment.
 */
export function companyKey(name: string): string {
  if (typeof name !== 'string') return '';
  const raw = name.length > MAX ? name.slice(0, MAX) : name;
  let s = fold(raw)
    .replace(/\([^()]*\)|\[[^[\]]*\]/gu, ' ')
    .replace(/\./gu, '')
    .replace(/&|(?<![\p{L}\p{N}])and(?![\p{L}\p{N}])/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/u, '');
  for (let i = 0; i < 4; i++) {
    const m = SUFFIX_RE.exec(s);
    if (!m || m.index === 0) break; // never strip the whole name
    s = s.slice(0, m.index).trim();
  }
  const key = s.replace(/[^\p{L}\p{N}]+/gu, '');
  if (key.length > 0) return key;
  return fold(raw).replace(/[^\p{L}\p{N}]+/gu, '');
}
