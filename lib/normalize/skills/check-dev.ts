/**
 * Dev check: runs the matcher over the labelled dev pages (/work/shared/eval/dev) and prints recall,
 * precision, missing and unexpected skills per page, using the scorer's key. Crude on purpose: the whole
 * visible page text (chrome included) goes through matchSkills, and listed skill tags through canonicalSkill.
 * Run: `npx tsx lib/normalize/skills/check-dev.ts [dir]`. Exits 1 when a page is under 0.95 on either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalSkill, matchSkills } from './match';

export const DEFAULT_DIR = '/work/shared/eval/dev';

/** The scorer's key for a skill name. */
export function scoreKey(name: string): string {
  let k = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]/g, '');
  if (k.length > 4 && k.endsWith('js')) k = k.slice(0, -2);
  return k;
}

function decode(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
}

export function visibleText(html: string): string {
  return decode(
    html
      .replace(/<head[\s\S]*?<\/head>/gi, ' ')
      .replace(/<(script|style|noscript|svg)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/(p|div|li|h[1-6]|dt|dd|section|article|header|footer|ul|ol|tr|br)>|<br\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n');
}

/** Skill tags listed in a Himalayas-style sidebar: <dt>Skills</dt><dd>…<a>Tag</a>…</dd>. */
export function listedSkills(html: string): string[] {
  const m = /<dt[^>]*>\s*Skills\s*<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/i.exec(html);
  if (!m) return [];
  return [...m[1]!.matchAll(/>([^<>]+)<\/(?:a|span|li)>/g)].map((x) => decode(x[1]!).trim()).filter(Boolean);
}

interface Case {
  file: string;
  expect: { skills: { required: (string | string[])[]; allowed: string[] } };
}

export interface CaseResult {
  name: string;
  recall: number;
  precision: number;
  emitted: string[];
  missing: string[][];
  unexpected: string[];
}

/** Scores one labelled page: matchSkills over the visible text, canonicalSkill over listed tags. */
export function evaluateCase(dir: string, caseFile: string): CaseResult {
  const c = JSON.parse(readFileSync(join(dir, caseFile), 'utf8')) as Case;
  const raw = readFileSync(join(dir, c.file), 'utf8');
  const isHtml = c.file.endsWith('.html');
  const text = isHtml ? visibleText(raw) : raw;
  const emitted = new Map<string, string>();
  for (const m of matchSkills(text)) emitted.set(scoreKey(m.name), m.name);
  for (const tag of isHtml ? listedSkills(raw) : []) {
    const s = canonicalSkill(tag);
    emitted.set(scoreKey(s?.name ?? tag), s?.name ?? tag);
  }
  const required = c.expect.skills.required.map((r) => (Array.isArray(r) ? r : [r]));
  const ok = new Set([...required.flat(), ...c.expect.skills.allowed].map(scoreKey));
  const missing = required.filter((alts) => !alts.some((a) => emitted.has(scoreKey(a))));
  const unexpected = [...emitted].filter(([k]) => !ok.has(k)).map(([, n]) => n);
  return {
    name: caseFile.replace('.case.json', ''),
    recall: (required.length - missing.length) / Math.max(1, required.length),
    precision: (emitted.size - unexpected.length) / Math.max(1, emitted.size),
    emitted: [...emitted.values()],
    missing,
    unexpected,
  };
}

export function caseFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((x) => x.endsWith('.case.json'))
    .sort();
}

function main(dir: string): void {
  let failed = false;
  for (const f of caseFiles(dir)) {
    const r = evaluateCase(dir, f);
    if (r.recall < 0.95 || r.precision < 0.95) failed = true;
    console.log(
      `${r.name.padEnd(32)} recall ${r.recall.toFixed(3)}  precision ${r.precision.toFixed(3)}  (${r.emitted.length} emitted)`,
    );
    if (r.missing.length) console.log(`  missing:    ${r.missing.map((a) => a.join(' / ')).join(', ')}`);
    if (r.unexpected.length) console.log(`  unexpected: ${r.unexpected.join(', ')}`);
    if (process.env.VERBOSE) console.log(`  emitted:    ${r.emitted.join(', ')}`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv[2] ?? DEFAULT_DIR);
