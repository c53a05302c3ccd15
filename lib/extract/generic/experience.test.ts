/**
 * Role-line splitting and experience entries: tables of real shapes.
 */
import { describe, expect, it } from 'vitest';
import { legalThenAddress, loneYear, parseExperience, parseRoleLine, roleInSentence, titleIndex } from './experience';
import { rangeText } from './lines';
import { findDateRange } from '../../normalize/dates';
import { htmlLines, textLines } from './test-helpers';
import { findSections } from './sections';

// [line, title, company, datesText|null, location|null]
const ROLE_LINES: Array<[string, string, string, string | null, string | null]> = [
  // Terse "Company (dates): Title" and "Company: Title"; a field label before the colon is not a company.
  ['Pinecrest (2018–2020): Backend Engineer', 'Backend Engineer', 'Pinecrest', '2018–2020', null],
  ['Halden Foods: Data Analyst', 'Data Analyst', 'Halden Foods', null, null],
  ['Role: Data Analyst', 'Role: Data Analyst', '', null, null],
  ['Brightwave, Seattle, WA — Product Manager', 'Product Manager', 'Brightwave', null, 'Seattle, WA'],
  ['Lisbon, Portugal — Product Manager', 'Product Manager', '', null, 'Lisbon, Portugal'],
  ['Senior Software Engineer at Stripe', 'Senior Software Engineer', 'Stripe', null, null],
  ['Head of Growth at Monzo Bank', 'Head of Growth', 'Monzo Bank', null, null],
  ['Product Designer @ Figma', 'Product Designer', 'Figma', null, null],
  ['Senior iOS Engineer @ Spotify (2020–2024)', 'Senior iOS Engineer', 'Spotify', '2020–2024', null],
  ['Staff Engineer @ Vercel (2019 - Present)', 'Staff Engineer', 'Vercel', '2019 - Present', null],
  ['Senior Engineer, Acme Corp', 'Senior Engineer', 'Acme Corp', null, null],
  ['Data Engineer, CD PROJEKT RED', 'Data Engineer', 'CD PROJEKT RED', null, null],
  ['Acme Corp — Senior Engineer', 'Senior Engineer', 'Acme Corp', null, null],
  ['Stone Pagamentos — UX Designer', 'UX Designer', 'Stone Pagamentos', null, null],
  ['Principal Engineer & Co-Founder — Playit.gg', 'Principal Engineer & Co-Founder', 'Playit.gg', null, null],
  ['Backend Engineer Intern — Lyft', 'Backend Engineer Intern', 'Lyft', null, null],
  ['Software Engineer II (Merchant Platform) — DoorDash', 'Software Engineer II (Merchant Platform)', 'DoorDash', null, null],
  ['Machine Learning Engineer Pinterest', 'Machine Learning Engineer', 'Pinterest', null, null],
  ['Software Engineer Intern eBay', 'Software Engineer Intern', 'eBay', null, null],
  ['Engineering Manager | Shopify | 2019 – 2022', 'Engineering Manager', 'Shopify', '2019 – 2022', null],
  ['Google | Site Reliability Engineer | Zurich, Switzerland', 'Site Reliability Engineer', 'Google', null, 'Zurich, Switzerland'],
  ['Senior Engineer, Acme        Jan 2019 – Present', 'Senior Engineer', 'Acme', 'Jan 2019 – Present', null],
  ['Senior Data Engineer, Allegro                                 Jan 2021 – Present', 'Senior Data Engineer', 'Allegro', 'Jan 2021 – Present', null],
  ['Research Intern at ByteDance, Dec 2018 - Sep 2019 (9 months)', 'Research Intern', 'ByteDance', 'Dec 2018 - Sep 2019', null],
  ['Frontend Developer – Zalando SE – Berlin, Germany', 'Frontend Developer', 'Zalando SE', null, 'Berlin, Germany'],
  ['Software Developer, Andela, Lagos, Nigeria', 'Software Developer', 'Andela', null, 'Lagos, Nigeria'],
  ['Consultant · McKinsey & Company', 'Consultant', 'McKinsey & Company', null, null],
  ['CTO & Co-founder, Tinybird (2019–2021)', 'CTO & Co-founder', 'Tinybird', '2019–2021', null],
  ['VP Engineering at Algolia', 'VP Engineering', 'Algolia', null, null],
  ['Freelance — Web Developer', 'Web Developer', 'Freelance', null, null],
  ['Web Developer (Freelance)', 'Web Developer (Freelance)', '', null, null],
  ['Teaching Assistant, KTH Royal Institute of Technology (2014–2015)', 'Teaching Assistant', 'KTH Royal Institute of Technology', '2014–2015', null],
  ['Junior Analyst (internship), PwC Poland', 'Junior Analyst (internship)', 'PwC Poland', null, null],
  ['Senior Product Manager, Shopify', 'Senior Product Manager', 'Shopify', null, null],
  ['Member of Technical Staff at OpenAI', 'Member of Technical Staff', 'OpenAI', null, null],
  ['Nurse Practitioner at Mayo Clinic (2016 – 2020)', 'Nurse Practitioner', 'Mayo Clinic', '2016 – 2020', null],
  ['Klarna | iOS Developer', 'iOS Developer', 'Klarna', null, null],
  ['Senior Backend Engineer @ Razorpay (Remote)', 'Senior Backend Engineer', 'Razorpay', null, 'Remote'],
  ['Platform Lead - Deliveroo - London, UK - 2018 to 2021', 'Platform Lead', 'Deliveroo', '2018 to 2021', 'London, UK'],
  ['Technical Writer, GitLab Inc.', 'Technical Writer', 'GitLab Inc.', null, null],
  ['Director of Engineering', 'Director of Engineering', '', null, null],
  ['Wealthsimple', '', 'Wealthsimple', null, null],
  // employment types are never the company
  ['Engineering Manager | Shopify · Full-time | 2019 – 2022', 'Engineering Manager', 'Shopify', '2019 – 2022', null],
  ['Full-time · Acme — Senior Engineer', 'Senior Engineer', 'Acme', null, null],
  ['Backend Developer, Globant, Contract', 'Backend Developer', 'Globant', null, null],
  // "at" in other languages; institutions are never split on "at"
  ['Senior Softwareentwicklerin bei Siemens AG', 'Senior Softwareentwicklerin', 'Siemens AG', null, null],
  ['Ingénieur Data chez Criteo', 'Ingénieur Data', 'Criteo', null, null],
  ['Sviluppatore Full Stack presso Satispay    03/2020 – oggi', 'Sviluppatore Full Stack', 'Satispay', '03/2020 – oggi', null],
  ['Ingeniero de Software en Globant', 'Ingeniero de Software', 'Globant', null, null],
  ['Engenheira de Dados na Nubank', 'Engenheira de Dados', 'Nubank', null, null],
  ['Desarrollador Backend en Madrid, España', 'Desarrollador Backend', '', null, 'Madrid, España'],
  ['Analista de Datos, Cornershop', 'Analista de Datos', 'Cornershop', null, null],
  ['The University of Texas at Austin', '', 'The University of Texas at Austin', null, null],
  ['Teaching Assistant at The University of Texas at Austin', 'Teaching Assistant', 'The University of Texas at Austin', null, null],
];

describe('parseRoleLine', () => {
  it.each(ROLE_LINES)('%s', (line, title, company, dates, location) => {
    const r = parseRoleLine(line);
    expect({ title: r.title, company: r.company }).toEqual({ title, company });
    expect(r.datesText).toBe(dates);
    if (location) expect(r.location).toBe(location);
  });

  it('keeps the stated duration apart from the range', () => {
    const r = parseRoleLine('Research Intern — Microsoft — May 2018 - Sep 2018 (4 months)');
    expect(r.datesText).toBe('May 2018 - Sep 2018');
    expect(r.statedDuration).toBe('4 months');
  });

  it('reports a split decided by word order as not confident', () => {
    expect(parseRoleLine('Machine Learning Engineer Pinterest').confident).toBe(false);
    expect(parseRoleLine('Senior Engineer at Acme').confident).toBe(true);
  });

  it('never throws on odd input', () => {
    for (const s of ['', ' ', '—', '@', '| | |', '(', ')))', 'a'.repeat(5000), '2019 – 2020', '@@@ at at at']) expect(() => parseRoleLine(s)).not.toThrow();
  });
});

describe('loneYear', () => {
  it.each<[string, [string, string] | null]>([
    ['Spotify — Design Intern — 2017', ['2017', 'Spotify — Design Intern']],
    ['Design Intern, Spotify, 2017', ['2017', 'Design Intern, Spotify']],
    ['Research Assistant at CERN (2016)', ['2016', 'Research Assistant at CERN']],
    ['Barista | Blue Bottle | 2012', ['2012', 'Barista | Blue Bottle']],
    ['Class of 2017', null],
    ['Team of 2019', null],
    ['ISO 9001 2015', null],
    ['Hired 40 people in 2019 and 2020', null],
  ])('%s', (line, expected) => {
    const r = loneYear(line);
    expect(r ? [r.year, r.rest] : null).toEqual(expected);
  });

  it('one role per line, the last with a single year', () => {
    const { entries } = parseExperience(htmlLines('<ul><li>Klarna — Senior Product Designer — 2021 to now</li><li>Doberman — Product Designer — 2018 to 2021</li><li>Spotify — Design Intern — 2017</li></ul>'));
    expect(entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Senior Product Designer', 'Klarna', '2021 to now'],
      ['Product Designer', 'Doberman', '2018 to 2021'],
      ['Design Intern', 'Spotify', '2017'],
    ]);
  });
});

describe('a "dates · place" line under a role is a field, not a new entry', () => {
  it.each([
    ['Mar 2019 → Dec 2021 · Florianópolis', 'Mar 2019 → Dec 2021'],
    ['2019 – 2021 | Lisbon', '2019 – 2021'],
    ['Feb 2017 - Feb 2019 · São Paulo', 'Feb 2017 - Feb 2019'],
    ['Jan 2020 -> Present, Kraków', 'Jan 2020 -> Present'],
    ['Jun 2016 – Jan 2017 · Joinville', 'Jun 2016 – Jan 2017'],
    ['Apr 2018 - Mar 2020 · Tampere', 'Apr 2018 - Mar 2020'],
  ])('%s', (dates, datesText) => {
    // Notion toggles: the role as the summary, the dates · place as a paragraph, bullets below.
    const html = `<ul><li><details open><summary><strong>Technical Support Engineer</strong> @ RD Station</summary><p>${dates}</p><ul><li>Support for the REST API and webhooks.</li></ul></details></li></ul>
      <ul><li><details open><summary><strong>IT Support Analyst</strong> @ Softplan</summary><p>Feb 2015 – Jan 2017 · Remote</p><ul><li>Help desk.</li></ul></details></li></ul>`;
    const { entries } = parseExperience(htmlLines(html));
    expect(entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Technical Support Engineer', 'RD Station', datesText],
      ['IT Support Analyst', 'Softplan', 'Feb 2015 – Jan 2017'],
    ]);
  });
});

describe('"Title, Company" then a "City, XX" line', () => {
  it.each([
    ['Wellington, NZ'],
    ['Sydney, Australia'],
    ['Lyon, FR'],
    ['Austin, TX'],
  ])('%s is the place, not the company', (place) => {
    const text = `EXPERIENCE\n\nSenior Technical Writer, Xero                    Aug 2021 – Present\n${place}\n  - Own developer documentation.\n\nCopy Editor, Stuff                    Jan 2013 – Feb 2015\n${place}\n  - Sub-edited news.\n`;
    const { entries } = parseExperience(textLines(text).slice(1));
    expect(entries.map((e) => [e.title, e.company])).toEqual([
      ['Senior Technical Writer', 'Xero'],
      ['Copy Editor', 'Stuff'],
    ]);
  });
});

describe('rangeText with a leading duration', () => {
  it.each([
    ['2 yrs 3 mos · Mar 2019 - May 2021', 'Mar 2019 - May 2021'],
    ['8 mos · Jan 2020 – Aug 2020', 'Jan 2020 – Aug 2020'],
    ['Dec 2018 - Sep 2019 (9 months)', 'Dec 2018 - Sep 2019'],
  ])('%s', (line, text) => {
    expect(rangeText(findDateRange(line)!)).toBe(text);
  });
});

describe('parseExperience', () => {
  it('title line, company line, date line, description (Himalayas-like HTML)', () => {
    const lines = htmlLines(`<article><h3>Research Intern</h3><ul><li><a href="/c/b">ByteDance</a></li><li>Dec 2018 - Sep 2019 (9 months)</li>
      <li>Built experimental React interfaces that let researchers visualize and interact with early-stage models.</li></ul></article>`);
    const { entries } = parseExperience(lines);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ title: 'Research Intern', company: 'ByteDance', datesText: 'Dec 2018 - Sep 2019', statedDuration: '9 months' });
    expect(entries[0]!.description).toMatch(/^Built experimental/);
  });

  it('company line then title line (LinkedIn-like)', () => {
    const { entries, unsure } = parseExperience(textLines('Stripe\nSenior Software Engineer\nMar 2020 – Present\n  • Payments APIs\n'));
    expect(entries[0]).toMatchObject({ title: 'Senior Software Engineer', company: 'Stripe', datesText: 'Mar 2020 – Present', highlights: ['Payments APIs'] });
    expect(unsure).toEqual([]);
  });

  it('a company heading shared by several roles', () => {
    const text = 'Acme Corp\n\nSenior Engineer    2021 – Present\n  - Led the billing rewrite.\nEngineer    2018 – 2021\n  - Built the API gateway.\n';
    const { entries } = parseExperience(textLines(text));
    expect(entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Senior Engineer', 'Acme Corp', '2021 – Present'],
      ['Engineer', 'Acme Corp', '2018 – 2021'],
    ]);
  });

  it('one role per line, with dates, no bullets', () => {
    const text = 'Staff Engineer, Vercel (2021–2024)\nSenior Engineer, Heroku (2017–2021)\nEngineer, Pivotal (2014–2017)\n';
    const { entries } = parseExperience(textLines(text));
    expect(entries.map((e) => `${e.title} / ${e.company} / ${e.datesText}`)).toEqual([
      'Staff Engineer / Vercel / 2021–2024',
      'Senior Engineer / Heroku / 2017–2021',
      'Engineer / Pivotal / 2014–2017',
    ]);
  });

  it('date first, then the role, then bullets', () => {
    const text = '2019 – 2022\nSenior Designer at Canva\n- Led the templates team\n\n2016 – 2019\nDesigner at Atlassian\n- Jira onboarding\n';
    const { entries } = parseExperience(textLines(text));
    expect(entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Senior Designer', 'Canva', '2019 – 2022'],
      ['Designer', 'Atlassian', '2016 – 2019'],
    ]);
  });

  it('bullets become highlights, paragraphs description, a place the location', () => {
    const text = 'Senior Engineer — Monzo\nLondon, UK\nJan 2019 – Present\nOwned the ledger.\n  • Cut p99 latency by 75%.\n  • Mentored four engineers.\n';
    const [e] = parseExperience(textLines(text)).entries;
    expect(e).toMatchObject({ title: 'Senior Engineer', company: 'Monzo', location: 'London, UK', datesText: 'Jan 2019 – Present', description: 'Owned the ledger.' });
    expect(e!.highlights).toEqual(['Cut p99 latency by 75%.', 'Mentored four engineers.']);
  });

  it('wrapped bullets in plain text continue the bullet', () => {
    const text = 'Data Engineer, Allegro    2019 – 2021\n  - Built the clickstream platform on Kafka and\n    BigQuery (3B events/day).\n  - Wrote dbt models.\n';
    const [e] = parseExperience(textLines(text)).entries;
    expect(e!.highlights).toEqual(['Built the clickstream platform on Kafka and BigQuery (3B events/day).', 'Wrote dbt models.']);
  });

  it('a short first bullet does not become the company', () => {
    const lines = htmlLines('<h3>Senior Engineer at Acme</h3><ul><li>Led team of 5</li><li>Shipped billing v2 to 40k merchants.</li></ul>');
    const [e] = parseExperience(lines).entries;
    expect(e).toMatchObject({ title: 'Senior Engineer', company: 'Acme' });
    expect(e!.highlights).toEqual(['Led team of 5', 'Shipped billing v2 to 40k merchants.']);
  });

  it('notes an unsure split', () => {
    const { unsure } = parseExperience(textLines('Machine Learning Engineer Pinterest\n  • Built GenAI pipelines.\n'));
    expect(unsure[0]).toMatchObject({ field: 'experience[0].title' });
  });

  it('LinkedIn PDF export: company, tenure, then several roles with dates and places', () => {
    const text = [
      'Google', '5 years 3 months', 'Engineering Manager', 'January 2021 - Present (3 years 4 months)', 'Zürich, Switzerland',
      'Manage 12 engineers on build infrastructure.', 'Senior Software Engineer', 'March 2019 - December 2020 (1 year 10 months)',
      'Zürich, Switzerland', 'Spotify', 'Backend Engineer', 'June 2016 - February 2019 (2 years 9 months)', 'Stockholm, Sweden',
    ].join('\n');
    const { entries, unsure } = parseExperience(textLines(text));
    expect(entries.map((e) => [e.title, e.company, e.datesText, e.statedDuration, e.location])).toEqual([
      ['Engineering Manager', 'Google', 'January 2021 - Present', '3 years 4 months', 'Zürich, Switzerland'],
      ['Senior Software Engineer', 'Google', 'March 2019 - December 2020', '1 year 10 months', 'Zürich, Switzerland'],
      ['Backend Engineer', 'Spotify', 'June 2016 - February 2019', '2 years 9 months', 'Stockholm, Sweden'],
    ]);
    expect(unsure).toEqual([{ field: 'experience[1].company', message: expect.stringContaining('Google') }]);
  });

  it('definition lists: dates as terms, roles as values', () => {
    const lines = htmlLines('<dl><dt>2020–present</dt><dd><strong>SRE</strong>, Mercari, Tokyo</dd><dt>2016–2020</dt><dd>Infrastructure Engineer, LINE Corporation</dd></dl>');
    expect(parseExperience(lines).entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['SRE', 'Mercari', '2020–present'],
      ['Infrastructure Engineer', 'LINE Corporation', '2016–2020'],
    ]);
  });

  it('takes employment types off company lines (LinkedIn / Spanish CV)', () => {
    const html =
      '<h3>Científica de Datos Senior</h3><p>Falabella · Jornada completa</p><p>ene. 2019 – actualidad · 7 años 11 meses</p><p>Santiago, Chile</p>' +
      '<h3>Data Engineer</h3><p>Acme · Part-time · Remote</p><p>2017 – 2018</p>' +
      '<h3>Software Engineer</h3><p>Full-time</p><p>Stripe</p><p>2015 – 2017</p>';
    const { entries } = parseExperience(htmlLines(html));
    expect(entries.map((e) => [e.title, e.company, e.employmentType ?? null])).toEqual([
      ['Científica de Datos Senior', 'Falabella', 'Jornada completa'],
      ['Data Engineer', 'Acme', 'Part-time'],
      ['Software Engineer', 'Stripe', 'Full-time'],
    ]);
    expect(entries[0]!.location).toBe('Santiago, Chile');
    expect(entries[1]!.location).toBe('Remote');
  });

  it('keeps "Freelance" when it is all the company line says', () => {
    const { entries } = parseExperience(htmlLines('<h3>Web Developer</h3><ul><li>Freelance</li><li>Sep 2016 - Feb 2019</li></ul>'));
    expect(entries[0]).toMatchObject({ title: 'Web Developer', company: 'Freelance' });
  });

  it.each<[string, string, string]>([
    ['Freelance | Web Developer | 2016.01 – 2017.06\n', 'Web Developer', 'Freelance'],
    ['Self-employed — Photographer — 2012 – 2014\n', 'Photographer', 'Self-employed'],
    ['Acme · Freelance\nWeb Developer\n2016 – 2017\n', 'Web Developer', 'Acme'],
  ])('a self-employment word in the company slot is the company: %j', (text, title, company) => {
    expect(parseExperience(textLines(text)).entries[0]).toMatchObject({ title, company });
  });

  it('an internship type on the company line is kept as the employment type', () => {
    const { entries } = parseExperience(textLines('Software Engineer\nGoogle · Internship\nJun 2019 – Sep 2019\n'));
    expect(entries[0]).toMatchObject({ title: 'Software Engineer', company: 'Google', employmentType: 'Internship' });
  });

  it('a word-order split is not trusted when the next line holds the company', () => {
    const { entries } = parseExperience(htmlLines('<h3>Développeur Python</h3><p>Capgemini · Stage</p><p>févr. 2019 – août 2019</p>'));
    expect(entries[0]).toMatchObject({ title: 'Développeur Python', company: 'Capgemini' });
  });

  it('German plain text: "bei", a type after a comma, dates on the right', () => {
    const text = 'Senior Softwareentwicklerin bei Siemens AG        Jan. 2020 – heute\n• Microservices in Java.\n\nWerkstudentin, Check24 · Teilzeit        10/2017 – 12/2019\n• Python-Skripte.\n';
    expect(parseExperience(textLines(text)).entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Senior Softwareentwicklerin', 'Siemens AG', 'Jan. 2020 – heute'],
      ['Werkstudentin', 'Check24', '10/2017 – 12/2019'],
    ]);
  });

  it('company and dates run together in one block (no CSS)', () => {
    const lines = htmlLines('<div><h3>Senior Site Reliability Engineer</h3><a href="/c/allegro">Allegro</a>\n<span>Oct 2020 - Present (6 years 1 month)</span><p>Run the Kubernetes platform.</p></div>');
    expect(parseExperience(lines).entries[0]).toMatchObject({ title: 'Senior Site Reliability Engineer', company: 'Allegro', datesText: 'Oct 2020 - Present' });
  });

  it('pipes with dates, one role per line, bullets between', () => {
    const text = 'Lead Developer | Mercado Libre | 2020 – Present\n- Checkout team lead.\nDeveloper | Globant | 2017 – 2020\n- React and Node.js.\nIntern | IBM Brasil | 2016 – 2017\n';
    expect(parseExperience(textLines(text)).entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Lead Developer', 'Mercado Libre', '2020 – Present'],
      ['Developer', 'Globant', '2017 – 2020'],
      ['Intern', 'IBM Brasil', '2016 – 2017'],
    ]);
  });
});

describe('company groups after a paragraph (LinkedIn PDF text)', () => {
  const text = [
    'Acme',
    'Senior Planner',
    'March 2021 - Present (3 years)',
    'Utrecht, Netherlands',
    'Ran the planning cycle for two regions and the weekly',
    'supply review with finance.',
    'Globex',
    '4 years 2 months',
    'Planner',
    'January 2019 - February 2021 (2 years 2 months)',
    'Rotterdam, Netherlands',
    'Weekly forecasts for the retail team and the promotions',
    'calendar.',
    'Junior Planner',
    'January 2017 - December 2018 (2 years)',
    'Rotterdam, Netherlands',
    'Initech',
    'Planning Intern',
    'July 2016 - August 2016 (2 months)',
    'Delft, Netherlands',
    'Summer internship in the Supply Chain Analytics Lab: stock',
    'reports for the buyers.',
  ].join('\n');
  it('each company line above its roles starts a group; a long line after title, dates and place is description', () => {
    const { entries } = parseExperience(textLines(text));
    expect(entries.map((e) => [e.title, e.company])).toEqual([
      ['Senior Planner', 'Acme'],
      ['Planner', 'Globex'],
      ['Junior Planner', 'Globex'],
      ['Planning Intern', 'Initech'],
    ]);
    expect(entries[3]!.description).toMatch(/^Summer internship/);
  });
});


describe('table cells: start and end on lines of their own', () => {
  it('joins a year cell and the next year or "Present" into the range', () => {
    const html = '<h2>Employment</h2><table><tr><td>Northfield Council</td><td>Senior Planner</td><td>2021</td><td>Present</td></tr><tr><td>Southgate Ltd</td><td>Planner</td><td>2018</td><td>2020</td></tr></table>';
    const { entries } = parseExperience(htmlLines(html).slice(1));
    expect(entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Senior Planner', 'Northfield Council', '2021 – Present'],
      ['Planner', 'Southgate Ltd', '2018 – 2020'],
    ]);
  });
});

describe('a lower-case brand opening a dated role line', () => {
  it('"brand | Title | dates" starts an entry; a lower-case sentence does not', () => {
    const text = 'Acme | Planner | Mar 2021 – Present\n- Ran planning.\n\nnorthwind | Junior Planner | Sep 2015 – Dec 2017\n- Kept stock.\n\nwas responsible for stock | 2015 – 2016 and more words here\n';
    const { entries } = parseExperience(textLines(text));
    expect(entries.map((e) => [e.title, e.company])).toEqual([
      ['Planner', 'Acme'],
      ['Junior Planner', 'northwind'],
    ]);
  });
});

describe('a company line under a title', () => {
  it('"Company · Place" with no role word on either side: company first, then place', () => {
    const html = '<h2>Experience</h2><h3>Programmer Unity</h3><p>Northwind · Brisford · Jun 2015 – Aug 2017</p><ul><li>Tools.</li></ul>';
    const { entries } = parseExperience(htmlLines(html).slice(1));
    expect(entries.map((e) => [e.title, e.company, e.location ?? null])).toEqual([['Programmer Unity', 'Northwind', 'Brisford']]);
  });
});

describe('a timeline list: each item holds dates, title, company on their own lines', () => {
  const li = (when: string, what: string, where: string, text: string) => `<li><div>${when}</div><div>${what}</div><div>${where}</div><p>${text}</p></li>`;
  // [items, expected [title, company, datesText] per entry]
  it.each<[string, Array<[string, string, string]>]>([
    [
      li('Mar 2021 – now', 'Platform Engineer', 'Brindle · Porto', 'Ran the build farm and the deploy pipeline for every team.') +
        li('Jan 2018 – Feb 2021', 'Junior Developer', 'Quarry Labs · remote', 'Wrote the billing service and its tests.'),
      [
        ['Platform Engineer', 'Brindle', 'Mar 2021 – now'],
        ['Junior Developer', 'Quarry Labs', 'Jan 2018 – Feb 2021'],
      ],
    ],
    // A kind tag after the title ("work", "education") is not part of it.
    [li('2020 – 2022', 'Data Analyst <span>work</span>', 'Oakfield Retail', 'Built weekly sales dashboards.') + li('2016 – 2019', 'Field Engineer <span>work</span>', 'Marlow Grid', 'Kept substations running.'), [['Data Analyst', 'Oakfield Retail', '2020 – 2022'], ['Field Engineer', 'Marlow Grid', '2016 – 2019']]],
  ])('%#', (items, want) => {
    const r = parseExperience(htmlLines(`<ol>${items}</ol>`));
    expect(r.entries.map((e) => [e.title, e.company, e.datesText])).toEqual(want);
  });
});

describe('a table row: a lower-case brand in the company cell is the company', () => {
  it.each<[string, string]>([
    ['<tr><td>2019 – 2021</td><td>Support Engineer</td><td>zeta</td><td><ul><li>Answered tickets and fixed the worst bugs.</li></ul></td></tr>', 'zeta'],
    ['<tr><td>2015 – 2018</td><td>Mobile Developer</td><td>lumo labs</td><td><ul><li>Shipped the Android app.</li></ul></td></tr>', 'lumo labs'],
  ])('%s', (row, company) => {
    const other = '<tr><td>2021 – 2023</td><td>Lead Developer</td><td>Northwind</td><td><ul><li>Led four people.</li></ul></td></tr>';
    const r = parseExperience(htmlLines(`<table>${other}${row}</table>`));
    expect(r.entries.map((e) => e.company)).toEqual(['Northwind', company]);
  });
});

describe('title and company told apart by the section’s own order', () => {
  it('a company-first section: a role without role words follows the others', () => {
    const text =
      'Northwind\nSenior Backend Engineer\nMar 2022 - Present\n• Built the order service.\n\nContoso\nSoftware Engineer\nJan 2019 - Feb 2022\n• Built the search indexer.\n\nRoyal Navy\nCorporal (National Service)\nFeb 2014 - Nov 2015\n• Maintained radio equipment.\n';
    expect(parseExperience(textLines(text)).entries.map((e) => [e.title, e.company])).toEqual([
      ['Senior Backend Engineer', 'Northwind'],
      ['Software Engineer', 'Contoso'],
      ['Corporal (National Service)', 'Royal Navy'],
    ]);
  });
});

describe('a lower-case brand on its company line, with its town', () => {
  it.each<[string, string, string, string]>([
    ['<table><tr><td><b>Northwind</b>, Leeds</td><td>Jan 2019 – Feb 2021</td></tr></table><p>Support Engineer</p><ul><li>Ran the helpdesk queue for business customers.</li></ul><table><tr><td><b>kvik</b>, Tromsø</td><td>June 2015 – Aug 2016</td></tr></table><p>Customer Service Representative</p><ul><li>Answered calls about broadband in two languages.</li></ul>', 'Customer Service Representative', 'kvik', 'Tromsø'],
    ['<p>Contoso, Harrogate</p><p>Data Analyst</p><p>2018 – 2020</p>', 'Data Analyst', 'Contoso', 'Harrogate'],
  ])('%#', (html, title, company, location) => {
    const { entries } = parseExperience(htmlLines(html));
    expect(entries[entries.length - 1]).toMatchObject({ title, company, location });
  });
  it('a company suffix after the comma is no town', () => {
    expect(parseExperience(htmlLines('<p>Contoso, Inc</p><p>Data Analyst</p><p>2018 – 2020</p>')).entries[0]).toMatchObject({ company: 'Contoso, Inc' });
  });
});

describe('a company’s own dated row over its roles (two-column CVs)', () => {
  const row = (dates: string, ...cells: string[]) => `<tr><td>${dates}</td><td>${cells.map((c) => `<p>${c}</p>`).join('')}</td></tr>`;
  it('the roles under it are at that company; "Title — Team" names a team', () => {
    const html =
      '<table>' +
      row('2017 – today', 'Northwind, Leeds (logistics, 900 employees)') +
      row('Jan 2021 – present', 'Senior Analyst — Pricing', '<ul><li>Owned the pricing model.</li></ul>') +
      row('Mar 2017 – Dec 2020', 'Analyst', '<ul><li>Built the weekly reports.</li></ul>') +
      row('Sep 2015 – Feb 2017', 'Contoso, York', 'Junior Analyst') +
      '</table>';
    expect(parseExperience(htmlLines(html)).entries.map((e) => [e.title, e.company, e.datesText])).toEqual([
      ['Senior Analyst', 'Northwind', 'Jan 2021 – present'],
      ['Analyst', 'Northwind', 'Mar 2017 – Dec 2020'],
      ['Junior Analyst', 'Contoso', 'Sep 2015 – Feb 2017'],
    ]);
  });
  it('a role that starts before the dated line is no role under it', () => {
    const html = '<table>' + row('2019 – 2021', 'Northwind, Leeds') + row('2015 – 2017', 'Analyst — Pricing') + '</table>';
    expect(parseExperience(htmlLines(html)).entries.find((e) => e.title === 'Analyst')?.company).not.toBe('Northwind');
  });
});

describe('a section laid out as a table under its header row', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    const s = findSections(lines).sections.find((x) => x.kind === 'experience')!;
    return parseExperience(s.lines, 'experience', 0, s.columns).entries;
  };
  const td = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  it('rows inside one container (no row groups): anchored on their date cells, an empty cell in the middle', () => {
    const html =
      '<article><h2>Career</h2><table><thead><tr><th>Role</th><th>Company</th><th>Dates</th><th>Flag</th><th>City</th><th>Tags</th></tr></thead><tbody>' +
      td('Lead Designer', 'Northwind', '@May 2, 2021', '', 'Leeds', 'Design systems') +
      td('Designer', 'Contoso', '@March 1, 2018 → April 30, 2021', '', 'Bristol', 'Mobile') +
      td('Junior Designer', 'Fabrikam', '@June 1, 2016 → February 28, 2018', '', 'Leeds', 'Print') +
      '</tbody></table></article>';
    expect(parse(html).map((e) => [e.title, e.company, e.datesText, e.location])).toEqual([
      // The latest role with a lone start date is held since then.
      ['Lead Designer', 'Northwind', 'May 2, 2021 –', 'Leeds'],
      ['Designer', 'Contoso', 'March 1, 2018 → April 30, 2021', 'Bristol'],
      ['Junior Designer', 'Fabrikam', 'June 1, 2016 → February 28, 2018', 'Leeds'],
    ]);
  });
  it('dates first, a details column of bullets', () => {
    const html =
      '<h2>Experience</h2><table><tr><th>Period</th><th>Position</th><th>Company</th><th>Details</th></tr>' +
      td('2019 – present', 'Engineer', 'Northwind', '<ul><li>Built the router.</li><li>Ran on-call.</li></ul>') +
      td('2016 – 2019', 'Junior Engineer', 'Contoso', '<ul><li>Wrote tests.</li></ul>') +
      '</table>';
    expect(parse(html).map((e) => [e.title, e.company, e.datesText, e.highlights])).toEqual([
      ['Engineer', 'Northwind', '2019 – present', ['Built the router.', 'Ran on-call.']],
      ['Junior Engineer', 'Contoso', '2016 – 2019', ['Wrote tests.']],
    ]);
  });
});

describe('entries of one shape: a role line over its dates alone, again and again', () => {
  const roles = (html: string) => parseExperience(htmlLines(html)).entries.map((e) => [e.title, e.company, e.datesText]);
  it.each<[string, string, string[][]]>([
    [
      'titles the role words do not know',
      '<p>Quantity Surveyor, Budimex Projekty</p><p>Mar 2020 – Present</p><p>Cost Estimator, Mostostal Plus</p><p>Jul 2016 – Feb 2020</p>',
      [
        ['Quantity Surveyor', 'Budimex Projekty', 'Mar 2020 – Present'],
        ['Cost Estimator', 'Mostostal Plus', 'Jul 2016 – Feb 2020'],
      ],
    ],
    [
      'company first',
      '<p>Harbour Bistro — Sommelier</p><p>2021 – now</p><p>The Olive Tree — Wine Steward</p><p>2017 – 2021</p>',
      [
        ['Sommelier', 'Harbour Bistro', '2021 – now'],
        ['Wine Steward', 'The Olive Tree', '2017 – 2021'],
      ],
    ],
  ])('%s', (_name, html, want) => expect(roles(html)).toEqual(want));
  it('dates first, a short sentence under the role is its description', () => {
    const html = '<p>2019 – 2024</p><p>Laboratory Technician, Biomedica AB</p><p>Ran the sample intake.</p><p>2016 – 2019</p><p>Lab Assistant, Karolina Labs</p><p>Kept the freezers logged.</p>';
    expect(parseExperience(htmlLines(html)).entries.map((e) => [e.title, e.company, e.description ?? ''])).toEqual([
      ['Laboratory Technician', 'Biomedica AB', 'Ran the sample intake.'],
      ['Lab Assistant', 'Karolina Labs', 'Kept the freezers logged.'],
    ]);
  });
});

describe('legalThenAddress: the company name ends at its legal form, an address may follow', () => {
  it.each<[string, { company: string; place: string } | null]>([
    ['Brisa Logística, Lda., Rua do Porto 4, 4000-123 Porto (Portugal)', { company: 'Brisa Logística, Lda.', place: 'Porto, Portugal' }],
    ['Nordlicht Software GmbH, Hauptstraße 5, 10115 Berlin', { company: 'Nordlicht Software GmbH', place: 'Berlin' }],
    ['Hanwa Electronics Co., Ltd., Osaka (Japan)', { company: 'Hanwa Electronics Co., Ltd.', place: 'Osaka, Japan' }],
    ['Seguros Atlas, S.A., Madrid (Spain)', { company: 'Seguros Atlas, S.A.', place: 'Madrid, Spain' }],
    // No legal form, or nothing that reads as a place after it: left alone.
    ['Harbour Bistro, Av. da Liberdade 190, 1250-147 Lisbon (Portugal)', null],
    ['Nordlicht Software GmbH, Payments Team', null],
    ['Acme Ltd.', null],
  ])('%j', (text, want) => expect(legalThenAddress(text)).toEqual(want));
  it('a Europass entry: dates, title, then the employer with its address', () => {
    const html = '<p>01/03/2019 – Present</p><p>Warehouse Manager</p><p>Brisa Logística, Lda., Rua do Porto 4, 4000-123 Porto (Portugal)</p><ul><li>Ran two sites.</li></ul>';
    expect(parseExperience(htmlLines(html)).entries.map((e) => [e.title, e.company, e.location])).toEqual([['Warehouse Manager', 'Brisa Logística, Lda.', 'Porto, Portugal']]);
  });
});

describe('a "Where" column in a table of roles without a company column', () => {
  const parse = (html: string) => {
    const lines = htmlLines(html);
    const s = findSections(lines).sections.find((x) => x.kind === 'experience')!;
    return parseExperience(s.lines, 'experience', 0, s.columns).entries;
  };
  const td = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const table = (head: string[], ...rows: string[]) => `<h2>Experience</h2><table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.join('')}</table>`;
  it.each<[string, Array<[string, string, string | undefined]>]>([
    // The cells name employers: they are the companies.
    [
      table(['When', 'Role', 'Where', 'Notes'], td('2021 – now', 'Line Cook', 'Harbour Bistro', 'Grill station.'), td('2018 – 2021', 'Prep Cook', 'Saffron Kitchen', 'Sauces.')),
      [['Line Cook', 'Harbour Bistro', undefined], ['Prep Cook', 'Saffron Kitchen', undefined]],
    ],
    [
      table(['Period', 'Position', 'Place'], td('2020 – 2023', 'Site Engineer', 'Bramble Construction Ltd'), td('2017 – 2020', 'Graduate Engineer', 'Kestrel Civil')),
      [['Site Engineer', 'Bramble Construction Ltd', undefined], ['Graduate Engineer', 'Kestrel Civil', undefined]],
    ],
    // The cells are towns: they stay places.
    [
      table(['When', 'Role', 'Where'], td('2021 – now', 'Line Cook', 'Lisbon, Portugal'), td('2018 – 2021', 'Prep Cook', 'Porto, Portugal')),
      [['Line Cook', '', 'Lisbon, Portugal'], ['Prep Cook', '', 'Porto, Portugal']],
    ],
    // A company column beside it: "Where" is where.
    [
      table(['Dates', 'Role', 'Company', 'Where'], td('2021 – now', 'Nurse', 'St Mary Clinic', 'Leeds'), td('2018 – 2021', 'Nurse', 'Hope Hospital', 'Manchester')),
      [['Nurse', 'St Mary Clinic', 'Leeds'], ['Nurse', 'Hope Hospital', 'Manchester']],
    ],
  ])('%#', (html, want) => expect(parse(html).map((e) => [e.title, e.company, e.location])).toEqual(want));
});

describe('titleIndex: which piece is the title', () => {
  it.each<[string[], number]>([
    // Role words decide.
    [['Northwind', 'Data Engineer'], 1],
    [['Senior Analyst', 'Contoso Ltd'], 0],
    // No role word: a piece ending in an agent noun the role list does not know is the title.
    [['BLUE HARBOUR', 'Dispatcher'], 1],
    [['Sous Chef Pâtissier', 'Le Petit Four'], 0],
    [['Riverside Dental', 'Hygienist'], 1],
    [['Greenleaf', 'Florist'], 1],
    [['Harbour Freight', 'Line Supervisor'], 1],
    // Both or neither end so: the earlier piece, as before.
    [['Tower Records', 'Stock Taker'], 1],
    [['Docker', 'Stock Taker'], 0],
    [['Acme', 'Widgets'], 0],
  ])('%j → %i', (pieces, index) => expect(titleIndex(pieces).index).toBe(index));
});

describe('roleInSentence: a role told in a sentence', () => {
  it.each<[string, { title: string; company: string } | null]>([
    ['Ran the checkout rewrite as Principal Engineer at Veltrix, leading four squads.', { title: 'Principal Engineer', company: 'Veltrix' }],
    ['Joined Harbor & Pine as a Product Manager to launch the B2B portal.', { title: 'Product Manager', company: 'Harbor & Pine' }],
    ['Promoted to Head of Data at Lumo Health in 2021.', { title: 'Head of Data', company: 'Lumo Health' }],
    ['Interned as Data Analyst with the pricing team at Crestline Foods.', { title: 'Data Analyst', company: 'Crestline Foods' }],
    ['Worked as an independent contractor: Freelance iOS Developer for small studios.', null],
    ['Worked as a Freelance UX Designer, shipping sites for local cafés.', { title: 'Freelance UX Designer', company: 'Self-employed' }],
    ['Spent two years as Support Engineer for Quillbox.', { title: 'Support Engineer', company: 'Quillbox' }],
    ['I love building reliable systems at scale.', null],
    ['Presented our results as Keynote at Devoxx.', null],
  ])('%s', (text, expected) => expect(roleInSentence(text)).toEqual(expected));
});
