/**
 * Section-heading recognition and section finding.
 */
import { describe, expect, it } from 'vitest';
import { findSections, headerRowLength, isPageFooter, isPageNumber, programmingLanguages, sectionHeading, sectionKindOf, type SectionKind } from './sections';
import { htmlLines, textLines } from './test-helpers';

const KINDS: Array<[string, SectionKind | null]> = [
  ['Timeline', 'experience'],
  ['Tools I reach for', 'skills'],
  ['Technologies we love', 'skills'],
  ['Tools I broke once', 'skills'],
  ['Languages I speak', 'languages'],
  ['Experience', 'experience'],
  ['EXPERIENCE', 'experience'],
  ['Work Experience', 'experience'],
  ['WORK EXPERIENCE:', 'experience'],
  ['💼 Experience', 'experience'],
  ['## Experience', 'experience'],
  ['Professional Experience', 'experience'],
  ['Employment History', 'experience'],
  ['Work history', 'experience'],
  ['Relevant Experience', 'experience'],
  ['Career', 'experience'],
  ['E X P E R I E N C E', 'experience'],
  // Academic CVs.
  ['Appointments', 'experience'],
  ['Academic Appointments', 'experience'],
  ['Academic Positions', 'experience'],
  ['Positions', 'experience'],
  ['Professional Appointments', 'experience'],
  ['Research Experience', 'experience'],
  ['Teaching Experience', 'experience'],
  ['RESEARCH EXPERIENCE', 'experience'],
  ['Education', 'education'],
  ['🎓 Education', 'education'],
  ['Academic background', 'education'],
  ['Skills', 'skills'],
  ['Technical Skills', 'skills'],
  ['Tech stack', 'skills'],
  ['🛠️ Tech Stack', 'skills'],
  ['Technologies', 'skills'],
  ['Tools & skills', 'skills'],
  ['Core competencies', 'skills'],
  ['Expertise', 'skills'],
  ['Projects', 'projects'],
  ['Technical Projects & Open Source', 'projects'],
  ['Side projects', 'projects'],
  ['🚀 Open Source', 'projects'],
  ['Licenses & certifications', 'certifications'],
  ['Certifications', 'certifications'],
  ['Awards', 'awards'],
  ['Languages', 'languages'],
  ['Summary', 'summary'],
  ['About me', 'summary'],
  ['👋 About', 'summary'],
  ['Profile', 'summary'],
  ['Objective', 'summary'],
  ["What I'm looking for", 'summary'],
  ['What I’m looking for', 'summary'],
  ['Contact', 'contact'],
  ['Publications', 'publications'],
  ['Volunteering', 'volunteering'],
  ['Interests', 'interests'],
  ['Experience & Education', 'experience'],
  // Spanish, German, French, Portuguese, Italian
  ['Experiencia laboral', 'experience'],
  ['EXPERIENCIA PROFESIONAL', 'experience'],
  ['Trayectoria profesional', 'experience'],
  ['Berufserfahrung', 'experience'],
  ['Berufliche Erfahrung', 'experience'],
  ['Beruflicher Werdegang', 'experience'],
  ['Expérience professionnelle', 'experience'],
  ['EXPÉRIENCES PROFESSIONNELLES', 'experience'],
  ['Experiência profissional', 'experience'],
  ['Esperienza lavorativa', 'experience'],
  ['Esperienze professionali:', 'experience'],
  ['💼 Experiencia', 'experience'],
  ['Educación', 'education'],
  ['Formación académica', 'education'],
  ['Ausbildung', 'education'],
  ['Studium', 'education'],
  ['Formation', 'education'],
  ['Éducation', 'education'],
  ['Formação acadêmica', 'education'],
  ['Formação académica', 'education'],
  ['Istruzione', 'education'],
  ['Istruzione e formazione', 'education'],
  ['Habilidades', 'skills'],
  ['Competencias', 'skills'],
  ['Conocimientos técnicos', 'skills'],
  ['Kenntnisse', 'skills'],
  ['Fähigkeiten', 'skills'],
  ['IT-Kenntnisse', 'skills'],
  ['Compétences', 'skills'],
  ['Compétences techniques', 'skills'],
  ['Competências', 'skills'],
  ['Competenze', 'skills'],
  ['Competenze tecniche', 'skills'],
  ['Idiomas', 'languages'],
  ['Sprachen', 'languages'],
  ['Sprachkenntnisse', 'languages'],
  ['Langues', 'languages'],
  ['Lingue', 'languages'],
  ['Proyectos', 'projects'],
  ['Projekte', 'projects'],
  ['Projets', 'projects'],
  ['Projetos', 'projects'],
  ['Progetti', 'projects'],
  ['Perfil', 'summary'],
  ['Sobre mí', 'summary'],
  ['Über mich', 'summary'],
  ['Profil', 'summary'],
  ['À propos', 'summary'],
  ['Sobre mim', 'summary'],
  ['Profilo', 'summary'],
  ['Chi sono', 'summary'],
  ['Certificaciones', 'certifications'],
  ['Zertifikate', 'certifications'],
  ['Certificazioni', 'certifications'],
  ["Centres d'intérêt", 'interests'],
  ['Contacto', 'contact'],
  // negatives
  ['Experiencia con Kubernetes y Terraform es un plus', null],
  ['Ingeniera de Software', null],
  ['Universidad de Chile', null],
  ['I have experience in Go', null],
  ['Experience with Kubernetes and Terraform is a plus', null],
  ['Senior Software Engineer', null],
  ['Research Intern', null],
  ['University of Waterloo', null],
  ['Backend Systems', null],
  ['Interested in hiring Peter?', null],
  ['Open Source Contributions to the Go ecosystem, mostly CLI tools', null],
  ['Skills I picked up at my last job were many and varied', null],
  ['', null],
];

describe('sectionKindOf: a time qualifier after the name, learning as education', () => {
  it.each<[string, SectionKind | null]>([
    ['Work so far', 'experience'],
    ['Experience to date', 'experience'],
    ['My career until now', 'experience'],
    ['Projects at a glance', 'projects'],
    ['Learning', 'education'],
    ['Education & Learning', 'education'],
    ['So far', null],
    ['Things I am learning so far this year', null],
  ])('%s → %s', (text, kind) => expect(sectionKindOf(text)).toBe(kind));
});

describe('sectionKindOf', () => {
  it.each(KINDS)('%j → %s', (text, kind) => {
    expect(sectionKindOf(text)).toBe(kind);
  });
});

describe('sectionHeading', () => {
  it('needs visual evidence for an ordinary word in plain text', () => {
    const lines = textLines('Jane Doe\nSome notes\nWork\nI like my work.\n\nWORK\nAcme\n');
    expect(sectionHeading(lines[2]!)).toBeNull();
    expect(sectionHeading(lines[4]!)).toEqual({ kind: 'experience' });
  });

  it('takes a bold HTML paragraph as a heading, not a list item', () => {
    const lines = htmlLines('<p><b>Experience</b></p><ul><li>Skills</li></ul>');
    expect(sectionHeading(lines[0]!)).toEqual({ kind: 'experience' });
    expect(sectionHeading(lines[1]!)).toBeNull();
  });

  it('reads "Label: content" lines', () => {
    const [l] = textLines('SKILLS: Go, Python, Rust');
    expect(sectionHeading(l!)).toEqual({ kind: 'skills', inline: 'Go, Python, Rust' });
  });

  it('never takes a sentence for a heading', () => {
    const [l] = textLines('I have experience in Go');
    expect(sectionHeading(l!)).toBeNull();
  });
});

describe('programmingLanguages', () => {
  it.each([
    [['Go Python Rust Java/Kotlin SQL'], true],
    [['Languages: TypeScript, JavaScript, C#'], true],
    [['English (native), German (C1)'], false],
    [['Portuguese (native), English (fluent), Spanish (intermediate)'], false],
    [['Swedish, English, some Go'], false],
    [['Español (nativo) · Inglés (C1)'], false],
    [['Deutsch (Muttersprache), Englisch (fließend)'], false],
    [['Français (langue maternelle), Anglais (courant)'], false],
    [['Italiano (madrelingua), Inglese (C1)'], false],
    [['Python, R, SQL, C'], true],
  ] as Array<[string[], boolean]>)('%j → %s', (texts, want) => {
    expect(programmingLanguages(texts)).toBe(want);
  });
});

describe('table header rows are never records', () => {
  it.each<[string, string, string[]]>([
    [
      'Notion table, th cells',
      '<h2>Education</h2><table><thead><tr><th>School</th><th>Degree</th><th>Years</th></tr></thead><tbody><tr><td>UFSC</td><td>Bachelor’s in Information Systems</td><td>2013 – 2017</td></tr></tbody></table>',
      ['UFSC', 'Bachelor’s in Information Systems', '2013 – 2017'],
    ],
    [
      'markdown-rendered table',
      '<h2>Experience</h2><table><tr><th>Role</th><th>Company</th><th>When</th></tr><tr><td>Engineer</td><td>Acme</td><td>2019 – 2021</td></tr></table>',
      ['Engineer', 'Acme', '2019 – 2021'],
    ],
    [
      'company-first columns',
      '<h2>Experience</h2><table><tr><th>Company</th><th>Title</th><th>Dates</th></tr><tr><td>Globex</td><td>Analyst</td><td>2016 – 2019</td></tr></table>',
      ['Globex', 'Analyst', '2016 – 2019'],
    ],
  ])('%s', (_name, html, texts) => {
    const { sections } = findSections(htmlLines(html));
    expect(sections[0]!.lines.map((l) => l.text)).toEqual(texts);
  });

  it.each<[string, number, string[] | undefined]>([
    ['<h2>Experience</h2><table><tr><th>Role</th><th>Company</th><th>Dates</th><th>Current</th><th>Areas</th></tr><tr><td>Engineer</td><td>Acme</td><td>2019 – 2021</td><td></td><td>Payments</td></tr></table>', 5, ['Role', 'Company', 'Dates', 'Current', 'Areas']],
    ['<h2>Experience</h2><table><tr><th>Role</th><th>Company</th></tr><tr><td>Engineer</td><td>Acme</td></tr></table>', 2, ['Role', 'Company']],
  ])('a row of th cells after the column names belongs to the header: %#', (html, n, columns) => {
    const lines = htmlLines(html);
    expect(headerRowLength(lines, 1)).toBe(n);
    expect(findSections(lines).sections[0]!.columns).toEqual(columns);
  });

  it.each<[string, number]>([
    ['Role | Company | When', 1],
    ['| School | Degree | Years |', 1],
    ['Company\tTitle\tDates', 1],
    ['Engineer | Acme | 2019 – 2021', 0],
    ['Company | Acme', 0],
    ['Title', 0],
  ])('one line %j → %i', (text, n) => {
    expect(headerRowLength(textLines(text), 0)).toBe(n);
  });
});

describe('isPageFooter', () => {
  it.each<[string, boolean]>([
    ['Last updated: October 2026', true],
    ['Updated 3 Mar 2025', true],
    ['*Last updated: Jan 2025*', true],
    ['Last modified 2024-11-02', true],
    ['Revised: June 2023', true],
    ['Last updated on 12 March 2026', true],
    ['References available on request', true],
    ['References available upon request.', true],
    ['Updated billing in 2021', false],
    ['Updated CI pipelines', false],
    ['Updated the billing service in 2021 for 3M users', false],
    ['References', false],
  ])('%s → %s', (line, expected) => expect(isPageFooter(line)).toBe(expected));

  it('a trailing "Last updated" line is not a skill', () => {
    const { sections } = findSections(htmlLines('<h2>Technical Skills</h2><p>Python, Julia, R</p><p>Last updated: October 2026</p>'));
    expect(sections[0]!.lines.map((l) => l.text)).toEqual(['Python, Julia, R']);
  });
  it('"References available on request" ends the last entry', () => {
    const { sections } = findSections(textLines('EXPERIENCE\nEngineer, Acme, 2019 - 2021\n\nReferences available on request\n'));
    expect(sections[0]!.lines.map((l) => l.text)).toEqual(['Engineer, Acme, 2019 - 2021']);
  });
});

describe('Europass section names', () => {
  it.each<[string, SectionKind | null]>([
    ['Mother tongue(s)', 'languages'],
    ['Foreign language(s)', 'languages'],
    ['Driving licence', 'other'],
    ['Job-related skills', 'skills'],
    ['Personal information', 'contact'],
    ['PROFESSIONAL QUALIFICATIONS', 'certifications'],
    ['Qualifications', 'education'],
  ])('%s → %s', (text, kind) => expect(sectionKindOf(text)).toBe(kind));
  it('the language grid\'s column names (th) are never sections', () => {
    const { sections } = findSections(htmlLines('<h2>Languages</h2><table><tr><th>UNDERSTANDING</th><th>SPEAKING</th><th>WRITING</th></tr><tr><td>English</td><td>C1</td><td>B2</td></tr></table>'));
    expect(sections.map((s) => s.kind)).toEqual(['languages']);
  });
});

describe('printed page numbers', () => {
  it.each<[string, boolean]>([
    ['Page 1 of 2', true],
    ['page 3', true],
    ['- 2 -', true],
    ['2 / 3', true],
    ['Page Speed Insights', false],
    ['Page 1 of my thesis', false],
  ])('%s → %s', (line, expected) => expect(isPageNumber(line)).toBe(expected));
  it('a section goes on across a page number', () => {
    const { sections } = findSections(textLines('Experience\nAcme\nEngineer\n                 Page 1 of 2\n\nGlobex\nAnalyst\n'));
    expect(sections.map((s) => s.kind)).toEqual(['experience']);
    expect(sections[0]!.lines.map((l) => l.text)).toEqual(['Acme', 'Engineer', 'Globex', 'Analyst']);
  });
});

describe('sidebar first: the name block before the first main section is the header', () => {
  const page = (block: string) => `Contact\nsam@example.org\nTop Skills\nBudgeting\nForecasting\nLanguages\nDutch (Native)\n${block}\nSummary\nI plan things.\nExperience\nAcme\nPlanner\n`;
  it('takes name, wrapped headline and place into the header, joining the headline', () => {
    const { header, sections } = findSections(textLines(page('Sam Vermeer\nDemand Planner at Acme | Supply chain for e-\ncommerce and retail\nUtrecht, Netherlands')));
    expect(header.map((l) => l.text)).toEqual(['Sam Vermeer', 'Demand Planner at Acme | Supply chain for e-commerce and retail', 'Utrecht, Netherlands']);
    expect(sections.find((s) => s.kind === 'languages')!.lines.map((l) => l.text)).toEqual(['Dutch (Native)']);
  });
  it('joins a headline wrapped at a capital word', () => {
    const { header } = findSections(textLines(page('Sam Vermeer\nDemand Planner at Acme | Supply Chain\nPlanning for Retail\nUtrecht, Netherlands')));
    expect(header[1]!.text).toBe('Demand Planner at Acme | Supply Chain Planning for Retail');
  });
  it('"Top Skills" is a skills section', () => {
    const { sections } = findSections(textLines(page('Sam Vermeer\nPlanner\nUtrecht, Netherlands')));
    expect(sections.find((s) => s.kind === 'skills')!.lines.map((l) => l.text)).toEqual(['Budgeting', 'Forecasting']);
  });
  it('leaves a sidebar alone when the page header already has a name', () => {
    const { header } = findSections(textLines('Sam Vermeer\nPlanner\n\nContact\nsam@example.org\nLanguages\nDutch\nJo Bakker\nSummary\nText.\n'));
    expect(header.map((l) => l.text)).toEqual(['Sam Vermeer', 'Planner']);
  });
  it('no name-like line near the end of the sidebar: nothing moves', () => {
    const { header } = findSections(textLines('Contact\nsam@example.org\nTop Skills\nBudgeting\nForecasting\nSummary\nText.\n'));
    expect(header).toEqual([]);
  });
});

describe('findSections', () => {
  it('keeps "Languages" inside Skills when it lists programming languages (plain text)', () => {
    const text = 'Jane Doe\n\nSkills\n\nLanguages\n\nGo Python Rust\n\nInfrastructure\n\nAWS Docker\n\nEducation\n\nMIT — BSc Computer Science\n';
    const { header, sections } = findSections(textLines(text));
    expect(header.map((l) => l.text)).toEqual(['Jane Doe']);
    expect(sections.map((s) => s.kind)).toEqual(['skills', 'education']);
    expect(sections[0]!.lines.map((l) => [l.text, !!l.label])).toEqual([
      ['Languages', true],
      ['Go Python Rust', false],
      ['Infrastructure', false],
      ['AWS Docker', false],
    ]);
  });

  it('keeps nested h3 "Languages" inside an h2 Skills (HTML)', () => {
    const html = '<h1>Jane</h1><h2>Skills</h2><h3>Languages</h3><p>Go Python</p><h3>Data</h3><p>Kafka</p><h2>Education</h2><h3>MIT</h3>';
    const { sections } = findSections(htmlLines(html));
    expect(sections.map((s) => s.kind)).toEqual(['skills', 'education']);
    expect(sections[0]!.lines.map((l) => l.text)).toEqual(['Languages', 'Go Python', 'Data', 'Kafka']);
  });

  it('a spoken-languages section stays a languages section', () => {
    const { sections } = findSections(textLines('SKILLS\nGo, SQL\n\nLANGUAGES\nEnglish (native), French (B2)\n'));
    expect(sections.map((s) => s.kind)).toEqual(['skills', 'languages']);
  });

  it('ends a section at a heading of the same level and skips the subtitle', () => {
    const html =
      '<h2>Experience</h2><p>Work history, roles, and key accomplishments</p><h3>Engineer</h3><p>Acme</p><h2>Interested in hiring Jane?</h2><p>Sign up</p>';
    const { sections } = findSections(htmlLines(html));
    expect(sections).toHaveLength(1);
    expect(sections[0]!.lines.map((l) => l.text)).toEqual(['Engineer', 'Acme']);
  });

  it('handles underlined plain-text headings and markdown hashes', () => {
    const text = 'Jane Doe\n\nEXPERIENCE\n==========\nEngineer, Acme\n\nRANDOM FACTS\n============\nClimbing\n\n## Education\nMIT\n';
    const { sections } = findSections(textLines(text));
    expect(sections.map((s) => [s.kind, s.lines.map((l) => l.text)])).toEqual([
      ['experience', ['Engineer, Acme']],
      ['education', ['MIT']],
    ]);
  });

  it('reads a Spanish CV (HTML) section by section', () => {
    const html =
      '<h1>Camila Rojas</h1><p>Científica de datos</p><h2>Perfil</h2><p>Diez años con datos.</p><h2>Experiencia laboral</h2><h3>Analista</h3><p>Cornershop</p>' +
      '<h2>Educación</h2><h3>Universidad de Chile</h3><h2>Habilidades</h2><p>Python · R · SQL</p><h2>Idiomas</h2><p>Español (nativo) · Inglés (C1)</p>';
    const { header, sections } = findSections(htmlLines(html));
    expect(header.map((l) => l.text)).toEqual(['Camila Rojas', 'Científica de datos']);
    expect(sections.map((s) => s.kind)).toEqual(['summary', 'experience', 'education', 'skills', 'languages']);
  });

  it('reads a German plain-text CV with ALL CAPS headings', () => {
    const text = 'ANNA SCHMIDT\nEntwicklerin\n\nBERUFSERFAHRUNG\nEntwicklerin bei Siemens AG   2020 – heute\n\nAUSBILDUNG\nTU München\n\nKENNTNISSE\nJava, Python\n\nSPRACHEN\nDeutsch, Englisch\n';
    const { sections } = findSections(textLines(text));
    expect(sections.map((s) => s.kind)).toEqual(['experience', 'education', 'skills', 'languages']);
  });

  it('puts content written on the heading line into the section', () => {
    const { sections } = findSections(textLines('Summary: Backend engineer.\nSKILLS: Go, SQL\n'));
    expect(sections.map((s) => [s.kind, s.lines.map((l) => l.text)])).toEqual([['skills', ['Go, SQL']]]);
  });
});

describe('a "Languages" row inside a Skills table is judged by its own cell', () => {
  it.each<[string, string]>([
    ['<tr><td>Languages</td><td>Go, Rust</td></tr><tr><td>Spoken</td><td>Dutch (native), English (fluent), German (basic)</td></tr>', 'skills'],
    ['<tr><td>Languages</td><td>Dutch (native), English (fluent)</td></tr>', 'languages'],
  ])('%s', (rows, kind) => {
    const l = findSections(htmlLines(`<h2>Skills</h2><table>${rows}</table>`));
    expect(l.sections.map((s) => s.kind)).toEqual(kind === 'skills' ? ['skills'] : ['skills', 'languages']);
  });
});

describe('an ordinary word heads an entry section in plain text when a dated entry follows', () => {
  it.each<[string, string[]]>([
    ['Jo Bloggs\n\nWork\nBrightline (2019–2022): Engineer\n  - built things\n', ['experience']],
    ['Jo Bloggs\n\nWork\nI like quiet offices and long walks.\n', []],
  ])('%#', (text, kinds) => {
    expect(findSections(textLines(text)).sections.map((s) => s.kind)).toEqual(kinds);
  });
});
