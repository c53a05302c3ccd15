/**
 * The Profile: the one contract shared by the panel, the store, exports, the
 * CLI and the tests. `npm run schema` writes it as JSON Schema to
 * schema/profile.schema.json.
 */
import * as z from 'zod';

// No code generation: the extension's CSP refuses eval, and zod then needs no `new Function` probe.
z.config({ jitless: true });

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

export const Seniority = z.enum(['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager', 'director', 'vp', 'c-level', 'founder']);
export type Seniority = z.infer<typeof Seniority>;
export const JobFunction = z.enum(['engineering', 'data-ml', 'design', 'product', 'research', 'management', 'operations', 'sales', 'marketing', 'support', 'other']);
export type JobFunction = z.infer<typeof JobFunction>;

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
  /** Seniority read from the title ("Principal Engineer & Co-Founder" → principal, founder). */
  seniority: z.array(Seniority).max(12),
  /** Job function read from the title. */
  function: JobFunction,
  /** Normalised company key: "Snap Inc" and "Snap" share one. */
  companyKey: text(500),
  internship: z.boolean(),
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
  /** Where it was named: "listed", "headline", "summary", "experience.<i>", "education.<i>", "projects". */
  evidence: z.array(text(200)).max(100),
  /** Estimated months of use: the union of the dated roles that mention it. */
  months: z.number().int().min(0).nullable(),
  /** End of the latest role that mentions it ("present" roles give the current month). */
  lastUsed: PartialDate.nullable(),
  /** Expanded from a stack ("MERN" → MongoDB ...): the stack's name. */
  via: text(200).nullable(),
});
export type Skill = z.infer<typeof SkillSchema>;

export const LinkSchema = z.object({ label: text(500), url: SafeUrl });

const Months = z.number().int().min(0);
export const StatsSchema = z.object({
  /** Union of all dated roles, overlaps merged, in months. */
  totalExperienceMonths: Months.nullable(),
  /** The same without internships. */
  totalExperienceMonthsExcludingInternships: Months.nullable(),
  currentTitle: text(500).nullable(),
  currentCompany: text(500).nullable(),
  /** Seniority of the current (else latest) role. */
  seniority: z.array(Seniority).max(12),
  /** Time at each company (consecutive and overlapping roles merged), in page order. */
  companies: z.array(z.object({ key: text(500), name: text(500), months: Months.nullable(), roles: z.number().int().min(1) })).max(1000),
  averageTenureMonths: Months.nullable(),
  /** Gaps longer than six months between dated roles. */
  gaps: z.array(z.object({ from: PartialDate, to: PartialDate, months: Months })).max(500),
});

export const InsightSchema = z.object({
  kind: z.enum(['claim-vs-history', 'overlap', 'gap', 'duration-mismatch', 'education-overlap']),
  /** A neutral statement of fact, never a verdict. */
  message: text(1000),
  /** Where it comes from: quoted text or field paths. */
  evidence: z.array(text(1000)).max(20),
});
export type Insight = z.infer<typeof InsightSchema>;

export const WarningSchema = z.object({ field: text(200), message: text(1000) });

export const ProfileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id: "<site>:<profileId>". */
  id: text(600),
  source: z.object({
    site: z.string().regex(/^[a-z0-9-]{1,40}$/),
    /** The page's canonical URL: http(s) only, or "" when there is no page (pasted text). */
    url: z.union([z.literal(''), z.string().max(4096).regex(/^https?:\/\//i, 'only http and https source pages')]),
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
  /** Facts worth a look, with their evidence (claims vs dated history, overlaps, gaps). */
  insights: z.array(InsightSchema).max(200),
  /** 0..1: how much of a full profile was found (name, headline, experience with dates, education, skills, location). */
  completeness: z.number().min(0).max(1),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ExportEnvelopeSchema = z.object({
  format: z.literal('profile-lens.export'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  profiles: z.array(ProfileSchema),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;
