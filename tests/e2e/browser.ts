/**
 * Launches Debian's Chromium with the built extension loaded, serves profile
 * URLs from fixtures by request interception (no network here), and finds
 * the extension's id from its service worker.
 */
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = path.resolve(process.env.PROFILE_LENS_OUT ?? '.output', 'chrome-mv3');

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0) {
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'ignore', timeout: 480_000 });
    } catch {
      /* reported below */
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error('Chromium not found: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and try again.');
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Pages served at URLs (path → file or HTML string). */
  serve: Map<string, { file?: string; html?: string; type?: string }>;
  downloadsDir: string;
  close(): Promise<void>;
}

export async function launch(opts: { headless?: boolean; extensionDir?: string; args?: string[] } = {}): Promise<Harness> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No build in ${extensionDir}: run \`npm run build\` first.`);
  const executablePath = findChromium();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'profile-lens-e2e-'));
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'profile-lens-dl-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(opts.args ?? []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const serve: Harness['serve'] = new Map();
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const hit = serve.get(url.origin + url.pathname);
    if (!hit) return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title><h1>Not found</h1>' });
    const body = hit.html ?? readFileSync(hit.file!, 'utf8');
    return route.fulfill({ status: 200, contentType: hit.type ?? 'text/html; charset=utf-8', body });
  });
  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    serve,
    downloadsDir,
    close: () => context.close(),
  };
}

/** The tab id Chrome gave a page, asked of the extension's service worker. */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  const url = page.url();
  const id = await h.worker.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

export async function openPanel(h: Harness, tabId: number): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

export function gitRoot(): string {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
}
