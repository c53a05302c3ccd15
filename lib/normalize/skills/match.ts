/**
 * Skill matcher: finds canonical skills from the taxonomy in free text (token based, longest alias first),
 * resolves tags to canonical skills, and gives a skill's category. Pure TypeScript (Node and browser).
 *
 * How it works: the text is tokenized once (letters/digits, with attached "+"/"#" as in C++ and C#, and a
 * leading "." as in .NET); every gap between tokens is classified (weak: spaces or one of - _ . / & + ';
 * strong: commas, parentheses, newlines, sentence ends). Aliases are tokenized the same way and indexed by
 * their first token; a multi-token alias only matches across weak gaps, so "Java/Kotlin" is two skills while
 * "CI/CD" (itself an alias) is one. Each alias is also indexed in its joined form, so "NodeJS" finds
 * "Node.js". Items in parentheses after a skill are first tried as that skill's sub-skills
 * ("AWS (Lambda)" → AWS Lambda, "React (Hooks)" → React Hooks). Ambiguous words ("Go", "Spring", "Swift")
 * are kept only with their usual casing and a technical context: a nearby unambiguous skill, a cue word
 * ("in", "using", "-based", "APIs", "developer" …) or a list of other ambiguous skills.
 */
import type { SkillCategory } from '../../schema/profile';
import { TAXONOMY } from './taxonomy';
import type { SkillEntry } from './types';

export interface SkillMatch {
  name: string;
  category: SkillCategory;
  /** Offset of the matched text in the input (UTF-16 code units). */
  index: number;
  length: number;
  /** Set when the skill was expanded from a stack, e.g. "MERN Stack". */
  via?: string;
}

interface Skill {
  name: string;
  category: SkillCategory;
  expands: string[];
}

interface Form {
  /** null for a stop phrase: it consumes its tokens and yields nothing ("R&D", "C-level", "go-to"). */
  skill: Skill | null;
  /** Lower-cased tokens and their hashes. */
  toks: string[];
  hs: number[];
  /** Raw tokens that must match exactly (exact / ambiguous forms), else null. */
  raw: string[] | null;
  ambiguous: boolean;
  /** For stop phrases: the lower-cased text the matched span must equal (separators included). */
  literal: string | null;
}

interface Index {
  /** Forms by the hash of their first token, longest first. */
  byFirst: Map<number, Form[]>;
  /** Sub-skill forms by parent skill, then first-token hash: AWS → "lambda" → [AWS Lambda]. */
  children: Map<Skill, Map<number, Form[]>>;
  /** Label key (see labelKey) → skill, for canonicalSkill / skillCategory. */
  byLabel: Map<string, Skill>;
  skills: Map<string, Skill>;
  /** Bit set over the low 16 bits of first-token hashes (byFirst and children): skips most Map lookups. */
  firstBits: Uint8Array;
}

/** Phrases whose words would otherwise look like skills. Compared literally (case-insensitive). */
const STOP_PHRASES = [
  'go-to', 'go-live', 'go live', "let's go", 'let’s go', 'lets go', 'r&d', 'r & d', 'c-level', 'c level', 'c-suite',
  'c suite', 'plan c', 'series c', 'vitamin c', 'type-c', 'type c', 'usb-c', 'swift code', 'swift codes',
  'spring break', 'spring semester', 'spring term', 'spring season', 'spring/summer', 'excel at', 'excels at',
  'excelled at', 'make sure', 'ruby red', 'rust belt', 'salt lake', 'express entry', 'american express',
  'express scripts', 'less than', 'more or less', 'go ahead', 'go back', 'go beyond', 'go through', 'linear regression',
  'linear algebra', 'linear programming', 'linear models', 'linear model',
];

/** Words after an ambiguous skill that make it technical ("Go ecosystem", "Flask APIs", "Rust-based"). */
const NEXT_CUES = new Set([
  'based', 'ecosystem', 'api', 'apis', 'microservice', 'microservices', 'service', 'services', 'developer',
  'developers', 'development', 'engineer', 'engineers', 'engineering', 'code', 'codebase', 'codebases', 'language',
  'sdk', 'sdks', 'framework', 'frameworks', 'library', 'libraries', 'stack', 'backend', 'backends', 'frontend',
  'frontends', 'app', 'apps',
  'application', 'applications', 'project', 'projects', 'module', 'modules', 'programming', 'script', 'scripts',
  'scripting', 'server', 'servers', 'runtime', 'compiler', 'toolchain', 'tooling', 'components', 'plugin', 'plugins',
  'package', 'packages', 'crate', 'crates', 'jobs', 'queries', 'cluster', 'clusters', 'pipelines', 'pipeline',
  'workers', 'streaming', 'dataframes', 'notebooks', 'functions', 'secrets', 'playbooks', 'manifests', 'templates',
  'bindings', 'binaries', 'cli', 'tests', 'testing', 'version', 'versions', 'programmer', 'programmers', 'expertise',
  'experience', 'skills', 'powered', 'native', 'websites', 'site', 'sites', 'migration', 'upgrade', 'concurrency',
  'goroutines', 'generics', 'interop', 'tables', 'workflows', 'dashboards', 'reports', 'models', 'macros',
  'formulas', 'files', 'prototypes', 'mockups', 'designs', 'boards', 'docs', 'pages', 'routes', 'controllers',
  'endpoints', 'handlers', 'middleware', 'orm', 'schemas', 'containers', 'images', 'charts', 'agents', 'tasks',
]);

/** Words before an ambiguous skill that make it technical ("written in Go", "using Flask"). */
const PREV_CUES = new Set([
  'in', 'with', 'using', 'use', 'used', 'uses', 'via', 'leveraging', 'leverage', 'leveraged', 'utilizing', 'written',
  'wrote', 'writing', 'adopted', 'proficient', 'fluent', 'migrated', 'ported', 'rewrote', 'rewritten',
  // es / pt / fr / it / de: "en Excel", "con Spark", "com Go", "avec Rust", "mit Spring"
  'en', 'con', 'usando', 'utilizando', 'mediante', 'em', 'com', 'avec', 'utilisant', 'mit', 'unter',
]);
/** Words joining two items of a list: "Go and Rust", "Excel y Tableau", "Java und Kotlin". */
const LIST_JOINERS = ['and', 'or', 'y', 'e', 'o', 'ou', 'et', 'und', 'oder'];

// ---------------------------------------------------------------------------------------------------------
// Tokenizer

const GAP_WEAK = 1;
const GAP_SENTENCE = 2;
const GAP_OPEN = 4;
const GAP_CLOSE = 8;
const GAP_LIST = 16;
const GAP_HYPHEN = 32;
const GAP_NEWLINE = 64;

interface Tokens {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** hashToken of each token's lower-cased form. */
  hash: Int32Array;
  /** Flags of the gap before each token (0 for the first). */
  gap: Uint8Array;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // quick answers for spaces, general punctuation (dashes, quotes, bullets) and surrogates
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** Hash of a lower-cased token; tokenize computes the same while scanning, without making strings. */
function hashToken(tok: string): number {
  let h = 7;
  for (let k = 0; k < tok.length; k++) h = hashStep(h, tok.charCodeAt(k));
  return h;
}

function grow<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * Splits text into tokens (offsets, hash of the lower-cased token, gap flags) in one pass over the
 * characters. No per-token strings: lowerAt() makes one when a hash hits the index.
 */
function tokenize(text: string): Tokens {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let hash = new Int32Array(cap);
  let gap = new Uint8Array(cap);
  let count = 0;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    let s = -1;
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : isWordCode(c, text, i)) s = i;
    else if (c === 46 /* . */ && i + 1 < n) {
      // ".NET": a dot that starts a word (not "Node.js", where the dot follows a letter)
      const next = text.charCodeAt(i + 1);
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      if (((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) && !isWordCode(prev, text, i - 1)) s = i;
    }
    if (s < 0) {
      i++;
      continue;
    }
    let h = 7;
    let j = s;
    if (c === 46) {
      h = hashStep(h, 46);
      j++;
    }
    for (; j < n; j++) {
      let d = text.charCodeAt(j);
      if (d < 128) {
        if (d >= 97 && d <= 122) {
          // lower-case letter: most common
        } else if (d >= 65 && d <= 90) d += 32;
        else if (!(d >= 48 && d <= 57)) break;
      } else if (isWordCode(d, text, j)) d = text[j]!.toLowerCase().charCodeAt(0);
      else break;
      h = (Math.imul(h, 31) + d) | 0;
    }
    // attached "+" / "#" runs: C++, C#, F#
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d !== 43 && d !== 35) break;
      h = hashStep(h, d);
      j++;
    }
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      hash = grow(hash, cap);
      gap = grow(gap, cap);
    }
    gap[count] = prevEnd < 0 ? 0 : s - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? GAP_WEAK : classifyGap(text, prevEnd, s);
    start[count] = s;
    end[count] = j;
    hash[count] = h;
    count++;
    prevEnd = j;
    i = j;
  }
  return { text, count, start, end, hash, gap };
}

/** Lower-cased token i. */
function lowerAt(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]).toLowerCase();
}

/** Token i as written. */
function rawAt(t: Tokens, i: number): string {
  return t.text.slice(t.start[i], t.end[i]);
}

function classifyGap(text: string, a: number, b: number): number {
  if (a === b) return GAP_WEAK;
  let spaces = 0;
  let punct = 0;
  let punctChar = 0;
  let flags = 0;
  let strong = false;
  let spaceBefore = false;
  let spaceAfter = false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 0xa0) {
      spaces++;
      if (punct === 0) spaceBefore = true;
      else spaceAfter = true;
      continue;
    }
    if (c === 45 || c === 95 || c === 46 || c === 47 || c === 38 || c === 43 || c === 39 || c === 0x2019 || c === 0x2010 || c === 0x2011) {
      punct++;
      punctChar = c === 0x2010 || c === 0x2011 ? 45 : c;
      if (punctChar === 45) flags |= GAP_HYPHEN;
      if (c === 47) flags |= GAP_LIST;
      if (c === 46) {
        // sentence end: "." followed by whitespace
        const nx = k + 1 < b ? text.charCodeAt(k + 1) : -1;
        if (nx === 32 || nx === 10 || nx === 13 || nx === 9 || nx === 0xa0) flags |= GAP_SENTENCE;
      }
      continue;
    }
    strong = true;
    if (c === 40 || c === 91 || c === 123) flags |= GAP_OPEN;
    else if (c === 41 || c === 93 || c === 125) flags |= GAP_CLOSE;
    else if (c === 33 || c === 63) {
      const nx = k + 1 < b ? text.charCodeAt(k + 1) : 32;
      if (nx === 32 || nx === 10 || nx === 13 || nx === 9 || nx === 0xa0) flags |= GAP_SENTENCE;
    } else if (c === 10 || c === 13) flags |= GAP_LIST | GAP_NEWLINE;
    else if (c === 44 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7 || c === 58) flags |= GAP_LIST;
  }
  if (strong || punct > 1) return flags;
  if (punct === 1) {
    if (punctChar === 46 && spaces > 0) return flags; // "end. Next"
    if (punctChar === 45 && spaceBefore && spaceAfter) return flags & ~GAP_HYPHEN; // " - " is a dash
  }
  return flags | GAP_WEAK;
}

// ---------------------------------------------------------------------------------------------------------
// Index

let index: Index | null = null;

/** Key used for tags: lower-case, accents removed, only [a-z0-9+#] kept ("Vue.js" → "vuejs"). */
function labelKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]/g, '');
}

function formsOf(entry: SkillEntry): { text: string; exact: boolean; ambiguous: boolean; listedOnly: boolean }[] {
  const amb = new Set((entry.ambiguousAliases ?? []).map((a) => a.toLowerCase()));
  const exact = new Set((entry.exact ?? []).map((a) => a.toLowerCase()));
  const listed = new Set(entry.listedOnly ?? []);
  const out: { text: string; exact: boolean; ambiguous: boolean; listedOnly: boolean }[] = [];
  const all = [entry.name, ...(entry.aliases ?? [])];
  for (const text of all) {
    const k = text.toLowerCase();
    const ambiguous = (text === entry.name && entry.ambiguous === true) || amb.has(k);
    out.push({ text, exact: ambiguous || exact.has(k), ambiguous, listedOnly: listed.has(text) });
  }
  for (const a of entry.ambiguousAliases ?? []) if (!all.includes(a)) out.push({ text: a, exact: true, ambiguous: true, listedOnly: false });
  for (const a of entry.exact ?? []) if (!all.includes(a)) out.push({ text: a, exact: true, ambiguous: false, listedOnly: listed.has(a) });
  return out;
}

function makeForm(skill: Skill | null, toks: string[], raw: string[] | null, ambiguous: boolean, literal: string | null): Form {
  return { skill, toks, hs: toks.map(hashToken), raw, ambiguous, literal };
}

function buildIndex(): Index {
  const byFirst = new Map<number, Form[]>();
  const byLabel = new Map<string, Skill>();
  const skills = new Map<string, Skill>();
  const seen = new Set<string>();
  const all: Form[] = [];
  const add = (f: Form) => {
    const first = f.hs[0];
    if (first === undefined) return;
    const key = `${f.skill?.name ?? ''}\u0000${f.toks.join(' ')}\u0000${f.raw?.join(' ') ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    let list = byFirst.get(first);
    if (!list) byFirst.set(first, (list = []));
    list.push(f);
    all.push(f);
  };
  for (const entry of TAXONOMY) {
    let skill = skills.get(entry.name);
    if (!skill) {
      skill = { name: entry.name, category: entry.category, expands: entry.expands ?? [] };
      skills.set(entry.name, skill);
    }
    for (const form of formsOf(entry)) {
      const lk = labelKey(form.text);
      if (lk && !byLabel.has(lk)) byLabel.set(lk, skill);
      // Listed-only forms resolve tags (canonicalSkill) but are never matched in free text.
      if (form.listedOnly) continue;
      const t = tokenize(form.text);
      if (t.count === 0) continue;
      const toks: string[] = [];
      const raws: string[] = [];
      for (let k = 0; k < t.count; k++) {
        toks.push(lowerAt(t, k));
        raws.push(rawAt(t, k));
      }
      add(makeForm(skill, toks, form.exact ? raws : null, form.ambiguous, null));
      if (toks.length > 1) add(makeForm(skill, [toks.join('')], form.exact ? [raws.join('')] : null, form.ambiguous, null));
    }
  }
  for (const phrase of STOP_PHRASES) {
    const t = tokenize(phrase);
    const toks: string[] = [];
    for (let k = 0; k < t.count; k++) toks.push(lowerAt(t, k));
    add(makeForm(null, toks, null, false, phrase.toLowerCase()));
  }
  for (const list of byFirst.values()) {
    list.sort((x, y) => y.toks.length - x.toks.length || (x.skill ? 1 : 0) - (y.skill ? 1 : 0));
  }

  // Sub-skills: a multi-token form whose leading tokens are a whole form of another skill.
  const bySeq = new Map<string, Skill>();
  for (const f of all) if (f.skill && !bySeq.has(f.toks.join(' '))) bySeq.set(f.toks.join(' '), f.skill);
  const children = new Map<Skill, Map<number, Form[]>>();
  for (const f of all) {
    if (!f.skill || f.toks.length < 2) continue;
    for (let p = 1; p < f.toks.length; p++) {
      const parent = bySeq.get(f.toks.slice(0, p).join(' '));
      if (!parent || parent === f.skill) continue;
      const rest = f.toks.slice(p);
      let m = children.get(parent);
      if (!m) children.set(parent, (m = new Map()));
      const h = hashToken(rest[0]!);
      let list = m.get(h);
      if (!list) m.set(h, (list = []));
      if (!list.some((g) => g.skill === f.skill && g.toks.join(' ') === rest.join(' ')))
        list.push(makeForm(f.skill, rest, null, false, null));
    }
  }
  for (const m of children.values()) for (const list of m.values()) list.sort((x, y) => y.toks.length - x.toks.length);
  const firstBits = new Uint8Array(1 << 16);
  for (const h of byFirst.keys()) firstBits[h & 0xffff] = 1;
  for (const m of children.values()) for (const h of m.keys()) firstBits[h & 0xffff] = 1;
  return { byFirst, children, byLabel, skills, firstBits };
}

function getIndex(): Index {
  return (index ??= buildIndex());
}

// ---------------------------------------------------------------------------------------------------------
// Matching

interface Hit {
  skill: Skill;
  a: number;
  b: number;
  ambiguous: boolean;
}

function fits(t: Tokens, i: number, f: Form, first: string): boolean {
  const len = f.toks.length;
  if (i + len > t.count) return false;
  if (f.toks[0] !== first) return false;
  for (let k = 1; k < len; k++) {
    if (!(t.gap[i + k]! & GAP_WEAK)) return false;
    if (t.hash[i + k] !== f.hs[k] || lowerAt(t, i + k) !== f.toks[k]) return false;
  }
  if (f.raw) {
    for (let k = 0; k < len; k++) if (rawAt(t, i + k) !== f.raw[k]) return false;
  }
  if (f.literal !== null && t.text.slice(t.start[i], t.end[i + len - 1]).toLowerCase() !== f.literal) return false;
  return true;
}

function scan(t: Tokens, idx: Index): Hit[] {
  const hits: Hit[] = [];
  const n = t.count;
  let parent: Skill | null = null;
  let last: Hit | null = null;
  let i = 0;
  while (i < n) {
    const g = t.gap[i]!;
    if (g & GAP_CLOSE) parent = null;
    if (g & GAP_OPEN) parent = last && last.b === i - 1 ? last.skill : null;
    const h = t.hash[i]!;
    let hit: Hit | null = null;
    let consumed = 0;
    if (!idx.firstBits[h & 0xffff]) {
      i++;
      continue;
    }
    const kids: Form[] | undefined = parent ? idx.children.get(parent)?.get(h) : undefined;
    const list: Form[] | undefined = idx.byFirst.get(h);
    if (kids || list) {
      const first = lowerAt(t, i);
      if (kids) {
        for (const f of kids) {
          if (fits(t, i, f, first)) {
            hit = { skill: f.skill!, a: i, b: i + f.toks.length - 1, ambiguous: false };
            consumed = f.toks.length;
            break;
          }
        }
      }
      if (!hit && list) {
        for (const f of list) {
          if (!fits(t, i, f, first)) continue;
          consumed = f.toks.length;
          if (f.skill) hit = { skill: f.skill, a: i, b: i + consumed - 1, ambiguous: f.ambiguous };
          break;
        }
      }
    }
    if (hit) {
      hits.push(hit);
      last = hit;
    }
    i += consumed || 1;
  }
  return hits;
}

function isCapitalizedWord(s: string): boolean {
  const c = s.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  const d = s.charCodeAt(1);
  return d >= 97 && d <= 122;
}

/** True when there is no sentence break in the gaps before tokens a+1 … b. */
function sameSentence(t: Tokens, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (t.gap[k]! & GAP_SENTENCE) return false;
  return true;
}

/** "Engineer at Shopify", "worked at Datadog": a one-word brand right after "at" is the employer, not a skill. */
function isEmployer(t: Tokens, h: Hit): boolean {
  if (h.a !== h.b || h.a === 0 || !(t.gap[h.a]! & GAP_WEAK)) return false;
  const p = h.a - 1;
  if (t.end[p]! - t.start[p]! !== 2 || t.text.charCodeAt(t.start[p]!) !== 97 || t.text.charCodeAt(t.start[p]! + 1) !== 116) return false;
  return isCapitalizedWord(rawAt(t, h.a));
}

/** "lgpl.html", "index.js", "app.ts": a one-word skill glued to a word before it by a dot is a file extension. */
function isExtension(t: Tokens, h: Hit): boolean {
  if (h.a !== h.b || h.a === 0) return false;
  const s = t.start[h.a]!;
  return t.end[h.a - 1] === s - 1 && t.text.charCodeAt(s - 1) === 46;
}

/**
 * A one-letter name hyphened to a word is part of that word, never the language: "XLM-R", "C-suite", "R-squared".
 */
const inCompound = (t: Tokens, h: Hit): boolean =>
  h.a === h.b && t.end[h.a]! - t.start[h.a]! === 1 && ((h.a > 0 && (t.gap[h.a]! & GAP_HYPHEN) !== 0) || (h.b + 1 < t.count && (t.gap[h.b + 1]! & GAP_HYPHEN) !== 0));

/**
 * Drops employers and file extensions; keeps the unambiguous hits, and the ambiguous ones that have a technical
 * context (cue word, nearby skill, list of skills) and do not look like part of a proper noun.
 */
function resolve(t: Tokens, allHits: Hit[]): Hit[] {
  const hits = allHits.filter((h) => !isEmployer(t, h) && !isExtension(t, h) && !inCompound(t, h));
  if (!hits.some((h) => h.ambiguous)) return hits;
  const covered = new Uint8Array(t.count);
  for (const h of hits) for (let k = h.a; k <= h.b; k++) covered[k] = 1;
  const n = t.count;
  const keep = hits.map((h) => !h.ambiguous);
  /** Ambiguous hits ruled out by a negative pattern: no list can bring them back. */
  const blocked = new Uint8Array(hits.length);
  /** Reads as an item of a list rather than the first word of a sentence: what follows is a skill or a break. */
  const itemLike = (h: Hit): boolean => {
    const nx = h.b + 1;
    if (nx >= n || (t.gap[nx]! & (GAP_LIST | GAP_SENTENCE | GAP_OPEN | GAP_CLOSE)) !== 0 || covered[nx]) return true;
    return LIST_JOINERS.includes(lowerAt(t, nx)) && nx + 1 < n && covered[nx + 1] === 1;
  };
  /** Next to each other, or with only "and" / "or" between. */
  const adjacent = (o: Hit, h: Hit): boolean => {
    const [x, y] = o.a < h.a ? [o, h] : [h, o];
    const between = y.a - x.b - 1;
    if (between > 1) return false;
    for (let k = x.b + 1; k <= y.a; k++) if (t.gap[k]! & GAP_CLOSE) return false;
    return between === 0 || LIST_JOINERS.includes(lowerAt(t, x.b + 1));
  };
  const near = (hi: number, accept: (j: number) => boolean, maxGap: number): boolean => {
    const h = hits[hi]!;
    for (let j = hi - 1; j >= 0; j--) {
      const o = hits[j]!;
      if (h.a - o.b - 1 > maxGap) break;
      if (accept(j) && o.skill !== h.skill && sameSentence(t, o.b, h.a)) return true;
    }
    for (let j = hi + 1; j < hits.length; j++) {
      const o = hits[j]!;
      if (o.a - h.b - 1 > maxGap) break;
      if (accept(j) && o.skill !== h.skill && sameSentence(t, h.b, o.a)) return true;
    }
    return false;
  };
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (!h.ambiguous) continue;
    const nx = h.b + 1 < n ? h.b + 1 : -1;
    const pv = h.a - 1;
    const nextWeak = nx >= 0 && (t.gap[nx]! & GAP_WEAK) !== 0;
    const prevWeak = pv >= 0 && (t.gap[h.a]! & GAP_WEAK) !== 0;
    const nextTok = nx >= 0 ? lowerAt(t, nx) : '';
    const nextRaw = nx >= 0 ? rawAt(t, nx) : '';
    const cueAfter = nextWeak && NEXT_CUES.has(nextTok);
    // negative: a year right after ("Spring 2021"), part of a longer proper noun ("Rust Belt", "American Express"), or
    // where a project's popularity is counted ("1.2k GitHub stars", "400 stars on GitHub", "★ on GitHub")
    if (
      (nextWeak && /^(19|20)\d\d$/.test(nextTok)) ||
      (nextWeak && /^(?:stars?|followers|downloads|forks)$/.test(nextTok)) ||
      (pv >= 0 && prevWeak && lowerAt(t, pv) === 'on' && /(?:\bstars?|\bfollowers|\bdownloads|★)\s+on\s+$/iu.test(t.text.slice(Math.max(0, t.start[pv]! - 12), t.start[h.a]!))) ||
      (nextWeak && !covered[nx] && !cueAfter && isCapitalizedWord(nextRaw))
    ) {
      blocked[hi] = 1;
      continue;
    }
    if (prevWeak && !covered[pv] && !cueAfter) {
      const prevRaw = rawAt(t, pv);
      const prevStartsSentence = pv === 0 || (t.gap[pv]! & (GAP_SENTENCE | GAP_LIST)) !== 0;
      if (isCapitalizedWord(prevRaw) && !prevStartsSentence && !PREV_CUES.has(prevRaw.toLowerCase())) {
        blocked[hi] = 1;
        continue;
      }
    }
    if (cueAfter) {
      keep[hi] = true;
      continue;
    }
    // "in Go", "using Flask" (lower-case "in": "In Spring, …" opens a sentence about a season)
    if (pv >= 0 && prevWeak && !covered[pv] && PREV_CUES.has(rawAt(t, pv))) {
      keep[hi] = true;
      continue;
    }
    // At the start of a sentence or line the capital letter says nothing ("Make sure", "Swift action"): only a
    // directly adjacent skill counts there ("Go Python Rust", "Express and MongoDB").
    const initial = h.a === 0 || (t.gap[h.a]! & (GAP_SENTENCE | GAP_NEWLINE)) !== 0;
    if (initial ? itemLike(h) && near(hi, (j) => !hits[j]!.ambiguous && adjacent(hits[j]!, h), 1) : near(hi, (j) => !hits[j]!.ambiguous, 3))
      keep[hi] = true;
  }
  // lists of ambiguous skills only ("Go, Rust and Elixir"): adjacent pairs validate each other
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (keep[hi] || blocked[hi] || !h.ambiguous) continue;
    const pairOk = (j: number) => {
      const o = hits[j]!;
      if (!o.ambiguous || blocked[j] || !adjacent(o, h)) return false;
      const [x, y] = o.a < h.a ? [o, h] : [h, o];
      return y.a - x.b - 1 === 1 || (t.gap[y.a]! & GAP_LIST) !== 0;
    };
    if (near(hi, pairOk, 1)) keep[hi] = true;
  }
  return hits.filter((_, k) => keep[k]);
}

/** Finds canonical skills in free text, in text order. Stacks also yield their parts (with `via`). */
const WORD_STOP = /[\s()[\]{}<>,;"'`]/;
const URLISH = /:\/\/|^www\.|^(?:[\w-]+\.)+(?:com|org|net|io|dev|app)\/\S/i;
/** "owner/repo-name" in lower case with a hyphen, underscore or digit somewhere ("acme/kafka-go"; not "html/css"). */
const REPO_SLUG = /^[a-z0-9][a-z0-9_.-]*\/[a-z0-9_.-]+$/;

/** True when [a, b) sits inside a URL or a repository path ("github.com/x/react-app", "acme/kafka-go"): names there are not skills. */
export function inPath(text: string, a: number, b: number): boolean {
  let l = a;
  let r = b;
  while (l > 0 && a - l < 200 && !WORD_STOP.test(text[l - 1]!)) l--;
  while (r < text.length && r - b < 200 && !WORD_STOP.test(text[r]!)) r++;
  if (l === a && r === b) return false;
  const word = text.slice(l, r).replace(/[.:!?]+$/, '');
  if (!word.includes('/')) return false;
  return URLISH.test(word) || (REPO_SLUG.test(word) && /[-_\d]/.test(word));
}

export function matchSkills(text: string): SkillMatch[] {
  if (!text) return [];
  const idx = getIndex();
  const t = tokenize(text);
  const hits = resolve(t, scan(t, idx));
  const out: SkillMatch[] = [];
  for (const h of hits) {
    const index = t.start[h.a]!;
    const length = t.end[h.b]! - index;
    if (inPath(text, index, index + length)) continue;
    out.push({ name: h.skill.name, category: h.skill.category, index, length });
    for (const part of h.skill.expands) {
      const s = idx.skills.get(part);
      if (s) out.push({ name: s.name, category: s.category, index, length, via: h.skill.name });
    }
  }
  return out;
}

/**
 * Canonical skill for a label listed on its own (a tag such as "Vue.js", "web-performance", "NodeJS"):
 * alias lookup ignoring case and punctuation; failing that, the single skill the label mentions.
 */
export function canonicalSkill(label: string): { name: string; category: SkillCategory } | null {
  const idx = getIndex();
  const key = labelKey(label);
  if (!key) return null;
  const direct = idx.byLabel.get(key) ?? (key.length > 4 && key.endsWith('js') ? idx.byLabel.get(key.slice(0, -2)) : undefined);
  if (direct) return { name: direct.name, category: direct.category };
  const found = matchSkills(label).filter((m) => !m.via);
  const names = new Set(found.map((m) => m.name));
  if (names.size !== 1) return null;
  const m = found[0]!;
  return { name: m.name, category: m.category };
}

/** Category of a canonical skill name (or any alias); 'other' when unknown. */
export function skillCategory(name: string): SkillCategory {
  return getIndex().byLabel.get(labelKey(name))?.category ?? 'other';
}
