/**
 * The hostile corpus (tests/hostile/) through the CLI's path in Node: each
 * page → takeSnapshot(documentFor(...)) or textSnapshot(...) → runPipeline.
 * Whatever a stranger's page holds, the answer is a schema-valid Profile or a
 * refusal with a reason, quickly; links keep only http, https and mailto;
 * nothing pollutes Object.prototype; long text is cut with a visible marker;
 * invisible bidi and zero-width controls never reach a field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFor } from '../../cli/dom';
import { runPipeline, type PipelineResult } from '../../lib/pipeline';
import { ProfileSchema, type Profile } from '../../lib/schema/profile';
import { MAX_TEXT } from '../../lib/schema/limits';
import { takeSnapshot } from '../../lib/snapshot/take';
import { textSnapshot } from '../../lib/snapshot/text';
import { TRUNCATION_MARK } from '../../lib/normalize/text';
import { toCsv } from '../../lib/store/export';
import { HOSTILE, INVISIBLE, type HostileFixture } from '../hostile/fixtures';

const NOW = new Date('2025-06-15T00:00:00Z');
const BUDGET_MS = 1000;

interface Run {
  result: PipelineResult;
  snapshotMs: number;
  pipelineMs: number;
}

const runs = new Map<string, Run>();

function read(f: HostileFixture): Run {
  const content = f.content();
  const isText = /\.txt$/.test(f.name);
  // The DOM parse is the browser's job (linkedom stands in for it here), so it is not timed.
  const doc = isText ? null : documentFor(content, f.name);
  const t0 = performance.now();
  const snapshot = isText ? textSnapshot(content, f.url) : takeSnapshot(doc!, f.url);
  const t1 = performance.now();
  const result = runPipeline(snapshot, { now: NOW });
  const t2 = performance.now();
  return { result, snapshotMs: t1 - t0, pipelineMs: t2 - t1 };
}

function run(f: HostileFixture): Run {
  let r = runs.get(f.name);
  if (!r) {
    r = read(f);
    // A garbage-collection pause on a big page is not the code's time: measure once more before judging.
    if (r.snapshotMs >= BUDGET_MS || r.pipelineMs >= BUDGET_MS) {
      const again = read(f);
      r = { ...r, snapshotMs: Math.min(r.snapshotMs, again.snapshotMs), pipelineMs: Math.min(r.pipelineMs, again.pipelineMs) };
    }
    runs.set(f.name, r);
  }
  return r;
}

const profileOf = (f: HostileFixture): Profile => {
  const r = run(f).result;
  if (!r.ok) throw new Error(`${f.name}: refused (${r.reason})`);
  return r.profile;
};
const fixture = (name: string) => HOSTILE.find((f) => f.name === name)!;

/** Every string in a value, with its path. */
function strings(v: unknown, path = '$', out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => strings(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) strings(x, `${path}.${k}`, out);
  return out;
}

/** Every object in a value (to check prototypes and keys). */
function objects(v: unknown, out: object[] = []): object[] {
  if (v && typeof v === 'object') {
    out.push(v);
    for (const x of Object.values(v)) objects(x, out);
  }
  return out;
}

const SAFE_SCHEME = /^(https?:\/\/|mailto:)/i;

/** RFC 4180 cells (quoted cells may hold commas, quotes and line breaks). */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        const q = csv.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        cell += csv.slice(i, q);
        i = q + 1;
        if (csv[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\r\n]/.exec(csv.slice(i));
      const end = m ? i + m.index : csv.length;
      cell = csv.slice(i, end);
      i = end;
    }
    cells.push(cell);
    if (csv[i] === ',') i++;
    else if (csv.startsWith('\r\n', i)) i += 2;
  }
  return cells;
}

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayProtoBefore = Object.getOwnPropertyNames(Array.prototype).sort();

beforeAll(() => {
  // Warm the pipeline up (module init, regex compilation) so the budget measures the page, not the first call.
  runPipeline(textSnapshot('Jane Doe\nEngineer\n\nEXPERIENCE\nEngineer — Acme\nJan 2019 – Present\n', 'https://example.com/warm.txt'), { now: NOW });
});

describe.each(HOSTILE.map((f) => [f.name, f] as const))('hostile page %s', (_name, f) => {
  it(`answers within ${BUDGET_MS} ms`, () => {
    const r = run(f);
    expect(r.snapshotMs, 'snapshot time').toBeLessThan(BUDGET_MS);
    expect(r.pipelineMs, 'pipeline time').toBeLessThan(BUDGET_MS);
  });

  it(`gives ${f.expect === 'either' ? 'a profile or a refusal' : f.expect === 'profile' ? 'a schema-valid profile' : 'a refusal'}`, () => {
    const { result } = run(f);
    if (result.ok) {
      expect(f.expect).not.toBe('refusal');
      const checked = ProfileSchema.safeParse(result.profile);
      expect(checked.success, checked.success ? '' : JSON.stringify(checked.error.issues[0])).toBe(true);
    } else {
      expect(f.expect, `refused: ${result.reason}`).not.toBe('profile');
      expect(result.reason).toMatch(/\S/);
      expect(result.reason.length).toBeLessThan(500);
    }
  });

  it('keeps every field within its limit', () => {
    const { result } = run(f);
    if (!result.ok) return;
    // The schema's own maxima (checked above) are at most MAX_TEXT; nothing gets past that, wherever it sits.
    for (const [path, s] of strings(result.profile)) expect(s.length, path).toBeLessThanOrEqual(MAX_TEXT);
    expect(JSON.stringify(result.profile).length).toBeLessThan(5_000_000);
  });

  it('keeps only http, https and mailto links', () => {
    const { result } = run(f);
    if (!result.ok) return;
    const p = result.profile;
    for (const l of p.links) expect(l.url, l.label).toMatch(SAFE_SCHEME);
    if (p.source.url) expect(p.source.url).toMatch(/^https?:\/\//);
    for (const [path, s] of strings(p)) {
      if (/\.url$/.test(path)) expect(s === '' || SAFE_SCHEME.test(s), `${path} = ${s}`).toBe(true);
    }
  });

  it('leaves Object.prototype and Array.prototype alone', () => {
    const { result } = run(f);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    if (!result.ok) return;
    for (const o of objects(result.profile)) {
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(o));
      expect(Object.prototype.hasOwnProperty.call(o, '__proto__')).toBe(false);
    }
  });

  it('lets no bidi override or zero-width character into a field', () => {
    const { result } = run(f);
    if (!result.ok) return;
    const bad = strings(result.profile).filter(([, s]) => INVISIBLE.test(s));
    expect(bad.map(([path, s]) => `${path} = ${JSON.stringify(s.slice(0, 80))}`)).toEqual([]);
  });

  it('exports to CSV without a cell a spreadsheet would run as a formula', () => {
    const { result } = run(f);
    if (!result.ok) return;
    for (const cell of csvCells(toCsv([result.profile]))) expect(cell, cell.slice(0, 60)).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('never cuts text without a marker', () => {
    const { result } = run(f);
    if (!result.ok) return;
    // The generated fields repeat one word for 200 KB: wherever one shows up it was cut, so it must say so.
    for (const [path, s] of strings(result.profile)) {
      if (/^(\w+)(?: \1){60}/.test(s)) expect(s.endsWith(TRUNCATION_MARK) || s.endsWith('…'), `${path} (${s.length} chars) ends "${s.slice(-20)}"`).toBe(true);
    }
  });
});

describe('hostile pages: what comes out', () => {
  it('keeps markup as inert text: payloads are data, never dropped silently into markup', () => {
    const p = profileOf(fixture('himalayas-xss.html'));
    // The page's visible text survives as text; the panel renders it as text nodes (tests/e2e/security.test.ts).
    expect(p.name).toContain('<img src=x onerror=');
    expect(p.experience[0]!.company).toContain('<script>');
    expect(p.links.map((l) => l.url)).toEqual(expect.arrayContaining(['mailto:eve@example.com', 'https://ok.example/eve']));
    expect(JSON.stringify(p)).not.toMatch(/"url":"\s*(javascript|data|vbscript|file|chrome):/i);
  });

  it('drops every script-scheme link, however it is spelt', () => {
    const p = profileOf(fixture('himalayas-jsonld-poison.html'));
    expect(p.links.map((l) => l.url).sort()).toEqual(['https://github.com/mallory', 'mailto:mallory@example.com']);
  });

  it('cuts the 200 KB title with the marker', () => {
    const p = profileOf(fixture('long-fields.html'));
    const title = p.experience[0]!.title;
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.endsWith(TRUNCATION_MARK)).toBe(true);
    expect(title.startsWith('Architect Architect')).toBe(true);
    for (const s of [p.name, p.headline!, p.location!.text, p.experience[0]!.company, p.education[0]!.institution]) expect(s.endsWith(TRUNCATION_MARK), s.slice(0, 20)).toBe(true);
  });

  it('cuts long plain-text fields with the marker', () => {
    const p = profileOf(fixture('long-fields.txt'));
    const highlight = p.experience.flatMap((e) => e.highlights).find((h) => h.startsWith('Highlight'));
    expect(highlight?.endsWith(TRUNCATION_MARK)).toBe(true);
    expect(p.summary?.startsWith('Summary Summary')).toBe(true);
    expect(p.summary!.endsWith(TRUNCATION_MARK)).toBe(true);
  });

  it('reads a 5 MB page, keeping what fits the snapshot', () => {
    const p = profileOf(fixture('big-page.html'));
    expect(p.name).toBe('Bob Bigpage');
    expect(p.experience.length).toBeGreaterThan(100);
  });

  it('skips a 5 MB JSON-LD string and keeps the valid block beside it', () => {
    const p = profileOf(fixture('huge-jsonld.html'));
    expect(p.name).toBe('Hugh Jason');
  });

  it('survives 10,000-deep nesting of elements and of JSON', () => {
    const p = profileOf(fixture('deep-nesting.html'));
    expect(p.name).toBe('Dee Deep');
    expect(p.experience.map((e) => e.company)).toEqual(['Acme']);
  });

  it('keeps the valid JSON-LD Person beside a block too wide to spread', () => {
    // A JSON-LD array of 400,000 numbers must cost only itself, not the page's other blocks.
    expect(profileOf(fixture('wide-jsonld.html')).name).toBe('Wanda Wide');
  });

  it('keeps the valid JSON-LD Person beside a 20,000-node @graph', () => {
    expect(profileOf(fixture('flood-jsonld.html')).name).toBe('Flora Flood');
  });

  it('never keeps a range that ends before it starts, nor a future start without a warning', () => {
    const month = (d: string, side: 'first' | 'last') => Number(d.slice(0, 4)) * 12 + (d.length > 4 ? Number(d.slice(5)) - 1 : side === 'first' ? 0 : 11);
    const nowMonth = NOW.getUTCFullYear() * 12 + NOW.getUTCMonth();
    for (const name of ['himalayas-dates.html', 'resume-dates-unicode.txt', 'himalayas-jsonld-poison.html']) {
      const p = profileOf(fixture(name));
      const entries = [...p.experience.map((e, i) => ({ ...e, path: `experience.${i}` })), ...p.education.map((e, i) => ({ ...e, path: `education.${i}` }))];
      for (const e of entries) {
        if (e.start && e.end) expect(month(e.start, 'first') <= month(e.end, 'last'), `${name} ${e.path}: ${e.start} – ${e.end}`).toBe(true);
        if (e.start && month(e.start, 'first') > nowMonth + 1) {
          expect(p.warnings.some((w) => w.field.startsWith(`${e.path}.`)), `${name} ${e.path}: future start ${e.start} without a warning`).toBe(true);
        }
      }
      for (const e of p.experience) {
        if (e.durationMonths !== null) expect(e.durationMonths).toBeLessThanOrEqual((NOW.getUTCFullYear() - 1950 + 1) * 12);
      }
      expect(p.stats.totalExperienceMonths ?? 0).toBeLessThanOrEqual((NOW.getUTCFullYear() - 1950 + 1) * 12);
    }
  });

  it('does not let another site claim a Himalayas identity through rel=canonical', () => {
    // https://evil.example/cv says its canonical URL is https://himalayas.app/@victim. Saving it must not
    // overwrite the real @victim in the library, nor show a Himalayas source link for text from evil.example.
    const { result } = run(fixture('generic-canonical-spoof.html'));
    if (!result.ok) return;
    expect(result.profile.id).not.toBe('himalayas:victim');
    expect(result.profile.source.site).not.toBe('himalayas');
    expect(result.profile.source.url).not.toMatch(/^https:\/\/himalayas\.app\//);
  });
});

afterAll(() => {
  runs.clear();
});
