/**
 * Page detection: which site a URL belongs to and whether it is a profile.
 * Pure and tiny, because it ships in the content script.
 */
export type SiteId = 'himalayas' | 'generic';

export interface Detection {
  site: SiteId;
  /** Site-specific profile id (the handle on Himalayas). */
  profileId: string;
  /** Canonical profile URL. */
  url: string;
}

/** Match patterns the content script runs on (and the only host permissions). */
export const SITE_MATCHES = ['https://himalayas.app/*'] as const;

// Himalayas talent profiles live at /@handle (optionally with a trailing slash).
// Deeper paths (/@handle/message) and everything else are not profiles.
const HIMALAYAS_PROFILE = /^\/@([A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?)\/?$/;

export function detectProfile(rawUrl: string): Detection | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  if (host === 'himalayas.app' || host === 'www.himalayas.app') {
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      return null;
    }
    const m = HIMALAYAS_PROFILE.exec(path);
    if (!m) return null;
    const handle = m[1]!.toLowerCase();
    return { site: 'himalayas', profileId: handle, url: `https://himalayas.app/@${handle}` };
  }
  return null;
}
