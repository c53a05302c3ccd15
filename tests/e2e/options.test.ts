/**
 * The options page in real Chromium: the in-page badge (in a shadow root,
 * following the setting and client-side navigation, opening the panel), the
 * Himalayas switch (off: the content script does nothing and the panel says
 * so), and "Your data": import a file exported earlier (preview, confirm),
 * export it back, delete everything after a confirmation. Plus keyboard
 * reachability, narrow widths and dark mode.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Harness } from './browser';
import { buildExport } from '../../lib/store/export';
import { ProfileSchema } from '../../lib/schema/profile';

const PROFILE_URL = 'https://himalayas.app/@petercai1';
const BADGE = 'profile-lens-badge';

let h: Harness;
let options: Page;
let page: Page;
let tabId: number;
let exportFile: string;

/** The badge host's shadow root holds the button (and the host is fixed to the viewport). */
async function badgeState(p: Page) {
  return p.evaluate((tag) => {
    const hosts = document.querySelectorAll(tag);
    const host = hosts[0] as HTMLElement | undefined;
    const button = host?.shadowRoot?.querySelector('button');
    return {
      hosts: hosts.length,
      inShadow: !!button && !document.querySelector(`${tag} button`),
      text: button?.textContent ?? null,
      position: host ? getComputedStyle(host).position : null,
    };
  }, BADGE);
}

const badgeButton = (p: Page) => p.getByRole('button', { name: 'Open in Profile Lens' });

async function sidePanelsOpen(): Promise<number | null> {
  return h.worker.evaluate(async () => {
    const rt = (globalThis as unknown as { chrome: { runtime: { getContexts?(f: object): Promise<unknown[]> } } }).chrome.runtime;
    if (!rt.getContexts) return null;
    return (await rt.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
  });
}

beforeAll(async () => {
  // A file "exported earlier": the CLI's Profile for Sofia Marchetti in an export envelope, plus one entry that is not a profile.
  const json = execFileSync(
    process.execPath,
    ['bin/profile-lens.mjs', 'extract', 'tests/fixtures/eval/himalayas-sofiamarchetti.html', '--url', 'https://himalayas.app/@sofiamarchetti'],
    { encoding: 'utf8' },
  );
  const profile = ProfileSchema.parse(JSON.parse(json));
  const envelope = buildExport([profile], new Date('2026-03-01T12:00:00Z'));
  const dir = mkdtempSync(path.join(tmpdir(), 'profile-lens-import-'));
  exportFile = path.join(dir, 'profile-lens-export-2026-03-01.json');
  writeFileSync(exportFile, JSON.stringify({ ...envelope, profiles: [...envelope.profiles, { id: 'himalayas:nobody', name: 42 }] }, null, 2));

  h = await launch();
  h.serve.set(PROFILE_URL, { file: path.resolve('tests/fixtures/eval/himalayas-petercai1.html') });
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  page = await h.context.newPage();
  await page.goto(PROFILE_URL);
  tabId = await tabIdOf(h, page);
});

afterAll(async () => {
  await h?.close();
});

describe('options page', () => {
  it('has the four sections, with the switches on by default', async () => {
    for (const name of ['Sites', 'In-page badge', 'Your data', 'Privacy']) {
      await expect(options.getByRole('heading', { level: 2, name }).count()).resolves.toBe(1);
    }
    await expect(options.getByRole('checkbox', { name: 'Himalayas talent profiles' }).isChecked()).resolves.toBe(true);
    await expect(options.getByRole('checkbox', { name: /badge/ }).isChecked()).resolves.toBe(true);
    const privacy = await options.locator('section', { has: options.getByRole('heading', { name: 'Privacy' }) }).innerText();
    expect(privacy).toMatch(/Nothing leaves your browser/);
    expect(privacy).toMatch(/no network requests/i);
    expect(privacy).toMatch(/no analytics/i);
    expect(privacy).toMatch(/notes, tags/);
    expect(privacy).toMatch(/settings/);
    expect(privacy).toMatch(/IndexedDB/);
  });
});

describe('in-page badge', () => {
  it('appears on a profile page, inside a shadow root, fixed to the viewport', async () => {
    await badgeButton(page).waitFor({ timeout: 15_000 });
    expect(await badgeState(page)).toEqual({ hosts: 1, inShadow: true, text: 'Open in Profile Lens', position: 'fixed' });
    const box = (await badgeButton(page).boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x + box.width).toBeGreaterThan(viewport.width - 60);
    expect(box.y + box.height).toBeGreaterThan(viewport.height - 60);
  });

  it('opens the side panel for its tab when clicked', async () => {
    await page.bringToFront();
    const before = await sidePanelsOpen();
    await badgeButton(page).click();
    expect(before, 'chrome.runtime.getContexts (Chrome 116+) lists side panels').not.toBeNull();
    await expect.poll(sidePanelsOpen, { timeout: 5_000 }).toBeGreaterThan(before!);
  });

  it('goes away when the setting is turned off, and comes back when it is turned on', async () => {
    // Background tabs get no animation frames, which Playwright's clicks wait for: work in the front tab.
    await options.bringToFront();
    await options.getByRole('checkbox', { name: /badge/ }).uncheck();
    await page.locator(BADGE).waitFor({ state: 'detached', timeout: 5_000 });
    expect((await badgeState(page)).hosts).toBe(0);
    await options.getByRole('status').filter({ hasText: 'In-page badge: off' }).waitFor();

    // Still off after a reload.
    await page.reload();
    await page.waitForTimeout(1_000);
    expect((await badgeState(page)).hosts).toBe(0);

    await options.getByRole('checkbox', { name: /badge/ }).check();
    await badgeButton(page).waitFor({ timeout: 5_000 });
    expect((await badgeState(page)).hosts).toBe(1);
  });

  it('goes away on client-side navigation to a page that is not a profile, and comes back on a profile', async () => {
    await page.evaluate(() => history.pushState({}, '', '/jobs'));
    await page.locator(BADGE).waitFor({ state: 'detached', timeout: 5_000 });
    await page.evaluate(() => history.pushState({}, '', '/@petercai1'));
    await badgeButton(page).waitFor({ timeout: 10_000 });
    expect((await badgeState(page)).hosts).toBe(1);
  });
});

describe('site switch', () => {
  it('with Himalayas off, the content script does nothing: no badge, and the panel no longer shows the person', async () => {
    const panel = await openPanel(h, tabId);
    await panel.getByRole('heading', { level: 1, name: 'Peter Cai' }).waitFor({ timeout: 15_000 });
    await options.bringToFront();

    await options.getByRole('checkbox', { name: 'Himalayas talent profiles' }).uncheck();
    await options.getByRole('status').filter({ hasText: 'Himalayas talent profiles: off' }).waitFor();
    await page.reload();
    await panel.getByRole('heading', { name: 'Not a profile page' }).waitFor({ timeout: 15_000 });
    expect(await panel.getByText('Peter Cai').count()).toBe(0);
    await page.waitForTimeout(500);
    expect((await badgeState(page)).hosts).toBe(0);

    // On again: the person and the badge are back.
    await options.getByRole('checkbox', { name: 'Himalayas talent profiles' }).check();
    await page.reload();
    await panel.getByRole('heading', { level: 1, name: 'Peter Cai' }).waitFor({ timeout: 15_000 });
    await badgeButton(page).waitFor({ timeout: 5_000 });
    await panel.close();
  });
});

describe('your data', () => {
  beforeAll(() => options.bringToFront());

  it('imports an exported file after a preview that counts new, updated and rejected, with reasons', async () => {
    await options.getByTestId('saved-count').filter({ hasText: 'No saved profiles.' }).waitFor();
    await options.getByLabel('Import JSON', { exact: true }).setInputFiles(exportFile);
    const summary = options.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toBe('1 new, 0 updated, 1 rejected');
    // Keyboard users land on the preview's heading.
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('import-preview-heading');
    expect(await options.getByRole('listitem').filter({ hasText: /^Profile 2: / }).count()).toBe(1);
    // Nothing is written before the confirmation.
    expect(await options.getByTestId('saved-count').innerText()).toBe('No saved profiles.');
    await options.getByRole('button', { name: 'Import 1 profile' }).click();
    await options.getByRole('status').filter({ hasText: /Imported from .*: 1 new, 0 updated/ }).waitFor();
    await options.getByTestId('saved-count').filter({ hasText: '1 saved profile in this browser.' }).waitFor();
  });

  it('previews the same file again as unchanged, and a broken file as one clear reason', async () => {
    const input = options.getByLabel('Import JSON', { exact: true });
    await input.setInputFiles(exportFile);
    expect(await options.getByTestId('import-summary').innerText()).toBe('0 new, 0 updated, 1 rejected (1 already saved and unchanged)');
    await options.getByText('Nothing new to import.').waitFor();
    expect(await options.getByRole('button', { name: /^Import \d+ profile/ }).count()).toBe(0);
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect(options.getByTestId('import-summary').count()).resolves.toBe(0);
    // A file name (user data) is shown as text, never as markup.
    await input.setInputFiles({ name: '<img src=x onerror="document.title=1">.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "profile-lens.export", "schemaVersion": 1, "profiles": [') });
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^Nothing imported from <img src=x onerror="document.title=1">\.json: The file is not valid JSON/);
    expect(await options.locator('img').count()).toBe(0);
  });

  it('exports every saved profile as a JSON download', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^profile-lens-export-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json.format).toBe('profile-lens.export');
    expect(json.profiles.map((p: { id: string }) => p.id)).toEqual(['himalayas:sofiamarchetti']);
    expect(json.profiles[0].name).toBe('Sofia Marchetti');
    await options.getByRole('status').filter({ hasText: 'Exported 1 saved profile.' }).waitFor();
  });

  it('deletes everything after a confirmation that says how many', async () => {
    await options.getByRole('button', { name: /^Delete everything/ }).click();
    const dialog = options.getByRole('alertdialog', { name: 'Delete everything?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/This deletes 1 saved profile with their notes, tags and history/);
    // Cancel changes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(options.getByTestId('saved-count').innerText()).resolves.toBe('1 saved profile in this browser.');

    await options.getByRole('button', { name: /^Delete everything/ }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete 1 profile' }).click();
    await options.getByRole('status').filter({ hasText: 'Deleted 1 saved profile.' }).waitFor();
    await options.getByTestId('saved-count').filter({ hasText: 'No saved profiles.' }).waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).profiles).toEqual([]);
    // Settings survive.
    await expect(options.getByRole('checkbox', { name: /badge/ }).isChecked()).resolves.toBe(true);
  });
});

describe('accessibility', () => {
  beforeAll(() => options.bringToFront());

  it('reaches every control by keyboard, each labelled, with a visible focus ring', async () => {
    await options.reload();
    await options.getByRole('checkbox', { name: 'Himalayas talent profiles' }).waitFor();
    const controls = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, button, select, textarea, a[href]')].map((el) => el.id || el.textContent!.trim()),
    );
    const reached: string[] = [];
    for (let i = 0; i < controls.length + 2; i++) {
      await options.keyboard.press('Tab');
      const focus = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const labels = (el as HTMLInputElement).labels;
        const name = el.getAttribute('aria-label') || (labels && labels.length ? labels[0]!.textContent : '') || el.textContent || '';
        return { key: el.id || el.textContent!.trim(), name: name.trim(), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) continue;
      expect(focus.name, `control ${focus.key} has a name`).not.toBe('');
      expect(focus.outline, `control ${focus.key} shows focus`).toBe(true);
      if (!reached.includes(focus.key)) reached.push(focus.key);
    }
    expect(reached.sort()).toEqual([...controls].sort());
  });

  it('is readable from 320 to 600 px wide, and follows the dark colour scheme', async () => {
    for (const width of [320, 600]) {
      await options.setViewportSize({ width, height: 800 });
      const overflow = await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no sideways scrolling at ${width}px`).toBeLessThanOrEqual(0);
    }
    const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await options.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(22, 24, 28)');
  });

  // axe-core is a dev dependency; without it this check is skipped.
  it.skipIf(!existsSync(path.resolve('node_modules/axe-core')))('has no axe-core violations, light and dark, with the import preview and delete confirmation open', async () => {
    // Extension pages forbid inline scripts (CSP); evaluating over the DevTools protocol is not subject to it.
    await options.evaluate(readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
    const axe = () =>
      options.evaluate(async () => {
        const r = await (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run();
        return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
    await options.getByLabel('Import JSON', { exact: true }).setInputFiles(exportFile);
    await options.getByTestId('import-summary').waitFor();
    await options.getByRole('button', { name: /^Delete everything/ }).click();
    await options.getByRole('alertdialog').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      expect(await axe(), colorScheme).toEqual([]);
    }
  });
});
