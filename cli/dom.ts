/**
 * Node-side page loading for the CLI, tests and bench: HTML or plain text →
 * a linkedom Document that takeSnapshot reads like a browser's.
 */
import { parseHTML } from 'linkedom';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A text/plain page as Chromium renders it: one <pre> in the body. */
export function plainTextDocument(text: string): Document {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body><pre>${escapeHtml(text)}</pre></body></html>`);
  return document as unknown as Document;
}

export function htmlDocument(html: string): Document {
  // linkedom needs a whole document; a fragment is what a browser would put in <body>.
  const whole = /<(html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  return document as unknown as Document;
}

export function documentFor(content: string, fileName: string): Document {
  return /\.(txt|text|md)$/i.test(fileName) ? plainTextDocument(content) : htmlDocument(content);
}
