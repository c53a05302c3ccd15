/**
 * Content script: detect → snapshot → hand over. Deliberately small (no zod,
 * no parsing): the extension's own pages do the heavy work. It never writes
 * storage; it only sends messages, which the background validates.
 */
import { detectProfile, SITE_MATCHES } from '@/lib/detect/sites';
import { takeSnapshot } from '@/lib/snapshot/take';
import { waitForProfile } from '@/lib/snapshot/settle';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let generation = 0;
    const send = (message: unknown) => browser.runtime.sendMessage(message).catch(() => undefined);
    // The Navigation API announces a URL before location.href changes: use the URL it names.
    const report = async (url: string) => {
      const mine = ++generation;
      const detection = detectProfile(url);
      if (!detection) return void send({ type: 'page-not-profile', url });
      send({ type: 'page-loading', url });
      // After client-side navigation the old person may still be on screen: wait for the new one.
      await waitForProfile(document, detection.profileId, ctx.signal);
      if (mine !== generation || ctx.isInvalid) return;
      send({ type: 'page-snapshot', url, snapshot: takeSnapshot(document, url) });
    };
    void report(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', (e) => void report(e.newUrl.href));
  },
});
