/**
 * Education lines and entries.
 */
import { describe, expect, it } from 'vitest';
import { parseEducation, parseEducationLine } from './education';
import { htmlLines, textLines } from './test-helpers';

// [line, institution, degree, datesText]
const LINES: Array<[string, string, string | null, string | null]> = [
  // One date alone in a column of its own dates the entry, first or last.
  ['2019                Harbour Design School', 'Harbour Design School', null, '2019'],
  ['Certificate in Copywriting   Westbrook Academy   June 2021', 'Westbrook Academy', 'Certificate in Copywriting', 'June 2021'],
  ['2008   Lycée Molière   Baccalauréat S', 'Lycée Molière', 'Baccalauréat S', '2008'],
  // A colon between the school and the degree.
  ['Northgate University (2009–2013): BA Economics', 'Northgate University', 'BA Economics', '2009–2013'],
  ['Lakeside Institute of Technology: MSc Robotics', 'Lakeside Institute of Technology', 'MSc Robotics', null],
  ['University of Waterloo — Bachelor of Computer Science, Honours Co-op', 'University of Waterloo', 'Bachelor of Computer Science, Honours Co-op', null],
  ['BSc Computer Science, University of Edinburgh, 2012–2016', 'University of Edinburgh', 'BSc Computer Science', '2012–2016'],
  ['Universidade de São Paulo — Bachelor of Design, 2012 – 2016', 'Universidade de São Paulo', 'Bachelor of Design', '2012 – 2016'],
  ['KTH Royal Institute of Technology — MSc Computer Science (2012–2015)', 'KTH Royal Institute of Technology', 'MSc Computer Science', '2012–2015'],
  ['B.E. Computer Science, PSG College of Technology (2014–2018)', 'PSG College of Technology', 'B.E. Computer Science', '2014–2018'],
  ['University of California, Santa Cruz', 'University of California, Santa Cruz', null, null],
  ['Warsaw University of Technology                                     2012 – 2017', 'Warsaw University of Technology', null, '2012 – 2017'],
  ['MSc Statistics · 2015 – 2017', '', 'MSc Statistics', '2015 – 2017'],
  ['Master of Science in Data Science at ETH Zürich', 'ETH Zürich', 'Master of Science in Data Science', null],
  ['Politecnico di Milano | Laurea Magistrale in Ingegneria Informatica | 2014 - 2016', 'Politecnico di Milano', 'Laurea Magistrale in Ingegneria Informatica', '2014 - 2016'],
  ['Le Wagon — Web Development Bootcamp, 2019', 'Le Wagon', 'Web Development Bootcamp', '2019'],
  ['Technische Universität München, Munich, Germany — PhD in Robotics', 'Technische Universität München', 'PhD in Robotics', null],
  ['Interaction Design Foundation — UX Certificate, 2018', 'Interaction Design Foundation', 'UX Certificate', '2018'],
  ['MIT, B.S. Mathematics, GPA 3.9', 'MIT', 'B.S. Mathematics', null],
  // an institution's name is never split on "at" / "from"
  ['The University of Texas at Austin', 'The University of Texas at Austin', null, null],
  ['The University of Texas at Austin — B.B.A. in Management Information Systems, 2013 – 2017', 'The University of Texas at Austin', 'B.B.A. in Management Information Systems', '2013 – 2017'],
  ['University of North Carolina at Chapel Hill | BA Economics', 'University of North Carolina at Chapel Hill', 'BA Economics', null],
  ['University of Illinois at Urbana-Champaign', 'University of Illinois at Urbana-Champaign', null, null],
  ['BSc Physics at Imperial College London, 2014', 'Imperial College London', 'BSc Physics', '2014'],
  ['Exchange semester at Sorbonne', 'Sorbonne', 'Exchange semester', null],
  ['MSc Computer Science from University of Edinburgh', 'University of Edinburgh', 'MSc Computer Science', null],
  // School words in more languages ("Hogeschool", "Högskolan", "Universitet"), and a qualification the degree words do
  // not know, before the school in one comma list ("pre-university" names a school stage, not a university).
  ['Bachelor Logistics, Hogeschool Rijnmond, Rotterdam', 'Hogeschool Rijnmond, Rotterdam', 'Bachelor Logistics', null],
  ['Civilingenjör, Kungliga Tekniska Högskolan', 'Kungliga Tekniska Högskolan', 'Civilingenjör', null],
  ['Master i informatikk, Universitetet i Bergen', 'Universitetet i Bergen', 'Master i informatikk', null],
  ['HAVO (pre-university track), profile Economics, Sint-Jan Lyceum, Delft', 'Sint-Jan Lyceum, Delft', 'HAVO (pre-university track), profile Economics', null],
  ['Matura, profile Humanities, Liceo Galvani, Bologna', 'Liceo Galvani, Bologna', 'Matura, profile Humanities', null],
  // a programme naming a bootcamp beside a bare school name
  ['Full-Stack Bootcamp (certificate) | Northwind', 'Northwind', 'Full-Stack Bootcamp (certificate)', null],
  // a city with its country in brackets after the school; an EQF level is not part of the degree
  ['Northfield University of Technology, Brno (Czechia)', 'Northfield University of Technology', null, null],
  ["Master's degree in Robotics EQF level 7", '', "Master's degree in Robotics", null],
];

describe('parseEducationLine', () => {
  it.each(LINES)('%s', (line, institution, degree, dates) => {
    const r = parseEducationLine(line);
    expect({ institution: r.institution, degree: r.degree, datesText: r.datesText }).toEqual({ institution, degree, datesText: dates });
  });
});

describe('parseEducation', () => {
  it('institution heading, degree line, dates line, description (Himalayas-like)', () => {
    const lines = htmlLines(`<article><h3>University of California, Santa Cruz</h3><ul><li>Master’s Degree in Computer Science, Computer Science</li><li>2019 - 2021</li>
      <li>Completed a Master's degree in Computer Science at the University of California, Santa Cruz, focusing on systems.</li></ul></article>
      <article><h3>Beijing University of Posts and Telecommunications</h3><ul><li>Bachelor’s Degree in Computer Science</li><li>2015 - 2019</li></ul></article>`);
    expect(parseEducation(lines)).toEqual([
      expect.objectContaining({ institution: 'University of California, Santa Cruz', degree: 'Master’s Degree in Computer Science, Computer Science', datesText: '2019 - 2021' }),
      expect.objectContaining({ institution: 'Beijing University of Posts and Telecommunications', degree: 'Bachelor’s Degree in Computer Science', datesText: '2015 - 2019' }),
    ]);
  });

  it('degree line above the institution line', () => {
    const [e] = parseEducation(textLines('MSc Computer Science\nUniversity of Amsterdam\n2016 – 2018\n'));
    expect(e).toMatchObject({ institution: 'University of Amsterdam', degree: 'MSc Computer Science', datesText: '2016 – 2018' });
  });

  it('one school per line', () => {
    const es = parseEducation(textLines('Stanford University — MS Computer Science, 2014\nUC Berkeley — BA Economics, 2010\n'));
    expect(es.map((e) => [e.institution, e.degree, e.datesText])).toEqual([
      ['Stanford University', 'MS Computer Science', '2014'],
      ['UC Berkeley', 'BA Economics', '2010'],
    ]);
  });

  it.each<[string, string, string, string]>([
    ['markdown heading then a "- " degree bullet', '### Ho Chi Minh City University of Technology (2011–2015)\n- B.Eng. in Computer Science\n', 'B.Eng. in Computer Science', '2011–2015'],
    ['plain school line then a bullet', 'University of Lagos    2012 – 2016\n• BSc Computer Science\n• First class honours\n', 'BSc Computer Science', '2012 – 2016'],
    ['a degree bullet with its own years', 'Universidad de Chile\n- Magíster en Ciencia de Datos, 2017 – 2018\n', 'Magíster en Ciencia de Datos', '2017 – 2018'],
  ])('%s', (_name, text, degree, dates) => {
    const [e] = parseEducation(textLines(text));
    expect(e).toMatchObject({ degree, datesText: dates });
  });

  it('a degree list item under the school heading (HTML)', () => {
    const [e] = parseEducation(htmlLines('<h3>Politecnico di Milano</h3><ul><li>Laurea Magistrale in Ingegneria Informatica</li><li>Thesis on distributed tracing.</li></ul>'));
    expect(e).toMatchObject({ institution: 'Politecnico di Milano', degree: 'Laurea Magistrale in Ingegneria Informatica' });
    expect(e!.description).toBe('Thesis on distributed tracing.');
  });

  it('a bullet that is not a degree stays description', () => {
    const [e] = parseEducation(textLines('Stanford University   2010 – 2014\n- Rowing team captain\n'));
    expect(e).toMatchObject({ institution: 'Stanford University', degree: null });
  });

  it('school and degree in a table cell, dates in the next (Google Docs)', () => {
    const lines = htmlLines(
      '<table><tr><td><p><b>The University of Texas at Austin</b></p><p>B.B.A. in Management Information Systems</p></td><td><p>2013 – 2017</p></td></tr>' +
        '<tr><td><p><b>General Assembly</b></p><p>Product Management Certificate</p></td><td><p>2017</p></td></tr></table>',
    );
    expect(parseEducation(lines).map((e) => [e.institution, e.degree, e.datesText])).toEqual([
      ['The University of Texas at Austin', 'B.B.A. in Management Information Systems', '2013 – 2017'],
      ['General Assembly', 'Product Management Certificate', '2017'],
    ]);
  });

  it('LinkedIn export: school line, then "Degree - ABBR, Field · (dates)"', () => {
    const text = 'ETH Zürich\nMaster of Science - MS, Computer Science · (2014 - 2016)\nKTH Royal Institute of Technology\nBachelor of Science - BS, Computer Engineering · (2011 - 2014)\n';
    expect(parseEducation(textLines(text)).map((e) => [e.institution, e.degree, e.datesText])).toEqual([
      ['ETH Zürich', 'Master of Science, MS, Computer Science', '2014 - 2016'],
      ['KTH Royal Institute of Technology', 'Bachelor of Science, BS, Computer Engineering', '2011 - 2014'],
    ]);
  });
});

describe('whole entries written as sentences in a list', () => {
  it('one entry per item; what follows the years is the description', () => {
    const html = '<h2>Education</h2><ul><li>PhD in Hydrology, Northfield University, 2014–2018. Thesis: Flood routing on small basins.</li><li>B.Sc. in Geography, Southgate College, 2009–2012.</li></ul>';
    const got = parseEducation(htmlLines(html).slice(1));
    expect(got.map((e) => [e.institution, e.degree, e.datesText])).toEqual([
      ['Northfield University', 'PhD in Hydrology', '2014–2018'],
      ['Southgate College', 'B.Sc. in Geography', '2009–2012'],
    ]);
    expect(got[0]!.description).toBe('Thesis: Flood routing on small basins.');
  });
});

describe('the field of study on its own line', () => {
  it.each<[string, string]>([
    ['Example University\nBachelor of Science\nComputer Science\nMar 2010 - Feb 2014\n', 'Bachelor of Science, Computer Science'],
    ['Example Institute of Technology\nMaster’s degree\nApplied Mathematics\n2014 – 2016\n', 'Master’s degree, Applied Mathematics'],
    // A degree that names its field keeps the next line as a note.
    ['Example University\nBSc in Physics\nDean’s List\n2010 – 2014\n', 'BSc in Physics'],
  ])('%j', (text, degree) => {
    expect(parseEducation(textLines(text))[0]).toMatchObject({ institution: expect.stringMatching(/^Example/), degree });
  });
});

describe('a degree line under a known school keeps its written order', () => {
  it('the degree first, then a note after a dash', () => {
    const [e] = parseEducation(htmlLines('<p>2014 – 2016</p><p>Example University</p><p>Master’s degree (MSc) in Physics — M2 Physique, mention Bien</p>'));
    expect(e).toMatchObject({ institution: 'Example University', degree: expect.stringMatching(/^Master’s degree \(MSc\) in Physics/) });
  });
});
