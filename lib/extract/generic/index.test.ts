/**
 * The generic parser end to end: every fixture page (and the Michael Dai
 * resume as HTML and as text/plain) through the real snapshot, compared with
 * its case file (name, headline, titles, companies, institutions) and with
 * the dates and degrees as written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../schema/snapshot';
import { genericExtractor, nameFromTitle, parseResume } from './index';
import { EVAL, FIXTURES, fixtureBlocks, matches } from './test-helpers';

interface Case {
  file: string;
  url: string;
  expect: {
    name?: string;
    headline?: string | null;
    experience?: Array<{ title: string | string[]; company: string | string[] }>;
    education?: Array<{ institution: string | string[] }>;
  };
}

/** Dates and degrees as the page writes them (the case files hold normalised values). */
const WRITTEN: Record<string, { dates: Array<string | undefined>; degrees: Array<string | null>; location?: string }> = {
  'site-jane-okafor': { dates: ['Mar 2021 – Present', 'Jun 2017 – Feb 2021', 'Sep 2014 – May 2017'], degrees: ['B.Sc. Computer Science, First Class Honours'], location: 'London, UK' },
  'site-lucas-ferreira': { dates: ['Mar 2021 – Present', 'Jan 2018 – Feb 2021', '2016 – 2017'], degrees: ['Bachelor of Design', 'UX Certificate'], location: 'São Paulo, Brazil' },
  'github-readme-priya-raman': { dates: ['2021–Present', '2018–2021', 'Summer 2017'], degrees: ['B.E. Computer Science'], location: 'Bengaluru, India' },
  'cv-tomasz-nowak': {
    dates: ['Jan 2021 – Present', 'Jun 2018 – Dec 2020', 'Sep 2015 – May 2018', 'Jul 2014 – Aug 2015'],
    degrees: ['MSc Computer Science, specialisation in Databases'],
    location: 'Warsaw, Poland',
  },
  'cv-emma-lindqvist': { dates: ['2020–2024', '2017–2020', '2015–2017', '2014–2015'], degrees: ['MSc Computer Science', 'BSc Computer Science'], location: 'Stockholm, Sweden' },
  'gdocs-daniel-kim': { dates: ['Apr 2020 – Present', 'Jan 2017 – Mar 2020', 'Sep 2014 – Dec 2016'], degrees: ['Master of Business Administration (MBA)', 'Bachelor of Commerce, Finance'], location: 'Toronto, ON' },
  'notion-aisha-bello': { dates: ['Jan 2022 – Present', 'Mar 2020 – Dec 2021', 'Jun 2017 – Feb 2020'], degrees: ['MSc Statistics', 'BSc Mathematics'], location: 'Lagos, Nigeria' },
  'resume-michael-dai-html': { dates: [undefined, undefined, undefined, undefined, undefined], degrees: ['Bachelor of Computer Science, Honours Co-op'] },
  'resume-michael-dai-txt': { dates: [undefined, undefined, undefined, undefined, undefined], degrees: ['Bachelor of Computer Science, Honours Co-op'] },
  'himalayas-petercai1': {
    dates: ['Dec 2018 - Sep 2019', 'May 2018 - Sep 2018'],
    degrees: ['Master’s Degree in Computer Science, Computer Science', 'Bachelor’s Degree in Computer Science, Computer Science'],
  },
  'himalayas-sofiamarchetti': {
    dates: ['Jan 2022 - Present', 'Mar 2019 - Dec 2021', 'Sep 2016 - Feb 2019'],
    degrees: ['Master’s Degree in Computer Engineering, Computer Engineering', 'Bachelor’s Degree in Computer Engineering, Computer Engineering'],
    location: 'Milan, Italy',
  },
};

function cases(dir: string, only?: RegExp): Array<[string, string, Case]> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.case.json') && (!only || only.test(f)))
    .sort()
    .map((f) => [f.replace('.case.json', ''), dir, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case]);
}

const ALL = [...cases(FIXTURES), ...cases(EVAL, /^(resume|himalayas)-/)];

describe('parseResume on fixture pages', () => {
  it('has the fixtures it is meant to have', () => {
    expect(cases(FIXTURES).length).toBeGreaterThanOrEqual(6);
    expect(ALL.map(([id]) => id)).toEqual(expect.arrayContaining(['resume-michael-dai-html', 'resume-michael-dai-txt']));
  });

  describe.each(ALL)('%s', (id, dir, c) => {
    const p = parseResume(fixtureBlocks(dir, c.file));
    const written = WRITTEN[id];

    it('name and headline', () => {
      if (c.expect.name) expect(p.name).toBe(c.expect.name);
      if (c.expect.headline) expect(matches(c.expect.headline, p.headline)).toBe(true);
    });

    it('experience titles and companies, in order', () => {
      const want = c.expect.experience ?? [];
      const got = p.experience ?? [];
      expect(got.map((e) => `${e.title} / ${e.company}`)).toHaveLength(want.length);
      want.forEach((w, k) => {
        const e = got[k]!;
        expect(matches(w.title, e.title), `title ${k}: ${e.title}`).toBe(true);
        expect(matches(w.company, e.company), `company ${k}: ${e.company}`).toBe(true);
      });
    });

    it('education institutions, in order', () => {
      const want = c.expect.education ?? [];
      const got = p.education ?? [];
      expect(got.map((e) => e.institution)).toHaveLength(want.length);
      want.forEach((w, k) => expect(matches(w.institution, got[k]!.institution), got[k]!.institution).toBe(true));
    });

    it('dates, degrees and location as written', () => {
      expect(written, `WRITTEN table has ${id}`).toBeDefined();
      expect((p.experience ?? []).map((e) => e.datesText ?? undefined)).toEqual(written!.dates);
      expect((p.education ?? []).map((e) => e.degree ?? null)).toEqual(written!.degrees);
      if (written!.location) expect(p.location).toBe(written!.location);
    });

    it('every entry has highlights or a description when the page has them', () => {
      for (const e of p.experience ?? []) expect((e.highlights?.length ?? 0) + (e.description ? 1 : 0)).toBeGreaterThan(0);
    });
  });
});

describe('Michael Dai resume (the two shapes agree)', () => {
  const html = parseResume(fixtureBlocks(EVAL, 'resume-michael-dai.html'));
  const txt = parseResume(fixtureBlocks(EVAL, 'resume-michael-dai.txt'));

  it('same entries from HTML and text/plain', () => {
    const sig = (p: typeof html) => (p.experience ?? []).map((e) => [e.title, e.company, e.highlights?.length]);
    expect(sig(txt)).toEqual(sig(html));
    expect(sig(txt)).toEqual([
      ['Machine Learning Engineer', 'Pinterest', 4],
      ['Principal Engineer & Co-Founder', 'Playit.gg', 2],
      ['Software Engineer II (Merchant Platform)', 'DoorDash', 3],
      ['Backend Engineer Intern', 'Lyft', 2],
      ['Software Engineer Intern', 'eBay', 2],
    ]);
  });

  it('skills are the raw lists without the group labels', () => {
    const want = ['Go Python Rust Java/Kotlin SQL', 'Microservices gRPC RESTful APIs Event-Driven System Design', 'PostgreSQL Kafka Redis Elasticsearch Data Modeling', 'AWS Kubernetes Docker Terraform CI/CD'];
    expect(txt.skills).toEqual(want);
    expect(html.skills).toEqual(want);
  });

  it('projects text is kept for skill evidence', () => {
    expect(txt.projects?.join('\n')).toMatch(/OpenWRT/);
    expect(html.projects?.join('\n')).toMatch(/dprint/);
  });

  it('flags the title/company split made by word position', () => {
    expect(txt.unsure?.some((u) => u.field === 'experience[0].title')).toBe(true);
  });
});

describe('genericExtractor', () => {
  const snap = (blocks: Snapshot['blocks'], title = ''): Snapshot => ({ url: 'https://x.dev/', canonical: null, title, lang: null, meta: {}, jsonld: [], plain: false, blocks, truncated: false });

  it('is the generic layer and returns null when the page has nothing', () => {
    expect(genericExtractor.method).toBe('generic');
    expect(genericExtractor.extract({ snapshot: snap([{ kind: 'text', text: 'Cookie settings' }]), detection: null })).toBeNull();
  });

  it('falls back to the page title for the name', () => {
    const p = genericExtractor.extract({ snapshot: snap([{ kind: 'heading', level: 2, text: 'Experience' }, { kind: 'text', text: 'Engineer at Acme' }], 'Jane Doe — Resume'), detection: null });
    expect(p?.name).toBe('Jane Doe');
    expect(p?.experience?.[0]).toMatchObject({ title: 'Engineer', company: 'Acme' });
  });

  it('never throws on malformed blocks', () => {
    const bad = [{ kind: 'heading' }, null, { text: 42 }, { kind: 'item', text: '• x', depth: -1 }] as unknown as Snapshot['blocks'];
    expect(() => genericExtractor.extract({ snapshot: snap(bad), detection: null })).not.toThrow();
    expect(() => parseResume(bad)).not.toThrow();
  });
});

describe('nameFromTitle: the page title or author when the page shows no name', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['Jane Doe — Resume', {}, 'Jane Doe'],
    ['My resume | Omar Haddad | omar.dev', {}, 'Omar Haddad'],
    ['CV · Lena Vogt', {}, 'Lena Vogt'],
    ['Notes on pastry', { author: 'Dana Whitfield' }, 'Dana Whitfield'],
    ['Notes on pastry', { author: 'The Pastry Blog Team' }, null],
    ['Blog | Latest posts', {}, null],
  ])('%j %j → %s', (title, meta, want) => expect(nameFromTitle({ title, meta })).toBe(want));
});
