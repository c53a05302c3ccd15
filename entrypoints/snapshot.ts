/**
 * Injected on request ("Extract this page", with activeTab + scripting) into a
 * page the content script does not run on. Same job as the content script:
 * snapshot the page and hand it over; the background validates it.
 */
import { takeSnapshot } from '@/lib/snapshot/take';

export default defineUnlistedScript(() => {
  const url = location.href;
  void browser.runtime.sendMessage({ type: 'page-snapshot', url, snapshot: takeSnapshot(document, url) }).catch(() => undefined);
});
