/**
 * Link sanitising: only http, https and mailto survive. Applied when a
 * profile is normalised and again when a link is rendered.
 */
export function safeUrl(input: string | null | undefined): string | null {
  if (!input) return null;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const s = String(input).replace(/[\u0000-\u0020\u007F-\u009F]+/g, '').trim();
  if (!s || s.length > 4096) return null;
  if (/^mailto:/i.test(s)) {
    const addr = s.slice(7);
    return /^[^\s<>"'`]+@[^\s<>"'`]+$/.test(decodeSafe(addr)) ? 'mailto:' + addr : null;
  }
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.href;
  } catch {
    return null;
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
