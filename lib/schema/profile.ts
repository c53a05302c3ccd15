/**
 * The Profile: the one contract shared by the panel, the store, exports, the
 * CLI and the tests. `npm run schema` writes it as JSON Schema to
 * schema/profile.schema.json.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** "YYYY-MM" or "YYYY". */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/);
export type PartialDate = z.infer<typeof PartialDate>;

export const CountryCode = z.string().regex(/^[A-Z]{2}$/);

const text = (max = 20_000) => z.string().max(max);

/** Only http(s) and mailto survive; anything else is rejected at the boundary. */
export const SafeUrl = z
  .string()
  .max(4096)
  .refine((u) => /^(https?:\/\/|mailto:)/i.test(u), 'only http, https and mailto links are kept');

export const ExtractionMethod = z.enum(['site-adapter', 'json-ld', 'microdata', 'microformats', 'meta', 'generic', 'text', 'user']);
export type ExtractionMethod = z.infer<typeof ExtractionMethod>;

export const SkillCategory = z.enum([
  'languages',
  'frontend',
  'backend',
  'data',
  'ml-ai',
  'cloud-infrastructure',
  'devops',
  'testing',
  'mobile',
  'design',
  'product',
  'management',
  'practices',
  'other',
]);
export type SkillCategory = z.infer<typeof SkillCategory>;

export const SkillSource = z.enum(['listed', 'experience', 'summary', 'headline', 'education', 'projects', 'other']);
export type SkillSource = z.infer<typeof SkillSource>;

export const ExperienceSchema = z.object({
  title: text(500),
  company: text(500),
  location: text(500).nullable(),
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  current: z.boolean(),
  /** Whole months, inclusive of both end months: Dec 2018 – Sep 2019 = 10. See lib/normalize/dates.ts. */
  durationMonths: z.number().int().min(0).nullable(),
  /** The duration as the page wrote it, e.g. "9 months". */
  statedDuration: text(200).nullable(),
  /** The dates as the page wrote them, e.g. "Dec 2018 - Sep 2019". */
  datesText: text(500).nullable(),
  description: text(),
  highlights: z.array(text(5000)).max(200),
  skills: z.array(text(200)).max(500),
});
export type Experience = z.infer<typeof ExperienceSchema>;

export const DegreeLevel = z.enum(['secondary', 'associate', 'bachelor', 'master', 'doctorate', 'certificate']);
export type DegreeLevel = z.infer<typeof DegreeLevel>;

export const EducationSchema = z.object({
  institution: text(500),
  degree: text(500).nullable(),
  degreeLevel: DegreeLevel.nullable(),
  field: text(500).nullable(),
  start: PartialDate.nullable(),
  end: PartialDate.nullable(),
  description: text(),
});
export type Education = z.infer<typeof EducationSchema>;

export const SkillSchema = z.object({
  name: text(200),
  category: SkillCategory,
  sources: z.array(SkillSource).max(10),
  mentions: z.number().int().min(0),
});
export type Skill = z.infer<typeof SkillSchema>;

export const LinkSchema = z.object({ label: text(500), url: SafeUrl });

export const StatsSchema = z.object({
  /** Union of all dated roles, overlaps merged, in months. */
  totalExperienceMonths: z.number().int().min(0).nullable(),
  currentTitle: text(500).nullable(),
  currentCompany: text(500).nullable(),
});

export const WarningSchema = z.object({ field: text(200), message: text(1000) });

export const ProfileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id: "<site>:<profileId>". */
  id: text(600),
  source: z.object({
    site: z.string().regex(/^[a-z0-9-]{1,40}$/),
    url: text(4096),
    profileId: text(500),
    extractedAt: z.iso.datetime(),
    /** The layer that gave most fields; per-field detail is in `provenance`. */
    method: ExtractionMethod,
  }),
  name: text(500),
  handle: text(200).nullable(),
  headline: text(2000).nullable(),
  summary: text().nullable(),
  location: z.object({ text: text(500), countryCode: CountryCode.nullable() }).nullable(),
  workAuthorization: z.array(CountryCode).max(300),
  availability: z.array(text(200)).max(50),
  jobCategories: z.array(text(200)).max(100),
  links: z.array(LinkSchema).max(100),
  experience: z.array(ExperienceSchema).max(1000),
  education: z.array(EducationSchema).max(200),
  skills: z.array(SkillSchema).max(2000),
  stats: StatsSchema,
  /** Which extraction layer gave each top-level field. */
  provenance: z.record(z.string().max(100), ExtractionMethod),
  /** Things the pipeline was unsure of or found inconsistent; never fatal. */
  warnings: z.array(WarningSchema).max(500),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ExportEnvelopeSchema = z.object({
  format: z.literal('profile-lens.export'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  profiles: z.array(ProfileSchema),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;
