/**
 * The Profile: the one contract shared by the panel, the store, exports, the
 * CLI and the tests. `npm run schema` writes it as JSON Schema to
 * schema/profile.schema.json.
 *
 * Written with zod/mini (the functional API of zod 4): the side panel validates
 * every profile it receives, and mini keeps that validator a third of classic
 * zod's size. The schemas parse exactly as classic ones and compose with them.
 */
import * as z from 'zod/mini';

// No code generation: the extension's CSP refuses eval, and zod then needs no `new Function` probe.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1 as const;

/** "YYYY-MM" or "YYYY". */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/));
export type PartialDate = z.infer<typeof PartialDate>;

export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

const text = (max = 20_000) => z.string().check(z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const count = () => z.int().check(z.minimum(0));

/** Only http(s) and mailto survive; anything else is rejected at the boundary. */
export const SafeUrl = z.string().check(
  z.maxLength(4096),
  z.refine((u) => /^(https?:\/\/|mailto:)/i.test(u), 'only http, https and mailto links are kept'),
);

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
  location: z.nullable(text(500)),
  start: z.nullable(PartialDate),
  end: z.nullable(PartialDate),
  current: z.boolean(),
  /** Whole months, inclusive of both end months: Dec 2018 – Sep 2019 = 10. See lib/normalize/dates.ts. */
  durationMonths: z.nullable(count()),
  /** The duration as the page wrote it, e.g. "9 months". */
  statedDuration: z.nullable(text(200)),
  /** The dates as the page wrote them, e.g. "Dec 2018 - Sep 2019". */
  datesText: z.nullable(text(500)),
  description: text(),
  highlights: list(text(5000), 200),
  skills: list(text(200), 500),
  /** Seniority read from the title ("Principal Engineer & Co-Founder" → principal, founder). */
  seniority: list(Seniority, 12),
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
  degree: z.nullable(text(500)),
  degreeLevel: z.nullable(DegreeLevel),
  field: z.nullable(text(500)),
  start: z.nullable(PartialDate),
  end: z.nullable(PartialDate),
  description: text(),
});
export type Education = z.infer<typeof EducationSchema>;

export const SkillSchema = z.object({
  name: text(200),
  category: SkillCategory,
  sources: list(SkillSource, 10),
  mentions: count(),
  /** Where it was named: "listed", "headline", "summary", "experience.<i>", "education.<i>", "projects". */
  evidence: list(text(200), 100),
  /** Estimated months of use: the union of the dated roles that mention it. */
  months: z.nullable(count()),
  /** End of the latest role that mentions it ("present" roles give the current month). */
  lastUsed: z.nullable(PartialDate),
  /** Expanded from a stack ("MERN" → MongoDB ...): the stack's name. */
  via: z.nullable(text(200)),
});
export type Skill = z.infer<typeof SkillSchema>;

export const LinkSchema = z.object({ label: text(500), url: SafeUrl });

const Months = count();
export const StatsSchema = z.object({
  /** Union of all dated roles, overlaps merged, in months. */
  totalExperienceMonths: z.nullable(Months),
  /** The same without internships. */
  totalExperienceMonthsExcludingInternships: z.nullable(Months),
  currentTitle: z.nullable(text(500)),
  currentCompany: z.nullable(text(500)),
  /** Seniority of the current (else latest) role. */
  seniority: list(Seniority, 12),
  /** Time at each company (consecutive and overlapping roles merged), in page order. */
  companies: list(z.object({ key: text(500), name: text(500), months: z.nullable(Months), roles: z.int().check(z.minimum(1)) }), 1000),
  averageTenureMonths: z.nullable(Months),
  /** Gaps longer than six months between dated roles. */
  gaps: list(z.object({ from: PartialDate, to: PartialDate, months: Months }), 500),
});

export const InsightSchema = z.object({
  kind: z.enum(['claim-vs-history', 'overlap', 'gap', 'duration-mismatch', 'education-overlap']),
  /** A neutral statement of fact, never a verdict. */
  message: text(1000),
  /** Where it comes from: quoted text or field paths. */
  evidence: list(text(1000), 20),
});
export type Insight = z.infer<typeof InsightSchema>;

export const WarningSchema = z.object({ field: text(200), message: text(1000) });

export const ProfileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Stable id: "<site>:<profileId>". */
  id: text(600),
  source: z.object({
    site: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
    /** The page's canonical URL: http(s) only, or "" when there is no page (pasted text). */
    url: z.union([z.literal(''), z.string().check(z.maxLength(4096), z.regex(/^https?:\/\//i, 'only http and https source pages'))]),
    profileId: text(500),
    extractedAt: z.iso.datetime(),
    /** The layer that gave most fields; per-field detail is in `provenance`. */
    method: ExtractionMethod,
  }),
  name: text(500),
  handle: z.nullable(text(200)),
  headline: z.nullable(text(2000)),
  summary: z.nullable(text()),
  location: z.nullable(z.object({ text: text(500), countryCode: z.nullable(CountryCode) })),
  workAuthorization: list(CountryCode, 300),
  availability: list(text(200), 50),
  jobCategories: list(text(200), 100),
  links: list(LinkSchema, 100),
  experience: list(ExperienceSchema, 1000),
  education: list(EducationSchema, 200),
  skills: list(SkillSchema, 2000),
  stats: StatsSchema,
  /** Which extraction layer gave each top-level field. */
  provenance: z.record(text(100), ExtractionMethod),
  /** Things the pipeline was unsure of or found inconsistent; never fatal. */
  warnings: list(WarningSchema, 500),
  /** Facts worth a look, with their evidence (claims vs dated history, overlaps, gaps). */
  insights: list(InsightSchema, 200),
  /** 0..1: how much of a full profile was found (name, headline, experience with dates, education, skills, location). */
  completeness: z.number().check(z.minimum(0), z.maximum(1)),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ExportEnvelopeSchema = z.object({
  format: z.literal('profile-lens.export'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: z.iso.datetime(),
  profiles: z.array(ProfileSchema),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;
