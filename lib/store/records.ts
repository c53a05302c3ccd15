/**
 * What the library stores, as zod schemas (validated on every write and every
 * read), and the pure functions that derive a record's index fields (search
 * tokens, skill keys, sort keys) from its profile and the user's corrections.
 *
 * A stored profile record is { id, profile, savedAt, updatedAt, notes, tags,
 * corrections?, …derived index fields }. The derived fields are recomputed on
 * every write from the *effective* profile (the extracted profile with the
 * user's corrections applied), so searching finds what the user sees.
 */
import * as z from 'zod';
import { ProfileSchema, type Profile } from '../schema/profile';
import { ChangeSchema } from './diff';

// ---------------------------------------------------------------- text keys

/** Lower-case, diacritics removed, compatibility forms folded ("Ｒｕｓｔ" → "rust", "José" → "jose"). */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The key a skill is indexed under: folded, trimmed, inner whitespace collapsed ("Node.js" → "node.js"). */
export function skillKey(name: string): string {
  return fold(name).trim().replace(/\s+/g, ' ').slice(0, 200);
}

/** A tag as stored: trimmed, whitespace collapsed, lower-case; 1–64 characters. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 64);
}

const MAX_TOKEN = 40;
const MAX_TOKENS = 1000;
/** Separators between tokens: anything but letters, digits and the characters that live inside skill names. */
const PIECE_SPLIT = /[^\p{L}\p{N}+#.\-_']+/u;
const INNER_PUNCT = /[.\-_'+#]+/;

/** The whole tokens of a text ("Node.js, C++ and .NET" → ["node.js", "c++", "and", ".net"]). */
export function queryTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(PIECE_SPLIT)) {
    // Trailing dots/dashes/quotes are sentence punctuation; trailing + and # belong to the name (C++, C#).
    const piece = raw.replace(/[.\-_']+$/, '').replace(/^[\-_'+#]+/, '').slice(0, MAX_TOKEN);
    if (/[\p{L}\p{N}]/u.test(piece)) out.push(piece);
  }
  return out;
}

/**
 * Index tokens of a text: each whole token, its parts ("node.js" → "node", "js")
 * and its joined form ("node.js" → "nodejs"), so "node", "nodejs" and "node.js"
 * all find Node.js by prefix.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const piece of queryTokens(text)) {
    out.push(piece);
    if (INNER_PUNCT.test(piece)) {
      const parts = piece.split(INNER_PUNCT).filter(Boolean);
      out.push(...parts, parts.join('').slice(0, MAX_TOKEN));
    }
  }
  return out.filter(Boolean);
}

// ---------------------------------------------------------------- corrections

const POISON = new Set(['__proto__', 'constructor', 'prototype']);

/** A corrected field: a Profile path such as "headline", "location.text" or "experience.0.title". */
export const CorrectionPath = z
  .string()
  .max(200)
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/, 'a correction names a profile field, e.g. "headline" or "experience.0.title"')
  .refine((p) => !p.split('.').some((s) => POISON.has(s)), 'not a profile field');

export const CorrectionsSchema = z.record(CorrectionPath, z.json());
export type Corrections = z.infer<typeof CorrectionsSchema>;

function setPath(target: unknown, path: string, value: unknown): boolean {
  const segs = path.split('.');
  let node = target;
  for (const seg of segs.slice(0, -1)) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, seg)) return false;
    node = (node as Record<string, unknown>)[seg];
  }
  const last = segs[segs.length - 1]!;
  if (!node || typeof node !== 'object') return false;
  if (Array.isArray(node) && !(/^\d+$/.test(last) && Number(last) < node.length)) return false;
  (node as Record<string, unknown>)[last] = structuredClone(value);
  return true;
}

/**
 * The profile as the user sees it: the extracted profile with each correction
 * applied. A correction that no longer fits (its role was removed on a later
 * save, or the value is invalid) is skipped and listed in `skipped`.
 */
export function applyCorrectionsDetailed(profile: Profile, corrections: Corrections | undefined): { profile: Profile; skipped: string[] } {
  const entries = Object.entries(corrections ?? {});
  if (!entries.length) return { profile, skipped: [] };
  let current = profile;
  const skipped: string[] = [];
  for (const [path, value] of entries) {
    const next = structuredClone(current);
    const parsed = setPath(next, path, value) ? ProfileSchema.safeParse(next) : null;
    if (parsed?.success) current = parsed.data;
    else skipped.push(path);
  }
  return { profile: current, skipped };
}

export function applyCorrections(profile: Profile, corrections: Corrections | undefined): Profile {
  return applyCorrectionsDetailed(profile, corrections).profile;
}

// ---------------------------------------------------------------- records

const isoDate = z.iso.datetime();
export const TagSchema = z.string().min(1).max(64);

/** What the user adds to a saved profile. */
export const AnnotationsSchema = z.object({
  notes: z.string().max(100_000),
  tags: z.array(TagSchema).max(200),
  corrections: CorrectionsSchema.optional(),
});

/** Index fields, derived from the effective profile on every write. */
export const DerivedFieldsSchema = z.object({
  /** Sort key for "name": folded name. */
  nameKey: z.string().max(600),
  site: z.string().max(40),
  /** Multi-entry: skill keys (see skillKey). */
  skillKeys: z.array(z.string().max(200)).max(2000),
  /** Multi-entry: prefix-search tokens from name, handle, headline, titles, companies, skills. */
  searchTokens: z.array(z.string().max(MAX_TOKEN)).max(MAX_TOKENS),
  /** Sort key for "experience": total months, -1 when unknown (so the record stays in the index). */
  totalMonths: z.number().int().min(-1),
});

/** Everything in a record but the profile: the key, dates, annotations and derived index fields. */
const RecordFieldsSchema = z.object({
  /** = profile.id; the primary key. */
  id: z.string().max(600),
  savedAt: isoDate,
  updatedAt: isoDate,
  ...AnnotationsSchema.shape,
  ...DerivedFieldsSchema.shape,
});

export const SavedRecordSchema = z
  .object({
    id: RecordFieldsSchema.shape.id,
    profile: ProfileSchema,
    savedAt: isoDate,
    updatedAt: isoDate,
    ...AnnotationsSchema.shape,
    ...DerivedFieldsSchema.shape,
  })
  .refine((r) => r.id === r.profile.id, { message: 'record id does not match its profile id', path: ['id'] });
export type SavedRecord = z.infer<typeof SavedRecordSchema>;

/** The v1 record shape (before notes, tags and the search index): { id, profile, savedAt, updatedAt }. */
export const SavedRecordV1Schema = z
  .object({ id: z.string().max(600), profile: ProfileSchema, savedAt: isoDate, updatedAt: isoDate })
  .refine((r) => r.id === r.profile.id, { message: 'record id does not match its profile id', path: ['id'] });
export type SavedRecordV1 = z.infer<typeof SavedRecordV1Schema>;

export const HistoryEntrySchema = z.object({
  /** Auto-increment key; absent before the entry is stored. */
  id: z.number().int().optional(),
  profileId: z.string().max(600),
  at: isoDate,
  /** created: first save; updated: saved again with a different profile; restored: undo of a delete. */
  kind: z.enum(['created', 'updated', 'restored']),
  origin: z.enum(['save', 'import', 'restore']),
  changes: z.array(ChangeSchema).max(1000),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const QuarantineEntrySchema = z.object({
  id: z.number().int().optional(),
  at: isoDate,
  table: z.enum(['profiles', 'history']),
  /** The primary key the record was stored under, when there was one. */
  key: z.union([z.string(), z.number()]).nullable(),
  reason: z.string().max(2000),
  /** The record exactly as it was stored. */
  record: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

/** One-line reason from a zod error: "profile.source.site: Invalid string". */
export function zodReason(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid record';
  const path = issue.path.map(String).join('.');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${path ? path + ': ' : ''}${issue.message}${more}`.slice(0, 2000);
}

// ---------------------------------------------------------------- derivation

export function deriveFields(effective: Profile): z.infer<typeof DerivedFieldsSchema> {
  const texts: string[] = [effective.name, effective.handle ?? '', effective.headline ?? ''];
  for (const e of effective.experience) texts.push(e.title, e.company);
  for (const s of effective.skills) texts.push(s.name);
  const tokens = new Set<string>();
  for (const t of texts) {
    for (const tok of indexTokens(t)) {
      if (tokens.size >= MAX_TOKENS) break;
      tokens.add(tok);
    }
  }
  return {
    nameKey: fold(effective.name).trim().replace(/\s+/g, ' ').slice(0, 600),
    site: effective.source.site,
    skillKeys: [...new Set(effective.skills.map((s) => skillKey(s.name)).filter(Boolean))],
    searchTokens: [...tokens],
    totalMonths: effective.stats.totalExperienceMonths ?? -1,
  };
}

export interface RecordArgs {
  profile: Profile;
  savedAt: string;
  updatedAt: string;
  notes?: string;
  tags?: string[];
  corrections?: Corrections;
}

function assembleRecord(args: RecordArgs) {
  const corrections = args.corrections && Object.keys(args.corrections).length ? args.corrections : undefined;
  return {
    id: args.profile.id,
    profile: args.profile,
    savedAt: args.savedAt,
    updatedAt: args.updatedAt,
    notes: args.notes ?? '',
    tags: [...new Set((args.tags ?? []).map(normalizeTag).filter(Boolean))],
    ...(corrections ? { corrections } : {}),
    ...deriveFields(applyCorrections(args.profile, corrections)),
  };
}

/** Builds and validates a full record. Throws a ZodError when something does not fit. */
export function buildRecord(args: RecordArgs): SavedRecord {
  return SavedRecordSchema.parse(assembleRecord(args));
}

/**
 * buildRecord for a profile that is already the output of a zod parse
 * (ProfileSchema or SavedRecordSchema) made by the caller and held by no one
 * else, so it cannot have changed since: validates everything in the record
 * but the profile (dates, notes, tags, corrections, derived index fields, id)
 * and skips the second full parse of the profile, which is most of the cost.
 * The whole record is thus still validated once before it is written. Throws
 * a ZodError when something does not fit.
 */
export function buildRecordFromParsed(args: RecordArgs): SavedRecord {
  const { profile, ...fields } = assembleRecord(args);
  const checked = RecordFieldsSchema.parse(fields);
  const { id, savedAt, updatedAt, ...rest } = checked;
  return { id, profile, savedAt, updatedAt, ...rest } as SavedRecord;
}

// ---------------------------------------------------------------- validated, immutable profiles

const sealedProfiles = new WeakSet<object>();

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== 'object') return;
  Object.freeze(v);
  for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
}

/**
 * Seals a profile that ProfileSchema just produced (a fresh object nobody
 * else holds): deep-freezes it, so it stays exactly what was validated, and
 * remembers it, so saveMany does not parse it a second time. parseImport
 * seals what it validated at the boundary; commitImport then writes it
 * validated once (the rest of each record is still validated on write).
 * Returns the same object.
 */
export function sealValidatedProfile(profile: Profile): Profile {
  deepFreeze(profile);
  sealedProfiles.add(profile);
  return profile;
}

/** Whether `p` is a profile sealed by sealValidatedProfile (so unchanged since it was validated). */
export function isSealedProfile(p: unknown): p is Profile {
  return typeof p === 'object' && p !== null && sealedProfiles.has(p) && Object.isFrozen(p);
}

/** The profile the user sees for a record (corrections applied). */
export function effectiveProfile(record: Pick<SavedRecord, 'profile' | 'corrections'>): Profile {
  return applyCorrections(record.profile, record.corrections);
}

/** Whether two profiles are the same apart from when they were extracted. */
export function sameProfile(a: Profile, b: Profile): boolean {
  const strip = (p: Profile) => JSON.stringify({ ...p, source: { ...p.source, extractedAt: '' } });
  return strip(a) === strip(b);
}
