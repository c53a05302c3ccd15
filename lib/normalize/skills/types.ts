/**
 * Shape of the curated skills taxonomy (see taxonomy.ts) shared by the data files and the matcher.
 */
import type { SkillCategory } from '../../schema/profile';

export type { SkillCategory };

export interface SkillEntry {
  /** Canonical, conventional spelling ("Node.js", "REST APIs", "CI/CD"). */
  name: string;
  category: SkillCategory;
  /** Other spellings. Matched case- and punctuation-insensitively unless listed in `exact` or `ambiguousAliases`. */
  aliases?: string[];
  /**
   * The name itself is also an ordinary word ("Go", "Swift", "Spring"): in free text it only counts when written
   * with its usual casing AND in a technical context (next to another skill, a list, or a cue word such as
   * "in", "using", "-based", "APIs", "developer").
   */
  ambiguous?: boolean;
  /** Aliases that are ordinary words, same rule as `ambiguous` ("Spark" for Apache Spark, "Node" for Node.js). */
  ambiguousAliases?: string[];
  /** Forms (name or aliases) that only match with exactly this casing, without a context check ("REST", "SPA", "MEAN"). */
  exact?: string[];
  /**
   * Forms that name the skill only where skills are listed (a tag, a skills section), never in free text: acronyms
   * that are mostly something else in a sentence ("QA builds", "our CRO", "the CSM team"). Exact casing.
   */
  listedOnly?: string[];
  /** A stack that stands for other skills ("MERN Stack" → MongoDB, Express, React, Node.js). */
  expands?: string[];
}
