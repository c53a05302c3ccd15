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
  /** Lower-cased tokens. */
  toks: string[];
  /** Raw tokens that must match exactly (exact / ambiguous forms), else null. */
  raw: string[] | null;
  ambiguous: boolean;
  /** For stop phrases: the lower-cased text the matched span must equal (separators included). */
  literal: string | null;
}

interface Index {
  byFirst: Map<string, Form[]>;
  /** Sub-skill forms keyed by parent skill then first token: "AWS" → "lambda" → [AWS Lambda]. */
  children: Map<Skill, Map<string, Form[]>>;
  /** Label key (see labelKey) → skill, for canonicalSkill / skillCategory. */
  byLabel: Map<string, Skill>;
  skills: Map<string, Skill>;
  /** Hashes (hashToken) of every token of every form, so tokenize can skip the rest. */
  known: Set<number>;
}

/** Phrases whose words would otherwise look like skills. Compared literally (case-insensitive). */
const STOP_PHRASES = [
  'go-to', 'go-live', 'go live', "let's go", 'let’s go', 'lets go', 'r&d', 'r & d', 'c-level', 'c level', 'c-suite',
  'c suite', 'plan c', 'series c', 'vitamin c', 'type-c', 'type c', 'usb-c', 'swift code', 'swift codes',
  'spring break', 'spring semester', 'spring term', 'spring season', 'spring/summer', 'excel at', 'excels at',
  'excelled at', 'make sure', 'ruby red', 'rust belt', 'salt lake', 'express entry', 'american express',
  'less than', 'more or less', 'go ahead', 'go back', 'go beyond', 'go through', 'linear regression',
  'linear algebra', 'linear programming', 'linear models', 'linear model',
];

/** Words after an ambiguous skill that make it technical ("Go ecosystem", "Flask APIs", "Rust-based"). */
const NEXT_CUES = new Set([
  'based', 'ecosystem', 'api', 'apis', 'microservice', 'microservices', 'service', 'services', 'developer',
  'developers', 'development', 'engineer', 'engineers', 'engineering', 'code', 'codebase', 'codebases', 'language',
  'sdk', 'sdks', 'framework', 'frameworks', 'library', 'libraries', 'stack', 'backend', 'backends', 'app', 'apps',
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
const PREV_CUES = new Set(['in', 'with', 'using', 'via', 'leveraging', 'leverage', 'leveraged', 'utilizing', 'written']);

// ---------------------------------------------------------------------------------------------------------
// Tokenizer

const GAP_WEAK = 1;
const GAP_SENTENCE = 2;
const GAP_OPEN = 4;
const GAP_CLOSE = 8;
const GAP_LIST = 16;
const GAP_HYPHEN = 32;

interface Tokens {
  text: string;
  start: number[];
  end: number[];
  lower: string[];
  /** Flags of the gap before each token (0 for the first). */
  gap: number[];
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(text[i]!);
}

/** Hash of a token's lower-cased ASCII characters (see `known` in tokenize). */
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function hashToken(tok: string): number {
  let h = 7;
  for (let k = 0; k < tok.length; k++) h = hashStep(h, tok.charCodeAt(k));
  return h;
}

/**
 * Splits text into tokens. With `known` (hashes of every token that occurs in an alias), tokens that cannot
 * be part of any alias get '' as their lower-case form instead of a new string: most of a long page.
 */
function tokenize(text: string, known?: Set<number>): Tokens {
  const start: number[] = [];
  const end: number[] = [];
  const lower: string[] = [];
  const gap: number[] = [];
  const n = text.length;
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
    let ascii = true;
    let j = s;
    for (; j < n; j++) {
      let d = text.charCodeAt(j);
      if (d < 128) {
        if (d >= 65 && d <= 90) d += 32;
        else if (!((d >= 97 && d <= 122) || (d >= 48 && d <= 57) || (j === s && d === 46))) break;
      } else if (isWordCode(d, text, j)) ascii = false;
      else break;
      h = hashStep(h, d);
    }
    // attached "+" / "#" runs: C++, C#, F#
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d !== 43 && d !== 35) break;
      h = hashStep(h, d);
      j++;
    }
    gap.push(prevEnd < 0 ? 0 : s - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? GAP_WEAK : classifyGap(text, prevEnd, s));
    start.push(s);
    end.push(j);
    lower.push(!known || !ascii || known.has(h) ? text.slice(s, j).toLowerCase() : '');
    prevEnd = j;
    i = j;
  }
  return { text, start, end, lower, gap };
}

/** Lower-cased token i, also when tokenize left it out. */
function lowerAt(t: Tokens, i: number): string {
  return t.lower[i] || t.text.slice(t.start[i], t.end[i]).toLowerCase();
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
    if (c === 45 || c === 95 || c === 46 || c === 47 || c === 38 || c === 43 || c === 39 || c === 0x2019) {
      punct++;
      punctChar = c;
      if (c === 45) flags |= GAP_HYPHEN;
      if (c === 47) flags |= GAP_LIST;
      if (c === 46 || c === 33 || c === 63) {
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
    } else if (c === 10 || c === 13 || c === 44 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7 || c === 58)
      flags |= GAP_LIST;
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

function formsOf(entry: SkillEntry): { text: string; exact: boolean; ambiguous: boolean }[] {
  const amb = new Set((entry.ambiguousAliases ?? []).map((a) => a.toLowerCase()));
  const exact = new Set((entry.exact ?? []).map((a) => a.toLowerCase()));
  const out: { text: string; exact: boolean; ambiguous: boolean }[] = [];
  const all = [entry.name, ...(entry.aliases ?? [])];
  for (const text of all) {
    const k = text.toLowerCase();
    const ambiguous = (text === entry.name && entry.ambiguous === true) || amb.has(k);
    out.push({ text, exact: ambiguous || exact.has(k), ambiguous });
  }
  for (const a of entry.ambiguousAliases ?? []) if (!all.includes(a)) out.push({ text: a, exact: true, ambiguous: true });
  for (const a of entry.exact ?? []) if (!all.includes(a)) out.push({ text: a, exact: true, ambiguous: false });
  return out;
}

function buildIndex(): Index {
  const byFirst = new Map<string, Form[]>();
  const byLabel = new Map<string, Skill>();
  const skills = new Map<string, Skill>();
  const seen = new Set<string>();
  const all: Form[] = [];
  const add = (f: Form) => {
    const first = f.toks[0];
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
      const t = tokenize(form.text);
      if (t.lower.length === 0) continue;
      const raws = t.start.map((s, k) => form.text.slice(s, t.end[k]));
      add({ skill, toks: t.lower, raw: form.exact ? raws : null, ambiguous: form.ambiguous, literal: null });
      if (t.lower.length > 1) {
        add({
          skill,
          toks: [t.lower.join('')],
          raw: form.exact ? [raws.join('')] : null,
          ambiguous: form.ambiguous,
          literal: null,
        });
      }
    }
  }
  for (const phrase of STOP_PHRASES) {
    const t = tokenize(phrase);
    add({ skill: null, toks: t.lower, raw: null, ambiguous: false, literal: phrase.toLowerCase() });
  }
  for (const list of byFirst.values()) {
    list.sort((x, y) => y.toks.length - x.toks.length || (x.skill ? 1 : 0) - (y.skill ? 1 : 0));
  }

  // Sub-skills: a multi-token form whose leading tokens are a whole form of another skill.
  const bySeq = new Map<string, Skill>();
  for (const f of all) if (f.skill && !bySeq.has(f.toks.join(' '))) bySeq.set(f.toks.join(' '), f.skill);
  const children = new Map<Skill, Map<string, Form[]>>();
  for (const f of all) {
    if (!f.skill || f.toks.length < 2) continue;
    for (let p = 1; p < f.toks.length; p++) {
      const parent = bySeq.get(f.toks.slice(0, p).join(' '));
      if (!parent || parent === f.skill) continue;
      const rest = f.toks.slice(p);
      let m = children.get(parent);
      if (!m) children.set(parent, (m = new Map()));
      let list = m.get(rest[0]!);
      if (!list) m.set(rest[0]!, (list = []));
      if (!list.some((g) => g.skill === f.skill && g.toks.join(' ') === rest.join(' ')))
        list.push({ skill: f.skill, toks: rest, raw: null, ambiguous: false, literal: null });
    }
  }
  for (const m of children.values()) for (const list of m.values()) list.sort((x, y) => y.toks.length - x.toks.length);
  const known = new Set<number>();
  for (const f of all) for (const tok of f.toks) known.add(hashToken(tok));
  return { byFirst, children, byLabel, skills, known };
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

function fits(t: Tokens, i: number, f: Form): boolean {
  const len = f.toks.length;
  if (i + len > t.start.length) return false;
  for (let k = 1; k < len; k++) {
    if (!(t.gap[i + k]! & GAP_WEAK)) return false;
    if (t.lower[i + k] !== f.toks[k]) return false;
  }
  if (f.raw) {
    for (let k = 0; k < len; k++) if (t.text.slice(t.start[i + k], t.end[i + k]) !== f.raw[k]) return false;
  }
  if (f.literal !== null && t.text.slice(t.start[i], t.end[i + len - 1]).toLowerCase() !== f.literal) return false;
  return true;
}

function scan(t: Tokens, idx: Index): Hit[] {
  const hits: Hit[] = [];
  const n = t.start.length;
  let parent: Skill | null = null;
  let last: Hit | null = null;
  let i = 0;
  while (i < n) {
    const g = t.gap[i]!;
    const tok = t.lower[i]!;
    if (g & GAP_CLOSE) parent = null;
    if (g & GAP_OPEN) parent = last && last.b === i - 1 ? last.skill : null;
    let hit: Hit | null = null;
    let consumed = 0;
    if (parent) {
      const list = tok ? idx.children.get(parent)?.get(tok) : undefined;
      if (list) {
        for (const f of list) {
          if (fits(t, i, f)) {
            hit = { skill: f.skill!, a: i, b: i + f.toks.length - 1, ambiguous: false };
            consumed = f.toks.length;
            break;
          }
        }
      }
    }
    if (!hit) {
      const list = tok ? idx.byFirst.get(tok) : undefined;
      if (list) {
        for (const f of list) {
          if (!fits(t, i, f)) continue;
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

function resolve(t: Tokens, hits: Hit[]): Hit[] {
  if (!hits.some((h) => h.ambiguous)) return hits;
  const covered = new Set<number>();
  for (const h of hits) for (let k = h.a; k <= h.b; k++) covered.add(k);
  const n = t.start.length;
  const keep = hits.map((h) => !h.ambiguous);
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
    const nextRaw = nx >= 0 ? t.text.slice(t.start[nx], t.end[nx]) : '';
    const cueAfter = nextWeak && NEXT_CUES.has(nextTok);
    // negative: a year right after ("Spring 2021"), or part of a longer proper noun ("Rust Belt", "American Express")
    if (nextWeak && /^(19|20)\d\d$/.test(nextTok)) continue;
    if (nextWeak && !covered.has(nx) && !cueAfter && isCapitalizedWord(nextRaw)) continue;
    if (prevWeak && !covered.has(pv) && !cueAfter) {
      const prevRaw = t.text.slice(t.start[pv], t.end[pv]);
      const prevStartsSentence = pv === 0 || (t.gap[pv]! & (GAP_SENTENCE | GAP_LIST)) !== 0;
      if (isCapitalizedWord(prevRaw) && !prevStartsSentence && !PREV_CUES.has(prevRaw.toLowerCase())) continue;
    }
    if (cueAfter) {
      keep[hi] = true;
      continue;
    }
    if (pv >= 0 && (prevWeak || (t.gap[h.a]! & GAP_LIST) === 0) && sameSentence(t, pv, h.a)) {
      const prevRaw = t.text.slice(t.start[pv], t.end[pv]);
      if (PREV_CUES.has(prevRaw) && !covered.has(pv)) {
        keep[hi] = true;
        continue;
      }
    }
    if (near(hi, (j) => !hits[j]!.ambiguous, 3)) {
      keep[hi] = true;
      continue;
    }
  }
  // lists of ambiguous skills only ("Go, Rust and Elixir"): adjacent pairs validate each other
  for (let hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    if (keep[hi] || !h.ambiguous) continue;
    const pairOk = (j: number) => {
      const o = hits[j]!;
      if (!o.ambiguous && !keep[j]) return false;
      const [x, y] = o.a < h.a ? [o, h] : [h, o];
      const between = y.a - x.b - 1;
      if (between > 1) return false;
      if (between === 1 && !['and', 'or'].includes(lowerAt(t, x.b + 1))) return false;
      return true;
    };
    if (near(hi, pairOk, 1)) keep[hi] = true;
  }
  return hits.filter((_, k) => keep[k]);
}

/** Finds canonical skills in free text, in text order. Stacks also yield their parts (with `via`). */
export function matchSkills(text: string): SkillMatch[] {
  if (!text) return [];
  const idx = getIndex();
  const t = tokenize(text, idx.known);
  const hits = resolve(t, scan(t, idx));
  const out: SkillMatch[] = [];
  for (const h of hits) {
    const index = t.start[h.a]!;
    const length = t.end[h.b]! - index;
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
