/**
 * A tab closed while its page is being read leaves nothing behind: no page
 * state in storage.session and no half-written record in the library.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './browser';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  h.serve.set('https://himalayas.app/@petercai1', { file: path.resolve('tests/fixtures/eval/himalayas-petercai1.html') });
});
afterAll(async () => h?.close());

const sessionKeys = () =>
  h.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith('tab:'));
  });

describe('a tab closed during extraction', () => {
  it.each([0, 50, 150, 400])('closed %i ms after it starts loading', async (delay) => {
    const before = await sessionKeys();
    const page = await h.context.newPage();
    void page.goto('https://himalayas.app/@petercai1').catch(() => undefined);
    await page.waitForTimeout(delay);
    await page.close();
    // Give late messages from the dying tab time to arrive, then check nothing of it stays.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sessionKeys()).toEqual(before);
  });
});
