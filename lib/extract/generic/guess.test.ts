/**
 * Sections named by what they hold: made-up pages whose roles, schools or skills sit under a title the section
 * finder does not know, or under no title at all.
 */
import { describe, expect, it } from 'vitest';
import { parseResume } from './index';
import { anchorLine, entryKindOf, skillList } from './guess';
import { blocksOf, htmlLines, textLines } from './test-helpers';

const parse = (content: string, file = 'page.html') => parseResume(blocksOf(content, file));
const roles = (content: string, file = 'page.html') => (parse(content, file).experience ?? []).map((e) => [e.title, e.company, e.datesText ?? null]);

describe('anchorLine: a short line with a date range', () => {
  it.each<[string, boolean]>([
    ['Mar 2022 – Present', true],
    ['Line Cook · 2016 – 2019', true],
    ['2019 – now | Harbour Bistro', true],
    ['Graduated 2019', false],
    ['Since 2015 I have been baking bread for three restaurants in town, six nights a week, and teaching two apprentices the trade.', false],
  ])('%j → %s', (text, want) => expect(anchorLine(htmlLines(`<p>${text}</p>`)[0]!)).toBe(want));
});

describe('entryKindOf: what a run of lines holds', () => {
  it.each<[string, string, string, string | null]>([
    ['two dated roles', '<p>Northwind</p><p>Dispatch Lead</p><p>2019 – 2023</p><p>Contoso</p><p>Driver</p><p>2015 – 2019</p>', '', 'experience'],
    ['two dated schools', '<p>Lund University</p><p>MSc Biology</p><p>2014 – 2016</p><p>Malmö Gymnasium</p><p>2011 – 2014</p>', '', 'education'],
    ['one role under a heading about work', '<p>Staff Nurse, Royal Infirmary</p><p>2020 – present</p>', 'Where I have worked', 'experience'],
    ['one role under a heading about something else', '<p>Staff Nurse, Royal Infirmary</p><p>2020 – present</p>', 'Odds and ends', null],
    ['dated lines that name no role or school', '<p>Trip to Patagonia</p><p>2019 – 2020</p><p>Sailing season</p><p>2021 – 2022</p>', '', null],
  ])('%s', (_name, html, title, want) => expect(entryKindOf(htmlLines(html), title)).toBe(want));
});

describe('skillList: short lists of known skills', () => {
  it.each<[string, string, boolean]>([
    ['list items of known tools', '<ul><li>Python, SQL</li><li>Docker / Kubernetes</li><li>Terraform</li><li>PostgreSQL, Redis</li></ul>', true],
    ['a line of chips and a closing sentence', '<p>Figma · Sketch · Adobe XD · Prototyping · Usability Testing</p><p>Get in touch if you want to work together on something.</p><p>Framer, Maze</p>', true],
    ['hobbies are no skills', '<ul><li>Sailing, climbing</li><li>Sourdough baking</li><li>Chess</li><li>Birdwatching</li></ul>', false],
    ['a paragraph is no list', '<p>I like to build things with Python and SQL, and I have run Kubernetes clusters for years.</p>', false],
  ])('%s', (_name, html, want) => expect(skillList(htmlLines(html))).toBe(want));
});

describe('roles under a title the finder does not know, or none', () => {
  it.each<[string, string, string, string[][]]>([
    [
      'a blog post: company headings right under the intro, a dated role line under each',
      'page.html',
      '<h1>Dana Whitfield</h1><p>Pastry chef. I keep my CV as a post because nobody reads PDFs anymore, and this way it stays up to date.</p>' +
        '<h3>Harbour Bistro</h3><p><b>Head Pastry Chef</b> · <em>May 2020 – present</em></p><p>I run the pastry section and the bread programme.</p>' +
        '<h3>The Olive Tree</h3><p><b>Pastry Cook</b> · <em>March 2016 – April 2020</em></p><p>Plated desserts for a 90-cover dining room.</p>' +
        '<h3>Education</h3><p>Westbrook Culinary College, Diploma in Patisserie, 2014 – 2016</p>',
      [
        ['Head Pastry Chef', 'Harbour Bistro', 'May 2020 – present'],
        ['Pastry Cook', 'The Olive Tree', 'March 2016 – April 2020'],
      ],
    ],
    [
      'cards under a sentence-like label: a duration badge, company, title, dates',
      'page.html',
      '<h1>Omar Haddad</h1><p>Mechanical engineer.</p><p>I design pumps for water utilities, and I have done so for a decade, mostly for cities in the Gulf.</p><div>Places Omar has worked</div>' +
        '<div><div>3 yrs</div><div>Aquaflow</div><div>Senior Mechanical Engineer</div><div>Jan 2021 – Present</div><div>Pump stations for three desalination plants.</div></div>' +
        '<div><div>5 yrs</div><div>Gulf Pumps</div><div>Design Engineer</div><div>Jan 2016 – Dec 2020</div><div>Impeller design and testing.</div></div>' +
        '<h2>Education</h2><p>American University of Sharjah</p><p>BSc Mechanical Engineering</p><p>2011 – 2015</p>',
      [
        ['Senior Mechanical Engineer', 'Aquaflow', 'Jan 2021 – Present'],
        ['Design Engineer', 'Gulf Pumps', 'Jan 2016 – Dec 2020'],
      ],
    ],
    [
      'an unknown heading over dated roles, on a page without an Experience section',
      'page.html',
      '<h1>Lena Vogt</h1><p>Translator</p><h2>Where I have been</h2><p>2018 – 2024</p><p>Senior Translator, Lingua GmbH</p><p>2014 – 2018</p><p>Translator, Wortwerk</p><h2>Education</h2><p>University of Leipzig, MA Translation, 2012 – 2014</p>',
      [
        ['Senior Translator', 'Lingua GmbH', '2018 – 2024'],
        ['Translator', 'Wortwerk', '2014 – 2018'],
      ],
    ],
  ])('%s', (_name, file, content, want) => expect(roles(content, file)).toEqual(want));

  it('an unknown heading over dated roles stays out when the page names its Experience section', () => {
    const html =
      '<h1>Lena Vogt</h1><h2>Experience</h2><p>Senior Translator, Lingua GmbH</p><p>2018 – 2024</p>' +
      '<h2>Teaching</h2><p>Guest Lecturer, University of Leipzig</p><p>2020 – 2021</p><p>Workshop Leader, Volkshochschule</p><p>2019 – 2020</p>';
    expect(roles(html)).toEqual([['Senior Translator', 'Lingua GmbH', '2018 – 2024']]);
  });

  it('a list of known skills under an unknown heading is the skills section', () => {
    const p = parse('<h1>Ana Ruiz</h1><p>Data analyst.</p><h2>Experience</h2><p>Analyst, Contoso (2019 – 2023)</p><h2>Things I reach for</h2><ul><li>SQL, Python</li><li>Tableau, Excel</li><li>dbt</li></ul>');
    expect(p.skills).toEqual(expect.arrayContaining(['SQL', 'Python', 'Tableau', 'Excel', 'dbt']));
  });

  it('plain text: an unknown caps heading over dated roles', () => {
    const text = ['JOHN OKORO', 'Electrician', '', 'WHERE I WORKED', '', 'Site Electrician, Brightline Ltd   2019 - 2024', '', 'Apprentice Electrician, Volt & Co   2015 - 2019', '', 'EDUCATION', '', 'Lagos City College, Diploma in Electrical Installation, 2013 - 2015'].join('\n');
    expect(roles(text, 'cv.txt')).toEqual([
      ['Site Electrician', 'Brightline Ltd', '2019 - 2024'],
      ['Apprentice Electrician', 'Volt & Co', '2015 - 2019'],
    ]);
  });
});

describe('a page whose section headings are all unknown (another language): roles run to the next sibling heading', () => {
  const schools = (html: string) => (parse(html).education ?? []).map((e) => e.institution);
  it.each<[string, string, string[][], string[]]>([
    [
      'Swedish headings, dates first',
      '<h1>Elin Berg</h1><p>Laboratory technician</p><h2>Personuppgifter</h2><p>Bor i Uppsala</p><h2>Arbetslivserfarenhet</h2>' +
        '<p>2019 – 2024</p><p>Laboratory Technician, Biomedica AB</p><p>Ran the sample intake.</p><p>2016 – 2019</p><p>Lab Assistant, Karolina Labs</p>' +
        '<h2>Utbildning</h2><p>2013 – 2016</p><p>Bachelor of Biomedicine, Uppsala University</p><h2>Fritid</h2><p>2018 – 2022</p><p>Treasurer, Uppsala Rowing Club</p>',
      [
        ['Laboratory Technician', 'Biomedica AB', '2019 – 2024'],
        ['Lab Assistant', 'Karolina Labs', '2016 – 2019'],
      ],
      ['Uppsala University'],
    ],
    [
      'Polish headings, the role line first',
      '<h1>Piotr Zieliński</h1><p>Quantity surveyor</p><h3>Doświadczenie zawodowe</h3><p>Quantity Surveyor, Budimex Projekty</p><p>Mar 2020 – Present</p>' +
        '<p>Site Engineer, Mostostal Plus</p><p>Jul 2016 – Feb 2020</p><h3>Wykształcenie</h3><p>MSc Civil Engineering, Warsaw University of Technology</p><p>2011 – 2016</p>',
      [
        ['Quantity Surveyor', 'Budimex Projekty', 'Mar 2020 – Present'],
        ['Site Engineer', 'Mostostal Plus', 'Jul 2016 – Feb 2020'],
      ],
      ['Warsaw University of Technology'],
    ],
  ])('%s', (_name, html, want, wantSchools) => {
    expect(roles(html)).toEqual(want);
    expect(schools(html)).toEqual(wantSchools);
  });
});

// textLines is used by the plain-text cases above through parseResume; keep the helper import honest.
void textLines;
