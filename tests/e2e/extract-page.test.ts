/**
 * Any page on request, in Chromium: "Extract this page" on a page that is
 * not auto-detected (HTML and a text/plain .txt), and "Paste text".
 * The pages are served on the Himalayas origin, where the extension has host
 * access; on other sites the same button relies on activeTab, which only a
 * real toolbar click grants (not drivable from here).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Harness } from './browser';

let h: Harness;
let page: Page;
let panel: Page;

beforeAll(async () => {
  h = await launch();
  h.serve.set('https://himalayas.app/blog/michael-resume', { file: path.resolve('tests/fixtures/eval/resume-michael-dai.html') });
  h.serve.set('https://himalayas.app/files/michael.txt', { file: path.resolve('tests/fixtures/eval/resume-michael-dai.txt'), type: 'text/plain; charset=utf-8' });
  page = await h.context.newPage();
  await page.goto('https://himalayas.app/blog/michael-resume');
  panel = await openPanel(h, await tabIdOf(h, page));
});
afterAll(async () => h?.close());

describe('any page, on request', () => {
  it('extracts an HTML resume page that is not a profile', async () => {
    await panel.getByRole('heading', { name: 'Not a profile page' }).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Extract this page' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Michael Dai' }).waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('experience-entry').count()).toBe(5);
    expect(await panel.locator('main').innerText()).toContain('University of Waterloo');
  });

  it('lets a person correct a field the parser was unsure of, and keeps the correction with the saved profile', async () => {
    const box = panel.getByLabel('Correct experience.0.title', { exact: true });
    await box.waitFor({ timeout: 10_000 });
    await box.fill('Senior Machine Learning Engineer');
    await panel.getByRole('button', { name: 'Correct', exact: true }).first().click();
    await panel.getByTestId('save-state').filter({ hasText: 'Correction kept with the saved profile' }).waitFor();
    await panel.getByTestId('experience-entry').first().getByText('Senior Machine Learning Engineer').waitFor();
    // A fresh panel on the same page shows the corrected value: it lives with the saved record.
    // (The tab's extracted page state is kept in storage.session, so it shows at once.)
    const again = await openPanel(h, await tabIdOf(h, page));
    await again.getByTestId('experience-entry').first().getByText('Senior Machine Learning Engineer').waitFor({ timeout: 15_000 });
    await again.close();
  });

  it('extracts a plain-text resume as the browser shows it', async () => {
    await page.goto('https://himalayas.app/files/michael.txt');
    await panel.getByRole('heading', { name: 'Not a profile page' }).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Extract this page' }).click();
    await panel.getByRole('heading', { level: 1, name: 'Michael Dai' }).waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('experience-entry').count()).toBe(5);
  });

  it('reads pasted resume text through the same parser', async () => {
    await page.goto('https://himalayas.app/jobs');
    await panel.getByRole('heading', { name: 'Not a profile page' }).waitFor({ timeout: 15_000 });
    await panel.getByRole('button', { name: 'Paste text' }).click();
    await panel.getByLabel('Resume text', { exact: true }).fill(readFileSync('lib/extract/generic/fixtures/cv-tomasz-nowak.txt', 'utf8'));
    await panel.getByRole('button', { name: 'Read text' }).click();
    const spec = JSON.parse(readFileSync('lib/extract/generic/fixtures/cv-tomasz-nowak.case.json', 'utf8'));
    await panel.getByRole('heading', { level: 1, name: spec.expect.name }).waitFor({ timeout: 15_000 });
    expect(await panel.getByTestId('experience-entry').count()).toBe(spec.expect.experience.length);
    // Saved like any other profile, keyed by the text's hash.
    await panel.getByRole('button', { name: 'Save profile' }).click();
    await panel.getByTestId('save-state').filter({ hasText: 'Saved on' }).waitFor();
  });
});
