/**
 * What extractors produce: fields as the page wrote them, before
 * normalisation. Every field is optional; layers are merged field by field
 * (lib/extract/merge.ts) and then normalised (lib/normalize/).
 */
import type { Snapshot } from '../schema/snapshot';
import type { ExtractionMethod } from '../schema/profile';
import type { Detection } from '../detect/sites';

export interface RawExperience {
  title: string;
  company: string;
  location?: string | null;
  /** The date range as written, e.g. "Dec 2018 - Sep 2019" or "2017 – Present". */
  datesText?: string | null;
  /** A duration as written next to the dates, e.g. "9 months", "2 yrs 6 mos". */
  statedDuration?: string | null;
  /** Already-parsed ISO-ish dates from structured data (JSON-LD, <time datetime>), used before datesText. */
  startHint?: string | null;
  endHint?: string | null;
  /**
   * The source says the role is held now without giving an end (JSON-LD `worksFor`, an Occupation without
   * endDate). Honoured when no end date is known.
   */
  current?: boolean;
  /** Employment type taken off the company line ("Full-time", "Internship", "Jornada completa"), as written. */
  employmentType?: string | null;
  description?: string;
  highlights?: string[];
}

export interface RawEducation {
  institution: string;
  /** The degree as written, e.g. "Master’s Degree in Computer Science, Computer Science". */
  degree?: string | null;
  field?: string | null;
  datesText?: string | null;
  startHint?: string | null;
  endHint?: string | null;
  description?: string;
}

export interface RawLink {
  label: string;
  url: string;
}

export interface RawProfile {
  name?: string | null;
  handle?: string | null;
  headline?: string | null;
  summary?: string | null;
  location?: string | null;
  workAuthorization?: string[];
  availability?: string[];
  jobCategories?: string[];
  /** Skills the page lists as skills (a skills section, tags, knowsAbout). */
  skills?: string[];
  links?: RawLink[];
  experience?: RawExperience[];
  education?: RawEducation[];
  /** Free text of other sections (projects, certifications ...) kept for skill evidence. */
  projects?: string[];
  /** Fields the extractor was unsure of, with a reason. */
  unsure?: Array<{ field: string; message: string }>;
}

export interface ExtractContext {
  snapshot: Snapshot;
  detection: Detection | null;
}

/** One extraction layer. Returns null when it finds nothing. Must never throw (the pipeline guards anyway). */
export interface Extractor {
  method: ExtractionMethod;
  extract(ctx: ExtractContext): RawProfile | null;
}
