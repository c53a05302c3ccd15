/**
 * Importing files into the library: our export envelope (with its optional
 * `library` notes/tags) and JSON Resume documents. Parsing is pure and never
 * throws: untrusted text goes through safeJsonParse (no prototype keys,
 * depth ≤ 64), then zod; a bad file gives one clear
 * line and nothing is written.
 * previewImport counts what would happen; commitImport writes everything in
 * one transaction (updated records get a history entry).
 */
import * as z from 'zod';
import { safeJsonParse } from '../extract/structured/safe-json';
import {
  CountryCode,
  PartialDate,
  ProfileSchema,
  SafeUrl,
  SCHEMA_VERSION,
  SkillCategory,
  type DegreeLevel,
  type Education,
  type Experience,
  type Profile,
  type Skill,
} from '../schema/profile';
import { CATEGORY_LABELS, emailFromMailto, LibraryAnnotationSchema, type LibraryAnnotation } from './export';
import { fold, sealValidatedProfile, zodReason } from './records';
import type { ImportCounts, ProfileRepository } from './repository';

export type ImportFormat = 'profile-lens.export' | 'jsonresume';

export type ParsedImport =
  | {
      ok: true;
      format: ImportFormat;
      /** Validated and deep-frozen (read-only): commitImport writes them without parsing them again. */
      profiles: Profile[];
      /** Entries of the file that were left out, with why (index into the file's profile list). */
      rejected: Array<{ index: number; reason: string }>;
      /** Notes, tags, corrections and dates from an export's `library` list, by profile id. */
      annotations: Map<string, LibraryAnnotation>;
    }
  | { ok: false; reason: string };

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const oneLine = (s: string, max = 300) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};
const fail = (reason: string): ParsedImport => ({ ok: false, reason: oneLine(reason) });

const ASCII_RUN = /[\x00-\x7f]+/y;

/** UTF-8 size of a string, counting only until `limit` is passed. Runs of ASCII are skipped by a (native) regex scan. */
export function utf8BytesOver(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    ASCII_RUN.lastIndex = i;
    if (ASCII_RUN.test(text)) {
      bytes += ASCII_RUN.lastIndex - i;
      if (bytes > limit) return true;
      i = ASCII_RUN.lastIndex;
      if (i >= text.length) break;
    }
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads an import file's text. Never throws. */
export function parseImport(text: string, opts: { maxBytes?: number; now?: Date } = {}): ParsedImport {
  if (typeof text !== 'string') return fail('Nothing to import: the file could not be read as text.');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (utf8BytesOver(text, maxBytes)) return fail(`The file is too large to import (the limit is ${Math.round(maxBytes / 1024 / 1024) || '<1'} MB).`);
  if (!text.trim()) return fail('The file is empty.');

  const doc = safeJsonParse(text.replace(/^\uFEFF/, ''));
  if (doc === undefined) {
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return fail(`The file is not valid JSON (it may be truncated or not a JSON file): ${e instanceof Error ? e.message : String(e)}`);
    }
    return fail('The file is nested too deeply to be a Profile Lens export or a JSON Resume.');
  }
  if (!isPlainObject(doc)) return fail('The file is not a Profile Lens export or a JSON Resume document (expected a JSON object).');

  try {
    if (doc.format === 'profile-lens.export') return parseEnvelope(doc);
    if (doc.format !== undefined) {
      return fail(`Unknown file format ${typeof doc.format === 'string' ? `“${doc.format.slice(0, 40)}”` : '(format is not a string)'}; expected a Profile Lens export or a JSON Resume.`);
    }
    if (looksLikeJsonResume(doc)) {
      const profile = fromJsonResume(doc, { now: opts.now });
      return { ok: true, format: 'jsonresume', profiles: [sealValidatedProfile(profile)], rejected: [], annotations: new Map() };
    }
  } catch (e) {
    return fail(e instanceof ImportError ? e.message : `The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return fail('The file is not a Profile Lens export or a JSON Resume document.');
}

function parseEnvelope(doc: Record<string, unknown>): ParsedImport {
  const v = doc.schemaVersion;
  if (v !== SCHEMA_VERSION) {
    if (typeof v === 'number' && v > SCHEMA_VERSION) return fail(`This export was made by a newer version of Profile Lens (schema version ${v}); update the extension to import it.`);
    return fail('This Profile Lens export has a missing or unsupported schemaVersion.');
  }
  if (!Array.isArray(doc.profiles)) return fail('This Profile Lens export has no list of profiles.');
  const items = doc.profiles as unknown[];
  const profiles: Profile[] = [];
  const rejected: Array<{ index: number; reason: string }> = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const parsed = ProfileSchema.safeParse(item);
    if (!parsed.success) {
      rejected.push({ index, reason: oneLine(zodReason(parsed.error)) });
      return;
    }
    const seen = firstIndex.get(parsed.data.id);
    if (seen !== undefined) {
      rejected.push({ index, reason: `same id as profile ${seen + 1} in the file` });
      return;
    }
    firstIndex.set(parsed.data.id, index);
    profiles.push(sealValidatedProfile(parsed.data));
  });
  if (!profiles.length && rejected.length) {
    const r = rejected[0]!;
    return fail(`None of the ${items.length} profile${items.length === 1 ? '' : 's'} in the file can be imported; profile ${r.index + 1}: ${r.reason}`);
  }
  const annotations = new Map<string, LibraryAnnotation>();
  if (Array.isArray(doc.library)) {
    for (const a of doc.library as unknown[]) {
      const parsed = LibraryAnnotationSchema.safeParse(a);
      if (parsed.success && firstIndex.has(parsed.data.id) && !annotations.has(parsed.data.id)) annotations.set(parsed.data.id, parsed.data);
    }
  }
  return { ok: true, format: 'profile-lens.export', profiles, rejected, annotations };
}

// ---------------------------------------------------------------- JSON Resume → Profile

/** A bad JSON Resume document; the message is one line for the user. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

const str = z.string().max(1_000_000);
const strList = (max: number) => z.array(str).max(max);
/** The parts of a JSON Resume document we read; other fields pass through unchecked and are ignored. */
const JsonResumeIn = z.looseObject({
  $schema: str.optional(),
  basics: z
    .looseObject({
      name: str.optional(),
      label: str.optional(),
      email: str.optional(),
      url: str.optional(),
      summary: str.optional(),
      location: z
        .looseObject({ address: str.optional(), postalCode: str.optional(), city: str.optional(), countryCode: str.optional(), region: str.optional() })
        .optional(),
      profiles: z.array(z.looseObject({ network: str.optional(), username: str.optional(), url: str.optional() })).max(100).optional(),
    })
    .optional(),
  work: z
    .array(
      z.looseObject({
        name: str.optional(),
        /** JSON Resume 0.x called it company. */
        company: str.optional(),
        position: str.optional(),
        location: str.optional(),
        startDate: str.optional(),
        endDate: str.optional(),
        summary: str.optional(),
        description: str.optional(),
        highlights: strList(200).optional(),
      }),
    )
    .max(1000)
    .optional(),
  education: z
    .array(
      z.looseObject({
        institution: str.optional(),
        area: str.optional(),
        studyType: str.optional(),
        startDate: str.optional(),
        endDate: str.optional(),
        courses: strList(500).optional(),
      }),
    )
    .max(200)
    .optional(),
  skills: z
    .array(z.looseObject({ name: str.optional(), level: str.optional(), keywords: strList(2000).optional() }))
    .max(2000)
    .optional(),
  meta: z.looseObject({ canonical: str.optional(), version: str.optional(), lastModified: str.optional() }).optional(),
});

function looksLikeJsonResume(doc: Record<string, unknown>): boolean {
  if (typeof doc.$schema === 'string' && /jsonresume|resume-schema/i.test(doc.$schema)) return true;
  return 'basics' in doc || Array.isArray(doc.work) || (Array.isArray(doc.education) && Array.isArray(doc.skills));
}

/** FNV-1a, 32-bit, as 8 hex digits: short stable ids. */
export function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function slugify(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) → PartialDate, or null. */
function partialDate(s: string | undefined): string | null | 'bad' {
  if (s === undefined || !s.trim()) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?(?:T.*)?$/.exec(s.trim());
  if (!m) return 'bad';
  const d = m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return PartialDate.safeParse(d).success ? d : 'bad';
}

const monthIndex = (d: string | null, edge: 'first' | 'last'): number | null => {
  if (!d) return null;
  const [y, m] = d.split('-').map(Number);
  return y! * 12 + (m ? m - 1 : edge === 'first' ? 0 : 11);
};

function months(spans: Array<[number, number]>): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const [s, e] of sorted) {
    if (cur && s <= cur[1] + 1) cur[1] = Math.max(cur[1], e);
    else {
      if (cur) total += cur[1] - cur[0] + 1;
      cur = [s, e];
    }
  }
  return cur ? total + cur[1] - cur[0] + 1 : total;
}

function degreeLevel(degree: string | null): DegreeLevel | null {
  if (!degree) return null;
  const d = fold(degree);
  if (/\b(ph\.? ?d|doctor|doctorate|dphil|d\.sc)\b/.test(d)) return 'doctorate';
  if (/\b(master|msc|m\.sc|ms|m\.s|ma|m\.a|mba|meng|m\.eng|mphil)\b/.test(d)) return 'master';
  if (/\b(bachelor|bsc|b\.sc|bs|b\.s|ba|b\.a|beng|b\.eng|btech|b\.tech)\b/.test(d)) return 'bachelor';
  if (/\bassociate\b/.test(d)) return 'associate';
  if (/\b(certificate|certification|diploma)\b/.test(d)) return 'certificate';
  if (/\b(high school|secondary|a-levels?|baccalaureate)\b/.test(d)) return 'secondary';
  return null;
}

function categoryFromGroup(name: string | undefined): SkillCategory {
  if (!name) return 'other';
  const k = fold(name).trim();
  for (const [cat, label] of Object.entries(CATEGORY_LABELS) as Array<[SkillCategory, string]>) {
    if (k === cat || k === fold(label)) return cat;
  }
  return 'other';
}

const httpUrl = (u: string | undefined) => (u && /^https?:\/\//i.test(u.trim()) && SafeUrl.safeParse(u.trim()).success ? u.trim() : null);
const textOrNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * A Profile from a JSON Resume document. Id "jsonresume:<slug of the name>"
 * (plus a hash of the e-mail or web address when there is one, so namesakes
 * stay apart); site "jsonresume"; method "user" (the user supplied the file).
 * Throws ImportError with a one-line reason when the document has wrong types
 * or values the Profile schema does not allow (e.g. a 10 MB name).
 */
export function fromJsonResume(input: unknown, opts: { now?: Date } = {}): Profile {
  const parsed = JsonResumeIn.safeParse(input);
  if (!parsed.success) throw new ImportError(`This JSON Resume cannot be imported: ${oneLine(zodReason(parsed.error))}`);
  const doc = parsed.data;
  const now = opts.now ?? new Date();
  const nowIdx = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const warnings: Profile['warnings'] = [];
  const b = doc.basics ?? {};

  const name = b.name?.trim() ?? '';
  const identity = b.email?.trim().toLowerCase() || httpUrl(b.url) || httpUrl(doc.meta?.canonical) || '';
  const slug = slugify(name);
  const profileId = slug ? (identity ? `${slug}-${hash8(identity)}` : slug) : `resume-${hash8(JSON.stringify(input))}`;

  const date = (s: string | undefined, field: string) => {
    const d = partialDate(s);
    if (d === 'bad') {
      if (warnings.length < 500) warnings.push({ field, message: `date “${oneLine(s ?? '', 40)}” not understood` });
      return null;
    }
    return d;
  };

  const experience: Experience[] = (doc.work ?? []).map((w, i) => {
    const title = w.position?.trim() ?? '';
    const company = (w.name ?? w.company ?? '').trim();
    const start = date(w.startDate, `experience.${i}.start`);
    const end = date(w.endDate, `experience.${i}.end`);
    const current = !!start && !w.endDate?.trim();
    const s = monthIndex(start, 'first');
    const e = current ? nowIdx : monthIndex(end, 'last');
    return {
      title,
      company,
      location: textOrNull(w.location),
      start,
      end,
      current,
      durationMonths: s !== null && e !== null && e >= s ? Math.min(e, nowIdx) - s + 1 : null,
      statedDuration: null,
      datesText: null,
      description: (w.summary ?? w.description ?? '').trim(),
      highlights: (w.highlights ?? []).map((h) => h.trim()).filter(Boolean),
      skills: [],
      seniority: [],
      function: 'other',
      companyKey: fold(company).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
      internship: /\bintern(ship)?\b/i.test(title),
    };
  });

  const education: Education[] = (doc.education ?? []).map((e, i) => {
    const degree = textOrNull(e.studyType);
    return {
      institution: e.institution?.trim() ?? '',
      degree,
      degreeLevel: degreeLevel(degree),
      field: textOrNull(e.area),
      start: date(e.startDate, `education.${i}.start`),
      end: date(e.endDate, `education.${i}.end`),
      description: (e.courses ?? []).length ? `Courses: ${(e.courses ?? []).join('; ')}` : '',
    };
  });

  const skills: Skill[] = [];
  const seenSkill = new Set<string>();
  for (const group of doc.skills ?? []) {
    const category = categoryFromGroup(group.name);
    const names = group.keywords?.length ? group.keywords : group.name ? [group.name] : [];
    for (const raw of names) {
      const n = raw.trim();
      if (!n || seenSkill.has(fold(n))) continue;
      seenSkill.add(fold(n));
      skills.push({ name: n, category, sources: ['listed'], mentions: 1, evidence: ['listed'], months: null, lastUsed: null, via: null });
    }
  }

  const links: Profile['links'] = [];
  const site = httpUrl(b.url);
  if (site) links.push({ label: 'Website', url: site });
  for (const p of b.profiles ?? []) {
    const u = httpUrl(p.url);
    if (u) links.push({ label: p.network?.trim() || 'Profile', url: u });
  }
  if (b.email?.trim()) {
    const email = emailFromMailto(`mailto:${b.email.trim()}`);
    if (email) links.push({ label: 'Email', url: `mailto:${email}` });
    else warnings.push({ field: 'links', message: 'e-mail address not understood; left out' });
  }

  const loc = b.location;
  const cc = loc?.countryCode?.trim().toUpperCase();
  const countryCode = cc && CountryCode.safeParse(cc).success ? cc : null;
  const locText = [loc?.city, loc?.region].map((s) => s?.trim()).filter(Boolean).join(', ') || (countryCode ?? '');
  const location = locText ? { text: locText, countryCode } : null;

  const spans = experience.flatMap((e): Array<[number, number]> => {
    const s = monthIndex(e.start, 'first');
    const en = e.current ? nowIdx : monthIndex(e.end, 'last');
    return s !== null && en !== null && en >= s ? [[s, Math.min(en, nowIdx)]] : [];
  });
  const nonIntern = experience.flatMap((e, i): Array<[number, number]> => (e.internship ? [] : spans[i] ? [spans[i]!] : []));
  const current = experience.find((e) => e.current);
  const companies: Profile['stats']['companies'] = [];
  for (const e of experience) {
    const last = companies[companies.length - 1];
    if (last && e.companyKey && last.key === e.companyKey) last.roles++;
    else companies.push({ key: e.companyKey, name: e.company, months: null, roles: 1 });
  }

  const extractedAt = (() => {
    const t = doc.meta?.lastModified ? Date.parse(doc.meta.lastModified) : NaN;
    return Number.isFinite(t) && t > 0 ? new Date(t).toISOString() : now.toISOString();
  })();
  const present = [name, b.label?.trim(), spans.length, education.length, skills.length, location].filter(Boolean).length;

  const profile = {
    schemaVersion: SCHEMA_VERSION,
    id: `jsonresume:${profileId}`,
    source: {
      site: 'jsonresume',
      url: httpUrl(doc.meta?.canonical) ?? site ?? '',
      profileId,
      extractedAt,
      method: 'user' as const,
    },
    name,
    handle: null,
    headline: textOrNull(b.label),
    summary: textOrNull(b.summary),
    location,
    workAuthorization: [],
    availability: [],
    jobCategories: [],
    links,
    experience,
    education,
    skills,
    stats: {
      totalExperienceMonths: spans.length ? months(spans) : null,
      totalExperienceMonthsExcludingInternships: spans.length ? months(nonIntern) : null,
      currentTitle: current?.title || null,
      currentCompany: current?.company || null,
      seniority: [],
      companies,
      averageTenureMonths: null,
      gaps: [],
    },
    provenance: {},
    warnings,
    insights: [],
    completeness: present / 6,
  };
  const checked = ProfileSchema.safeParse(profile);
  if (!checked.success) throw new ImportError(`This JSON Resume cannot be imported: ${oneLine(zodReason(checked.error))}`);
  return checked.data;
}

// ---------------------------------------------------------------- preview and commit

/** What importing these profiles would do: counts of new, updated and unchanged records. Writes nothing. */
export function previewImport(repo: ProfileRepository, profiles: Profile[]): Promise<ImportCounts> {
  return repo.classify(profiles);
}

/**
 * Imports profiles in one transaction: all or nothing. New records take the
 * file's notes/tags/dates when it had them; updated records keep the user's
 * notes and tags and get a history entry; unchanged records are not touched.
 */
export async function commitImport(
  repo: ProfileRepository,
  profiles: Profile[],
  opts: { annotations?: ReadonlyMap<string, LibraryAnnotation> } = {},
): Promise<ImportCounts> {
  const outcomes = await repo.saveMany(profiles, { origin: 'import', annotations: opts.annotations });
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0 };
  for (const o of outcomes) counts[o.status]++;
  return counts;
}
