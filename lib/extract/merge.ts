/**
 * Layers merged field by field, with one explicit precedence:
 *
 * - On a known site: site adapter > JSON-LD > microformats > generic parser > meta tags.
 * - Elsewhere:       JSON-LD > microformats > generic parser > meta tags.
 *
 * Scalars and short lists take the first layer that has a value. Entry lists
 * (experience, education) take the layer whose list says the most (entries ×
 * filled fields, see `listInfo`), ties by precedence: structured layers often
 * list only the current employer, or schools by name alone (alumniOf). Listed skills and links are the union of
 * all layers. `provenance` records which layer gave each field. An experience entry
 * without dates takes them from another layer's entry with the same title and
 * company (a page lists the roles, its JSON-LD dates them, or the other way round).
 */
import type { ExtractionMethod } from '../schema/profile';
import type { RawExperience, RawProfile } from './types';

export const PRECEDENCE_SITE: ExtractionMethod[] = ['site-adapter', 'json-ld', 'microformats', 'generic', 'meta'];
export const PRECEDENCE_GENERIC: ExtractionMethod[] = ['json-ld', 'microformats', 'generic', 'meta'];

type Layer = { method: ExtractionMethod; raw: RawProfile };
const SCALARS = ['name', 'handle', 'headline', 'summary', 'location'] as const;
const SHORT_LISTS = ['workAuthorization', 'availability', 'jobCategories', 'projects'] as const;
const ENTRY_LISTS = ['experience', 'education'] as const;

const filled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim() !== '' : v != null);

export interface Merged {
  raw: RawProfile;
  provenance: Record<string, ExtractionMethod>;
}

export function mergeLayers(layers: Layer[], precedence: ExtractionMethod[]): Merged {
  const ordered = [...layers].sort((a, b) => precedence.indexOf(a.method) - precedence.indexOf(b.method));
  const raw: RawProfile = {};
  const provenance: Record<string, ExtractionMethod> = {};
  for (const key of [...SCALARS, ...SHORT_LISTS]) {
    const hit = ordered.find((l) => filled(l.raw[key]));
    if (hit) {
      (raw as Record<string, unknown>)[key] = hit.raw[key];
      provenance[key] = hit.method;
    }
  }
  if (raw.experience && provenance.experience) {
    const others = ordered.filter((l) => l.method !== provenance.experience).flatMap((l) => l.raw.experience ?? []);
    if (others.length) raw.experience = raw.experience.map((e) => withDatesFrom(e, others));
  }
  for (const key of ENTRY_LISTS) {
    // The list that says the most (entries × filled fields) wins; ties go by precedence.
    let hit = ordered.find((l) => filled(l.raw[key]));
    for (const l of ordered) if (hit && listInfo(key, l.raw) > listInfo(key, hit.raw)) hit = l;
    if (hit) {
      (raw as Record<string, unknown>)[key] = hit.raw[key];
      provenance[key] = hit.method;
    }
  }
  if (raw.experience && provenance.experience) {
    const others = ordered.filter((l) => l.method !== provenance.experience).flatMap((l) => l.raw.experience ?? []);
    if (others.length) raw.experience = raw.experience.map((e) => withDatesFrom(e, others));
  }
  const skills = ordered.flatMap((l) => l.raw.skills ?? []);
  if (skills.length) {
    raw.skills = [...new Set(skills)];
    provenance.skills = ordered.find((l) => filled(l.raw.skills))!.method;
  }
  const seen = new Set<string>();
  raw.links = ordered.flatMap((l) => l.raw.links ?? []).filter((l) => !seen.has(l.url) && !!seen.add(l.url));
  raw.unsure = ordered.flatMap((l) => (l.raw.unsure ?? []).filter((u) => provenance[u.field.split(/[.[]/)[0]!] === l.method));
  return { raw, provenance };
}

const some = (...v: unknown[]) => v.some(filled);
/**
 * How much an entry list says: each entry counts 1, plus 1 for each of dates, title with company (experience),
 * degree or field (education). A name-only alumniOf list loses to visible entries with degrees and years.
 */
export function listInfo(key: (typeof ENTRY_LISTS)[number], raw: RawProfile): number {
  if (key === 'experience')
    return (raw.experience ?? []).reduce((n, e) => n + 1 + (some(e.datesText, e.startHint, e.endHint) || e.current ? 1 : 0) + (some(e.title) && some(e.company) ? 1 : 0), 0);
  return (raw.education ?? []).reduce((n, e) => n + 1 + (some(e.datesText, e.startHint, e.endHint) ? 1 : 0) + (some(e.degree, e.field) ? 1 : 0), 0);
}

const key = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const hasDates = (e: RawExperience) => !!(e.datesText || e.startHint || e.endHint);

/** The entry with dates (and the "held now" flag) from a matching dated entry of another layer, when it has none. */
function withDatesFrom(e: RawExperience, others: RawExperience[]): RawExperience {
  if (hasDates(e) || !e.title || !e.company) return e;
  const t = key(e.title);
  const c = key(e.company);
  const m = others.find((o) => key(o.title) === t && key(o.company) === c && (hasDates(o) || o.current));
  if (!m) return e;
  const out: RawExperience = { ...e };
  if (m.datesText) out.datesText = m.datesText;
  if (m.statedDuration && !out.statedDuration) out.statedDuration = m.statedDuration;
  if (m.startHint) out.startHint = m.startHint;
  if (m.endHint) out.endHint = m.endHint;
  if (m.current && !m.endHint) out.current = true;
  return out;
}
