/**
 * Page layouts the generic parser reads by their visible structure: made-up pages, each failing without its rule.
 */
import { describe, expect, it } from 'vitest';
import { parseResume } from './index';
import { blocksOf } from './test-helpers';

const roles = (content: string, file = 'page.html') => (parseResume(blocksOf(content, file)).experience ?? []).map((e) => [e.title, e.company, e.datesText ?? null]);
const schools = (content: string, file = 'page.html') => (parseResume(blocksOf(content, file)).education ?? []).map((e) => [e.institution, e.datesText ?? null]);

describe('a timeline whose role headings share the section title’s level', () => {
  it.each<[string, string, string[][]]>([
    [
      'year badge, range, "Title @ Company" heading',
      '<h2>Work</h2><p>2021</p><p>2021 — Present</p><h2>Staff Illustrator @ Pixelworks</h2><p>Oslo, Norway</p><p>I draw the icons for every product surface and run the illustration guild.</p>' +
        '<p>2017</p><p>2017 — 2021</p><h2>Illustrator @ Northwind</h2><p>Bergen, Norway</p><p>Editorial pictures for the weekend paper and its apps.</p><h2>Interests</h2><p>Sailing</p>',
      [
        ['Staff Illustrator', 'Pixelworks', '2021 — Present'],
        ['Illustrator', 'Northwind', '2017 — 2021'],
      ],
    ],
    [
      'range over a "Title at Company" heading, no badge',
      '<h3>Experience</h3><p>2015 – 2019</p><h3>Analyst at Contoso</h3><p>Reports and dashboards for the finance team, every week.</p><p>2019 – 2022</p><h3>Senior Analyst at Fabrikam</h3><p>Pricing models.</p>',
      [
        ['Analyst', 'Contoso', '2015 – 2019'],
        ['Senior Analyst', 'Fabrikam', '2019 – 2022'],
      ],
    ],
  ])('%s', (_name, html, want) => expect(roles(html)).toEqual(want));

  it('a same-level heading without dates near it still ends the section', () => {
    const html = '<h2>Experience</h2><p>2019 – 2022</p><h3>Analyst at Contoso</h3><p>Reports.</p><h2>Project Manager Certification Program</h2><p>Something else entirely, not a role.</p>';
    expect(roles(html)).toEqual([['Analyst', 'Contoso', '2019 – 2022']]);
  });

  it('education laid out the same way', () => {
    const html = '<h2>Education</h2><p>2008</p><p>2008 — 2012</p><h2>BA, Philosophy @ University of Leeds</h2><p>Leeds, UK.</p><h2>Hobbies</h2><p>Chess</p>';
    expect(schools(html).map((s) => s[0])).toEqual(['University of Leeds']);
  });
});

describe('a LaTeX CV table: dates in the left cell, "Title, Company, Town." in the right', () => {
  const row = (dates: string, head: string, desc: string) => `<tr><td>${dates}</td><td><b>${head.split(',')[0]}</b>,${head.split(',').slice(1).join(',')}<br>${desc}</td></tr>`;
  it('roles', () => {
    const html =
      '<h3>Experience</h3><table>' +
      row('01/2020–present', 'Principal Software Developer, Northwind Logistics, Bergen.', 'Owns the billing platform and the on-call rota for the payments team.') +
      row('03/2016–12/2019', 'Backend Developer, Contoso Media, Tromsø.', 'Video pipelines for the streaming service, from upload to playback.') +
      '</table>';
    expect(roles(html)).toEqual([
      ['Principal Software Developer', 'Northwind Logistics', '01/2020–present'],
      ['Backend Developer', 'Contoso Media', '03/2016–12/2019'],
    ]);
  });
  it('schools (Universidade, a grade out of 20, the town the name already holds)', () => {
    const html = '<h3>Education</h3><table>' + row('2012–2014', 'M.Sc. in Applied Physics, Università di Bologna, Bologna, 28/30.', 'Thesis on lasers.') + '</table>';
    const html2 = '<h3>Education</h3><table>' + row('2012–2014', 'Licenciatura in History, Universidad de Valencia, Valencia, 8/10.', 'Exchange year.') + '</table>';
    expect(schools(html)).toEqual([['Università di Bologna', '2012–2014']]);
    expect(schools(html2)).toEqual([['Universidad de Valencia', '2012–2014']]);
  });
});

describe('a terse text CV: dates in a left column, the role beside them, the body hanging under the title', () => {
  const text = [
    'Experience',
    '2019–now   Lead Developer, Bluefin (Dublin)',
    '           Owns the booking engine and its Postgres cluster; moved the',
    '           search service to Rust without downtime.',
    '2015–2019  Developer, Fabrikam (London)',
    '           Billing screens. Rewrote reporting from PHP into Kotlin',
    '           services; on-call for the payments queue.',
    '2013–2015  Junior Developer, Tailspin (Kilkenny)',
    '           Internal tools.',
    '',
    'Education',
    '2009–2013  BSc Computing, University of Limerick (First class honours)',
  ].join('\n');
  it('roles, with the bracketed town of each', () => {
    const p = parseResume(blocksOf(text, 'cv.txt'));
    expect(p.experience?.map((e) => [e.title, e.company, e.location])).toEqual([
      ['Lead Developer', 'Bluefin', 'Dublin'],
      ['Developer', 'Fabrikam', 'London'],
      ['Junior Developer', 'Tailspin', 'Kilkenny'],
    ]);
  });
  it('the school without its bracketed grade', () => {
    expect(schools(text, 'cv.txt').map((s) => s[0])).toEqual(['University of Limerick']);
  });
});

describe('a word-processor export: "Title      Dates" over "Company, Town, ST"', () => {
  const text = [
    'EXPERIENCE',
    '',
    'Operations Manager\t\t\t\t\tMay 2018 – Present',
    'Contoso Pharmacy, Phoenix, AZ',
    '•\tRuns three distribution centres.',
    '',
    'Shift Supervisor\t\t\t\t\tJune 2014 – April 2018',
    'Fabrikam Freight Company, Tempe, AZ',
    '•\tScheduled 40 drivers.',
    '',
    'EDUCATION',
    '',
    'Master of Science in Supply Chain Management\t\t\t2014',
    'Arizona State University, Tempe, AZ',
    '',
    'Bachelor of Arts in Economics\t\t\t2010',
    'Northern Arizona University, Flagstaff, AZ',
  ].join('\n');
  it('the company line is the company, not a place', () => {
    expect(roles(text, 'cv.txt').map((r) => r.slice(0, 2))).toEqual([
      ['Operations Manager', 'Contoso Pharmacy'],
      ['Shift Supervisor', 'Fabrikam Freight Company'],
    ]);
  });
  it('each degree with its year opens its own entry', () => {
    expect(schools(text, 'cv.txt').map((s) => s[0])).toEqual(['Arizona State University', 'Northern Arizona University']);
  });
});

describe('an academic CV: dates first, then title, then the employer', () => {
  const html =
    '<h1>Ines Duval</h1><p>Assistant Professor of Physics</p>' +
    '<h2>Academic positions</h2>' +
    '<div><p>Jan 2022 – present</p><p>Assistant Professor of Physics</p><p>Department of Physics, University of Leeds, UK</p></div>' +
    '<div><p>Sep 2018 – Dec 2021</p><p>Research Fellow</p><p>Institute of Optics, Lund University, Sweden. Host: Prof. Karl Berg.</p></div>' +
    '<h2>Industry research</h2>' +
    '<div><p>Jun – Aug 2016</p><p>Research Intern, Contoso Labs, Oslo. Lasers for fibre sensing.</p></div>' +
    '<h2>Teaching</h2><ul><li>Quantum Mechanics I (2023)</li></ul>';
  it('each role keeps its employer line; a labelled note after it is dropped; "Industry research" is experience', () => {
    expect(roles(html).map((r) => r.slice(0, 2))).toEqual([
      ['Assistant Professor of Physics', 'Department of Physics, University of Leeds, UK'],
      ['Research Fellow', 'Institute of Optics, Lund University'],
      ['Research Intern', 'Contoso Labs'],
    ]);
  });
});

describe('plain-text roles and schools', () => {
  const text = [
    'EMPLOYMENT',
    '----------',
    'Backend Developer -- Fabrikam, London',
    'March 2020 - present',
    '  * Payments APIs.',
    '',
    'Developer -- Contoso, Leeds',
    'May 2017 - Feb 2020',
    '  * Internal tools.',
    '',
    'Junior Developer -- Tailspin, Hebden Bridge',
    'Jun 2015 - Apr 2017',
    '  * Websites.',
    '',
    'EDUCATION',
    '---------',
    'BSc Mathematics -- University of York, 2012 - 2015',
    'A-Levels: Maths (A), Chemistry (B) -- Greenhead College,',
    '2010 - 2012',
  ].join('\n');
  it('a town the list does not know, written where the others wrote theirs, is the place', () => {
    expect(roles(text, 'cv.txt').map((r) => r[1])).toEqual(['Fabrikam', 'Contoso', 'Tailspin']);
  });
  it('a line wrapped after a comma is read as one', () => {
    expect(schools(text, 'cv.txt')).toEqual([
      ['University of York', '2012 - 2015'],
      ['Greenhead College', '2010 - 2012'],
    ]);
  });
});

describe('plain-text paragraphs wrapped at the page width', () => {
  it.each<[string, string, string[][]]>([
    [
      'a role noun in the wrapped line ("partner", "lead") opens no entry; the next company back at the outline\'s indent does',
      [
        'WORK',
        '  Fabrikam',
        '    Data Analyst                        2018-02 .. 2020-06',
        '      Weekly revenue reports for the channel-partner managers and',
        '      the lead engineers of the billing team; dashboards in Looker.',
        '  Contoso',
        '    Junior Analyst                      2016-01 .. 2018-01',
        '      Data entry.',
      ].join('\n'),
      [
        ['Data Analyst', 'Fabrikam', '2018-02 .. 2020-06'],
        ['Junior Analyst', 'Contoso', '2016-01 .. 2018-01'],
      ],
    ],
    [
      'a wrapped line that reads like a title ("Head of …") stays in the paragraph',
      [
        'Experience',
        '',
        'Nurse, St Olaf Hospital (2015 - 2019)',
        'Night shifts on the cardiology ward, reporting to the ward sister and',
        'head of nursing; trained new staff on the medication system.',
        '',
        'Ward Assistant, Riverside Clinic (2012 - 2015)',
        'Patient intake and records for the outpatient clinic.',
      ].join('\n'),
      [
        ['Nurse', 'St Olaf Hospital', '2015 - 2019'],
        ['Ward Assistant', 'Riverside Clinic', '2012 - 2015'],
      ],
    ],
  ])('%s', (_name, text, want) => expect(roles(text, 'cv.txt')).toEqual(want));
});

describe('a date range written over two lines of a narrow date column', () => {
  it.each<[string, string, string, string[][]]>([
    [
      'plain text, the end under the start, the title beside the end',
      'cv.txt',
      [
        'WORK HISTORY',
        '',
        ' Mar 2020            NORTHWIND FREIGHT',
        '   – today           Logistics Coordinator',
        '                     · Planned routes for 40 trucks.',
        '',
        ' Feb 2016            BLUE HARBOUR',
        '   – Feb 2020        Dispatcher',
        '                     · Night shifts.',
      ].join('\n'),
      [
        ['Logistics Coordinator', 'NORTHWIND FREIGHT', 'Mar 2020 – today'],
        ['Dispatcher', 'BLUE HARBOUR', 'Feb 2016 – Feb 2020'],
      ],
    ],
    [
      'plain text, numeric months, the end line holding nothing else',
      'cv.txt',
      ['Experience', '', '09/2018          Pharmacist, Green Cross Pharmacy', '- 06/2022', '', '01/2015          Pharmacy Technician, MedPlus', '- 08/2018'].join('\n'),
      [
        ['Pharmacist', 'Green Cross Pharmacy', '09/2018 – 06/2022'],
        ['Pharmacy Technician', 'MedPlus', '01/2015 – 08/2018'],
      ],
    ],
    [
      'HTML, start and end in paragraphs of their own',
      'page.html',
      '<h2>Experience</h2><p>2019</p><p>— 2023</p><p><b>Sous Chef</b>, The Olive Tree</p><p>Ran the pass on weekends.</p><p>2016</p><p>— 2019</p><p><b>Line Cook</b>, Harbour Bistro</p>',
      [
        ['Sous Chef', 'The Olive Tree', '2019 – 2023'],
        ['Line Cook', 'Harbour Bistro', '2016 – 2019'],
      ],
    ],
  ])('%s', (_name, file, content, want) => expect(roles(content, file)).toEqual(want));

  it('a bullet that opens with a dash after a year is still a bullet', () => {
    const text = ['Experience', '', 'Baker, Crumbs Ltd (2018 - 2021)', '- Sourdough programme from 2019', '- Trained four apprentices'].join('\n');
    expect(roles(text, 'cv.txt')).toEqual([['Baker', 'Crumbs Ltd', '2018 - 2021']]);
  });
});

describe('dates alone over a paragraph that opens with the entry', () => {
  it.each<[string, string, string[][]]>([
    [
      'title and employer before a middle dot',
      '<h2>Work</h2><p>2020 – now</p><p>Staff Nurse, Royal Infirmary · Night shifts on the acute medical unit; mentor to students.</p><p>2016 – 2020</p><p>Healthcare Assistant, Meadow Care Home · Personal care for thirty residents.</p>',
      [
        ['Staff Nurse', 'Royal Infirmary', '2020 – now'],
        ['Healthcare Assistant', 'Meadow Care Home', '2016 – 2020'],
      ],
    ],
    [
      '"Title at Employer" before a dash',
      '<h2>Career</h2><p>2018 – 2023</p><p>Product Designer at Lumen Bank — redesigned the savings app and ran weekly usability sessions with customers.</p>',
      [['Product Designer', 'Lumen Bank', '2018 – 2023']],
    ],
    [
      'a sentence that merely mentions a role is not the role',
      '<h2>Experience</h2><p>2019 – 2021</p><p>I was the only engineer at a tiny agency · we shipped twelve sites a year for local shops.</p>',
      [],
    ],
  ])('%s', (_name, html, want) => expect(roles(html).filter((r) => r[0] && r[1])).toEqual(want));

  it.each<[string, string, string[][]]>([
    [
      'degree and school before a middle dot',
      '<h2>Education</h2><p>2014 – 2016</p><p>MSc, Marine Biology, University of Bergen · Thesis on cod larvae in warming fjords.</p><p>2011 – 2014</p><p>BSc Biology, Lund University</p>',
      [
        ['University of Bergen', '2014 – 2016'],
        ['Lund University', '2011 – 2014'],
      ],
    ],
    [
      'degree and school as the first sentence',
      '<h2>Education</h2><p>2009 – 2012</p><p>BA History, Northgate College. Dissertation on medieval trade routes, graded first class.</p>',
      [['Northgate College', '2009 – 2012']],
    ],
  ])('%s', (_name, html, want) => expect(schools(html)).toEqual(want));
});
