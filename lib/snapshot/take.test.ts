import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument, plainTextDocument } from '../../cli/dom';
import { SnapshotSchema } from '../schema/snapshot';
import { Window } from 'happy-dom';
import { takeSnapshot } from './take';

const snap = (html: string, url = 'https://example.com/a/b') => takeSnapshot(htmlDocument(html), url);
const texts = (html: string) => snap(html).blocks.map((b) => `${b.kind}${b.level ?? ''}:${b.text}`);

describe('takeSnapshot (HTML)', () => {
  it.each<[string, string[]]>([
    ['<h1>Jane</h1><p>Engineer</p>', ['heading1:Jane', 'text:Engineer']],
    ['<div role="heading" aria-level="3">Skills</div>', ['heading3:Skills']],
    ['<ul><li>One</li><li>Two <b>bold</b></li></ul>', ['item:One', 'item:Two bold']],
    ['<dl><dt>Location</dt><dd>Milan, Italy</dd></dl>', ['term:Location', 'value:Milan, Italy']],
    ['<p>a<br>b</p>', ['text:a', 'text:b']],
    ['<p>Hello   \n  world</p>', ['text:Hello world']],
    ['<p>x</p><script>alert(1)</script><style>p{}</style><template><p>t</p></template>', ['text:x']],
    ['<p hidden>no</p><p aria-hidden="true">no</p><p style="display: none">no</p><p>yes</p>', ['text:yes']],
    ['<nav><a href="/jobs">Jobs</a></nav><p>body</p>', ['text:body']],
    ['<p>Zero\u200Bwidth \u202Eoverride\u202C</p>', ['text:Zerowidth override']],
    ['<div><span>Full-time</span><span>Contract</span></div>', ['text:Full-time · Contract']],
    ['<div><span>C++</span><span>Go</span><span>F#</span><span>Rust</span></div>', ['text:C++ · Go · F# · Rust']],
    ['<p>Built with <a href="/r">React</a> and <b>Go</b>.</p>', ['text:Built with React and Go.']],
    ['<table><tr><th>Dates</th><td>2019 - 2021</td></tr></table>', ['term:Dates', 'text:2019 - 2021']],
    ['<pre>line one\n\n    indented</pre>', ['text:line one', 'text:indented']],
    // A labelled region without a heading is titled by its label; one with a heading keeps only its heading.
    ['<div role="region" aria-label="Work history"><div>Analyst</div></div>', ['heading2:Work history', 'text:Analyst']],
    ['<section aria-label="Schooling"><p>Lycée Victor Hugo</p></section>', ['heading2:Schooling', 'text:Lycée Victor Hugo']],
    ['<section aria-label="Roles"><h3>Roles</h3><p>Analyst</p></section>', ['heading3:Roles', 'text:Analyst']],
    ['<div role="navigation"><a href="/jobs">Jobs</a></div><p>body</p>', ['text:body']],
    // The pieces of a <summary> line stay apart even when white space is all that separates them.
    ['<details><summary><span>Analyst</span> <span>Contoso</span> <span>2019 – 2021</span></summary><p>Reports.</p></details>', ['text:Analyst · Contoso · 2019 – 2021', 'text:Reports.']],
  ])('%s', (html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('keeps chips as parts, links absolute, times with datetime', () => {
    const s = snap('<p><a href="/talent/skills/react">React</a><a href="https://x.dev/vue">Vue</a> <time datetime="2019-03">March 2019</time></p>');
    const b = s.blocks[0]!;
    expect(b.parts).toEqual(['React', 'Vue March 2019']);
    expect(b.links).toEqual([
      { text: 'React', href: 'https://example.com/talent/skills/react' },
      { text: 'Vue', href: 'https://x.dev/vue' },
    ]);
    expect(b.times).toEqual([{ text: 'March 2019', datetime: '2019-03' }]);
  });

  it('groups the blocks of one entry and marks sections', () => {
    const s = snap('<section><h2>Experience</h2><ul><li><h3>Dev</h3><p>Acme</p></li><li><h3>Intern</h3><p>Beta</p></li></ul></section>');
    const [h, a, b, c, d] = s.blocks;
    expect(h!.group).toBeUndefined();
    expect(a!.group).toBe(b!.group);
    expect(c!.group).toBe(d!.group);
    expect(a!.group).not.toBe(c!.group);
    expect(new Set(s.blocks.map((x) => x.section)).size).toBe(1);
  });

  it('reads meta, canonical, title, lang, JSON-LD and microformats', () => {
    const s = snap(`<html lang="it"><head><title> Jane — CV </title><meta property="og:type" content="profile"><link rel="canonical" href="/cv">
      <script type="application/ld+json">{"@type":"Person","name":"Jane"}</script></head>
      <body><div class="h-card"><span class="p-name">Jane Roe</span><a class="u-url" href="https://jane.dev">site</a></div></body></html>`);
    expect(s.title).toBe('Jane — CV');
    expect(s.lang).toBe('it');
    expect(s.meta['og:type']).toBe('profile');
    expect(s.canonical).toBe('https://example.com/cv');
    expect(s.jsonld).toEqual(['{"@type":"Person","name":"Jane"}']);
    expect(s.microformats?.[0]?.['p-name']).toEqual(['Jane Roe']);
    expect(s.microformats?.[0]?.['u-url']).toEqual(['https://jane.dev']);
  });

  it('survives 10,000-deep nesting without recursion', () => {
    const html = '<div>'.repeat(10_000) + '<p>deep</p>' + '</div>'.repeat(10_000);
    const s = snap(html);
    expect(SnapshotSchema.safeParse(s).success).toBe(true);
  });

  it('caps the number of blocks and the length of text', () => {
    const s = snap('<p>x</p>'.repeat(6000) + `<p>${'y'.repeat(30_000)}</p>`);
    expect(s.blocks.length).toBeLessThanOrEqual(5000);
    expect(s.truncated).toBe(true);
    const long = snap(`<p>${'y'.repeat(30_000)}</p>`).blocks[0]!;
    expect(long.text.length).toBe(20_000);
    expect(long.text.endsWith('…')).toBe(true);
  });

  it('gives a schema-valid snapshot for every fixture page', () => {
    for (const f of ['himalayas-petercai1.html', 'himalayas-sofiamarchetti.html', 'resume-michael-dai.html']) {
      const s = takeSnapshot(htmlDocument(readFileSync(`tests/fixtures/eval/${f}`, 'utf8')), 'https://himalayas.app/@x');
      expect(SnapshotSchema.safeParse(s).success).toBe(true);
      expect(s.plain).toBe(false);
    }
  });
});

describe('takeSnapshot (text/plain)', () => {
  it('turns lines into blocks with indent and gaps, keeping right-aligned spacing', () => {
    const s = takeSnapshot(plainTextDocument('Jane Doe\n\nEXPERIENCE\n  • Built things\nEngineer, Acme        2019 – Present\n'), 'file:///cv.txt');
    expect(s.plain).toBe(true);
    expect(s.blocks.map((b) => [b.text, b.indent, !!b.gap])).toEqual([
      ['Jane Doe', 0, false],
      ['EXPERIENCE', 0, true],
      ['• Built things', 2, false],
      ['Engineer, Acme        2019 – Present', 0, false],
    ]);
  });
  it('escapes markup in text files: it is text, not HTML', () => {
    const s = takeSnapshot(plainTextDocument('<script>alert(1)</script>\n<b>x</b>'), 'file:///x.txt');
    expect(s.blocks.map((b) => b.text)).toEqual(['<script>alert(1)</script>', '<b>x</b>']);
  });
});

describe('takeSnapshot with CSS (computed styles, as in the browser)', () => {
  // happy-dom computes styles from <style> sheets, like a browser; linkedom (the CLI) has no getComputedStyle.
  const styled = (css: string, body: string) => {
    const w = new Window({ url: 'https://example.com/' });
    w.document.write(`<!DOCTYPE html><html><head><style>${css}</style></head><body>${body}</body></html>`);
    return takeSnapshot(w.document as unknown as Document, 'https://example.com/').blocks.map((b) => b.text);
  };

  it.each<[string, string, string, string[]]>([
    [
      'a link and a span shown as blocks (Himalayas company and dates)',
      '.block{display:block}',
      '<div><h3>Senior SRE</h3><a class="block" href="/c/allegro">Allegro</a>\n<span class="block">Oct 2020 - Present (6 years 1 month)</span></div>',
      ['Senior SRE', 'Allegro', 'Oct 2020 - Present (6 years 1 month)'],
    ],
    [
      'a label and its value as flex and block spans',
      '.fact>span:first-child{display:block}.fact>span+span{display:flex}',
      '<div class="fact"><span>Location</span><span>Kraków, Poland</span></div>',
      ['Location', 'Kraków, Poland'],
    ],
    ['list-item and grid spans', '.li{display:list-item}.g{display:grid}', '<p><span class="li">One</span><span class="g">Two</span></p>', ['One', 'Two']],
    ['inline-block chips stay chips', '.chip{display:inline-block}', '<p><span class="chip">Go</span><span class="chip">Rust</span></p>', ['Go · Rust']],
    ['hidden by a stylesheet', '.gone{display:none}', '<p>shown</p><p class="gone">hidden</p><span class="gone">x</span>', ['shown']],
    ['visibility hidden', '.ghost{visibility:hidden}', '<p>shown</p><div class="ghost"><p>ghost</p></div>', ['shown']],
    ['plain inline spans keep running together', '', '<p><span>Acme</span> <span>Berlin</span></p>', ['Acme Berlin']],
  ])('%s', (_name, css, body, expected) => {
    expect(styled(css, body)).toEqual(expected);
  });

  it('without getComputedStyle (linkedom) the tags decide', () => {
    const blocks = snap('<style>.block{display:block}.gone{display:none}</style><div><a class="block" href="/c">Allegro</a><span class="block">2020 - 2021</span><p class="gone">kept</p></div>').blocks;
    expect(blocks.map((b) => b.parts ?? b.text)).toEqual([['Allegro', '2020 - 2021'], 'kept']);
  });

  it('stops reading styles after a bounded number of elements', () => {
    const many = '<span class="b">x</span>'.repeat(4100);
    const texts = styled('.b{display:block}', `<div>${many}</div>`);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.length).toBeLessThan(4100);
  });
});

describe('badge images', () => {
  it.each<[string, string[]]>([
    [
      '<p><a href="#"><img src="https://img.shields.io/badge/Java-ED8B00?style=for-the-badge" alt="Java"></a>\n<a href="#"><img src="https://img.shields.io/badge/Spring%20Boot-6DB33F" alt="Spring Boot"></a>\n<a href="#"><img src="https://img.shields.io/badge/Git-F05032" alt="Git"></a></p>',
      ['Java · Spring Boot · Git'],
    ],
    ['<p><img src="https://cdn.jsdelivr.net/gh/devicons/devicon/icons/go/go-original.svg" alt="Go" width="40"> <img src="https://cdn.jsdelivr.net/gh/devicons/devicon/icons/rust/rust-original.svg" alt="Rust"></p>', ['Go · Rust']],
    ['<p><img src="https://camo.githubusercontent.com/1a" data-canonical-src="https://img.shields.io/badge/Docker-2CA5E0" alt="Docker"></p>', ['Docker']],
    ['<p><img src="/me.jpg" alt="Ana Petrović"> Ana</p>', ['Ana']],
    ['<p><img src="https://github-readme-stats.vercel.app/api?username=x" alt="My GitHub stats"></p>', []],
    ['<p><img src="https://img.shields.io/github/stars/x/y" alt="GitHub stars"> <img src="https://img.shields.io/badge/build-passing-green" alt="build passing"></p>', []],
  ])('%s', (html, expected) => {
    expect(snap(html).blocks.map((b) => b.text)).toEqual(expected);
  });
});

describe('ARIA list items are entries', () => {
  it('each role="listitem" is its own group', () => {
    const s = snap('<div role="list"><div role="listitem"><div>Analyst</div><div>Contoso</div></div><div role="listitem"><div>Clerk</div></div></div>');
    const groups = s.blocks.map((b) => b.group);
    expect(groups[0]).toBeTruthy();
    expect(groups[0]).toBe(groups[1]);
    expect(groups[2]).not.toBe(groups[0]);
  });
});
