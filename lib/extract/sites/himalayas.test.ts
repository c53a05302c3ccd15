/**
 * The Himalayas adapter on pages of several shapes: the two labelled dev
 * pages (sections, lists, dl), the seed as plain text (no markup at all) and
 * a div-soup page. Expectations come from each page's .case.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFor } from '../../../cli/dom';
import { takeSnapshot } from '../../snapshot/take';
import { nameShaped, parseHimalayas } from './himalayas';
import type { Block } from '../../schema/snapshot';

const CASES = [
  'tests/fixtures/eval/himalayas-petercai1.case.json',
  'tests/fixtures/eval/himalayas-sofiamarchetti.case.json',
  'lib/extract/sites/fixtures/himalayas-amaraokafor.case.json',
  'lib/extract/sites/fixtures/himalayas-petercai1-seed.case.json',
];

const one = (v: string | string[]) => [v].flat()[0];

describe.each(CASES)('%s', (casePath) => {
  const spec = JSON.parse(readFileSync(casePath, 'utf8'));
  const file = path.join(path.dirname(casePath), spec.file);
  const snapshot = takeSnapshot(documentFor(readFileSync(file, 'utf8'), file), spec.url);
  const handle = spec.expect.handle as string;
  const raw = parseHimalayas(snapshot.blocks, handle);

  it('reads name, handle and headline from the header', () => {
    expect(raw.name).toBe(spec.expect.name);
    expect(raw.handle).toBe(handle);
    expect(raw.headline).toBe(spec.expect.headline);
  });
  it('reads every experience entry, in page order', () => {
    expect(raw.experience?.map((e) => [e.title, e.company])).toEqual(spec.expect.experience.map((e: { title: string; company: string }) => [one(e.title), one(e.company)]));
    for (const e of raw.experience ?? []) {
      expect(e.datesText).toMatch(/\d{4}/);
      expect(e.datesText).not.toMatch(/\(|months|years/);
      expect(e.statedDuration).toMatch(/month|year/);
      expect(e.description?.length).toBeGreaterThan(20);
    }
  });
  it('reads every education entry', () => {
    expect(raw.education?.map((e) => e.institution)).toEqual(spec.expect.education.map((e: { institution: string }) => e.institution));
    for (const e of raw.education ?? []) expect(e.degree).toMatch(/Degree/);
  });
  it('keeps empty side facts empty and never takes a label as a value', () => {
    const labels = /^(Availability|Location|Authorized to work in|Job categories|Skills)$/;
    for (const v of [raw.location, ...(raw.availability ?? []), ...(raw.workAuthorization ?? []), ...(raw.jobCategories ?? []), ...(raw.skills ?? [])]) {
      if (v) expect(v).not.toMatch(labels);
    }
    if (!spec.expect.location) expect(raw.location ?? null).toBeNull();
    if (!spec.expect.workAuthorization) expect(raw.workAuthorization ?? []).toEqual([]);
  });
});

describe('side facts', () => {
  const blocks = (lines: Array<[Block['kind'], string]>): Block[] => lines.map(([kind, text]) => ({ kind, text }));
  it.each<[string, Array<[Block['kind'], string]>, Record<string, unknown>]>([
    ['all empty, as plain text', [['text', 'Availability'], ['text', 'Location'], ['text', 'Authorized to work in'], ['text', 'Job categories'], ['text', 'Skills'], ['text', 'Interested in hiring Peter?']], { location: undefined, skills: undefined }],
    ['dt/dd with chips', [['term', 'Location'], ['value', 'Milan, Italy'], ['term', 'Skills'], ['value', 'React · Vue.js']], { location: 'Milan, Italy', skills: ['React', 'Vue.js'] }],
    ['empty dd-less term followed by a term', [['term', 'Location'], ['term', 'Availability'], ['value', 'Full-time']], { location: undefined, availability: ['Full-time'] }],
    ['label with a trailing colon', [['text', 'Location:'], ['text', 'Berlin, Germany'], ['heading', 'Interested in hiring Jo?']], { location: 'Berlin, Germany' }],
    ['other words for the labels', [['term', 'Home base'], ['value', 'Lyon, France'], ['term', 'Right to work in'], ['value', 'France'], ['term', 'Available for'], ['value', 'Contract'], ['term', 'Core competencies'], ['value', 'Figma']], { location: 'Lyon, France', workAuthorization: ['France'], availability: ['Contract'], skills: ['Figma'] }],
    ['skills under "Areas of expertise" and "Tools & technologies"', [['heading', 'Areas of expertise'], ['item', 'Pricing'], ['heading', 'Tools & technologies'], ['item', 'Excel']], { skills: ['Pricing', 'Excel'] }],
  ])('%s', (_name, lines, expected) => {
    const raw = parseHimalayas(blocks(lines), null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(raw[k]).toEqual(v);
  });
});

describe('side facts written on one line (no CSS: label and value touch)', () => {
  const b = (text: string, parts?: string[], kind: Block['kind'] = 'text'): Block => (parts ? { kind, text, parts } : { kind, text });
  it.each<[string, Block[], Record<string, unknown>]>([
    ['label and value as touching chips', [b('Location · Kraków, Poland', ['Location', 'Kraków, Poland'])], { location: 'Kraków, Poland' }],
    ['label and chips', [b('Skills · Kubernetes · Terraform · Go', ['Skills', 'Kubernetes', 'Terraform', 'Go'])], { skills: ['Kubernetes', 'Terraform', 'Go'] }],
    [
      'every label of the aside, some empty',
      [
        b('Availability'),
        b('Location · Kraków, Poland', ['Location', 'Kraków, Poland']),
        b('Authorized to work in'),
        b('Job categories'),
        b('Skills · Kubernetes · AWS', ['Skills', 'Kubernetes', 'AWS']),
        b('Interested in hiring Tomasz?', undefined, 'heading'),
      ],
      { availability: undefined, location: 'Kraków, Poland', workAuthorization: undefined, jobCategories: undefined, skills: ['Kubernetes', 'AWS'] },
    ],
    ['text without parts, " · " between', [b('Location · Berlin, Germany')], { location: 'Berlin, Germany' }],
    ['label with a colon on the same line', [b('Location: Lisbon, Portugal'), b('Skills: Go, Rust')], { location: 'Lisbon, Portugal', skills: ['Go', 'Rust'] }],
    ['authorised countries as chips', [b('Authorized to work in · Spain · Ireland', ['Authorized to work in', 'Spain', 'Ireland'])], { workAuthorization: ['Spain', 'Ireland'] }],
    ['availability chips', [b('Availability · Full-time · Freelance', ['Availability', 'Full-time', 'Freelance'])], { availability: ['Full-time', 'Freelance'] }],
    [
      'two labels touching: neither takes the other as a value',
      [b('Availability · Location', ['Availability', 'Location']), b('Job categories · Data Engineer', ['Job categories', 'Data Engineer'])],
      { availability: undefined, location: undefined, jobCategories: ['Data Engineer'] },
    ],
    ['a sentence that starts like a label is not a fact', [b('Location matters to me: I want to stay in Europe.')], { location: undefined }],
  ])('%s', (_name, blocks, expected) => {
    const raw = parseHimalayas(blocks, null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(raw[k], k).toEqual(v);
  });
});

describe('the handle line', () => {
  const t = (text: string, kind: Block['kind'] = 'text'): Block => ({ kind, text });
  it.each<[string, Block[], string | null]>([
    ['"@handle" on one line', [t('Kasia Nowak', 'heading'), t('@kasianowak'), t('Security engineer')], 'kasianowak'],
    ['"@" as its own element', [t('Kasia Nowak', 'heading'), t('@'), t('kasianowak'), t('Security engineer')], 'kasianowak'],
    ['"@" and handle as touching parts', [t('Kasia Nowak', 'heading'), { kind: 'text', text: '@ kasianowak', parts: ['@', 'kasianowak'] }, t('Security engineer')], 'kasianowak'],
    ['"@" hidden from the snapshot, handle known from the URL', [t('Kasia Nowak', 'heading'), t('kasianowak'), t('Security engineer')], 'kasianowak'],
  ])('%s', (_name, blocks, handle) => {
    const raw = parseHimalayas([...blocks, t('Experience', 'heading')], handle);
    expect([raw.name, raw.handle, raw.headline]).toEqual(['Kasia Nowak', 'kasianowak', 'Security engineer']);
  });
  it('a bare word is not the handle when the URL names another', () => {
    const raw = parseHimalayas([t('Kasia Nowak', 'heading'), t('security'), t('Experience', 'heading')], 'kasianowak');
    expect(raw.handle).toBeUndefined();
  });
});

describe('entries when company and dates share a line (no CSS)', () => {
  const t = (text: string, kind: Block['kind'] = 'text'): Block => ({ kind, text });
  it('splits "Company <date range> (duration)" into company and dates', () => {
    const blocks = [
      t('Experience', 'heading'),
      t('Senior Site Reliability Engineer', 'heading'),
      t('Allegro Oct 2020 - Present (6 years 1 month)'),
      t('Run the Kubernetes platform behind checkout. Wrote Terraform modules for AWS and GCP.'),
      t('DevOps Engineer', 'heading'),
      t('Brainly May 2017 - Sep 2020 (3 years 4 months)'),
      t('Linux System Administrator', 'heading'),
      t('Comarch · Full-time Jul 2014 - Apr 2017 (2 years 9 months)'),
      t('Managed 300+ Linux servers with Ansible.'),
    ];
    const raw = parseHimalayas(blocks, null);
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText, e.statedDuration])).toEqual([
      ['Senior Site Reliability Engineer', 'Allegro', 'Oct 2020 - Present', '6 years 1 month'],
      ['DevOps Engineer', 'Brainly', 'May 2017 - Sep 2020', '3 years 4 months'],
      ['Linux System Administrator', 'Comarch', 'Jul 2014 - Apr 2017', '2 years 9 months'],
    ]);
    expect(raw.experience?.[2]?.employmentType).toBe('Full-time');
  });

  it('a school and its years on one line', () => {
    const raw = parseHimalayas([t('Education', 'heading'), t('AGH University of Science and Technology', 'heading'), t('Bachelor’s Degree in Computer Science 2010 - 2014')], null);
    expect(raw.education?.map((e) => [e.institution, e.degree, e.datesText])).toEqual([['AGH University of Science and Technology', 'Bachelor’s Degree in Computer Science', '2010 - 2014']]);
  });

  it('a sentence ending in a date range is description, not a company', () => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Engineer', 'heading'), t('Acme'), t('2019 - 2021'), t('Led the migration from 2019 - 2020')], null);
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText])).toEqual([['Engineer', 'Acme', '2019 - 2021']]);
    expect(raw.experience?.[0]?.description).toBe('Led the migration from 2019 - 2020');
  });

  it.each<[string, Block, [string, string, string, string | null]]>([
    [
      'company as a /companies link',
      { kind: 'item', text: 'Staff Android Engineer Swiggy 2 yrs 8 mos · Apr 2024 - Present', group: 1, links: [{ text: 'Swiggy', href: 'https://himalayas.app/companies/swiggy' }] },
      ['Staff Android Engineer', 'Swiggy', 'Apr 2024 - Present', '2 yrs 8 mos'],
    ],
    [
      'company link with a multi-word name and a bracketed type',
      { kind: 'item', text: 'Android Mentor (Part-time) Scaler Academy 2 yrs · Jan 2022 - Dec 2023', group: 1, links: [{ text: 'Scaler Academy', href: '/companies/scaler' }] },
      ['Android Mentor (Part-time)', 'Scaler Academy', 'Jan 2022 - Dec 2023', '2 yrs'],
    ],
    [
      'no link: split by role words',
      { kind: 'item', text: 'Mobile Developer Hike Messenger 1 yr 8 mos · Jul 2017 - Feb 2019', group: 1 },
      ['Mobile Developer', 'Hike Messenger', 'Jul 2017 - Feb 2019', '1 yr 8 mos'],
    ],
    [
      'parts from inline chips',
      { kind: 'item', text: 'Product Designer · Canva · Mar 2021 - Present', group: 1, parts: ['Product Designer', 'Canva', 'Mar 2021 - Present'] },
      ['Product Designer', 'Canva', 'Mar 2021 - Present', null],
    ],
  ])('title, company and dates inline in one item: %s', (_name, block, expected) => {
    const raw = parseHimalayas([{ kind: 'heading', text: 'Experience' }, block, { kind: 'item', text: 'Owned the consumer app architecture.', group: 1 }], null);
    const e = raw.experience?.[0];
    expect([e?.title, e?.company, e?.datesText, e?.statedDuration ?? null]).toEqual(expected);
    expect(e?.description).toBe('Owned the consumer app architecture.');
  });

  it.each<[string, Block, [string, string, string]]>([
    [
      'a long degree line run into the school',
      { kind: 'item', text: 'National Institute of Technology Calicut Bachelor’s Degree in Computer Science and Engineering, Computer Science and Engineering 2013 - 2017', group: 1 },
      ['National Institute of Technology Calicut', 'Bachelor’s Degree in Computer Science and Engineering, Computer Science and Engineering', '2013 - 2017'],
    ],
    ['a master’s', { kind: 'item', text: 'University of Lagos Master of Science in Data Science 2018 - 2020', group: 1 }, ['University of Lagos', 'Master of Science in Data Science', '2018 - 2020']],
    [
      'school as a link',
      { kind: 'item', text: 'Universidad de Buenos Aires Licenciatura en Diseño Gráfico 2012 - 2017', group: 1, links: [{ text: 'Universidad de Buenos Aires', href: '/schools/uba' }] },
      ['Universidad de Buenos Aires', 'Licenciatura en Diseño Gráfico', '2012 - 2017'],
    ],
  ])('school, degree and years inline in one item: %s', (_name, block, expected) => {
    const raw = parseHimalayas([{ kind: 'heading', text: 'Education' }, block], null);
    const e = raw.education?.[0];
    expect([e?.institution, e?.degree, e?.datesText]).toEqual(expected);
  });

  it.each([
    'Bachelor’s Degree in Electrical and Electronics Engineering, Electrical and Electronics Engineering',
    'Master’s Degree in Human-Computer Interaction and Interaction Design, Human-Computer Interaction',
  ])('a long degree line is not prose: %s', (degree) => {
    const raw = parseHimalayas([t('Education', 'heading'), t('Anna University', 'heading'), t(degree), t('2012 - 2016')], null);
    expect(raw.education?.map((e) => [e.institution, e.degree, e.datesText])).toEqual([['Anna University', degree, '2012 - 2016']]);
  });

  it.each([
    ['Swiggy · 2 yrs 8 mos', 'Swiggy'],
    ['Hike Messenger · 1 yr', 'Hike Messenger'],
    ['Ola | 3 years 2 months', 'Ola'],
    ['Scaler Academy • 11 mos', 'Scaler Academy'],
    ['10x Genomics', '10x Genomics'],
  ])('a duration after the company is not the company: %s', (line, company) => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Android Engineer', 'heading'), t(line), t('Apr 2024 - Present')], null);
    expect(raw.experience?.[0]?.company).toBe(company);
  });

  it('employment types on the company line are not the company', () => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Data Engineer', 'heading'), t('Paystack · Full-time'), t('Apr 2021 - Present (4 years 8 months)')], null);
    expect(raw.experience?.[0]).toMatchObject({ title: 'Data Engineer', company: 'Paystack', employmentType: 'Full-time' });
  });
});

describe('layouts beyond the original profile page', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });

  it.each([
    ['Experience (11 roles)', 'experience'],
    ['Work experience · · 3 positions', 'experience'],
    ['Education (2)', 'education'],
    ['Employment history', 'experience'],
    ['Work history so far', 'experience'],
    ['Experience to date', 'experience'],
    ['Learning', 'education'],
    ['Education and learning', 'education'],
  ])('a count or a time qualifier after a section title is not part of it: %s', (title) => {
    const raw = parseHimalayas([t(title, 'heading'), t('Engineer', 'heading'), t('Acme'), t('2019 - 2021')], null);
    expect((raw.experience ?? raw.education)?.length).toBe(1);
  });

  it.each<[string, Block[], string, string]>([
    ['"@handle · Joined <date>" under the name', [t('Ana Lima', 'heading', { level: 1 }), t('@analima · Joined March 2023'), t('Data engineer')], 'analima', 'Data engineer'],
    ['"@handle • place"', [t('Ana Lima', 'heading', { level: 1 }), t('@analima • Lisbon'), t('Data engineer')], 'analima', 'Data engineer'],
    ['the headline as a lower-rank heading', [t('Ana Lima', 'heading', { level: 1 }), t('@analima'), t('Data engineer', 'heading', { level: 2 })], 'analima', 'Data engineer'],
  ])('header: %s', (_name, blocks, handle, headline) => {
    const raw = parseHimalayas([...blocks, t('Experience', 'heading', { level: 2 })], 'analima');
    expect([raw.handle, raw.headline]).toEqual([handle, headline]);
  });

  it('a heading of the same rank as the name is not the headline', () => {
    const raw = parseHimalayas([t('Ana Lima', 'heading', { level: 2 }), t('@analima'), t('Highlights', 'heading', { level: 2 })], 'analima');
    expect(raw.headline).toBeUndefined();
  });

  it.each([
    ['Cabify · Madrid (remoto)', 'Cabify', 'Madrid'],
    ['Getir · · Full-time · Istanbul', 'Getir', 'Istanbul'],
    ['Deloitte · Toronto, ON', 'Deloitte', 'Toronto, ON'],
    ['Google · Cloud', 'Google · Cloud', undefined],
    ['Berlin Partner', 'Berlin Partner', undefined],
  ])('a place after the company is the role’s location: %s', (line, company, location) => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Designer', 'heading'), t(line), t('Apr 2022 - Present')], null);
    expect([raw.experience?.[0]?.company, raw.experience?.[0]?.location]).toEqual([company, location]);
  });

  it('a place after the dates and duration is the role’s location, and the dates still anchor the entry', () => {
    const raw = parseHimalayas(
      [
        t('Experience', 'heading'),
        t('Nurse Informaticist'),
        t('Emory Healthcare · Full-time'),
        t('Feb 2019 – Aug 2021 · 2 yrs 7 mos · Atlanta, Georgia'),
        t('Trained 1,400 nurses on the new flowsheets.'),
        t('Patient Care Technician'),
        t('Grady Health System · Part-time'),
        t('Sept 2012 – Present · 2 yrs 1 mo · Atlanta, Georgia'),
      ],
      null,
    );
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText, e.statedDuration, e.location])).toEqual([
      ['Nurse Informaticist', 'Emory Healthcare', 'Feb 2019 – Aug 2021', '2 yrs 7 mos', 'Atlanta, Georgia'],
      ['Patient Care Technician', 'Grady Health System', 'Sept 2012 – Present', '2 yrs 1 mo', 'Atlanta, Georgia'],
    ]);
  });

  it('words after the dates that are not a place still make the line prose', () => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Engineer', 'heading'), t('Acme'), t('2019 - 2021'), t('2017 - 2018 · led the rewrite of billing')], null);
    expect(raw.experience?.length).toBe(1);
  });

  describe('a section laid out as a table', () => {
    const row = (g: number, cells: string[]) => cells.map((c) => t(c, 'text', { group: g }));
    const head = (g: number, cells: string[]) => cells.map((c) => t(c, 'term', { group: g }));
    it('header Role | Company | Period | Location, a description under the title', () => {
      const raw = parseHimalayas(
        [
          t('Experience (2 roles)', 'heading'),
          ...head(1, ['Role', 'Company', 'Period', 'Location']),
          ...row(2, ['Lead Developer', 'Rebuilt the pricing engine.', 'Northwind', '09/2020 – Present', 'Toronto, ON']),
          ...row(3, ['Developer', 'Contoso', '01/2015 – 08/2020', 'New York, NY']),
          t('Skills', 'heading'),
          t('Go · SQL', 'text', { parts: ['Go', 'SQL'] }),
        ],
        null,
      );
      expect(raw.experience?.map((e) => [e.title, e.company, e.datesText, e.location, e.description])).toEqual([
        ['Lead Developer', 'Northwind', '09/2020 – Present', 'Toronto, ON', 'Rebuilt the pricing engine.'],
        ['Developer', 'Contoso', '01/2015 – 08/2020', 'New York, NY', ''],
      ]);
      expect(raw.location).toBeUndefined();
      expect(raw.skills).toEqual(['Go', 'SQL']);
    });
    it('separate From and To columns, and a description column with two lines', () => {
      const raw = parseHimalayas(
        [
          t('Work history', 'heading'),
          ...head(1, ['Employer', 'Title', 'From', 'To', 'Highlights']),
          ...row(2, ['Northwind', 'Analyst', 'Mar 2018', 'Present', 'Built the dashboards.', 'Ran the forecasts.']),
        ],
        null,
      );
      expect(raw.experience?.map((e) => [e.title, e.company, e.datesText, e.description])).toEqual([['Analyst', 'Northwind', 'Mar 2018 – Present', 'Built the dashboards.\n\nRan the forecasts.']]);
    });
    it('an education table', () => {
      const raw = parseHimalayas([t('Education', 'heading'), ...head(1, ['School', 'Degree', 'Years']), ...row(2, ['University of Ghana', 'BSc, Statistics', '2010 – 2014'])], null);
      expect(raw.education?.map((e) => [e.institution, e.degree, e.datesText])).toEqual([['University of Ghana', 'BSc, Statistics', '2010 – 2014']]);
    });
    it('two terms in a row are a dl, not a header: the facts stay', () => {
      const raw = parseHimalayas([t('Location', 'term', { group: 1 }), t('Availability', 'term', { group: 1 }), t('Full-time', 'value', { group: 1 })], null);
      expect(raw.availability).toEqual(['Full-time']);
    });
  });

  it.each<[string, Block[], Record<string, unknown>]>([
    ['"Based in" and "Can work in" labels', [t('Based in'), t('Toronto, Canada'), t('Can work in'), t('Canada · United States', 'text', { parts: ['Canada', 'United States'] })], { location: 'Toronto, Canada', workAuthorization: ['Canada', 'United States'] }],
    ['"Open to" chips are availability', [t('Open to'), t('Full-time · Remote', 'text', { parts: ['Full-time', 'Remote'] })], { availability: ['Full-time', 'Remote'] }],
    ['"Looking for" over a paragraph is not availability', [t('Looking for', 'heading'), t('A senior role in a remote-first fintech company, ideally with a strong design culture and European hours.')], { availability: undefined }],
    [
      'a section title ends the skills before it',
      [t('Skills'), t('Epic · HL7', 'text', { parts: ['Epic', 'HL7'] }), t('Licenses & certifications'), t('Registered Nurse – Georgia (multistate, NLC)', 'item', { depth: 1 })],
      { skills: ['Epic', 'HL7'] },
    ],
  ])('side facts: %s', (_name, blocks, expected) => {
    const raw = parseHimalayas(blocks, null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(raw[k], k).toEqual(v);
  });
});

describe('chips under the headline', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const header = (line: Block) => [t('Ana Lima', 'heading', { level: 1 }), t('@analima'), t('Product designer'), line, t('Experience', 'heading', { level: 2 })];
  it.each<[string, Block, string | undefined, string[] | undefined]>([
    ['a pinned place, a time zone and availability run together', t('📍 Porto, Portugal UTC+00:00 Open to full-time'), 'Porto, Portugal', undefined],
    ['a place then "Open to work"', t('Denver, CO, United States Open to work'), 'Denver, CO, United States', undefined],
    ['place and "Authorized to work in" chips run together', t('Lagos, Nigeria Authorized to work in Nigeria Authorized to work in Ghana Full-time'), 'Lagos, Nigeria', ['Nigeria', 'Ghana']],
    ['chips as parts', t('Remote · Kraków, Poland · GMT+1', 'text', { parts: ['Remote', 'Kraków, Poland', 'GMT+1'] }), 'Kraków, Poland', undefined],
    ['a pinned place wins over an earlier plain one', t('Canada 📍 Halifax, NS'), 'Halifax, NS', undefined],
    ['a sentence is not a chip line', t('I moved to Lisbon, Portugal after five years of building payment products in Berlin.'), undefined, undefined],
    ['words that are no place', t('Open to work Full-time'), undefined, undefined],
    // Chips on one line with a visible separator and no parts (inline spans): cut at the separator.
    ['a pinned place before a labelled time zone', t('📍 Porto, Portugal · Timezone: WET (UTC+0)'), 'Porto, Portugal', undefined],
    ['a time zone first, then the place', t('GMT+1 | Kraków, Poland | Open to contract'), 'Kraków, Poland', undefined],
    ['a place between two facts', t('10 years • Halifax, NS • Remote friendly'), 'Halifax, NS', undefined],
  ])('%s', (_name, line, location, auth) => {
    const raw = parseHimalayas(header(line), 'analima');
    expect([raw.headline, raw.location, raw.workAuthorization]).toEqual(['Product designer', location, auth]);
  });
  it('a labelled fact wins over a chip', () => {
    const raw = parseHimalayas([...header(t('📍 Porto, Portugal')), t('Location'), t('Braga, Portugal')], 'analima');
    expect(raw.location).toBe('Braga, Portugal');
  });
});

describe('field of study after the degree', () => {
  it.each([
    ['Bachelor of Computing, Information Systems', 'Information Systems'],
    ['Master of Science in Nursing (MSN), Nursing Informatics', 'Nursing Informatics'],
    ['Master’s Degree, Industrial Engineering', 'Industrial Engineering'],
    ['Certificate, Patient Care Technician', 'Patient Care Technician'],
    ['Bachelor of Arts, First Class Honours', null],
    ['Master of Science, GPA 3.9', null],
    ['Bachelor’s Degree in Physics', null],
    ['Stanford University, California', null],
    ['BSc, MSc', null],
  ])('%s', (degree, field) => {
    const raw = parseHimalayas([{ kind: 'heading', text: 'Education' }, { kind: 'heading', text: 'Some University' }, { kind: 'text', text: degree }, { kind: 'text', text: '2010 - 2014' }], null);
    expect(raw.education?.[0]?.field ?? null).toBe(field);
  });
});

describe('cards: <time> dates, company written first, header rows of plain cells, more titles', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const time = (text: string, datetime: string) => ({ text, datetime });
  it.each<[string, Block, [string | null | undefined, string | null | undefined]]>([
    ['two times', t('Jan 2020 – Dec 2021 · 2 yrs', 'text', { times: [time('Jan 2020', '2020-01'), time('Dec 2021', '2021-12')] }), ['2020-01', '2021-12']],
    ['a time and Present', t('Jan 2022 – Present', 'text', { times: [time('Jan 2022', '2022-01-01')] }), ['2022-01-01', null]],
    ['a start time and a written end: the text decides', t('Jan 2020 – Dec 2021', 'text', { times: [time('Jan 2020', '2020-01')] }), [undefined, undefined]],
    ['a datetime that is no date', t('Jan 2020 – Present', 'text', { times: [time('Jan 2020', 'soon')] }), [undefined, undefined]],
  ])('dates from <time datetime>: %s', (_name, line, hints) => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Analyst', 'heading'), t('Acme'), line], null);
    expect([raw.experience?.[0]?.startHint, raw.experience?.[0]?.endHint]).toEqual(hints);
  });

  it('a company link written above the title is the company', () => {
    const raw = parseHimalayas(
      [t('Experience', 'heading'), t('Getir', 'text', { links: [{ text: 'Getir', href: 'https://himalayas.app/companies/getir' }] }), t('Senior Data Scientist'), t('Jan 2022 – Present')],
      null,
    );
    expect([raw.experience?.[0]?.title, raw.experience?.[0]?.company]).toEqual(['Senior Data Scientist', 'Getir']);
  });

  it('a header row of plain cells that name columns', () => {
    const row = (g: number, cells: string[], kind: Block['kind'] = 'text') => cells.map((c) => t(c, kind, { group: g }));
    const raw = parseHimalayas([t('Experience', 'heading'), ...row(1, ['Title', 'Company', 'Dates', 'Location']), ...row(2, ['Analyst', 'Acme', '2019 – 2021', 'Oslo, Norway'])], null);
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText, e.location])).toEqual([['Analyst', 'Acme', '2019 – 2021', 'Oslo, Norway']]);
    expect(raw.location).toBeUndefined();
  });

  it.each([
    ['Professional experience', 'experience'],
    ['Education & training', 'education'],
    ['About Elif', 'summary'],
    ['Top skills', 'skills'],
    ['Skills & expertise', 'skills'],
  ])('section title: %s', (title, what) => {
    const body: Record<string, Block[]> = {
      experience: [t('Engineer', 'heading'), t('Acme'), t('2019 - 2021')],
      education: [t('Some University', 'heading'), t('BSc, Physics'), t('2010 - 2014')],
      summary: [t('I build data platforms.')],
      skills: [t('Go · SQL', 'text', { parts: ['Go', 'SQL'] })],
    };
    const raw = parseHimalayas([t(title, 'heading'), ...body[what]!], null) as Record<string, unknown>;
    expect(raw[what], what).toBeTruthy();
  });
});

describe('header orders and one-line roles', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const name = t('Ana Lima', 'heading', { level: 1 });
  it.each<[string, Block[], [string | undefined, string | undefined]]>([
    ['headline between the name and the handle', [name, t('Data engineer'), t('@analima'), t('📍 Porto, Portugal')], ['Data engineer', 'Porto, Portugal']],
    ['a meta line of its own after the handle', [name, t('@analima'), t('Joined March 2023'), t('Data engineer'), t('Porto, Portugal')], ['Data engineer', 'Porto, Portugal']],
    ['a bare place after the handle is no headline', [name, t('@analima'), t('Porto, Portugal')], [undefined, 'Porto, Portugal']],
    ['a headline that names a city is not the location', [name, t('@analima'), t('Data engineer in Berlin')], ['Data engineer in Berlin', undefined]],
  ])('%s', (_n, blocks, [headline, location]) => {
    const raw = parseHimalayas([...blocks, t('Experience', 'heading', { level: 2 })], 'analima');
    expect([raw.name, raw.handle, raw.headline, raw.location]).toEqual(['Ana Lima', 'analima', headline, location]);
  });

  it('title and company on one line above the dates; a short sentence stays with the entry before', () => {
    const raw = parseHimalayas(
      [
        t('Experience', 'heading'),
        t('Senior Data Scientist at Getir', 'heading', { level: 3 }),
        t('Jan 2022 – Present'),
        t('Owned the demand forecasts.'),
        t('Data Scientist · Trendyol', 'heading', { level: 3 }),
        t('Jan 2020 – Dec 2021'),
      ],
      null,
    );
    expect(raw.experience?.map((e) => [e.title, e.company, e.description])).toEqual([
      ['Senior Data Scientist', 'Getir', 'Owned the demand forecasts.'],
      ['Data Scientist', 'Trendyol', ''],
    ]);
  });
});

describe('what may follow the dates on a date line', () => {
  const t = (text: string, kind: Block['kind'] = 'text'): Block => ({ kind, text });
  it.each<[string, string | null, string | undefined]>([
    ['Sep 2021 - Present · Remote', 'Sep 2021 - Present', undefined],
    ['Sep 2021 - Present · Full-time · Lisbon, Portugal', 'Sep 2021 - Present', 'Lisbon, Portugal'],
    ['Sep 2021 - Present · Lisbon, Portugal · 2 yrs', 'Sep 2021 - Present', 'Lisbon, Portugal'],
    ['Sep 2021 - Present · shipped the new billing flow', null, undefined],
  ])('%s', (line, dates, location) => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Analyst', 'heading'), t('Acme'), t(line)], null);
    expect([raw.experience?.[0]?.datesText ?? null, raw.experience?.[0]?.location]).toEqual([dates, location]);
  });
  it('a pinned location value loses its pin; "Degree · Field" gives the field', () => {
    const raw = parseHimalayas([t('Location', 'term'), t('📍 Lisbon, Portugal', 'value'), t('Education', 'heading'), t('University of Lisbon', 'term'), t('BSc · Economics', 'value'), t('2012 – 2015', 'value')], null);
    expect([raw.location, raw.education?.[0]?.field]).toEqual(['Lisbon, Portugal', 'Economics']);
  });
});

describe('name and "Based in" chips', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each(['Ana Lima (she/her)', 'Ana Lima · they/them'])('pronouns are not the name: %s', (name) => {
    expect(parseHimalayas([t(name, 'heading', { level: 1 }), t('@analima'), t('Analyst')], 'analima').name).toBe('Ana Lima');
  });
  it('"Based in X" among the chips is the location', () => {
    const raw = parseHimalayas([t('Ana Lima', 'heading', { level: 1 }), t('@analima'), t('Analyst'), t('Open to work Based in Porto, Portugal')], 'analima');
    expect(raw.location).toBe('Porto, Portugal');
  });
});

describe('counts after labels, and where the profile ends', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it('"Skills (3)" is the skills label', () => {
    expect(parseHimalayas([t('Skills (3)', 'heading'), t('Go · SQL · AWS', 'text', { parts: ['Go', 'SQL', 'AWS'] })], null).skills).toEqual(['Go', 'SQL', 'AWS']);
  });
  it('"People also viewed" ends the profile', () => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Engineer', 'heading'), t('Acme'), t('2019 - 2021'), t('People also viewed', 'heading'), t('Data Scientist', 'heading'), t('Beta'), t('2018 - 2020')], null);
    expect(raw.experience?.length).toBe(1);
  });
});

describe('several roles under one company', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const expected = [
    ['Staff Engineer', 'Northwind', 'Jan 2022 - Present'],
    ['Senior Engineer', 'Northwind', 'Mar 2019 - Dec 2021'],
    ['Engineer', 'Contoso', 'Jan 2017 - Feb 2019'],
  ];
  const pick = (raw: ReturnType<typeof parseHimalayas>) => raw.experience?.map((e) => [e.title, e.company, e.datesText]);
  it('a company heading over role headings of lower rank', () => {
    const raw = parseHimalayas(
      [
        t('Experience', 'heading', { level: 2 }),
        t('Northwind', 'heading', { level: 3 }),
        t('Staff Engineer', 'heading', { level: 4 }),
        t('Jan 2022 - Present'),
        t('Senior Engineer', 'heading', { level: 4 }),
        t('Mar 2019 - Dec 2021'),
        t('Led the billing rewrite.'),
        t('Contoso', 'heading', { level: 3 }),
        t('Engineer', 'heading', { level: 4 }),
        t('Jan 2017 - Feb 2019'),
      ],
      null,
    );
    expect(pick(raw)).toEqual(expected);
  });
  it('a card per company holding several dated roles', () => {
    const raw = parseHimalayas(
      [
        t('Experience', 'heading'),
        t('Northwind', 'text', { group: 1 }),
        t('Staff Engineer', 'text', { group: 1 }),
        t('Jan 2022 - Present', 'text', { group: 1 }),
        t('Senior Engineer', 'text', { group: 1 }),
        t('Mar 2019 - Dec 2021', 'text', { group: 1 }),
        t('Engineer', 'text', { group: 2 }),
        t('Contoso', 'text', { group: 2 }),
        t('Jan 2017 - Feb 2019', 'text', { group: 2 }),
      ],
      null,
    );
    expect(pick(raw)).toEqual(expected);
  });
  it('title over company headings of the same rank stay as they are', () => {
    const raw = parseHimalayas([t('Experience', 'heading', { level: 2 }), t('Engineer', 'heading', { level: 3 }), t('Contoso', 'heading', { level: 3 }), t('Jan 2017 - Feb 2019')], null);
    expect(pick(raw)).toEqual([expected[2]]);
  });
});

describe('names, skill lists and the footer', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each([
    ['an h1 just below the handle', [t('Site', 'text', { links: [{ text: 'Site', href: 'https://example.com/' }] }), t('@analima'), t('Ana Lima', 'heading', { level: 1 }), t('Analyst')], 'Ana Lima', 'Analyst'],
    ['no h1, no handle line: the first line shaped like a name', [t('Site Jobs', 'text', { links: [{ text: 'Site', href: 'https://example.com/' }] }), t('Ana de Lima'), t('Analyst who ships dashboards.')], 'Ana de Lima', 'Analyst who ships dashboards.'],
  ])('%s', (_, blocks, name, headline) => {
    const raw = parseHimalayas([...blocks, t('Experience', 'heading'), t('Analyst'), t('Acme'), t('2019 - 2021')], 'analima');
    expect([raw.name, raw.headline]).toEqual([name, headline]);
  });
  it.each([
    ['Paris, France', false],
    ['Open to work', false],
    ['Ana Lima', true],
    ['Jean-Luc van Dam', true],
    ['Senior data analyst', false],
  ])('name-shaped: %s', (text, yes) => {
    expect(nameShaped(t(text))).toBe(yes);
  });
  it('two skill lists add up', () => {
    const raw = parseHimalayas([t('Expertise', 'heading'), t('Pricing', 'item'), t('Forecasting', 'item'), t('Tech stack', 'heading'), t('Excel', 'item'), t('Pricing', 'item')], null);
    expect(raw.skills).toEqual(['Pricing', 'Forecasting', 'Excel']);
  });
  it.each([['© 2030 Example. All rights reserved.'], ['Copyright 2030 Example']])('the footer is not a value: %s', (footer) => {
    const raw = parseHimalayas([t('Skills', 'term'), t('Go · SQL', 'value', { parts: ['Go', 'SQL'] }), t(footer)], null);
    expect(raw.skills).toEqual(['Go', 'SQL']);
  });
  it('a dt label takes only its dd values', () => {
    const raw = parseHimalayas([t('Skills', 'term'), t('Go', 'value'), t('Message Ana about a role')], null);
    expect(raw.skills).toEqual(['Go']);
  });
});

describe('where the head of an entry sits around its dates', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const pick = (raw: ReturnType<typeof parseHimalayas>) => raw.experience?.map((e) => [e.title, e.company, e.datesText, e.description]);
  it.each([
    [
      'dates first, title and company under them',
      [t('Jan 2022 - Present'), t('Staff Engineer'), t('Northwind'), t('Ran the billing team and the on-call rota for two years.'), t('Mar 2019 - Dec 2021'), t('Engineer'), t('Contoso')],
    ],
    [
      'the title on the date line, the company under it',
      [t('Staff Engineer · Jan 2022 - Present', 'text', { parts: ['Staff Engineer', 'Jan 2022 - Present'] }), t('Northwind'), t('Ran the billing team and the on-call rota for two years.'), t('Engineer · Mar 2019 - Dec 2021', 'text', { parts: ['Engineer', 'Mar 2019 - Dec 2021'] }), t('Contoso')],
    ],
    [
      'company and title headings, the description before the dates',
      [t('Northwind', 'heading', { level: 4 }), t('Staff Engineer', 'heading', { level: 5 }), t('Ran the billing team and the on-call rota for two years.'), t('Jan 2022 - Present'), t('Contoso', 'heading', { level: 4 }), t('Engineer', 'heading', { level: 5 }), t('Mar 2019 - Dec 2021')],
    ],
  ])('%s', (_, body) => {
    const raw = parseHimalayas([t('Experience', 'heading', { level: 2 }), ...body], null);
    expect(pick(raw)).toEqual([
      ['Staff Engineer', 'Northwind', 'Jan 2022 - Present', 'Ran the billing team and the on-call rota for two years.'],
      ['Engineer', 'Contoso', 'Mar 2019 - Dec 2021', ''],
    ]);
  });
  it('a school on the date line, the degree under it', () => {
    const raw = parseHimalayas([t('Education', 'heading'), t('Example University · 2011 - 2015', 'text', { parts: ['Example University', '2011 - 2015'] }), t('Bachelor’s Degree in Economics')], null);
    expect(raw.education?.map((e) => [e.institution, e.degree])).toEqual([['Example University', 'Bachelor’s Degree in Economics']]);
  });
  it.each([['Saint-Denis'], ['Stratford-upon-Avon'], ['Vitry-sur-Marne']])('a town after the dates: %s', (town) => {
    const raw = parseHimalayas([t('Experience', 'heading'), t('Engineer at Contoso'), t(`Feb 2014 – Aug 2014 · ${town}`)], null);
    expect(raw.experience?.map((e) => [e.title, e.company, e.location])).toEqual([['Engineer', 'Contoso', town]]);
  });
});

describe('which of two plain lines is the title', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const pick = (blocks: Block[]) => parseHimalayas([t('Experience', 'heading', { level: 2 }), ...blocks], null).experience?.map((e) => [e.title, e.company]);
  it.each([
    ['title over company', [t('Staff Engineer'), t('Northwind'), t('2019 - 2021')], [['Staff Engineer', 'Northwind']]],
    ['company over title', [t('Northwind'), t('Staff Engineer'), t('2019 - 2021')], [['Staff Engineer', 'Northwind']]],
    ['company under the dates, then the title', [t('2019 - 2021'), t('Northwind'), t('Staff Engineer')], [['Staff Engineer', 'Northwind']]],
    ['no role word on either line: as written', [t('Tinkerer'), t('Northwind'), t('2019 - 2021')], [['Tinkerer', 'Northwind']]],
    [
      'a company heading over two role headings, descriptions before the dates',
      [
        t('Northwind', 'heading', { level: 4 }),
        t('Staff Engineer', 'heading', { level: 5 }),
        t('Ran the billing team and the on-call rota.'),
        t('2022 - 2024'),
        t('Senior Engineer', 'heading', { level: 5 }),
        t('Rewrote the invoicing service in Go.'),
        t('2019 - 2021'),
      ],
      [
        ['Staff Engineer', 'Northwind'],
        ['Senior Engineer', 'Northwind'],
      ],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(pick(blocks)).toEqual(expected);
  });
});

describe('other words for the section headings', () => {
  const t = (text: string, kind: Block['kind'] = 'heading'): Block => ({ kind, text });
  it.each([['Job history'], ['Where I’ve worked'], ['Career path']])('%s is the experience', (h) => {
    expect(parseHimalayas([t(h), t('Engineer', 'text'), t('Contoso', 'text'), t('2019 - 2021', 'text')], null).experience?.map((e) => e.company)).toEqual(['Contoso']);
  });
  it.each([['Schooling'], ['Academic history'], ['Degrees']])('%s is the education', (h) => {
    expect(parseHimalayas([t(h), t('Example University', 'text'), t('BSc Physics', 'text'), t('2015 - 2019', 'text')], null).education?.map((e) => e.institution)).toEqual(['Example University']);
  });
  it.each([['In a nutshell'], ['Introduction']])('%s is the summary', (h) => {
    expect(parseHimalayas([t(h), t('I build things.', 'text')], null).summary).toBe('I build things.');
  });
});

describe('menu-like words and dashes in one-line heads', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each([
    ['"Work" as a heading is the experience', [t('Work', 'heading'), t('Engineer'), t('Contoso'), t('2019 - 2021')], 1],
    ['"Work" as a plain line is not', [t('Work'), t('Engineer'), t('Contoso'), t('2019 - 2021')], undefined],
  ])('%s', (_, blocks, n) => {
    expect(parseHimalayas(blocks, null).experience?.length).toBe(n);
  });
  it.each([
    ['heading', ['Figma']],
    ['text', undefined],
  ] as const)('"Tools" as a %s', (kind, skills) => {
    expect(parseHimalayas([t('Tools', kind), t('Figma', 'item')], null).skills).toEqual(skills);
  });
  it.each([['Example University — BSc Physics, 2015 – 2019'], ['Example University - BSc Physics 2015 – 2019'], ['Example University: BSc Physics · 2015 – 2019']])('%s', (line) => {
    const raw = parseHimalayas([t('Education', 'heading'), t(line, 'item')], null);
    expect(raw.education?.map((e) => [e.institution, e.degree])).toEqual([['Example University', expect.stringMatching(/^BSc Physics/)]]);
  });
});

describe('title and company on one line, set apart only by emphasis', () => {
  const t = (text: string, kind: Block['kind'] = 'text'): Block => ({ kind, text });
  it.each([
    ['Data Engineer Contoso', ['Data Engineer', 'Contoso']],
    ['Senior Product Designer Northwind Labs', ['Senior Product Designer', 'Northwind Labs']],
    ['Data Engineer', ['Data Engineer', '']],
  ])('%s', (line, expected) => {
    const raw = parseHimalayas([t('Experience', 'heading'), t(line), t('Jan 2018 – Feb 2021'), t('Wrote the nightly batch jobs.')], null);
    expect(raw.experience?.map((e) => [e.title, e.company])).toEqual([expected]);
  });
});

describe('entries written as labelled records (a dl per role)', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const record = (pairs: Array<[string, string]>) => pairs.flatMap(([k, v]) => [t('term', k), t('value', v)]);
  it.each<[string, Block[], Array<[string, string, string | null, string | null]>]>([
    [
      'Role / Company / Period / Location',
      [
        ...record([['Role', 'Platform Engineer'], ['Company', 'Northwind'], ['Period', '04.2020 – present'], ['Location', 'Leeds'], ['Highlights', 'Ran the build farm.']]),
        ...record([['Role', 'Junior Engineer'], ['Company', 'Contoso'], ['Period', '01.2017 – 03.2020'], ['Location', 'York']]),
      ],
      [
        ['Platform Engineer', 'Northwind', '04.2020 – present', 'Leeds'],
        ['Junior Engineer', 'Contoso', '01.2017 – 03.2020', 'York'],
      ],
    ],
    [
      'Title / Employer / From / To',
      [...record([['Title', 'Analyst'], ['Employer', 'Fabrikam'], ['From', '2015'], ['To', '2018']])],
      [['Analyst', 'Fabrikam', '2015 – 2018', null]],
    ],
  ])('%s', (_, body, expected) => {
    const raw = parseHimalayas([t('heading', 'Jo Example', { level: 1 }), t('text', '@jo'), t('heading', 'Work history', { level: 3 }), ...body, t('heading', 'Skills', { level: 3 }), t('item', 'Go')], 'jo');
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText ?? null, e.location ?? null])).toEqual(expected);
    // The records' "Location" labels are fields of the roles, never the person's location.
    expect(raw.location).toBeUndefined();
  });
  it('an education record (School / Degree / Period)', () => {
    const raw = parseHimalayas([t('heading', 'Education'), ...record([['School', 'Example University'], ['Degree', 'BSc, Physics'], ['Period', '09.2010 – 06.2014']])], null);
    expect(raw.education?.map((e) => [e.institution, e.degree, e.datesText])).toEqual([['Example University', 'BSc, Physics', '09.2010 – 06.2014']]);
  });
  it('side facts in a dl are not records', () => {
    const raw = parseHimalayas([t('heading', 'Jo Example', { level: 1 }), t('text', '@jo'), ...record([['Location', 'Lyon, France'], ['Availability', 'Contract']])], 'jo');
    expect(raw.location).toBe('Lyon, France');
    expect(raw.availability).toEqual(['Contract']);
  });
});

describe('a company heading over several roles, each title on its date line', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const dated = (title: string, dates: string) => t('item', `${title} · ${dates}`, { parts: [title, dates] });
  it('one entry per role, each at the company', () => {
    const raw = parseHimalayas(
      [
        t('heading', 'Experience', { level: 2 }),
        t('heading', 'Northwind', { level: 3 }),
        t('text', 'Logistics · 500 employees'),
        dated('Staff Engineer', 'Jan 2022 – Present'),
        t('item', 'Led the routing team through a rewrite of the dispatch service.'),
        dated('Engineer', 'Mar 2019 – Dec 2021'),
        t('item', 'Built the first version of the dispatch service.'),
        t('heading', 'Contoso', { level: 3 }),
        dated('Intern', 'Jun 2018 – Aug 2018'),
      ],
      null,
    );
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Staff Engineer', 'Northwind', 'Jan 2022 – Present'],
      ['Engineer', 'Northwind', 'Mar 2019 – Dec 2021'],
      ['Intern', 'Contoso', 'Jun 2018 – Aug 2018'],
    ]);
  });
});

describe('a company heading, its summary line, then role blocks with the title over the dates', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const pick = (raw: ReturnType<typeof parseHimalayas>) => raw.experience?.map((e) => [e.title, e.company, e.datesText, e.location ?? null]);
  it.each<[string, Block[], Array<[string, string, string, string | null]>]>([
    [
      'a promotion, then a single role, each company with a summary line',
      [
        t('heading', 'Career', { level: 2 }),
        t('heading', 'Harbourline Freight', { level: 3 }),
        t('text', 'Permanent · 4 yrs 2 mos · Rotterdam, Netherlands'),
        t('text', 'Senior Logistics Planner'),
        t('text', 'Apr 2023 – Present'),
        t('text', 'Plans the inland barge schedule for three terminals.'),
        t('text', 'Logistics Planner'),
        t('text', 'Sep 2021 – Mar 2023'),
        t('heading', 'Kestrel Foods', { level: 3 }),
        t('text', 'Full-time · 2 yrs · Antwerp, Belgium'),
        t('text', 'Warehouse Supervisor'),
        t('text', 'Jan 2019 – Aug 2021'),
        t('text', 'Ran the night shift of a chilled warehouse.'),
      ],
      [
        ['Senior Logistics Planner', 'Harbourline Freight', 'Apr 2023 – Present', 'Rotterdam, Netherlands'],
        ['Logistics Planner', 'Harbourline Freight', 'Sep 2021 – Mar 2023', 'Rotterdam, Netherlands'],
        ['Warehouse Supervisor', 'Kestrel Foods', 'Jan 2019 – Aug 2021', 'Antwerp, Belgium'],
      ],
    ],
    [
      'no summary line, two roles under one company',
      [
        t('heading', 'Experience', { level: 2 }),
        t('heading', 'Bluefin Studio', { level: 3 }),
        t('text', 'Lead Designer'),
        t('text', '2022 – now'),
        t('text', 'Designer'),
        t('text', '2019 – 2022'),
      ],
      [
        ['Lead Designer', 'Bluefin Studio', '2022 – now', null],
        ['Designer', 'Bluefin Studio', '2019 – 2022', null],
      ],
    ],
  ])('%s', (_, blocks, want) => expect(pick(parseHimalayas(blocks, null))).toEqual(want));
  it('a heading that names a role is no company heading', () => {
    const raw = parseHimalayas(
      [t('heading', 'Experience', { level: 2 }), t('heading', 'Senior Planner', { level: 3 }), t('text', 'Harbourline Freight'), t('text', 'Apr 2023 – Present')],
      null,
    );
    expect(raw.experience?.[0]?.title).toBe('Senior Planner');
  });
});

describe('dates first, then "Title at Company" and a place', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each<[string, string, string]>([
    ['Remote (EU)', 'Staff Engineer', 'Northwind'],
    ['Leeds, UK', 'Staff Engineer', 'Northwind'],
  ])('%s', (place, title, company) => {
    const raw = parseHimalayas(
      [t('heading', 'Experience', { level: 2 }), t('text', 'Jan 2022 – Present'), t('heading', 'Staff Engineer at Northwind', { level: 3 }), t('text', place), t('text', 'Led the routing team through a rewrite of the dispatch service.')],
      null,
    );
    expect(raw.experience?.map((e) => [e.title, e.company, e.location])).toEqual([[title, company, place]]);
  });
});

describe('the handle written as the profile address', () => {
  it.each([['himalayas.app/@jo'], ['https://himalayas.app/@jo'], ['@jo']])('%s', (line) => {
    const raw = parseHimalayas([{ kind: 'heading', text: 'Jo Example', level: 1 }, { kind: 'text', text: line }, { kind: 'text', text: 'Backend engineer for payments' }], 'jo');
    expect([raw.handle, raw.headline]).toEqual(['jo', 'Backend engineer for payments']);
  });
});

describe('work authorisation written as a sentence', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each<[string, Block[], string[]]>([
    ['a sentence under the headline', [t('text', 'Authorised to work in Kenya and the United Kingdom. Not seeking visa sponsorship.')], ['Kenya', 'United Kingdom']],
    ['a labelled citizenship', [t('text', 'Work eligibility: Canadian citizen — no sponsorship needed')], ['Canada']],
    ['a chip with a colon', [t('text', 'Leeds, UK · Can work in: Spain, Mexico · Open to relocation')], ['Spain', 'Mexico']],
    ['a list item with a colon', [t('item', 'Authorized to work in: Chile · Peru')], ['Chile', 'Peru']],
  ])('%s', (_, lines, expected) => {
    const raw = parseHimalayas([t('heading', 'Jo Example', { level: 1 }), t('text', '@jo'), t('text', 'Backend engineer for payments'), ...lines, t('heading', 'About', { level: 2 }), t('text', 'I build payment systems.')], 'jo');
    expect(raw.workAuthorization).toEqual(expected);
  });
});

describe('flag emoji set chips apart', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const page = (...lines: Block[]) => parseHimalayas([t('heading', 'Jo Example', { level: 1 }), t('text', '@jo'), t('text', 'Backend engineer for payments'), t('heading', 'About', { level: 2 }), t('text', 'I build payment systems.'), ...lines], 'jo');
  it.each<[string, Block[], string[]]>([
    ['label and flagged chips on one line', [t('text', 'Eligible to work in 🇮🇪 Ireland 🇬🇧 United Kingdom')], ['Ireland', 'United Kingdom']],
    ['a label heading over one line of flagged chips', [t('heading', 'Authorized to work in', { level: 2 }), t('text', '🇧🇷 Brazil 🇵🇹 Portugal 🇪🇸 Spain')], ['Brazil', 'Portugal', 'Spain']],
    ['countries of two words', [t('heading', 'Work authorization', { level: 2 }), t('text', '🇳🇿 New Zealand 🇿🇦 South Africa')], ['New Zealand', 'South Africa']],
  ])('%s', (_, lines, expected) => expect(page(...lines).workAuthorization).toEqual(expected));
});

describe('skills in groups under one Skills label', () => {
  const t = (kind: Block['kind'], text: string): Block => ({ kind, text });
  it('"Languages" of programming languages, then groups with their own names; "Talks" ends them', () => {
    const raw = parseHimalayas(
      [t('text', 'Skills'), t('text', 'Languages'), t('item', 'Rust'), t('item', 'Go'), t('text', 'Tooling'), t('item', 'Terraform'), t('item', 'Bazel'), t('text', 'Talks'), t('item', '“Fast builds” — ExampleConf 2024')],
      null,
    );
    expect(raw.skills).toEqual(['Rust', 'Go', 'Terraform', 'Bazel']);
  });
  it('spoken languages after Skills stay languages', () => {
    const raw = parseHimalayas([t('text', 'Skills'), t('item', 'Figma'), t('text', 'Languages'), t('item', 'English'), t('item', 'Polish')], null);
    expect(raw.skills).toEqual(['Figma']);
  });
});

describe('section and fact labels in the page language', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each<[string, string, string, string, string]>([
    ['French', 'Expériences professionnelles', 'Formation', 'Compétences', 'Autorisé à travailler en'],
    ['Spanish', 'Experiencia laboral', 'Formación académica', 'Habilidades', 'Autorizada para trabajar en'],
    ['German', 'Berufserfahrung', 'Ausbildung', 'Kenntnisse', 'Arbeitserlaubnis für'],
  ])('%s', (_lang, exp, edu, skills, auth) => {
    const raw = parseHimalayas(
      [
        t('heading', 'Jo Example', { level: 1 }),
        t('text', '@jo'),
        t('heading', exp, { level: 2 }),
        t('text', 'Ingeniero de datos'),
        t('text', 'Northwind'),
        t('text', '2019 – 2021'),
        t('heading', edu, { level: 2 }),
        t('text', 'Universidad de Sevilla'),
        t('text', 'Grado en Matemáticas'),
        t('text', '2014 – 2018'),
        t('heading', skills, { level: 2 }),
        t('item', 'Rust'),
        t('term', auth),
        t('value', 'Portugal, Brasil'),
      ],
      'jo',
    );
    expect(raw.experience?.map((e) => e.company)).toEqual(['Northwind']);
    expect(raw.education?.map((e) => e.institution)).toEqual(['Universidad de Sevilla']);
    expect(raw.skills).toEqual(['Rust']);
    expect(raw.workAuthorization).toEqual(['Portugal', 'Brasil']);
  });
});

describe('a facts sidebar before the person', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it('name, handle and headline are read around the h1 after the facts', () => {
    const raw = parseHimalayas(
      [t('heading', 'At a glance', { level: 2 }), t('text', 'Based in'), t('text', 'Porto, Portugal'), t('text', 'Open to'), t('text', 'Contract'), t('heading', 'Rui Costa', { level: 1 }), t('text', '@ruicosta'), t('text', 'Data engineer for logistics'), t('heading', 'About', { level: 2 }), t('text', 'I move data.')],
      'ruicosta',
    );
    expect([raw.name, raw.handle, raw.headline, raw.location]).toEqual(['Rui Costa', 'ruicosta', 'Data engineer for logistics', 'Porto, Portugal']);
  });
});

describe('role lines', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each<[string, string, string | null]>([
    ['Lyon · Billing team', 'Northwind', 'Lyon · Billing team'],
    ['Porto → remote · Data platform', 'Northwind', 'Porto → remote · Data platform'],
  ])('"Title · Company" over a line that opens with the place: %s', (line, company, place) => {
    const raw = parseHimalayas([t('heading', 'Experience'), t('text', '2019 – 2022'), t('text', 'Data Engineer · Northwind'), t('text', line), t('item', 'Built the warehouse.')], null);
    expect(raw.experience?.map((e) => [e.title, e.company, e.location])).toEqual([['Data Engineer', company, place]]);
  });

  it('a town after the employment type is where, not part of the company', () => {
    const raw = parseHimalayas([t('heading', 'Experience'), t('text', 'Data Engineer'), t('text', 'Northwind · Full-time · Villeurbanne'), t('text', '2019 – 2022')], null);
    expect(raw.experience?.map((e) => [e.company, e.location])).toEqual([['Northwind', 'Villeurbanne']]);
  });

  it('a note above grouped roles is not a role', () => {
    const raw = parseHimalayas(
      [
        t('heading', 'Experience'),
        t('text', 'Tap a role to see more'),
        t('text', 'Data Engineer · Northwind · Jan 2021 – Present', { group: 1, parts: ['Data Engineer', 'Northwind', 'Jan 2021 – Present'] }),
        t('text', 'Built the warehouse.', { group: 1 }),
        t('text', 'Analyst · Contoso · Feb 2018 – Dec 2020', { group: 2, parts: ['Analyst', 'Contoso', 'Feb 2018 – Dec 2020'] }),
        t('text', 'Analyst · Fabrikam · Feb 2016 – Dec 2017', { group: 3, parts: ['Analyst', 'Fabrikam', 'Feb 2016 – Dec 2017'] }),
      ],
      null,
    );
    expect(raw.experience?.map((e) => [e.title, e.company])).toEqual([['Data Engineer', 'Northwind'], ['Analyst', 'Contoso'], ['Analyst', 'Fabrikam']]);
  });

  it('a label cell (th) takes the value cell of its own row (td)', () => {
    const raw = parseHimalayas([t('heading', 'Preferences'), t('term', 'Authorized to work in', { group: 1 }), t('text', 'Chile, Peru', { group: 1 }), t('term', 'Languages', { group: 2 }), t('text', 'Spanish', { group: 2 })], null);
    expect(raw.workAuthorization).toEqual(['Chile', 'Peru']);
  });
});

describe('timeline items with the dates after the description', () => {
  const t = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  const item = (group: number, head: string, desc: string, dates: string) => [t('text', head, { group }), t('text', desc, { group }), t('text', dates, { group })];
  it('roles: the paragraph above the dates is the description', () => {
    const raw = parseHimalayas(
      [
        t('heading', 'Jo Example', { level: 1 }),
        t('text', '@jo'),
        t('heading', 'Experience', { level: 2 }),
        ...item(1, 'Staff Engineer at Northwind', 'Led the routing team through a rewrite of the dispatch service.', 'March 2021 — now'),
        ...item(2, 'Engineer at Contoso', 'Built the billing exports used by finance.', 'May 2017 — February 2021'),
      ],
      'jo',
    );
    expect(raw.experience?.map((e) => [e.title, e.company, e.datesText, e.description])).toEqual([
      ['Staff Engineer', 'Northwind', 'March 2021 — now', 'Led the routing team through a rewrite of the dispatch service.'],
      ['Engineer', 'Contoso', 'May 2017 — February 2021', 'Built the billing exports used by finance.'],
    ]);
  });
  it.each<[string, string, string]>([
    ['BSc, Physics @ Lund University', 'Lund University', 'BSc, Physics'],
    ['Master of Arts in History at University of Leeds', 'University of Leeds', 'Master of Arts in History'],
    ['Westbrook College — Diploma in Nursing', 'Westbrook College', 'Diploma in Nursing'],
  ])('schools: "%s" names the degree and the school', (head, institution, degree) => {
    const raw = parseHimalayas(
      [t('heading', 'Jo Example', { level: 1 }), t('text', '@jo'), t('heading', 'Education', { level: 2 }), ...item(1, head, 'Thesis on something long enough to be a sentence.', '2012 — 2016'), ...item(2, 'Other College', 'A second entry.', '2010 — 2012')],
      'jo',
    );
    expect([raw.education?.[0]?.institution, raw.education?.[0]?.degree, raw.education?.[0]?.datesText]).toEqual([institution, degree, '2012 — 2016']);
  });
});

describe('roles told in sentences, each over its dates', () => {
  const t = (text: string, kind: Block['kind'] = 'text'): Block => ({ kind, text });
  it.each<[string, Block[], Array<[string, string]>]>([
    [
      'sentences with descriptions under some dates',
      [
        t('Ran the data platform as Lead Data Engineer at Orbita.', 'item'),
        t('Mar 2022 – Present'),
        t('Moved the warehouse to BigQuery; cut costs by a third.'),
        t('Joined Tidewell as a Data Engineer and built the ingestion jobs.', 'item'),
        t('Jan 2019 – Feb 2022'),
      ],
      [['Lead Data Engineer', 'Orbita'], ['Data Engineer', 'Tidewell']],
    ],
    [
      'a freelance spell and a promotion',
      [
        t('Promoted to Senior Designer at Pinecone Studio, where I ran the brand refresh.'),
        t('2020 – 2023'),
        t('Worked as a Freelance Illustrator (self-employed) for publishers.'),
        t('2017 – 2020'),
      ],
      [['Senior Designer', 'Pinecone Studio'], ['Freelance Illustrator', 'Self-employed']],
    ],
  ])('%s', (_name, body, expected) => {
    const raw = parseHimalayas([t('Career so far', 'heading'), ...body], null);
    expect(raw.experience?.map((e) => [e.title, e.company])).toEqual(expected);
  });
});

describe('the place written after the handle on its line', () => {
  const t = (text: string, kind: Block['kind'] = 'text', extra: Partial<Block> = {}): Block => ({ kind, text, ...extra });
  it.each<[string, string, string | null]>([
    ['"@handle · town, country"', '@jmarek · Brno, Czechia', 'Brno, Czechia'],
    ['"@handle | country"', '@jmarek | Portugal', 'Portugal'],
    ['"@handle • Joined 2023 • town"', '@jmarek • Joined 2023 • Nairobi, Kenya', 'Nairobi, Kenya'],
    ['"@handle · Joined March 2023": no place', '@jmarek · Joined March 2023', null],
  ])('%s', (_name, line, location) => {
    const raw = parseHimalayas([t('Jan Marek', 'heading', { level: 1 }), t(line), t('Backend engineer'), t('Experience', 'heading', { level: 2 })], 'jmarek');
    expect(raw.location ?? null).toBe(location);
    expect(raw.headline).toBe('Backend engineer');
  });
});
