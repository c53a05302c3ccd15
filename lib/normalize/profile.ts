/**
 * RawProfile (fields as written) → Profile (the schema): dates parsed,
 * durations computed, degrees classified, places coded, skills matched
 * against the taxonomy with their evidence, totals computed. Pure; `now` is a
 * parameter so results are reproducible.
 */
import type { Detection } from '../detect/sites';
import type { Education, ExtractionMethod, Experience, Profile, Skill, SkillSource } from '../schema/profile';
import { SCHEMA_VERSION } from '../schema/profile';
import type { RawProfile } from '../extract/types';
import { monthsBetween, mergeRanges, parseDateRange, parsePartialDate, parseStatedDuration, checkStatedDuration } from './dates';
import { parseDegree } from './education';
import { countryCode, countryCodes } from './places';
import { canonicalSkill, matchSkills, skillCategory } from './skills/match';
import { safeUrl } from './urls';
import { careerInsights, careerStats, indexToDate, span } from './stats';
import { companyKey, isInternship, titleFunction, titleSeniority } from './titles';
import { capText } from './text';

export interface NormalizeInput {
  raw: RawProfile;
  provenance: Record<string, ExtractionMethod>;
  detection: Detection | null;
  pageUrl: string;
  canonical: string | null;
  now: Date;
}

/** Zero-width characters and bidi controls: never useful in a field, sometimes hostile ("‮gnp.exe"). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
const clean = (s: string | null | undefined, max: number) => {
  const t = (s ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return t ? capText(t, max) : null;
};
const cleanBlock = (s: string | null | undefined, max: number) => {
  const t = (s ?? '').replace(INVISIBLE, '').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return t ? capText(t, max) : null;
};

/**
 * Dates of an entry: structured hints first, then the range as written. `current` (the source says the role is
 * held now, e.g. JSON-LD worksFor) makes an entry without an end current, even when no start is known.
 */
function dates(text: string | null | undefined, startHint: string | null | undefined, endHint: string | null | undefined, now: Date, current = false) {
  if (startHint || endHint) {
    const start = startHint ? parsePartialDate(startHint)?.date ?? null : null;
    const end = endHint ? parsePartialDate(endHint)?.date ?? null : null;
    // Structured dates get the same checks as written ones (a reversed range is swapped, a future start warned).
    if (start && endHint && !end) return { start, end: null, current: false, warnings: [] as string[] };
    if (start) return parseDateRange(`${start} – ${end ?? 'Present'}`, now);
    if (end) return { start: null, end, current: false, warnings: [] as string[] };
  }
  if (!text) return { start: null, end: null, current, warnings: [] as string[] };
  const d = parseDateRange(text, now);
  return current && !d.end && !d.current ? { ...d, current: true } : d;
}

/** Employment types that make a role an internship ("Internship", "Praktikum", "Prácticas", "Stage", "Estágio" …). */
const INTERN_TYPE =
  /(?<![\p{L}])(?:intern(?:ship)?|trainee(?:ship)?|apprentice(?:ship)?|praktikum|werkstudent(?:in)?|duales studium|practicas|pasantia|becari[oa]|beca|estagio|tirocinio|stage|alternance|apprentissage|apprendistato|co-?op)(?![\p{L}])/u;
function internshipType(type: string | null | undefined): boolean {
  if (!type) return false;
  return INTERN_TYPE.test(type.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
}

/** Stable profile id: "<site>:<profileId>"; pages without a site use their URL. */
export function profileIdentity(detection: Detection | null, pageUrl: string, canonical: string | null) {
  if (detection) return { site: detection.site, profileId: detection.profileId, url: detection.url };
  // Pasted text has no page: its id is a hash of the text ("text:<hash>").
  if (/^text:[a-z0-9]+$/.test(pageUrl)) return { site: 'text', profileId: pageUrl.slice(5), url: '' };
  // rel=canonical only when it names the page's own host: another site cannot take someone's id.
  const page = safeUrl(pageUrl);
  const canon = safeUrl(canonical);
  const url = canon && page && new URL(canon).host === new URL(page).host ? canon : page ?? canon;
  let profileId = 'page';
  if (url) {
    const u = new URL(url);
    profileId = (u.host + u.pathname).replace(/\/+$/, '').toLowerCase();
  }
  return { site: 'generic', profileId, url: url ?? '' };
}

/** Words before an employer's name that say it is the employer: "at Intercom", "joined Stripe", "after Zalando". */
const EMPLOYER_CUE = /(?:^|[^\p{L}])(?:at|@|joined|joining|join|rejoined|left|leaving|after|before|from|for|worked for|working for|work for)\s+(?:the\s+)?$/iu;

/**
 * True when a skill match in free text names one of the profile's employers rather than a technology: the
 * matched words lie inside an occurrence of an employer's name that is longer than the match ("Snowflake
 * Computing"), or that follows an employer cue ("taking a break after Intercom", "joined Stripe").
 */
export function isEmployerMention(text: string, index: number, length: number, employers: EmployerIndex | readonly string[], lower = text.toLowerCase()): boolean {
  const idx = Array.isArray(employers) ? employerIndex(employers) : (employers as EmployerIndex);
  if (!idx.size) return false;
  const span = lower.slice(index, index + length);
  const first = /[\p{L}\p{N}]+/u.exec(span)?.[0];
  if (!first) return false;
  for (const emp of idx.get(first) ?? []) {
    if (!emp.includes(span)) continue;
    let k = lower.indexOf(emp, Math.max(0, index + length - emp.length));
    while (k >= 0 && k <= index) {
      const end = k + emp.length;
      const bounded = !/[\p{L}\p{N}]/u.test(lower[k - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lower[end] ?? ' ');
      if (bounded && end >= index + length) {
        if (emp.length > span.length) return true;
        if (EMPLOYER_CUE.test(text.slice(Math.max(0, k - 24), k))) return true;
      }
      k = lower.indexOf(emp, k + 1);
    }
  }
  return false;
}

/** Lower-cased employer names by each word they contain, so a match only looks at the names sharing its first word. */
export type EmployerIndex = Map<string, string[]>;
export function employerIndex(employers: readonly string[]): EmployerIndex {
  const idx: EmployerIndex = new Map();
  for (const emp of employers) {
    for (const w of new Set(emp.match(/[\p{L}\p{N}]+/gu) ?? [])) {
      const list = idx.get(w);
      if (list) list.push(emp);
      else idx.set(w, [emp]);
    }
  }
  return idx;
}

/** Skills as they are found, with where each was named. */
class SkillBag {
  private map = new Map<string, Skill>();
  private evidenceSeen = new Map<string, Set<string>>();
  private employers: EmployerIndex;
  /** Lower-cased names of the profile's employers (see isEmployerMention). */
  constructor(employers: readonly string[] = []) {
    this.employers = employerIndex(employers);
  }
  add(name: string, source: SkillSource, evidence: string, category = skillCategory(name), via: string | null = null) {
    const key = name.toLowerCase();
    const s = this.map.get(key) ?? { name, category, sources: [], mentions: 0, evidence: [], months: null, lastUsed: null, via };
    if (!s.sources.includes(source)) s.sources.push(source);
    // Evidence is looked up in a set: a big page adds tens of thousands of mentions.
    let seen = this.evidenceSeen.get(key);
    if (!seen) this.evidenceSeen.set(key, (seen = new Set()));
    if (!seen.has(evidence) && s.evidence.length < 100) {
      seen.add(evidence);
      s.evidence.push(evidence);
    }
    if (!via) s.via = null;
    s.mentions++;
    this.map.set(key, s);
  }
  addText(text: string | null | undefined, source: SkillSource, evidence: string = source): string[] {
    if (!text) return [];
    const names: string[] = [];
    let lower: string | undefined;
    for (const m of matchSkills(text)) {
      if (this.employers.size && isEmployerMention(text, m.index, m.length, this.employers, (lower ??= text.toLowerCase()))) continue;
      this.add(m.name, source, evidence, m.category, m.via ?? null);
      if (!names.includes(m.name)) names.push(m.name);
    }
    return names;
  }
  /** Months of use (union of the dated roles naming the skill) and last use; ranked. */
  finish(experience: Experience[], now: Date): Skill[] {
    for (const s of this.map.values()) {
      const roles = experience.filter((e) => e.skills.includes(s.name) && span(e, now));
      if (!roles.length) continue;
      s.months = mergeRanges(roles, now);
      s.lastUsed = indexToDate(Math.max(...roles.map((r) => span(r, now)![1])));
    }
    // Listed first, then by months of use, then by mentions.
    return [...this.map.values()].sort(
      (a, b) => +b.sources.includes('listed') - +a.sources.includes('listed') || (b.months ?? -1) - (a.months ?? -1) || b.mentions - a.mentions,
    );
  }
}

/** Share of what a full profile has: name, headline, dated experience, education, skills, location, summary. */
function completeness(raw: RawProfile, experience: Experience[], education: Education[], location: string | null): number {
  const parts = [
    !!raw.name,
    !!raw.headline,
    experience.length > 0,
    experience.length > 0 && experience.every((e) => e.start),
    education.length > 0,
    (raw.skills?.length ?? 0) > 0 || experience.some((e) => e.skills.length),
    !!location,
    !!raw.summary,
  ];
  return Math.round((parts.filter(Boolean).length / parts.length) * 100) / 100;
}

const COPYRIGHT = /©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b/i;

/**
 * A chip's count beside a listed skill ("14", "(23)", "12 endorsements", "+3", "endorsed by 5"): a number about the
 * skill, never a skill. A count written after the skill in the same label ("Go, 17 endorsements") is cut off.
 */
const COUNT_WORDS = '(?:endorsements?|endorsed|votes?|likes?|recommendations?|recommandations?|recomendaciones?|upvotes?)';
const COUNT_ONLY = new RegExp(`^(?:[(+×x]?\\s*\\d[\\d,.]*\\s*[+)]?(?:\\s+${COUNT_WORDS})?|${COUNT_WORDS}(?:\\s+by)?\\s+\\d[\\d,.]*(?:\\s+\\w+)?)$`, 'i');
const COUNT_AFTER = new RegExp(`\\s*(?:[·•|]\\s*\\d[\\d,.]*\\+?|\\(\\d[\\d,.]*\\+?\\)|[,·•|(-]?\\s*\\d[\\d,.]*\\+?\\s+${COUNT_WORDS}\\)?)$`, 'i');
export function listedSkillLabel(label: string): string | null {
  const t = label.trim();
  if (COUNT_ONLY.test(t)) return null;
  return t.replace(COUNT_AFTER, '');
}

export function normalizeProfile(input: NormalizeInput): Profile {
  const { raw, now } = input;
  // Field paths in dot form ("experience.0.title"), the form corrections use.
  const warnings: Profile['warnings'] = [...(raw.unsure ?? [])].map((u) => ({ field: u.field.replace(/\[(\d+)\]/g, '.$1'), message: u.message }));
  // Employers are not skills: "Support Engineer at Intercom", "a break after Intercom" (listed skills still count).
  const employers = [...new Set((raw.experience ?? []).map((e) => (e.company ?? '').trim().toLowerCase()).filter((c) => c.length >= 2 && c.length <= 100))].slice(0, 500);
  const bag = new SkillBag(employers);

  for (const written of raw.skills ?? []) {
    const label = listedSkillLabel(written);
    // A copyright or footer line ("© 2026 Acme", "All rights reserved") is never a skill; nor is a chip's count.
    if (label === null || COPYRIGHT.test(label)) continue;
    const known = canonicalSkill(label);
    if (known) {
      bag.add(known.name, 'listed', 'listed', known.category);
      continue;
    }
    const found = matchSkills(label);
    if (found.length) for (const m of found) bag.add(m.name, 'listed', 'listed', m.category, m.via ?? null);
    else {
      const name = label.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
      if (name && name.split(' ').length <= 3 && name.length <= 40) bag.add(name, 'listed', 'listed', 'other');
    }
  }
  bag.addText(raw.headline, 'headline');
  bag.addText(raw.summary, 'summary');
  for (const p of raw.projects ?? []) bag.addText(p, 'projects');

  const experience: Experience[] = (raw.experience ?? [])
    .filter((e) => e.title || e.company)
    .map((e, i) => {
      const d = dates(e.datesText, e.startHint, e.endHint, now, e.current === true);
      for (const w of d.warnings) warnings.push({ field: `experience.${i}.dates`, message: w });
      const durationMonths = d.start ? monthsBetween(d.start, d.end, d.current, now) : null;
      const stated = clean(e.statedDuration, 200);
      if (stated && durationMonths !== null) {
        const statedMonths = parseStatedDuration(stated);
        const mismatch = statedMonths === null ? null : checkStatedDuration(statedMonths, durationMonths);
        if (mismatch) warnings.push({ field: `experience.${i}.statedDuration`, message: mismatch });
      }
      const highlights = (e.highlights ?? []).map((h) => clean(h, 5000)).filter((h): h is string => !!h).slice(0, 200);
      const description = cleanBlock(e.description, 20_000) ?? '';
      const skills = bag.addText([e.title, description, ...highlights].join('\n'), 'experience', `experience.${i}`);
      const title = clean(e.title, 500) ?? '';
      const company = clean(e.company, 500) ?? '';
      return {
        title,
        company,
        location: clean(e.location, 500),
        start: d.start,
        end: d.end,
        current: d.current,
        durationMonths,
        statedDuration: stated,
        datesText: clean(e.datesText, 500),
        description,
        highlights,
        skills: skills.slice(0, 500),
        seniority: titleSeniority(title),
        function: titleFunction(title),
        companyKey: companyKey(company).slice(0, 500),
        internship: isInternship(title) || internshipType(e.employmentType),
      };
    });

  const education: Education[] = (raw.education ?? [])
    .filter((e) => e.institution)
    .map((e, i) => {
      const d = dates(e.datesText, e.startHint, e.endHint, now);
      for (const w of d.warnings) warnings.push({ field: `education.${i}.dates`, message: w });
      const deg = e.degree ? parseDegree(e.degree) : null;
      const description = cleanBlock(e.description, 20_000) ?? '';
      bag.addText(description, 'education', `education.${i}`);
      return {
        institution: clean(e.institution, 500) ?? '',
        degree: clean(e.degree, 500),
        degreeLevel: deg?.level ?? null,
        field: clean(e.field, 500) ?? clean(deg?.field, 500),
        start: d.start,
        end: d.current ? null : d.end,
        description,
      };
    });

  const stats = careerStats(experience, now);
  const insights = careerInsights({ experience, education, texts: [['summary', raw.summary ?? null], ['headline', raw.headline ?? null]], stats, now });
  for (const w of warnings.filter((w) => w.field.endsWith('.statedDuration'))) {
    insights.push({ kind: 'duration-mismatch', message: w.message, evidence: [w.field] });
  }
  const identity = profileIdentity(input.detection, input.pageUrl, input.canonical);
  const locationText = clean(raw.location, 500);
  const links = (raw.links ?? [])
    .map((l) => ({ label: clean(l.label, 500) ?? '', url: safeUrl(l.url) }))
    .filter((l): l is { label: string; url: string } => !!l.url)
    .slice(0, 100);
  const methods = Object.values(input.provenance);
  const method = (['site-adapter', 'json-ld', 'microformats', 'generic', 'text', 'meta'] as const).find((m) => methods.includes(m)) ?? 'generic';

  return {
    schemaVersion: SCHEMA_VERSION,
    id: `${identity.site}:${identity.profileId}`.slice(0, 600),
    source: { site: identity.site, url: identity.url, profileId: identity.profileId.slice(0, 500), extractedAt: now.toISOString(), method },
    name: clean(raw.name, 500) ?? '',
    handle: clean(raw.handle ?? input.detection?.profileId, 200),
    headline: clean(raw.headline, 2000),
    summary: cleanBlock(raw.summary, 20_000),
    location: locationText ? { text: locationText, countryCode: countryCode(locationText) } : null,
    workAuthorization: countryCodes(raw.workAuthorization ?? []).slice(0, 300),
    availability: (raw.availability ?? []).map((s) => clean(s, 200)).filter((s): s is string => !!s).slice(0, 50),
    jobCategories: (raw.jobCategories ?? []).map((s) => clean(s, 200)).filter((s): s is string => !!s).slice(0, 100),
    links,
    experience: experience.slice(0, 1000),
    education: education.slice(0, 200),
    skills: bag.finish(experience, now).slice(0, 2000),
    stats,
    provenance: input.provenance,
    warnings: warnings.slice(0, 500),
    insights: insights.slice(0, 200),
    completeness: completeness(raw, experience, education, locationText),
  };
}
