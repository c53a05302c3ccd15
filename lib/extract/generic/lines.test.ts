/**
 * Line utilities: decoration stripping, vocabulary scores, places.
 */
import { describe, expect, it } from 'vitest';
import { columns, companyScore, degreeScore, institutionScore, isContactLine, looksLikeLocation, roleScore, splitOutside, tidy, toLines } from './lines';
import { htmlLines, textLines } from './test-helpers';

describe('toLines', () => {
  it('strips bullets, markdown and emoji and records them as features', () => {
    const lines = textLines('## 💼 Experience\n- **Engineer** @ Acme\n  • Built it\nSKILLS\n======\n1. First thing\n[site](https://a.dev)\n');
    expect(lines.map((l) => [l.text, l.md, l.marker])).toEqual([
      ['Experience', 2, false],
      ['Engineer @ Acme', 0, true],
      ['Built it', 0, true],
      ['SKILLS', 0, false],
      ['First thing', 0, true],
      ['site', 0, false],
    ]);
    expect(lines[3]!.underlined).toBe(true);
    expect(lines[5]!.links).toEqual([{ label: 'site', url: 'https://a.dev' }]);
  });

  it('keeps only http(s) and mailto links and unwraps Google redirects', () => {
    const [l] = toLines([
      {
        kind: 'text',
        text: 'a b c',
        links: [
          { text: 'a', href: 'javascript:void(0)' },
          { text: 'b', href: 'https://www.google.com/url?q=https://github.com/x&sa=D' },
          { text: 'c', href: 'mailto:x@y.z' },
        ],
      },
    ]);
    expect(l!.links.map((x) => x.url)).toEqual(['https://github.com/x', 'mailto:x@y.z']);
  });
});

describe('helpers', () => {
  it('columns split right-aligned text', () => {
    expect(columns('Senior Engineer, Acme        Jan 2019 – Present')).toEqual(['Senior Engineer, Acme', 'Jan 2019 – Present']);
  });
  it('tidy removes dangling separators and empty brackets', () => {
    expect(tidy(' — Acme ( ) |')).toBe('Acme');
    expect(tidy('Acme )')).toBe('Acme');
  });
  it('splitOutside ignores separators inside brackets', () => {
    expect(splitOutside('Engineer (Payments, Risk), Acme', /,\s*/)).toEqual(['Engineer (Payments, Risk)', 'Acme']);
  });
});

describe('scores', () => {
  it.each([
    ['Senior Software Engineer', true],
    ['Co-Founder', true],
    ['VP Engineering', true],
    ['Product Owner', true],
    ['Pinterest', false],
    ['Backend & Distributed Systems', false],
    ['Científica de Datos Senior', true],
    ['Ingeniero de Software', true],
    ['Softwareentwicklerin', true],
    ['Werkstudent', true],
    ['Ingénieur Data', true],
    ['Développeuse Front-end', true],
    ['Engenheira de Dados', true],
    ['Sviluppatore Full Stack', true],
    ['Stagista', true],
    ['Banco de Chile', false],
    ['Universidade de São Paulo', false],
  ] as Array<[string, boolean]>)('roleScore(%j) > 0 is %s', (s, want) => {
    expect(roleScore(s) > 0).toBe(want);
  });
  it.each([
    ['Acme Corp', true],
    ['Playit.gg', true],
    ['Zalando SE', true],
    ['Freelance', true],
    ['DoorDash', false],
  ] as Array<[string, boolean]>)('companyScore(%j) > 0 is %s', (s, want) => {
    expect(companyScore(s) > 0).toBe(want);
  });
  it.each([
    ['University of Waterloo', true],
    ['Politecnico di Milano', true],
    ['Technische Universität München', true],
    ['Warsaw University of Technology', true],
    ['Le Wagon', true],
    ['Stripe', false],
    ['Lincoln High School', true],
    ['High school diploma, science track', false],
    ['Secondary School Certificate', false],
    ['Riverside High School — high school diploma', true],
  ] as Array<[string, boolean]>)('institutionScore(%j) > 0 is %s', (s, want) => {
    expect(institutionScore(s) > 0).toBe(want);
  });
  it.each([
    ['Bachelor of Computer Science', true],
    ['Master’s Degree in Computer Science', true],
    ['B.E. Computer Science', true],
    ['MSc Statistics', true],
    ['PhD in Robotics', true],
    ['I want to be there', false],
    ['MA', true],
    ['Microsoft', false],
    ['Magíster en Ciencia de Datos', true],
    ['Máster en Ingeniería de Software', true],
    ['Maestría en Ciencias', true],
    ['Mestrado em Engenharia Informática', true],
    ['Licenciatura en Estadística', true],
    ['Diplôme d’ingénieur', true],
    ['Doctorado en Física', true],
    ['Banco de Chile', false],
  ] as Array<[string, boolean]>)('degreeScore(%j) > 0 is %s', (s, want) => {
    expect(degreeScore(s) > 0).toBe(want);
  });
});

describe('looksLikeLocation', () => {
  it.each([
    ['Berlin, Germany', true],
    ['Austin, TX', true],
    ['Remote', true],
    ['London', true],
    ['São Paulo, Brazil', true],
    ['Rio de Janeiro, Brazil', true],
    ['Milan, Lombardy, Italy', true],
    ['Berlin (Remote)', true],
    ['Cluj-Napoca (Romania)', true],
    ['Leeds (UK)', true],
    ['Acme, Leeds (UK)', false],
    ['Acme (Platform)', false],
    ['Acme, Inc.', false],
    ['Senior Engineer, Backend', false],
    ['University of California, Santa Cruz', false],
    ['Go, Python', false],
    ['📍 Johannesburg, South Africa 🇿🇦', true],
    ['Cape Town 🇿🇦', true],
    ['🌍 Berlin, Germany', true],
    ['Kraków, Poland 🇵🇱', true],
    ['🚀 Go, Python', false],
    ['🇿🇦', false],
    // A city and a two-letter country code or a country name.
    ['Wellington, NZ', true],
    ['Lyon, FR', true],
    ['Nanterre, France', true],
    ['Sydney, AU', true],
    ['Dublin, IE', true],
    ['Platform, AI', false],
    ['Manager, IT', false],
    ['Automation, QA', false],
    ['Design, UX', false],
  ] as Array<[string, boolean]>)('%j → %s', (s, want) => {
    expect(looksLikeLocation(s)).toBe(want);
  });
});

describe('isContactLine', () => {
  it.each([
    ['jane@doe.dev | London', true],
    ['+1 (415) 555-0100', true],
    ['github.com/jane · linkedin.com/in/jane', true],
    ['Senior Software Engineer | Backend & Distributed Systems', false],
    ['Jan 2019 – Present', false],
  ] as Array<[string, boolean]>)('%j → %s', (s, want) => {
    expect(isContactLine(s)).toBe(want);
  });
});

describe('heading anchors', () => {
  it('drops a line that is only an anchor mark ("#", "¶")', () => {
    expect(htmlLines('<h1>Jo Bakker</h1><p>#</p><p>¶</p><p>Planner</p>').map((l) => l.text)).toEqual(['Jo Bakker', 'Planner']);
  });
});
