/**
 * Exports of saved profiles: our own envelope (ExportEnvelopeSchema from
 * lib/schema/profile.ts, plus an optional `library` list carrying each
 * record's notes, tags, corrections and dates so a backup restores them),
 * JSON Resume 1.0 documents, and CSV for spreadsheets (RFC 4180, with formula
 * injection neutralised). Pure.
 */
import { CATEGORY_LABELS } from '../normalize/skills/categories';
import * as z from 'zod';
import { ExportEnvelopeSchema, SCHEMA_VERSION, type ExportEnvelope, type Profile, type SkillCategory } from '../schema/profile';
import { AnnotationsSchema, type SavedRecord } from './records';

// ---------------------------------------------------------------- envelope

/** A record's user data in an export: everything but the profile and the derived index fields. */
export const LibraryAnnotationSchema = z.object({
  id: z.string().max(600),
  savedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  ...AnnotationsSchema.shape,
});
export type LibraryAnnotation = z.infer<typeof LibraryAnnotationSchema>;

/** ExportEnvelopeSchema plus the optional `library` list (older readers ignore it). */
export const LibraryExportSchema = z.object({
  ...ExportEnvelopeSchema.shape,
  library: z.array(LibraryAnnotationSchema).optional(),
});
export type LibraryExport = ExportEnvelope & { library?: LibraryAnnotation[] };

/**
 * The export envelope { format: 'profile-lens.export', schemaVersion, exportedAt, profiles }.
 * With `records`, also `library`: the notes, tags, corrections and dates of those records.
 */
export function buildExport(profiles: Profile[], now: Date, opts: { records?: SavedRecord[] } = {}): LibraryExport {
  const envelope = ExportEnvelopeSchema.parse({ format: 'profile-lens.export', schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), profiles });
  if (!opts.records) return envelope;
  return LibraryExportSchema.parse({ ...envelope, library: opts.records.map(annotationOf) });
}

/** A record's notes, tags, corrections and dates as listed in an export's `library`. */
function annotationOf(r: SavedRecord): LibraryAnnotation {
  return {
    id: r.id,
    savedAt: r.savedAt,
    updatedAt: r.updatedAt,
    notes: r.notes,
    tags: r.tags,
    ...(r.corrections ? { corrections: r.corrections } : {}),
  };
}

/**
 * The export of saved records that SavedRecordSchema validated when they were
 * read (ProfileRepository.all): the same envelope as
 * `buildExport(records.map(r => r.profile), now, { records })`, without
 * parsing every profile twice more. It is valid by construction: the profiles
 * and annotations come from validated records (SavedRecordSchema holds
 * ProfileSchema and every field of LibraryAnnotationSchema); the rest are
 * constants and an ISO date. Only pass records straight from a validated read.
 */
export function exportValidatedRecords(records: readonly SavedRecord[], now: Date): LibraryExport {
  return {
    format: 'profile-lens.export',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    profiles: records.map((r) => r.profile),
    library: records.map(annotationOf),
  };
}

/**
 * The JSON text of exportValidatedRecords(records, now), compact, written a
 * chunk of records at a time: `add` turns each chunk into text at once, so an
 * export of the whole library holds strings, not every record's objects
 * (far less for the garbage collector at 10,000 profiles). `finish` gives
 * exactly `JSON.stringify(exportValidatedRecords(all records, now))`.
 * The same rule holds: only records straight from a validated read.
 */
export function exportTextWriter(now: Date): { add(records: readonly SavedRecord[]): void; readonly count: number; finish(): string } {
  const profiles: string[] = [];
  const library: string[] = [];
  let count = 0;
  const inner = (json: string) => json.slice(1, -1); // "[a,b]" → "a,b"
  return {
    add(records) {
      if (!records.length) return;
      count += records.length;
      profiles.push(inner(JSON.stringify(records.map((r) => r.profile))));
      library.push(inner(JSON.stringify(records.map(annotationOf))));
    },
    get count() {
      return count;
    },
    finish() {
      const head = JSON.stringify(exportValidatedRecords([], now)).slice(0, -'"profiles":[],"library":[]}'.length);
      return `${head}"profiles":[${profiles.join(',')}],"library":[${library.join(',')}]}`;
    },
  };
}

// ---------------------------------------------------------------- JSON Resume

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** Human labels of our skill categories; JSON Resume skill groups are named with them (and read back by fromJsonResume). */
export { CATEGORY_LABELS };

/** An absolute URI without whitespace (JSON Resume's "uri" format), or undefined. */
function uri(u: string | null | undefined): string | undefined {
  if (!u || !/^https?:\/\//i.test(u)) return undefined;
  try {
    const href = new URL(u).href;
    return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

const ATOM = "[A-Za-z0-9_!#$%&'*+/=?^`{|}~-]+";
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`);

/** The address of a mailto: link if it is a plain, valid e-mail address. */
export function emailFromMailto(url: string): string | undefined {
  if (!/^mailto:/i.test(url)) return undefined;
  let addr = url.slice(7).split('?')[0] ?? '';
  try {
    addr = decodeURIComponent(addr);
  } catch {
    return undefined;
  }
  addr = addr.trim();
  return addr.length <= 254 && EMAIL.test(addr) ? addr : undefined;
}

/** Drops undefined, null and empty-string/empty-array values (JSON Resume has no nulls). */
function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && !v.trim()) continue;
    if (Array.isArray(v) && !v.length) continue;
    if (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length) continue;
    out[k] = v;
  }
  return out as Partial<T>;
}

const nonEmpty = (s: string | null | undefined) => (s && s.trim() ? s : undefined);
/** JSON Resume dates: years 1000–2999 only (its iso8601 pattern). */
const jrDate = (d: string | null) => (d && /^[12]\d{3}(-\d{2})?$/.test(d) ? d : undefined);

/** A JSON Resume 1.0 document for a profile; empty fields are omitted, never emitted as null or "". */
export function toJsonResume(profile: Profile): Record<string, unknown> {
  const links = profile.links;
  const email = links.map((l) => emailFromMailto(l.url)).find(Boolean);
  const web = links.filter((l) => uri(l.url));
  const homepage = web.find((l) => /\b(web ?site|home ?page|portfolio|personal|blog)\b/i.test(l.label));
  const locParts = profile.location?.text.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
  const location = profile.location
    ? compact({
        city: locParts[0],
        region: locParts.length > 2 ? locParts.slice(1, -1).join(', ') : undefined,
        countryCode: profile.location.countryCode ?? undefined,
      })
    : undefined;

  const basics = compact({
    name: nonEmpty(profile.name),
    label: nonEmpty(profile.headline),
    email,
    url: homepage ? uri(homepage.url) : undefined,
    summary: nonEmpty(profile.summary),
    location,
    profiles: web
      .filter((l) => l !== homepage)
      .map((l) => {
        const url = uri(l.url)!;
        const network = nonEmpty(l.label) ?? new URL(url).hostname.replace(/^www\./, '');
        return { network, url };
      }),
  });

  const work = profile.experience.map((e) =>
    compact({
      name: nonEmpty(e.company),
      position: nonEmpty(e.title),
      location: nonEmpty(e.location),
      startDate: jrDate(e.start),
      endDate: e.current ? undefined : jrDate(e.end),
      summary: nonEmpty(e.description),
      highlights: e.highlights.filter((h) => h.trim()),
    }),
  );

  const education = profile.education.map((e) =>
    compact({
      institution: nonEmpty(e.institution),
      area: nonEmpty(e.field),
      studyType: nonEmpty(e.degree),
      startDate: jrDate(e.start),
      endDate: jrDate(e.end),
    }),
  );

  const groups = new Map<SkillCategory, string[]>();
  for (const s of profile.skills) {
    if (!s.name.trim()) continue;
    groups.set(s.category, [...(groups.get(s.category) ?? []), s.name]);
  }
  const skills = [...groups].map(([category, keywords]) => ({ name: CATEGORY_LABELS[category], keywords }));

  const extracted = profile.source.extractedAt.slice(0, 19);
  return compact({
    $schema: JSON_RESUME_SCHEMA_URL,
    basics,
    work: work.filter((w) => Object.keys(w).length),
    education: education.filter((e) => Object.keys(e).length),
    skills,
    meta: compact({ canonical: uri(profile.source.url), version: 'v1.0.0', lastModified: extracted }),
  });
}

// ---------------------------------------------------------------- CSV

export const CSV_COLUMNS = [
  'id',
  'name',
  'headline',
  'location',
  'country',
  'current_title',
  'current_company',
  'total_experience_months',
  'top_skills',
  'source_url',
  'saved_at',
  'updated_at',
] as const;

/** A profile, or a saved record (then saved_at and updated_at are filled). */
export type CsvItem = Profile | Pick<SavedRecord, 'profile' | 'savedAt' | 'updatedAt'>;

/** Neutralises spreadsheet formulas: a cell starting with = + - @ tab or CR gets a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The most-mentioned skills first (ties keep profile order). */
export function topSkills(profile: Profile, n = 10): string[] {
  return profile.skills
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.mentions - a.s.mentions || a.i - b.i)
    .slice(0, n)
    .map(({ s }) => s.name);
}

/** One row per profile, header first, CRLF line ends (RFC 4180). */
export function toCsv(items: CsvItem[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const item of items) {
    const rec = 'profile' in item ? item : null;
    const p = rec ? rec.profile : (item as Profile);
    const fields = [
      p.id,
      p.name,
      p.headline,
      p.location?.text,
      p.location?.countryCode,
      p.stats.currentTitle,
      p.stats.currentCompany,
      p.stats.totalExperienceMonths,
      topSkills(p).join('; '),
      p.source.url,
      rec?.savedAt,
      rec?.updatedAt,
    ];
    rows.push(fields.map(csvCell).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
