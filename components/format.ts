/** Display formatting for the panel: pure functions over lib/i18n messages. */
import { t, tn, type MessageKey } from '../lib/i18n';
import type { DegreeLevel, ExtractionMethod, Seniority, SkillCategory } from '../lib/schema/profile';

const MONTHS: readonly MessageKey[] = ['monthJan', 'monthFeb', 'monthMar', 'monthApr', 'monthMay', 'monthJun', 'monthJul', 'monthAug', 'monthSep', 'monthOct', 'monthNov', 'monthDec'];

/** "2018-12" → "Dec 2018"; "2019" → "2019"; null → "?" */
export function formatPartialDate(d: string | null): string {
  if (!d) return t('dateUnknown');
  const [y, m] = d.split('-');
  if (!m) return y!;
  const key = MONTHS[Number(m) - 1];
  return `${key ? t(key) : m} ${y}`;
}

export function formatRange(start: string | null, end: string | null, current: boolean): string {
  if (!start && !end && !current) return '';
  return t('dateRange', [formatPartialDate(start), current ? t('datePresent') : formatPartialDate(end)]);
}

/** 27 → "2 yrs 3 mos"; 12 → "1 yr"; 5 → "5 mos". */
export function formatMonths(months: number | null): string {
  if (months === null || months === undefined) return '';
  const y = Math.floor(months / 12);
  const m = months % 12;
  if (!y) return tn('durationMonths', m);
  if (!m) return tn('durationYears', y);
  return t('durationYearsMonths', [tn('durationYears', y), tn('durationMonths', m)]);
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => [...w.replace(/^[^\p{L}]+/u, '')][0]?.toUpperCase() ?? '').join('') || '?';
}

/** One formatter for every date: toLocaleDateString builds a new one per call (about 1 ms each: 200 library rows took 200 ms). */
let dayFormat: Intl.DateTimeFormat | null = null;

export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  dayFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  return dayFormat.format(d);
}

/** "Title at Company", or the title alone. */
export const roleText = (r: { title: string; company: string }) => (r.company ? t('roleAtCompany', [r.title, r.company]) : r.title);

const SENIORITY: Record<Seniority, MessageKey> = {
  intern: 'seniorityIntern',
  junior: 'seniorityJunior',
  mid: 'seniorityMid',
  senior: 'senioritySenior',
  staff: 'seniorityStaff',
  principal: 'seniorityPrincipal',
  lead: 'seniorityLead',
  manager: 'seniorityManager',
  director: 'seniorityDirector',
  vp: 'seniorityVp',
  'c-level': 'seniorityCLevel',
  founder: 'seniorityFounder',
};
export const seniorityLabel = (s: readonly Seniority[]) => s.map((x) => t(SENIORITY[x])).join(', ');

const DEGREE: Record<DegreeLevel, MessageKey> = {
  secondary: 'degreeSecondary',
  associate: 'degreeAssociate',
  bachelor: 'degreeBachelor',
  master: 'degreeMaster',
  doctorate: 'degreeDoctorate',
  certificate: 'degreeCertificate',
};
export const degreeLabel = (d: DegreeLevel) => t(DEGREE[d]);

const SITES: Record<string, MessageKey> = { himalayas: 'siteHimalayas', generic: 'siteGeneric', text: 'siteText', jsonresume: 'siteJsonresume' };
/** A profile's source site for people: known sites by name, others as stored. */
export const siteLabel = (site: string) => (Object.hasOwn(SITES, site) ? t(SITES[site]!) : site);

const METHODS: Record<ExtractionMethod, MessageKey> = {
  'site-adapter': 'methodSiteAdapter',
  'json-ld': 'methodJsonLd',
  microdata: 'methodMicrodata',
  microformats: 'methodMicroformats',
  meta: 'methodMeta',
  generic: 'methodGeneric',
  text: 'methodText',
  user: 'methodUser',
};
export const methodLabel = (m: ExtractionMethod) => t(METHODS[m]);

const CATEGORIES: Record<SkillCategory, MessageKey> = {
  languages: 'categoryLanguages',
  frontend: 'categoryFrontend',
  backend: 'categoryBackend',
  data: 'categoryData',
  'ml-ai': 'categoryMlAi',
  'cloud-infrastructure': 'categoryCloudInfrastructure',
  devops: 'categoryDevops',
  testing: 'categoryTesting',
  mobile: 'categoryMobile',
  design: 'categoryDesign',
  product: 'categoryProduct',
  management: 'categoryManagement',
  practices: 'categoryPractices',
  other: 'categoryOther',
};
export const categoryLabel = (c: SkillCategory) => t(CATEGORIES[c]);
