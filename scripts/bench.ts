/**
 * `npm run bench`: the performance budgets, measured (not asserted by tests).
 *
 * - pipeline (snapshot + extract + normalise) median per fixture page, in Node with linkedom, after warm-up;
 * - a generated 2 MB page with 300 roles;
 * - the content scripts' gzipped size in the Chrome build (.output/chrome-mv3; run `npm run build` first).
 *
 * Prints a table; with --json, one JSON object on its last line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { documentFor } from '../cli/dom';
import { takeSnapshot } from '../lib/snapshot/take';
import { runPipeline } from '../lib/pipeline';
import { largeResumePage } from '../tests/generate';
import { execSync } from 'node:child_process';
import { launch, openPanel, tabIdOf } from '../tests/e2e/browser';

const json = process.argv.includes('--json');
/** --library-only: only the library figures in Chromium (skips the pipeline, sizes and the panel), for iterating on lib/store. */
const libraryOnly = process.argv.includes('--library-only');
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
for (const fx of libraryOnly ? [] : fixtures()) {
  // The DOM is given (in the browser it already exists): timed is snapshot + extract + normalise.
  const doc = documentFor(readFileSync(fx.file, 'utf8'), fx.file);
  const t = time(() => {
    const r = runPipeline(takeSnapshot(doc, fx.url), { now: NOW });
    if (!r.ok) throw new Error(`${fx.name}: ${r.reason}`);
  }, 60);
  pipelineMedianMs[fx.name] = round(median(t));
}

const big = largeResumePage(300, 2_000_000);
const bigDoc = documentFor(big, 'big.html');
const largeTimes = libraryOnly ? [NaN] : time(() => runPipeline(takeSnapshot(bigDoc, 'https://example.com/cv'), { now: NOW }), 5, 2);
const largePageMs = round(median(largeTimes));

let contentScriptGzipBytes: number | null = null;
const csDir = '.output/chrome-mv3/content-scripts';
if (existsSync(csDir)) {
  contentScriptGzipBytes = readdirSync(csDir)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(path.join(csDir, f))).length, 0);
}
/**
 * The panel's JavaScript: every script sidepanel.html loads, and everything those import (statically or
 * lazily), followed through the build's chunks. Other pages' chunks are not counted.
 */
function pageJs(outDir: string, page: string): string[] {
  const html = path.join(outDir, page);
  if (!existsSync(html)) return [];
  const seen = new Set<string>();
  const queue = [...readFileSync(html, 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => path.resolve(outDir, m[1]!));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/["'`](\.{1,2}\/[^"'`]+\.js|\/chunks\/[^"'`]+\.js)["'`]/g)) {
      queue.push(m[1]!.startsWith('/') ? path.resolve(outDir, m[1]!.slice(1)) : path.resolve(path.dirname(file), m[1]!));
    }
  }
  return [...seen];
}
const panelFiles = pageJs('.output/chrome-mv3', 'sidepanel.html');
const panelJsGzipBytes: number | null = panelFiles.length ? panelFiles.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) : null;

// In real Chromium: the library against real IndexedDB, and the panel's first profile.
type BrowserFigures = Record<string, number>;
async function browserFigures(): Promise<BrowserFigures | { error: string }> {
  const out = path.resolve('.output-bench');
  try {
    execSync('npx wxt build', { env: { ...process.env, PROFILE_LENS_BENCH: '1', PROFILE_LENS_OUT: out }, stdio: 'ignore' });
  } catch {
    return { error: 'bench build failed' };
  }
  const h = await launch({ extensionDir: path.join(out, 'chrome-mv3'), args: ['--enable-precise-memory-info'] });
  try {
    const n = Number(process.env.BENCH_LIBRARY_N ?? 10_000);
    const bench = await h.context.newPage();
    await bench.goto(`chrome-extension://${h.extensionId}/bench.html?n=${n}&keep`);
    await bench.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, undefined, { timeout: 480_000, polling: 500 });
    const lib = (await bench.evaluate(() => (window as unknown as { __bench: Record<string, number> }).__bench)) as Record<string, number>;
    if ('error' in lib) return { error: String(lib.error) };
    if (libraryOnly) return lib;
    // Extension pages share a renderer process and its heap: close the bench page (its repository holds
    // a search index of the 10,000 profiles) so the panel's heap figure is the panel's own.
    await bench.close();
    // The panel: time from navigation start to the first profile on screen, median of several opens.
    h.serve.set('https://himalayas.app/@sofiamarchetti', { file: path.resolve('tests/fixtures/eval/himalayas-sofiamarchetti.html') });
    const tab = await h.context.newPage();
    await tab.goto('https://himalayas.app/@sofiamarchetti');
    const tabId = await tabIdOf(h, tab);
    const firsts: number[] = [];
    let heap = 0;
    for (let i = 0; i < 7; i++) {
      const panel = await openPanel(h, tabId);
      await panel.getByRole('heading', { level: 1, name: 'Sofia Marchetti' }).waitFor({ timeout: 20_000 });
      firsts.push(await panel.evaluate(() => performance.getEntriesByName('profile-shown')[0]?.startTime ?? NaN));
      if (i === 6) {
        await panel.getByRole('button', { name: 'Library' }).click();
        await panel.waitForTimeout(500);
        heap = await panel.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      }
      await panel.close();
    }
    firsts.sort((a, b) => a - b);
    const user = await panelExportImport(h, tabId, n);
    return { ...lib, ...user, panelFirstProfileMs: round(firsts[3]!), libraryPanelHeapMB: round(heap / 2 ** 20) };
  } finally {
    await h.close();
  }
}
/**
 * The same library operations as a user does them, through the panel and the background (messages, validation,
 * the download): "Export JSON" of the whole library until the file is downloaded, then, after "Delete everything"
 * on the options page, "Import JSON" of that file from choosing it to "Imported from …" (preview and commit).
 */
async function panelExportImport(h: Awaited<ReturnType<typeof launch>>, tabId: number, n: number): Promise<Record<string, number>> {
  const panel = await openPanel(h, tabId);
  await panel.getByRole('button', { name: 'Library', exact: true }).click();
  await panel.getByRole('heading', { level: 1, name: /^Saved profiles \((?!0\))/ }).waitFor({ timeout: 60_000 });
  // Searching as a user does (type → the count in the heading changes), once the background has loaded its
  // search index (it starts when the library is listed): a skill word, then one letter matching nearly everyone.
  await panel.waitForTimeout(3000);
  const heading = panel.locator('#h-library');
  const typed = async (text: string) => {
    const before = await heading.textContent();
    const t = performance.now();
    await panel.getByLabel('Search saved profiles').fill(text);
    await panel.waitForFunction((b) => document.getElementById('h-library')?.textContent !== b, before, { polling: 'raf', timeout: 30_000 });
    return round(performance.now() - t);
  };
  const everyone = await heading.textContent();
  const libraryPanelSearchMs = await typed('rust');
  const libraryPanelSearchBroadMs = await typed('a');
  await panel.getByLabel('Search saved profiles').fill('');
  await panel.waitForFunction((b) => document.getElementById('h-library')?.textContent === b, everyone, { timeout: 30_000 });
  let t0 = performance.now();
  const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 120_000 }), panel.getByRole('button', { name: /^Export JSON/ }).first().click()]);
  // Done for the user when the browser starts saving the file (writing it to disk is the browser's, not ours).
  const libraryPanelExportMs = round(performance.now() - t0);
  const file = (await download.path())!;
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByRole('button', { name: /^Delete everything/ }).click();
  await options.getByRole('alertdialog').getByRole('button', { name: /^Delete / }).click();
  await options.getByTestId('saved-count').filter({ hasText: /No saved profiles/ }).waitFor({ timeout: 60_000 });
  await options.close();
  t0 = performance.now();
  await panel.getByLabel('Import JSON').setInputFiles(file);
  await panel.getByRole('button', { name: /^Import [\d,]+ profiles?$/ }).click({ timeout: 120_000 });
  await panel.getByText(/^Imported from /).waitFor({ timeout: 120_000 });
  const libraryPanelImportMs = round(performance.now() - t0);
  await panel.close();
  return { libraryPanelExportMs, libraryPanelImportMs, libraryPanelSearchMs, libraryPanelSearchBroadMs };
}

const browser = process.argv.includes('--no-browser') ? { error: 'skipped (--no-browser)' } : await browserFigures();

const rows: Array<[string, string, string]> = [
  ...Object.entries(pipelineMedianMs).map(([k, v]): [string, string, string] => [`pipeline median: ${k}`, `${v} ms`, '≤ 5 ms']),
  [`2 MB page, 300 roles (${(big.length / 1e6).toFixed(1)} MB)`, `${largePageMs} ms`, '≤ 150 ms'],
  ['content scripts, gzipped', contentScriptGzipBytes === null ? 'no build' : `${(contentScriptGzipBytes / 1024).toFixed(1)} KB`, '≤ 12 KB'],
  ['panel JS (everything sidepanel.html loads), gzipped', panelJsGzipBytes === null ? 'no build' : `${(panelJsGzipBytes / 1024).toFixed(1)} KB`, '≤ 60 KB'],
  ...(('error' in browser
    ? [['browser figures', String(browser.error), '']]
    : [
        ['panel: first profile after opening', `${browser.panelFirstProfileMs} ms`, '≤ 150 ms'],
        ['library save p50 (10,000 profiles)', `${browser.librarySaveP50Ms} ms`, '≤ 5 ms'],
        ['library search by name or skill', `${browser.librarySearchMs} ms`, '≤ 50 ms'],
        ['  a one-letter search matching nearly everyone', `${browser.librarySearchBroadMs} ms`, ''],
        ['  loading the in-memory search index', `${browser.librarySearchIndexLoadMs} ms`, ''],
        ['  before it is loaded (IndexedDB indexes): name or skill', `${browser.librarySearchColdMs} ms`, ''],
        ['  before it is loaded: one letter', `${browser.librarySearchColdBroadMs} ms`, ''],
        ['library first page of the list', `${browser.libraryListMs} ms`, '≤ 30 ms'],
        ['library export of all', `${browser.libraryExportMs} ms`, '≤ 2000 ms'],
        ['library import of all', `${browser.libraryImportMs} ms`, '≤ 10000 ms'],
        ['  a search as a user does it (type a skill → the count changes)', `${browser.libraryPanelSearchMs} ms`, ''],
        ['  the same with one letter', `${browser.libraryPanelSearchBroadMs} ms`, ''],
        ['  the same export as a user does it (click → download starts)', `${browser.libraryPanelExportMs} ms`, ''],
        ['  the same import as a user does it (file → preview → commit)', `${browser.libraryPanelImportMs} ms`, ''],
        ['panel heap with the library open', `${browser.libraryPanelHeapMB} MB`, '≤ 100 MB'],
      ]) as Array<[string, string, string]>),
];
const w = Math.max(...rows.map((r) => r[0].length));
for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padStart(10)}  (${c})`);
if (json) console.log(JSON.stringify({ pipelineMedianMs, largePageMs, contentScriptGzipBytes, panelJsGzipBytes, ...('error' in browser ? { browserError: browser.error } : browser) }));
