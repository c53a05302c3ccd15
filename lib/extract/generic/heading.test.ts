/**
 * Name, headline and contact detection.
 */
import { describe, expect, it } from 'vitest';
import { locationIn, looksLikeName, nameFromGreeting, parseHeader, tidyName } from './heading';
import { findSections } from './sections';
import { htmlLines, textLines } from './test-helpers';

const NAMES: Array<[string, boolean]> = [
  ['Michael Dai', true],
  ['Jane Okafor', true],
  ['Ana María de la Cruz', true],
  ['Jean-Luc Picard', true],
  ["Seán O'Brien", true],
  ['J. R. Hartley', true],
  ['TOMASZ NOWAK', true],
  ['Ludwig van Beethoven', true],
  ['Priya Raman (she/her)', true],
  ['Daniel Kim, MBA', true],
  ['Senior Software Engineer', false],
  ['Machine Learning', false],
  ['Open Source', false],
  ['Work Experience', false],
  ['Hello World', false],
  ['Berlin, Germany', false],
  ['University of Waterloo', false],
  ['Acme Corp', false],
  ['Michael', false],
  ['R2 D2', false],
  ['jane doe', false],
  ['San Francisco', false],
  ['The Quick Brown Fox Jumps Over', false],
  ['Interested in hiring Peter?', false],
];

describe('looksLikeName', () => {
  it.each(NAMES)('%j → %s', (text, want) => {
    expect(looksLikeName(text)).toBe(want);
  });

  it('tidies ALL CAPS names and drops pronouns', () => {
    expect(tidyName('TOMASZ NOWAK')).toBe('Tomasz Nowak');
    expect(tidyName('Priya Raman (she/her)')).toBe('Priya Raman');
  });
});

describe('nameFromGreeting', () => {
  it.each([
    ["Hi, I'm Jane Doe", 'Jane Doe'],
    ['Hello! I am Jane', 'Jane'],
    ["I'm Jane Doe, a product designer in Lisbon.", 'Jane Doe'],
    ['Hi there 👋, I’m Priya Raman', 'Priya Raman'],
    ["Hey, I'm Lucas Ferreira 👋", 'Lucas Ferreira'],
    ['My name is Ana de Souza and I build apps.', 'Ana de Souza'],
    ['Hello world, this is my blog', null],
    ["I'm currently learning Rust", null],
    ['I am a backend engineer', null],
  ] as Array<[string, string | null]>)('%j → %s', (text, want) => {
    expect(nameFromGreeting(text)?.name ?? null).toBe(want);
  });
});

describe('locationIn', () => {
  it.each([
    ['jane@x.com · +1 555 010 2000 · Berlin, Germany · github.com/jane', 'Berlin, Germany'],
    ['Toronto, ON | daniel@example.com', 'Toronto, ON'],
    ['📍 Bengaluru, India', 'Bengaluru, India'],
    ['Based in São Paulo, Brazil · open to remote work', 'São Paulo, Brazil'],
    ['Senior Software Engineer | Backend & Distributed Systems', null],
  ] as Array<[string, string | null]>)('%j → %s', (text, want) => {
    expect(locationIn(text)).toBe(want);
  });
});

describe('parseHeader', () => {
  const header = (text: string) => {
    const lines = textLines(text);
    return parseHeader(findSections(lines).header, lines);
  };

  it('name, headline and contact line of a plain-text CV', () => {
    const h = header('JANE DOE\nStaff Engineer | Payments\njane@doe.dev · +44 20 7946 0000 · London, UK · github.com/janedoe\n\nEXPERIENCE\nEngineer, Acme\n');
    expect(h).toMatchObject({ name: 'Jane Doe', headline: 'Staff Engineer | Payments', location: 'London, UK' });
    expect(h.links.map((l) => l.url)).toEqual(['mailto:jane@doe.dev', 'https://github.com/janedoe']);
  });

  it('does not take the contact line as the headline', () => {
    const h = header('Jane Doe\njane@doe.dev | London, UK\n\nSummary\nEngineer.\n');
    expect(h.headline).toBeNull();
    expect(h.location).toBe('London, UK');
  });

  it('uses the h1 and splits a tagline off it', () => {
    const lines = htmlLines('<h1>Jane Doe — Staff Engineer</h1><h2>Experience</h2><p>Engineer at Acme</p>');
    const h = parseHeader(findSections(lines).header, lines);
    expect(h).toMatchObject({ name: 'Jane Doe', headline: 'Staff Engineer' });
  });

  it('reads a greeting and the line under it', () => {
    const lines = htmlLines("<div><span>Hi, I'm Lucas Ferreira 👋</span></div><div>Product designer focused on fintech</div><p><b>Work</b></p>");
    const h = parseHeader(findSections(lines).header, lines);
    expect(h).toMatchObject({ name: 'Lucas Ferreira', headline: 'Product designer focused on fintech' });
  });

  it('skips a @handle under the name and keeps it', () => {
    const lines = htmlLines('<h1>Peter Cai</h1><p>@petercai1</p><p>Senior software engineer building web platforms.</p><h2>Experience</h2>');
    const h = parseHeader(findSections(lines).header, lines);
    expect(h).toMatchObject({ name: 'Peter Cai', handle: 'petercai1', headline: 'Senior software engineer building web platforms.' });
  });

  it('only http(s) and mailto links', () => {
    const lines = htmlLines('<h1>Jane Doe</h1><p><a href="javascript:alert(1)">x</a> <a href="ftp://a.b/c">f</a> <a href="https://jane.dev">site</a></p>');
    const h = parseHeader(findSections(lines).header, lines);
    expect(h.links.map((l) => l.url)).toEqual(['https://jane.dev/']);
  });
});
