/**
 * `npm run bench`: the performance budgets, measured (not asserted by tests).
 *
 * - pipeline (snapshot + extract + normalise) median per fixture page, in Node with linkedom, after warm-up;
 * - a generated 2 MB page with 300 roles;
 * - the content scripts' gzipped size in the Chrome build (.output/chrome-mv3; run `npm run build` first).
 *
 * Prints a table; with --json, one JSON object on its last line.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { documentFor } from '../cli/dom';
import { takeSnapshot } from '../lib/snapshot/take';
import { runPipeline } from '../lib/pipeline';
import { largeResumePage } from '../tests/generate';

const json = process.argv.includes('--json');
const NOW = new Date('2026-11-01T00:00:00Z');

function fixtures(): Array<{ name: string; file: string; url: string }> {
  const out = [];
  for (const dir of ['tests/fixtures/eval', 'lib/extract/sites/fixtures', 'lib/extract/generic/fixtures']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.case.json'))) {
      const spec = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      out.push({ name: f.replace('.case.json', ''), file: path.join(dir, spec.file), url: spec.url });
    }
  }
  return out;
}

function time(fn: () => void, runs: number, warmup = 20): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 100) / 100;

const pipelineMedianMs: Record<string, number> = {};
for (const fx of fixtures()) {
  const content = readFileSync(fx.file, 'utf8');
  const t = time(() => {
    const r = runPipeline(takeSnapshot(documentFor(content, fx.file), fx.url), { now: NOW });
    if (!r.ok) throw new Error(`${fx.name}: ${r.reason}`);
  }, 60);
  pipelineMedianMs[fx.name] = round(median(t));
}

const big = largeResumePage(300, 2_000_000);
const largeTimes = time(() => runPipeline(takeSnapshot(documentFor(big, 'big.html'), 'https://example.com/cv'), { now: NOW }), 5, 2);
const largePageMs = round(median(largeTimes));

let contentScriptGzipBytes: number | null = null;
const csDir = '.output/chrome-mv3/content-scripts';
if (existsSync(csDir)) {
  contentScriptGzipBytes = readdirSync(csDir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(csDir, f))).length, 0);
}
let panelJsGzipBytes: number | null = null;
const chunks = '.output/chrome-mv3/chunks';
if (existsSync(chunks)) {
  panelJsGzipBytes = readdirSync(chunks)
    .filter((f) => f.endsWith('.js') && statSync(path.join(chunks, f)).isFile())
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(chunks, f))).length, 0);
}

const rows: Array<[string, string, string]> = [
  ...Object.entries(pipelineMedianMs).map(([k, v]): [string, string, string] => [`pipeline median: ${k}`, `${v} ms`, '≤ 5 ms']),
  [`2 MB page, 300 roles (${(big.length / 1e6).toFixed(1)} MB)`, `${largePageMs} ms`, '≤ 150 ms'],
  ['content scripts, gzipped', contentScriptGzipBytes === null ? 'no build' : `${(contentScriptGzipBytes / 1024).toFixed(1)} KB`, '≤ 12 KB'],
  ['panel + shared chunks JS, gzipped', panelJsGzipBytes === null ? 'no build' : `${(panelJsGzipBytes / 1024).toFixed(1)} KB`, '≤ 60 KB'],
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padStart(10)}  (${c})`);
if (json) console.log(JSON.stringify({ pipelineMedianMs, largePageMs, contentScriptGzipBytes, panelJsGzipBytes }));
