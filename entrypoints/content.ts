/**
 * Content script: detect → snapshot → hand over. Deliberately small (no zod,
 * no parsing): the extension's own pages do the heavy work. It never writes
 * storage; it only sends messages, which the background validates.
 */
import { detectProfile, SITE_MATCHES } from '@/lib/detect/sites';
import { takeSnapshot } from '@/lib/snapshot/take';
import { waitForProfile } from '@/lib/snapshot/settle';
import { liteSiteEnabled, watchLiteSettings, type LiteSettings } from '@/lib/settings-lite';
import { createBadge } from '@/lib/badge';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    let generation = 0;
    // Settings (options page): a site switched off is never read; the badge shows only on profiles it allows.
    let settings: LiteSettings | null = null;
    let current = location.href;
    const badge = createBadge(ctx);
    const allowed = (url: string) => {
      const d = detectProfile(url);
      return d && settings && liteSiteEnabled(settings, d.site) ? d : null;
    };
    const send = (message: unknown) => browser.runtime.sendMessage(message).catch(() => undefined);
    // The Navigation API announces a URL before location.href changes: use the URL it names.
    const report = async (url: string) => {
      current = url;
      if (!settings) return; // reported once the settings are read
      const mine = ++generation;
      const detection = allowed(url);
      badge.show(!!detection && settings.badge);
      if (!detection) return void send({ type: 'page-not-profile', url });
      send({ type: 'page-loading', url });
      // After client-side navigation the old person may still be on screen: wait for the new one.
      await waitForProfile(document, detection.profileId, ctx.signal);
      if (mine !== generation || ctx.isInvalid) return;
      send({ type: 'page-snapshot', url, snapshot: takeSnapshot(document, url) });
    };
    const stopWatching = watchLiteSettings(browser.storage, (next) => {
      const first = !settings;
      const before = !first && !!allowed(current);
      settings = next;
      if (first || before !== !!allowed(current)) void report(current);
      else badge.show(before && next.badge);
    });
    ctx.onInvalidated(stopWatching);
    ctx.addEventListener(window, 'wxt:locationchange', (e) => void report(e.newUrl.href));
  },
});
