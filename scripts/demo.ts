/**
 * `npm run demo`: builds the extension and shows it working on a bundled
 * demo profile. With a display, a real Chromium window opens on the profile
 * and the panel (close the window to end). Without one, it runs headless and
 * writes screenshots of the panel (light and dark) and the extracted JSON to
 * demo-output/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPanel, tabIdOf } from '../tests/e2e/browser';

const OUT = path.resolve('demo-output');
const DEMO = { handle: 'sofiamarchetti', file: 'tests/fixtures/eval/himalayas-sofiamarchetti.html', name: 'Sofia Marchetti' };

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });
  const headful = !!process.env.DISPLAY && !process.argv.includes('--headless');
  const h = await launch({ headless: !headful });
  h.serve.set(`https://himalayas.app/@${DEMO.handle}`, { file: path.resolve(DEMO.file) });
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
  await panel.setViewportSize({ width: 420, height: 1400 });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.screenshot({ path: path.join(OUT, `panel-${scheme}.png`), fullPage: true });
  }
  // The extracted JSON, through the same export the panel offers.
  await panel.getByRole('button', { name: 'Save profile' }).click();
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export JSON', exact: true }).click()]);
  await download.saveAs(path.join(OUT, 'export.json'));
  writeFileSync(path.join(OUT, 'README.txt'), `Profile Lens demo, ${new Date().toISOString()}\npanel-light.png, panel-dark.png: the side panel on ${DEMO.name}'s profile\nexport.json: the saved profile as exported by "Export JSON"\n`);
  await h.close();
  console.log(`Wrote panel-light.png, panel-dark.png and export.json to ${OUT}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
