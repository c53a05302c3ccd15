/**
 * `npm run demo`: builds the extension and shows it working on a bundled
 * demo profile. With a display, a real Chromium window opens on the profile
 * and the panel (close the window to end). Without one, it runs headless and
 * writes to demo-output/:
 *   panel-light.png, panel-dark.png      the panel on the demo profile, as it opens (420 px wide)
 *   library-light.png, library-dark.png  the library with three saved profiles
 *   export.json                          the library as "Export JSON" downloads it
 * `--docs` also copies the four pictures to docs/screenshots/ (the README's).
 * `--no-build` uses the build already there (PROFILE_LENS_OUT picks the folder).
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openPanel, tabIdOf } from '../tests/e2e/browser';

const OUT = path.resolve('demo-output');
const DOCS = path.resolve('docs/screenshots');
const WIDTH = 420;
const DEMO = { handle: 'sofiamarchetti', file: 'tests/fixtures/eval/himalayas-sofiamarchetti.html', name: 'Sofia Marchetti' };
const LIBRARY = [
  { handle: 'petercai1', file: 'tests/fixtures/eval/himalayas-petercai1.html', name: 'Peter Cai', tag: 'new grad' },
  { handle: 'amaraokafor', file: 'lib/extract/sites/fixtures/himalayas-amaraokafor.html', name: 'Amara Okafor', tag: 'data' },
  { ...DEMO, tag: 'shortlist' },
];
const PICTURES = ['panel-light.png', 'panel-dark.png', 'library-light.png', 'library-dark.png'];

/** Light and dark pictures of the panel as it is now; `height` fixes the picture's height, else the whole page. */
async function shoot(panel: Page, name: string, height?: number) {
  await panel.setViewportSize({ width: WIDTH, height: height ?? 700 });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    // No caret, no focus ring, no hover: the picture shows the panel at rest.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.mouse.move(WIDTH - 1, 1);
    await panel.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`), fullPage: height === undefined, animations: 'disabled', caret: 'hide' });
  }
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const headful = !!process.env.DISPLAY && !process.argv.includes('--headless');
  const h = await launch({ headless: !headful });
  for (const p of [DEMO, ...LIBRARY]) h.serve.set(`https://himalayas.app/@${p.handle}`, { file: path.resolve(p.file) });
  const page = await h.context.newPage();
  await page.goto(`https://himalayas.app/@${DEMO.handle}`);
  const panel = await openPanel(h, await tabIdOf(h, page));
  await panel.getByRole('heading', { level: 1, name: DEMO.name }).waitFor({ timeout: 20_000 });
  if (headful) {
    console.log('Profile Lens is open on a demo profile. Close the browser window to finish.');
    await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
    return;
  }
  mkdirSync(OUT, { recursive: true });
  // The panel as a recruiter first sees it: the person, the figures, the start of the career.
  await shoot(panel, 'panel', 1000);

  // Three people saved, each with a tag, then the library.
  for (const p of LIBRARY) {
    await page.goto(`https://himalayas.app/@${p.handle}`);
    await panel.getByRole('heading', { level: 1, name: p.name }).waitFor({ timeout: 20_000 });
    await panel.getByRole('button', { name: 'Save profile' }).click();
    await panel.getByTestId('save-state').filter({ hasText: 'Saved on' }).waitFor();
    await panel.getByLabel('New tag').fill(p.tag);
    await panel.getByRole('button', { name: 'Add tag' }).click();
    await panel.getByRole('button', { name: `Remove tag ${p.tag}` }).waitFor();
  }
  await panel.getByRole('button', { name: 'Library', exact: true }).click();
  await panel.getByTestId('library-row').nth(LIBRARY.length - 1).waitFor();
  await shoot(panel, 'library');

  // The library as "Export JSON" downloads it.
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: /^Export JSON \(/ }).click()]);
  await download.saveAs(path.join(OUT, 'export.json'));
  writeFileSync(
    path.join(OUT, 'README.txt'),
    `Profile Lens demo, ${new Date().toISOString()}\n` +
      `panel-light.png, panel-dark.png: the side panel on ${DEMO.name}'s profile, as it opens\n` +
      `library-light.png, library-dark.png: the library with ${LIBRARY.map((p) => p.name).join(', ')} saved\n` +
      `export.json: the library as exported by "Export JSON"\n`,
  );
  await h.close();
  if (process.argv.includes('--docs')) {
    mkdirSync(DOCS, { recursive: true });
    for (const f of PICTURES) copyFileSync(path.join(OUT, f), path.join(DOCS, f));
    console.log(`Copied ${PICTURES.join(', ')} to ${DOCS}`);
  }
  console.log(`Wrote ${PICTURES.join(', ')} and export.json to ${OUT}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
