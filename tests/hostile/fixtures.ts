/**
 * The hostile corpus as one table: each page with the URL it is read at.
 * Static fixtures are files beside this one; the big ones come from
 * generate.ts. Shared by tests/unit/hostile.test.ts (the pipeline in Node)
 * and tests/e2e/security.test.ts (the built extension in Chromium).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { textId } from '../../lib/snapshot/text';
import { bigPage, deepNestingPage, floodJsonLdPage, hugeJsonLdPage, longFieldsPage, longFieldsText, oversizeSnapshotPage, wideJsonLdPage } from './generate';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const file = (name: string) => () => readFileSync(path.join(DIR, name), 'utf8');

export interface HostileFixture {
  /** File name (static) or a name ending in .html/.txt (generated). */
  name: string;
  /** The URL the page is read at. Himalayas ones can be served to the extension in Chromium. */
  url: string;
  content: () => string;
  /** What the pipeline must answer: a profile, a refusal, or either. */
  expect: 'profile' | 'refusal' | 'either';
}

const himalayas = (handle: string) => `https://himalayas.app/@${handle}`;

export const HOSTILE: HostileFixture[] = [
  { name: 'himalayas-xss.html', url: himalayas('xsseverywhere'), content: file('himalayas-xss.html'), expect: 'profile' },
  { name: 'himalayas-jsonld-poison.html', url: himalayas('jsonldpoison'), content: file('himalayas-jsonld-poison.html'), expect: 'profile' },
  { name: 'himalayas-unicode.html', url: himalayas('unicodetrick'), content: file('himalayas-unicode.html'), expect: 'profile' },
  { name: 'himalayas-jsonld-unicode.html', url: himalayas('jsonldunicode'), content: file('himalayas-jsonld-unicode.html'), expect: 'profile' },
  { name: 'himalayas-dates.html', url: himalayas('timetraveller'), content: file('himalayas-dates.html'), expect: 'profile' },
  { name: 'himalayas-formula.html', url: himalayas('formulaprofile'), content: file('himalayas-formula.html'), expect: 'profile' },
  { name: 'generic-canonical-spoof.html', url: 'https://evil.example/cv', content: file('generic-canonical-spoof.html'), expect: 'either' },
  { name: 'resume-xss.txt', url: 'https://example.com/resume-xss.txt', content: file('resume-xss.txt'), expect: 'profile' },
  // The panel's "Paste text": the same text, read at the id the panel gives it (no page, no source link).
  { name: 'pasted resume-xss.txt', url: `text:${textId(file('resume-xss.txt')())}`, content: file('resume-xss.txt'), expect: 'profile' },
  { name: 'resume-dates-unicode.txt', url: 'https://example.com/resume-dates-unicode.txt', content: file('resume-dates-unicode.txt'), expect: 'profile' },
  { name: 'long-fields.html', url: himalayas('longfields'), content: longFieldsPage, expect: 'profile' },
  { name: 'long-fields.txt', url: 'https://example.com/long-fields.txt', content: longFieldsText, expect: 'profile' },
  { name: 'big-page.html', url: himalayas('bigpage'), content: () => bigPage(), expect: 'profile' },
  { name: 'huge-jsonld.html', url: himalayas('hugejsonld'), content: hugeJsonLdPage, expect: 'profile' },
  { name: 'deep-nesting.html', url: himalayas('deepnesting'), content: () => deepNestingPage(), expect: 'profile' },
  { name: 'wide-jsonld.html', url: himalayas('widejsonld'), content: wideJsonLdPage, expect: 'profile' },
  { name: 'flood-jsonld.html', url: himalayas('floodjsonld'), content: floodJsonLdPage, expect: 'profile' },
  { name: 'oversize-snapshot.html', url: himalayas('oversize'), content: () => oversizeSnapshotPage(), expect: 'profile' },
];

/** Zero-width characters and bidi controls (embeddings, overrides, isolates, marks): never useful in a field, sometimes hostile. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
