/**
 * The library end to end in Chromium: save several people, tag, search,
 * export, delete everything, import the export back, and nothing differs.
 * A second panel sees the changes without a reload.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { launch, openPanel, tabIdOf, type Harness } from './browser';

const PEOPLE = [
  { handle: 'petercai1', file: 'tests/fixtures/eval/himalayas-petercai1.html', name: 'Peter Cai' },
  { handle: 'sofiamarchetti', file: 'tests/fixtures/eval/himalayas-sofiamarchetti.html', name: 'Sofia Marchetti' },
  { handle: 'amaraokafor', file: 'lib/extract/sites/fixtures/himalayas-amaraokafor.html', name: 'Amara Okafor' },
];

let h: Harness;
let page: Page;
let panel: Page;
let other: Page;

const readJson = async (d: Download) => JSON.parse(readFileSync((await d.path())!, 'utf8'));
const rows = (p: Page) => p.getByTestId('library-row');

beforeAll(async () => {
  h = await launch();
  for (const p of PEOPLE) h.serve.set(`https://himalayas.app/@${p.handle}`, { file: path.resolve(p.file) });
  page = await h.context.newPage();
  await page.goto(`https://himalayas.app/@${PEOPLE[0]!.handle}`);
  panel = await openPanel(h, await tabIdOf(h, page));
  other = await openPanel(h, await tabIdOf(h, page));
  await other.getByRole('button', { name: 'Library' }).click();
});
afterAll(async () => h?.close());

describe('the library', () => {
  it('saves several people; another panel sees them without a reload', async () => {
    for (const p of PEOPLE) {
      await page.goto(`https://himalayas.app/@${p.handle}`);
      await panel.getByRole('heading', { level: 1, name: p.name }).waitFor({ timeout: 15_000 });
      await panel.getByRole('button', { name: 'Save profile' }).click();
      await panel.getByTestId('save-state').filter({ hasText: 'Saved on' }).waitFor();
    }
    await expect.poll(() => rows(other).count(), { timeout: 10_000 }).toBe(3);
  });

  it('keeps notes and tags, and searches by name, company, skill and tag', async () => {
    await panel.getByLabel('Notes').fill('Strong data pipelines; call next week');
    await panel.getByLabel('New tag').fill('shortlist');
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await panel.getByRole('listitem').filter({ hasText: 'shortlist' }).first().waitFor({ timeout: 5000 }).catch(async (e) => {
      await panel.screenshot({ path: '/tmp/lib-fail.png', fullPage: true });
      throw e;
    });
    await panel.getByRole('button', { name: 'Library' }).click();
    await expect.poll(() => rows(panel).count()).toBe(3);
    const search = panel.getByLabel('Search saved profiles');
    await search.fill('satispay');
    await expect.poll(() => rows(panel).allInnerTexts()).toEqual([expect.stringContaining('Sofia Marchetti')]);
    await search.fill('peter');
    await expect.poll(() => rows(panel).allInnerTexts()).toEqual([expect.stringContaining('Peter Cai')]);
    await search.fill('');
    await panel.getByLabel('Skill').fill('dbt');
    await expect.poll(() => rows(panel).allInnerTexts()).toEqual([expect.stringContaining('Amara Okafor')]);
    await panel.getByLabel('Skill').fill('');
    await panel.getByLabel('Tag', { exact: true }).selectOption('shortlist');
    await expect.poll(() => rows(panel).allInnerTexts()).toEqual([expect.stringContaining('Amara Okafor')]);
    await panel.getByLabel('Tag', { exact: true }).selectOption('');
    await expect.poll(() => rows(panel).count()).toBe(3);
  });

  it('exports, deletes everything (with undo), imports the export back, and nothing differs', async () => {
    const [first] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /^Export JSON \(/ }).click()]);
    const before = await readJson(first);
    expect(before.format).toBe('profile-lens.export');
    expect(before.profiles.map((p: { name: string }) => p.name).sort()).toEqual(PEOPLE.map((p) => p.name).sort());

    await panel.getByLabel('Select all shown').check();
    await panel.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => rows(panel).count()).toBe(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rows(panel).count()).toBe(3);
    await panel.getByLabel('Select all shown').check();
    await panel.getByRole('button', { name: 'Delete selected' }).click();
    await panel.getByRole('heading', { name: 'No saved profiles yet' }).waitFor();
    await expect.poll(() => rows(other).count()).toBe(0);

    await panel.getByLabel('Import JSON').setInputFiles((await first.path())!);
    await panel.getByTestId('import-summary').filter({ hasText: /^3 new, 0 updated, 0 rejected$/ }).waitFor();
    await panel.getByRole('button', { name: 'Import 3 profiles', exact: true }).click();
    await expect.poll(() => rows(panel).count()).toBe(3);

    const [second] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /^Export JSON \(/ }).click()]);
    const after = await readJson(second);
    const byId = (x: { profiles: Array<{ id: string }> }) => [...x.profiles].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after)).toEqual(byId(before));
    const notes = (x: { library?: Array<{ id: string; notes: string; tags: string[] }> }) => (x.library ?? []).map((l) => [l.id, l.notes, l.tags]).sort();
    expect(notes(after)).toEqual(notes(before));
    expect(notes(after)).toContainEqual(['himalayas:amaraokafor', 'Strong data pipelines; call next week', ['shortlist']]);
  });

  it('refuses a hostile import with a clear message and changes nothing', async () => {
    const bad = path.join(h.downloadsDir, 'bad.json');
    (await import('node:fs')).writeFileSync(bad, '{"format":"profile-lens.export","schemaVersion":1,"profiles":[{"__proto__":{"x":1}}');
    await panel.getByLabel('Import JSON').setInputFiles(bad);
    await panel.getByText(/Nothing imported/).waitFor();
    expect(await rows(panel).count()).toBe(3);
  });
});
