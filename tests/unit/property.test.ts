/**
 * Never breaks: on any input the pipeline returns a schema-valid Profile or
 * "no profile" with a reason, within bounded time. Random DOM trees (with
 * resume-like and hostile text) and random text, including huge inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../cli/dom';
import { runPipeline } from '../../lib/pipeline';
import { ProfileSchema } from '../../lib/schema/profile';
import { takeSnapshot } from '../../lib/snapshot/take';
import { textSnapshot } from '../../lib/snapshot/text';
import { largeResumePage } from '../generate';

export const CASES = { tree: 300, text: 300, lines: 200 };

const TAGS = ['div', 'p', 'span', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'section', 'article', 'a', 'b', 'time', 'table', 'tr', 'td', 'pre', 'br', 'script', 'style'];
const WORDS = [
  'Experience', 'EDUCATION', 'Skills:', 'Work history', 'Senior Engineer', 'at', 'Acme', '—', '|', '@', 'Jan 2019', '–', 'Present', '2015 - 2019', 'Dec 2018 - Sep 2019 (9 months)',
  'University of Somewhere', 'BSc Computer Science', 'React', 'Go', 'Node.js', 'Summer 2015', '9999', '0000-00', '<script>alert(1)</script>', 'javascript:alert(1)', '\u202Eevil', '\u200B',
  '__proto__', 'constructor', '{"@type":"Person"}', 'Hi, I’m Jane Doe', 'Availability', 'Location', '@handle', '•', '\n', ' ',
];
const text = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
const line = fc.array(text, { maxLength: 8 }).map((ws) => ws.join(' '));

type Tree = string;
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.array(tie('node'), { maxLength: 6 }).map((xs) => xs.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    line.map((t) => t.replace(/</g, '&lt;')),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom('', ' href="javascript:alert(1)"', ' href="/x"', ' datetime="2019-13"', ' hidden', ' class="h-card"', ' onclick="x()"'), tie('tree')).map(
      ([t, attr, inner]) => `<${t}${attr}>${inner}</${t}>`,
    ),
  ),
}));

function check(result: ReturnType<typeof runPipeline>) {
  if (result.ok) {
    expect(ProfileSchema.safeParse(result.profile).success).toBe(true);
    expect(JSON.stringify(result.profile)).not.toMatch(/"url":"(javascript|data|vbscript):/i);
    for (const l of result.profile.links) expect(l.url).toMatch(/^(https?:|mailto:)/);
  } else {
    expect(typeof result.reason).toBe('string');
    expect(result.reason.length).toBeGreaterThan(0);
  }
}

describe('the pipeline never breaks', () => {
  it(`random DOM trees (${CASES.tree} cases)`, () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('https://himalayas.app/@someone', 'https://example.com/cv', 'file:///x.html'), (html, url) => {
        const t = performance.now();
        check(runPipeline(takeSnapshot(htmlDocument(`<!doctype html><html><body>${html}</body></html>`), url)));
        expect(performance.now() - t).toBeLessThan(1000);
      }),
      { numRuns: CASES.tree },
    );
  });

  it(`random text (${CASES.text} cases)`, () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (s) => check(runPipeline(textSnapshot(s, 'text:x')))),
      { numRuns: CASES.text },
    );
  });

  it(`random resume-like lines (${CASES.lines} cases)`, () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), (lines) => check(runPipeline(textSnapshot(lines.join('\n'), 'text:y')))),
      { numRuns: CASES.lines },
    );
  });

  it('huge inputs stay bounded: a 2 MB page and 1 MB of text', () => {
    const t = performance.now();
    check(runPipeline(takeSnapshot(htmlDocument(largeResumePage(300, 2_000_000)), 'https://example.com/big')));
    check(runPipeline(textSnapshot('Experience\n' + 'Engineer at Acme 2019 - 2020\n• did things\n'.repeat(25_000), 'text:z')));
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('garbage that is not a snapshot is refused, not thrown', () => {
    for (const bad of [null, undefined, 42, 'x', {}, { blocks: 'no' }, { url: 1 }, JSON.parse('{"__proto__":{"polluted":1}}')]) {
      const r = runPipeline(bad);
      expect(r.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
