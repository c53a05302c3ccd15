/**
 * Accessibility of every view, in real Chromium on real fixtures:
 * - axe-core reports no serious or critical violation in any view (profile,
 *   loading, not a profile, failed, paste text, library empty and with saved
 *   profiles, import preview, options page), in the light and the dark colour
 *   scheme;
 * - the keyboard alone: from the top of the panel, Tab reaches the Library
 *   tab, "Save profile", "Export JSON", every timeline bar (which Chromium's
 *   accessibility tree names by role, dates and duration) and the skill chips
 *   (focus shows the evidence); Enter and Space activate buttons; every stop
 *   shows a focus indicator;
 * - no sideways scrolling at 320 and 600 px, profile and library.
 *
 * axe is injected with page.evaluate(source): extension pages' CSP
 * (script-src 'self') refuses page.addScriptTag({ content }) as an inline
 * script, while evaluating over the DevTools protocol is not subject to it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Harness } from './browser';

const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const SOFIA = { url: 'https://himalayas.app/@sofiamarchetti', file: 'tests/fixtures/eval/himalayas-sofiamarchetti.html', name: 'Sofia Marchetti' };
const PEOPLE = [
  SOFIA,
  { url: 'https://himalayas.app/@petercai1', file: 'tests/fixtures/eval/himalayas-petercai1.html', name: 'Peter Cai' },
  { url: 'https://himalayas.app/@amaraokafor', file: 'lib/extract/sites/fixtures/himalayas-amaraokafor.html', name: 'Amara Okafor' },
];
const JOBS = 'https://himalayas.app/jobs';

let h: Harness;
/** Every view's axe findings, for the summary printed at the end. */
const report: string[] = [];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** axe-core on the page as it is now, light and dark: fails on any serious or critical violation. */
async function checkAxe(page: Page, view: string) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations: AxeViolation[] = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations;
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    report.push(`${view} (${colorScheme}): ${violations.length ? violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join(', ') : 'no violations'}`);
    expect(
      serious.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`),
      `${view}, ${colorScheme}`,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function noSidewaysScroll(page: Page, view: string) {
  for (const width of [320, 600]) {
    await page.setViewportSize({ width, height: 800 });
    // Let the timeline redraw at its new width.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${view}: no sideways scrolling at ${width}px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 420, height: 900 });
}

interface Stop {
  tag: string;
  text: string;
  cls: string;
  focusVisible: boolean;
  /** outline of at least 2px, or (SVG bars) a stroke of at least 2px on the bar. */
  indicator: boolean;
  evidence: string | null;
  evidenceInside: boolean;
  /** Chromium's accessibility tree: role and name of the focused node. */
  axRole: string;
  axName: string;
}

/** Presses Tab and describes where focus landed. */
async function tab(page: Page, cdp: Awaited<ReturnType<Harness['context']['newCDPSession']>>, key = 'Tab'): Promise<Stop | null> {
  await page.keyboard.press(key);
  const stop = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | SVGElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const rect = el.querySelector('rect');
    const stroke = !!rect && getComputedStyle(rect).stroke !== 'none' && parseFloat(getComputedStyle(rect).strokeWidth) >= 2;
    const tip = document.querySelector<HTMLElement>('[data-testid="skill-evidence"]');
    const box = tip?.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') || el.textContent || '').trim(),
      cls: el.getAttribute('class') ?? '',
      focusVisible: el.matches(':focus-visible'),
      indicator: outline || stroke,
      evidence: tip && tip.offsetParent ? tip.textContent : null,
      evidenceInside: !!box && box.left >= 0 && box.right <= document.documentElement.clientWidth,
    };
  });
  if (!stop) return null;
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  return { ...stop, axRole: String(node?.role?.value ?? ''), axName: String(node?.name?.value ?? '') };
}

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}';
const BAR_NAME = new RegExp(`^.+, ${MONTH} – (Present|${MONTH}), (\\d+ yrs?( \\d+ mos?)?|\\d+ mos?)$`);

beforeAll(async () => {
  h = await launch();
  for (const p of PEOPLE) h.serve.set(p.url, { file: path.resolve(p.file) });
  h.serve.set(JOBS, { html: '<!doctype html><html lang="en"><title>Remote jobs</title><h1>Remote jobs</h1><ul><li>Senior Engineer at Acme</li></ul></html>' });
});

afterAll(async () => {
  console.log(`axe-core ${JSON.parse(readFileSync(path.resolve('node_modules/axe-core/package.json'), 'utf8')).version}, per view:\n  ${report.join('\n  ')}`);
  await h?.close();
});

describe('panel states without a profile', () => {
  it('loading', async () => {
    const page = await h.context.newPage();
    await page.goto(JOBS);
    const tabId = await tabIdOf(h, page);
    const panel = await openPanel(h, tabId);
    await panel.getByRole('heading', { level: 1, name: 'Not a profile page' }).waitFor({ timeout: 15_000 });
    // The page state the background writes while a profile page loads (the page has settled: nothing else writes now).
    await h.worker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { storage: { session: { set(o: object): Promise<void> } } } }).chrome;
      await api.storage.session.set({ [`tab:${id}`]: { state: 'loading', url: 'https://himalayas.app/@someone', at: Date.now() } });
    }, tabId);
    await panel.getByRole('status').filter({ hasText: 'Reading the profile…' }).waitFor({ timeout: 15_000 });
    await checkAxe(panel, 'loading');
    await panel.close();
    await page.close();
  });

  it('not a profile, paste text, failed, library empty', async () => {
    const page = await h.context.newPage();
    await page.goto(JOBS);
    const panel = await openPanel(h, await tabIdOf(h, page));
    await panel.getByRole('heading', { level: 1, name: 'Not a profile page' }).waitFor({ timeout: 15_000 });
    await checkAxe(panel, 'not a profile');

    // Paste text: the form takes focus; Escape-free, Cancel goes back.
    await panel.getByRole('button', { name: 'Paste text' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Paste resume text' }).waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('paste-text');
    await checkAxe(panel, 'paste text');
    await panel.getByRole('button', { name: 'Cancel' }).click();

    // "Extract this page" on a page that holds no profile: the failed state.
    await panel.getByRole('button', { name: 'Extract this page' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Couldn’t read a profile here' }).waitFor({ timeout: 15_000 });
    await checkAxe(panel, 'failed');

    await panel.getByRole('button', { name: 'Library', exact: true }).click();
    await panel.getByRole('heading', { name: 'No saved profiles yet' }).waitFor();
    await checkAxe(panel, 'library, empty');
    await noSidewaysScroll(panel, 'library, empty');
    await panel.close();
    await page.close();
  });
});

describe('profile view', () => {
  let page: Page;
  let panel: Page;

  beforeAll(async () => {
    page = await h.context.newPage();
    await page.goto(SOFIA.url);
    panel = await openPanel(h, await tabIdOf(h, page));
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByRole('heading', { level: 1, name: SOFIA.name }).waitFor({ timeout: 15_000 });
  });

  it('has no serious axe violations, light and dark', async () => {
    await checkAxe(panel, 'profile');
  });

  it('is usable by keyboard alone from the top of the panel', async () => {
    await panel.bringToFront();
    await panel.reload();
    await panel.getByRole('heading', { level: 1, name: SOFIA.name }).waitFor({ timeout: 15_000 });
    const cdp = await h.context.newCDPSession(panel);
    await cdp.send('Accessibility.enable');
    const bars = await panel.locator('.timeline .bar').count();
    expect(bars).toBe(3);

    const stops: Stop[] = [];
    for (let i = 0; i < 60; i++) {
      const stop = await tab(panel, cdp);
      if (!stop) continue;
      stops.push(stop);
      if (stops.filter((s) => s.cls.includes('chip skill')).length >= 3) break;
    }
    report.push(`keyboard, profile: ${stops.length} Tab stops: ${stops.map((s) => `${s.axRole} "${s.axName.slice(0, 48)}"`).join(' → ')}`);
    const index = (pred: (s: Stop) => boolean) => stops.findIndex(pred);
    const library = index((s) => s.tag === 'button' && s.text === 'Library');
    const save = index((s) => s.tag === 'button' && s.text === 'Save profile');
    const exportJson = index((s) => s.tag === 'button' && s.text === 'Export JSON');
    const barStops = stops.filter((s) => s.tag === 'g' && s.cls.startsWith('bar'));
    const firstBar = index((s) => s.tag === 'g' && s.cls.startsWith('bar'));
    const chips = stops.filter((s) => s.cls.includes('chip skill'));
    const firstChip = index((s) => s.cls.includes('chip skill'));
    expect(library, 'Library tab reached').toBeGreaterThanOrEqual(0);
    expect(save, 'Save profile reached').toBeGreaterThan(library);
    expect(exportJson, 'Export JSON reached after Save profile').toBeGreaterThan(save);
    expect(firstBar, 'timeline bars reached after the buttons').toBeGreaterThan(exportJson);
    expect(barStops).toHaveLength(bars);
    expect(firstChip, 'skill chips reached after the timeline').toBeGreaterThan(firstBar);

    for (const s of stops) {
      expect(s.focusVisible, `${s.tag} "${s.text.slice(0, 40)}" matches :focus-visible`).toBe(true);
      expect(s.indicator, `${s.tag} "${s.text.slice(0, 40)}" shows a focus indicator`).toBe(true);
      expect(s.axName, `${s.tag} "${s.text.slice(0, 40)}" has an accessible name`).not.toBe('');
    }
    // Each bar: a list item of the "Career timeline" list, named by role, dates and duration.
    for (const b of barStops) {
      expect(b.axRole).toBe('listitem');
      expect(b.axName).toMatch(BAR_NAME);
    }
    expect(barStops.filter((b) => b.axName.startsWith('Senior Frontend Engineer at Bending Spoons, Jan 2022 – Present, '))).toHaveLength(1);
    // Each chip: focus shows its evidence, on screen, and its name carries it too.
    for (const c of chips) {
      expect(c.evidence, `evidence shown for ${c.axName}`).toMatch(/^Named /);
      expect(c.evidenceInside, 'evidence stays inside the panel').toBe(true);
      expect(c.axName).toContain(c.evidence!);
    }
    await cdp.detach();
  });

  it('activates buttons with Enter and Space', async () => {
    // From the top again: Tab, Tab, Enter on "Library".
    await panel.reload();
    await panel.getByRole('heading', { level: 1, name: SOFIA.name }).waitFor({ timeout: 15_000 });
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Library');
    await panel.keyboard.press('Enter');
    await panel.getByRole('heading', { level: 1, name: /^Saved profiles/ }).waitFor();
    await panel.keyboard.press('Shift+Tab');
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Profile');
    await panel.keyboard.press('Space');
    await panel.getByRole('heading', { level: 1, name: SOFIA.name }).waitFor();
    // Tab on to "Save profile" and press Enter.
    for (let i = 0; i < 10 && (await panel.evaluate(() => document.activeElement?.textContent)) !== 'Save profile'; i++) await panel.keyboard.press('Tab');
    await panel.keyboard.press('Enter');
    await panel.getByTestId('save-state').filter({ hasText: /Saved on/ }).waitFor({ timeout: 10_000 });
  });

  it('once saved (notes and tags), still has no serious axe violations', async () => {
    await panel.getByLabel('Notes').waitFor();
    await panel.getByLabel('New tag').fill('frontend');
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await panel.getByRole('button', { name: 'Remove tag frontend' }).waitFor();
    await checkAxe(panel, 'profile, saved');
  });

  it('has no sideways scrolling at 320 and 600 px', async () => {
    await noSidewaysScroll(panel, 'profile');
    // The evidence of the last chip of a row stays inside a 320 px panel too.
    await panel.setViewportSize({ width: 320, height: 800 });
    // Let the timeline redraw at its new width first (it follows a ResizeObserver): without this wait the
    // check could read the 600 px layout and fail for the timeline, not for the chips.
    await panel.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const chips = panel.locator('.chip.skill');
    for (let i = 0; i < Math.min(6, await chips.count()); i++) {
      await chips.nth(i).focus();
      const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `evidence of chip ${i} at 320px`).toBeLessThanOrEqual(0);
    }
    await panel.setViewportSize({ width: 420, height: 900 });
  });

  describe('library with saved profiles', () => {
    let exported: Download;

    beforeAll(async () => {
      for (const p of PEOPLE.slice(1)) {
        await page.goto(p.url);
        await panel.getByRole('heading', { level: 1, name: p.name }).waitFor({ timeout: 15_000 });
        await panel.getByRole('button', { name: 'Save profile' }).click();
        await panel.getByTestId('save-state').filter({ hasText: 'Saved on' }).waitFor();
      }
      await panel.getByRole('button', { name: 'Library', exact: true }).click();
      await panel.getByTestId('library-row').nth(2).waitFor();
      expect(await panel.getByTestId('library-row').count()).toBe(3);
    });

    it('has no serious axe violations, light and dark', async () => {
      await checkAxe(panel, 'library, 3 saved');
    });

    it('has no sideways scrolling at 320 and 600 px', async () => {
      await noSidewaysScroll(panel, 'library');
    });

    it('import preview: focus moves to it; no serious axe violations', async () => {
      [exported] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /^Export JSON \(/ }).click()]);
      await panel.getByLabel('Import JSON').setInputFiles((await exported.path())!);
      await panel.getByTestId('import-summary').filter({ hasText: /^0 new, 0 updated, 0 rejected \(3 already saved and unchanged\)$/ }).waitFor();
      // Focus moves in an effect, after the preview is painted: wait for it rather than read it once.
      await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('lib-preview-heading');
      await panel.getByText('Nothing new to import.').waitFor();
      await checkAxe(panel, 'library, import preview');
      await panel.getByRole('button', { name: 'Cancel' }).click();
      // Closing it returns focus to the control that opened it, not to the top of the page.
      await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Import JSON');
    });
  });
});

describe('options page', () => {
  it('has no serious axe violations, light and dark', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: 'Himalayas talent profiles' }).waitFor();
    await options.getByTestId('saved-count').filter({ hasText: /saved profile/ }).waitFor();
    await checkAxe(options, 'options');
    await options.close();
  });
});
