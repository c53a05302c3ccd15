/**
 * Skills lists: splitting and sub-group labels.
 */
import { describe, expect, it } from 'vitest';
import { parseSkills, splitSkillLine } from './skills';
import { findSections } from './sections';
import { htmlLines, textLines } from './test-helpers';

describe('splitSkillLine', () => {
  it.each([
    ['Excel (advanced), Python (pandas), SQL (5+ years)', ['Excel', 'Python (pandas)', 'SQL']],
    ['Go, Python, Rust', ['Go', 'Python', 'Rust']],
    ['Testing: unit, snapshot and contract tests; Playwright', ['unit tests', 'snapshot tests', 'contract tests', 'Playwright']],
    ['unit and integration testing, Jest', ['unit testing', 'integration testing', 'Jest']],
    ['Go Python Rust Java/Kotlin SQL', ['Go Python Rust Java/Kotlin SQL']],
    ['TypeScript · React · Vue.js', ['TypeScript', 'React', 'Vue.js']],
    ['AWS | GCP | Azure', ['AWS', 'GCP', 'Azure']],
    ['Languages: Go, Python and Rust.', ['Go', 'Python', 'Rust']],
    ['Data & tools: SQL, Amplitude', ['SQL', 'Amplitude']],
    ['JavaScript (React, Node.js), Python', ['JavaScript (React, Node.js)', 'Python']],
    ['Java/Kotlin; C++; C#', ['Java/Kotlin', 'C++', 'C#']],
    ['CI/CD • Docker • Kubernetes', ['CI/CD', 'Docker', 'Kubernetes']],
    ['Research & Development', ['Research & Development']],
    // Columns of a plain-text grid.
    ['Team Leadership      Cost Control        Supplier Audits', ['Team Leadership', 'Cost Control', 'Supplier Audits']],
  ] as Array<[string, string[]]>)('%j', (line, want) => {
    expect(splitSkillLine(line)).toEqual(want);
  });

  it('uses inline chips when the page has them', () => {
    expect(splitSkillLine('Go · Rust', ['Go', 'Rust'])).toEqual(['Go', 'Rust']);
  });
});

describe('parseSkills', () => {
  it('drops sub-group labels of the Michael Dai layout (plain text)', () => {
    const text = 'Skills\n\nLanguages\n\nGo Python Rust Java/Kotlin SQL\n\nBackend Systems\n\nMicroservices gRPC RESTful APIs Event-Driven System Design\n\nData & Storage\n\nPostgreSQL Kafka Redis\n';
    const [skills] = findSections(textLines(text)).sections;
    expect(parseSkills(skills!.lines)).toEqual(['Go Python Rust Java/Kotlin SQL', 'Microservices gRPC RESTful APIs Event-Driven System Design', 'PostgreSQL Kafka Redis']);
  });

  it('keeps a one-per-line list', () => {
    const [skills] = findSections(textLines('SKILLS\nPython\nGo\nRust\nKubernetes\n')).sections;
    expect(parseSkills(skills!.lines)).toEqual(['Python', 'Go', 'Rust', 'Kubernetes']);
  });

  it('list items and dedupe', () => {
    const [skills] = findSections(htmlLines('<h2>Skills</h2><ul><li>Go</li><li>go</li><li>Terraform, AWS</li></ul>')).sections;
    expect(parseSkills(skills!.lines)).toEqual(['Go', 'Terraform', 'AWS']);
  });

  it.each<[string, string[]]>([
    [
      '<h2>Habilidades</h2><p>Python · R · SQL · scikit-learn · Prophet · BigQuery · Vertex AI · Airflow · Tableau · Looker Studio · Estadística · Pronóstico de series de tiempo</p>',
      ['Python', 'R', 'SQL', 'scikit-learn', 'Prophet', 'BigQuery', 'Vertex AI', 'Airflow', 'Tableau', 'Looker Studio', 'Estadística', 'Pronóstico de series de tiempo'],
    ],
    [
      '<h2>Skills</h2><p>Product discovery, Roadmapping, A/B testing, SQL, Amplitude, Jira, Confluence, Figma, Agile/Scrum, Stakeholder management, User research interviews</p>',
      ['Product discovery', 'Roadmapping', 'A/B testing', 'SQL', 'Amplitude', 'Jira', 'Confluence', 'Figma', 'Agile/Scrum', 'Stakeholder management', 'User research interviews'],
    ],
    ['<h2>Skills</h2><p>I love working with people and learning new things every day, in teams of all sizes and in many different industries around the world, as a designer.</p>', []],
  ])('a long one-line list of short items is a list, prose is not (%#)', (html, want) => {
    const [skills] = findSections(htmlLines(html)).sections;
    expect(parseSkills(skills!.lines)).toEqual(want);
  });

  it('label lines with a colon', () => {
    const [skills] = findSections(textLines('TECHNICAL SKILLS\nFrontend:\nReact, Svelte\nBackend:\nNode.js, Postgres\n')).sections;
    expect(parseSkills(skills!.lines)).toEqual(['React', 'Svelte', 'Node.js', 'Postgres']);
  });
});

describe('table grids in a skills section', () => {
  it('skips a header row of th cells and self-assessed levels', () => {
    const html = '<h2>Skills</h2><table><tr><th>Area</th><th>Tools</th></tr><tr><td>Data</td><td>Kafka, Spark</td></tr></table>' +
      '<h3>Digital skills</h3><table><tr><th>Information processing</th><th>Safety</th><th>Problem solving</th></tr><tr><td>Proficient user</td><td>Basic user</td><td>B2</td></tr></table>';
    const s = findSections(htmlLines(html)).sections.find((x) => x.kind === 'skills')!;
    const got = parseSkills(s.lines);
    expect(got).toEqual(expect.arrayContaining(['Kafka', 'Spark']));
    for (const bad of ['Area', 'Tools', 'Information processing', 'Safety', 'Problem solving', 'Proficient user', 'Basic user', 'B2']) expect(got).not.toContain(bad);
  });
});

describe('lines that are not skills in a skills section', () => {
  it.each<[string, string[]]>([
    // A footer under the list ends it.
    ['<h2>Stack</h2><p>Go · Rust · Redis</p><p>me@example.dev · GitHub · © 2031</p>', ['Go', 'Rust', 'Redis']],
    ['<h2>Skills</h2><p>Python, SQL</p><p>Copyright 2031 Jo Bloggs. All rights reserved.</p>', ['Python', 'SQL']],
    // A row of spoken languages with levels.
    ['<h2>Skills</h2><p>Python, SQL</p><p>Swahili (native), English (professional), French (B1)</p>', ['Python', 'SQL']],
    ['<h2>Skills</h2><p>Python, SQL, English writing</p>', ['Python', 'SQL', 'English writing']],
  ])('%s', (html, want) => {
    const s = findSections(htmlLines(html)).sections[0]!;
    expect(parseSkills(s.lines)).toEqual(want);
  });
});

describe('plain-text bullets wrapped over two lines', () => {
  it.each<[string, string[]]>([
    ['  * Infra: Kafka, Docker, Apache\n    Flink, Terraform\n  * Practice: code review\n', ['Kafka', 'Docker', 'Apache Flink', 'Terraform', 'code review']],
    ['  - Tools: Figma, Adobe\n    Illustrator\n', ['Figma', 'Adobe Illustrator']],
  ])('%j', (text, expected) => {
    expect(parseSkills(textLines(text))).toEqual(expected);
  });
});
