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
import { capText } from './text';

export interface NormalizeInput {
  raw: RawProfile;
  provenance: Record<string, ExtractionMethod>;
  detection: Detection | null;
  pageUrl: string;
  canonical: string | null;
  now: Date;
}

const clean = (s: string | null | undefined, max: number) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? capText(t, max) : null;
};
const cleanBlock = (s: string | null | undefined, max: number) => {
  const t = (s ?? '').replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
  return t ? capText(t, max) : null;
};

function dates(text: string | null | undefined, startHint: string | null | undefined, endHint: string | null | undefined, now: Date) {
  if (startHint || endHint) {
    const start = startHint ? parsePartialDate(startHint)?.date ?? null : null;
    const end = endHint ? parsePartialDate(endHint)?.date ?? null : null;
    const current = !!start && !endHint;
    if (start || end) return { start, end, current, warnings: [] as string[] };
  }
  if (!text) return { start: null, end: null, current: false, warnings: [] as string[] };
  return parseDateRange(text, now);
}

/** Stable profile id: "<site>:<profileId>"; pages without a site use their URL. */
export function profileIdentity(detection: Detection | null, pageUrl: string, canonical: string | null) {
  if (detection) return { site: detection.site, profileId: detection.profileId, url: detection.url };
  const url = safeUrl(canonical) ?? safeUrl(pageUrl);
  let profileId = 'page';
  if (url) {
    const u = new URL(url);
    profileId = (u.host + u.pathname).replace(/\/+$/, '').toLowerCase();
  }
  return { site: 'generic', profileId, url: url ?? '' };
}

class SkillBag {
  private map = new Map<string, Skill>();
  add(name: string, source: SkillSource, category = skillCategory(name)) {
    const key = name.toLowerCase();
    const s = this.map.get(key) ?? { name, category, sources: [], mentions: 0 };
    if (!s.sources.includes(source)) s.sources.push(source);
    s.mentions++;
    this.map.set(key, s);
  }
  addText(text: string | null | undefined, source: SkillSource): string[] {
    if (!text) return [];
    const names: string[] = [];
    for (const m of matchSkills(text)) {
      this.add(m.name, source, m.category);
      if (!names.includes(m.name)) names.push(m.name);
    }
    return names;
  }
  list(): Skill[] {
    // Listed skills first, then by mentions; stable otherwise.
    return [...this.map.values()].sort((a, b) => +b.sources.includes('listed') - +a.sources.includes('listed') || b.mentions - a.mentions);
  }
}

export function normalizeProfile(input: NormalizeInput): Profile {
  const { raw, now } = input;
  const warnings: Profile['warnings'] = [...(raw.unsure ?? [])].map((u) => ({ field: u.field, message: u.message }));
  const bag = new SkillBag();

  for (const label of raw.skills ?? []) {
    const known = canonicalSkill(label);
    if (known) {
      bag.add(known.name, 'listed', known.category);
      continue;
    }
    const found = matchSkills(label);
    if (found.length) for (const m of found) bag.add(m.name, 'listed', m.category);
    else if (label.trim().split(/\s+/).length <= 3 && label.length <= 40) bag.add(label.trim(), 'listed', 'other');
  }
  bag.addText(raw.headline, 'headline');
  bag.addText(raw.summary, 'summary');
  for (const p of raw.projects ?? []) bag.addText(p, 'projects');

  const experience: Experience[] = (raw.experience ?? [])
    .filter((e) => e.title || e.company)
    .map((e, i) => {
      const d = dates(e.datesText, e.startHint, e.endHint, now);
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
      const skills = bag.addText([e.title, description, ...highlights].join('\n'), 'experience');
      return {
        title: clean(e.title, 500) ?? '',
        company: clean(e.company, 500) ?? '',
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
      };
    });

  const education: Education[] = (raw.education ?? [])
    .filter((e) => e.institution)
    .map((e, i) => {
      const d = dates(e.datesText, e.startHint, e.endHint, now);
      for (const w of d.warnings) warnings.push({ field: `education.${i}.dates`, message: w });
      const deg = e.degree ? parseDegree(e.degree) : null;
      const description = cleanBlock(e.description, 20_000) ?? '';
      bag.addText(description, 'education');
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

  const dated = experience.filter((e) => e.start);
  const current = experience.find((e) => e.current);
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
    skills: bag.list().slice(0, 2000),
    stats: {
      totalExperienceMonths: dated.length ? mergeRanges(dated, now) : null,
      currentTitle: current?.title ?? null,
      currentCompany: current?.company ?? null,
    },
    provenance: input.provenance,
    warnings: warnings.slice(0, 500),
  };
}
