import { describe, expect, it } from 'vitest';
import type { DegreeLevel } from '../schema/profile';
import { degreeLevel, parseDegree } from './education';

describe('degreeLevel', () => {
  const rows: Array<[string, DegreeLevel | null]> = [
    ["Master's Degree", 'master'],
    ['Master’s Degree in Computer Science, Computer Science', 'master'],
    ['Masters', 'master'],
    ['MSc', 'master'],
    ['M.Sc.', 'master'],
    ['M.S.', 'master'],
    ['MS', 'master'],
    ['MS, Computer Science', 'master'],
    ['MEng', 'master'],
    ['M.Eng', 'master'],
    ['MA', 'master'],
    ['MA (Hons) History', 'bachelor'],
    ['M.A. Hons Philosophy', 'bachelor'],
    ['MA History', 'master'],
    ['MBA', 'master'],
    ['M.B.A.', 'master'],
    ['MPhil', 'master'],
    ['Master of Science (MSc), Data Science', 'master'],
    ["Bachelor's", 'bachelor'],
    ['Bachelor of Computer Science, Honours Co-op', 'bachelor'],
    ['BA', 'bachelor'],
    ['BA (Mod)', 'bachelor'],
    ['B.A.', 'bachelor'],
    ['BSc', 'bachelor'],
    ['B.Sc.', 'bachelor'],
    ['BS', 'bachelor'],
    ['B.S.', 'bachelor'],
    ['BEng', 'bachelor'],
    ['B.Tech', 'bachelor'],
    ['BTech', 'bachelor'],
    ['BBA', 'bachelor'],
    ['Honours', 'bachelor'],
    ['Bachelor of Science - BS, Computer Science', 'bachelor'],
    ['PhD', 'doctorate'],
    ['Ph.D.', 'doctorate'],
    ['Doctorate', 'doctorate'],
    ['Doctor of Philosophy', 'doctorate'],
    ['DPhil', 'doctorate'],
    ['EdD', 'doctorate'],
    ['MD', 'doctorate'],
    ['Associate', 'associate'],
    ["Associate's degree", 'associate'],
    ['Associate of Applied Science', 'associate'],
    ['AA', 'associate'],
    ['AS in Nursing', 'associate'],
    ['A.S.', 'associate'],
    ['AAS', 'associate'],
    ['Certificate', 'certificate'],
    ['Professional Certificate', 'certificate'],
    ['AWS Certification', 'certificate'],
    ['Bootcamp', 'certificate'],
    ['Full-Stack Web Development Bootcamp', 'certificate'],
    ['Diploma', 'certificate'],
    ['Certified Scrum Master', 'certificate'],
    ['High school', 'secondary'],
    ['High School Diploma', 'secondary'],
    ['High School Diploma with Honors', 'secondary'],
    ['Secondary', 'secondary'],
    ['GED', 'secondary'],
    ['A-levels', 'secondary'],
    ['Abitur', 'secondary'],
    ['Baccalauréat', 'secondary'],
    ['International Baccalaureate', 'secondary'],
    ['Bachillerato', 'secondary'],
    ['Laurea Magistrale in Ingegneria Informatica', 'master'],
    ['Laurea Triennale in Informatica', 'bachelor'],
    ['Licenciatura en Informática', 'bachelor'],
    ['Máster en Ciencia de Datos', 'master'],
    ['Diplom-Informatiker', 'master'],
    ['Diplom', 'master'],
    ['Licence Informatique', 'bachelor'],
    ['Mestrado em Engenharia', 'master'],
    ['Bacharelado em Ciência da Computação', 'bachelor'],
    ['Doutorado em Física', 'doctorate'],
    ['Dottorato di ricerca', 'doctorate'],
    ['Doctorado en Biología', 'doctorate'],
    ['Promotion (Dr. rer. nat.)', 'doctorate'],
    ["Master's degree, Secondary Education", 'master'],
    // negatives and traps
    ['Computer Science', null],
    ['worked as an engineer', null],
    ['as', null],
    ['ms word', null],
    ['Mass Communication', null],
    ['Basic', null],
    ['Postdoctoral Researcher', null],
    ['', null],
    // School-leaving qualifications.
    ['National Senior Certificate', 'secondary'],
    ['Matric', 'secondary'],
    ['Matric Certificate', 'secondary'],
    ['High School Diploma', 'secondary'],
    ['Baccalauréat scientifique', 'secondary'],
    ['Certificate in Matrices', 'certificate'],
  ];
  it.each(rows)('%j → %j', (text, expected) => {
    expect(degreeLevel(text)).toBe(expected);
  });
});

describe('parseDegree', () => {
  const rows: Array<[string, DegreeLevel | null, string | null]> = [
    ['Master’s Degree in Computer Science, Computer Science', 'master', 'Computer Science'],
    ['Bachelor of Computer Science, Honours Co-op', 'bachelor', 'Computer Science'],
    ['BSc Computer Science', 'bachelor', 'Computer Science'],
    ['B.Tech in Electronics & Communication', 'bachelor', 'Electronics & Communication'],
    ['MBA', 'master', null],
    ['Bachelor’s Degree in Computer Engineering, Computer Engineering', 'bachelor', 'Computer Engineering'],
    ['Ph.D. in Physics (thesis: Quantum transport in graphene)', 'doctorate', 'Physics'],
    ['Master of Science (MSc), Data Science', 'master', 'Data Science'],
    ['Bachelor of Science - BS, Computer Science', 'bachelor', 'Computer Science'],
    ["Bachelor's degree, Computer Science", 'bachelor', 'Computer Science'],
    ['Bachelor of Science in Mechanical Engineering', 'bachelor', 'Mechanical Engineering'],
    ['Bachelor of Arts in Economics with Honors', 'bachelor', 'Economics'],
    ['BA (Hons) Economics', 'bachelor', 'Economics'],
    ['BA (Mod) Computer Science', 'bachelor', 'Computer Science'],
    ['B.Sc. Mathematics, GPA 3.9/4.0', 'bachelor', 'Mathematics'],
    ['M.Sc. Informatik', 'master', 'Informatik'],
    ['MS in Computer Science, GPA: 3.8', 'master', 'Computer Science'],
    ['Master of Engineering', 'master', null],
    ['Master of Science', 'master', null],
    ['Bachelor of Engineering, Mechanical', 'bachelor', 'Mechanical'],
    ['BEng Electrical Engineering, First Class Honours', 'bachelor', 'Electrical Engineering'],
    ['Bachelor of Commerce, magna cum laude', 'bachelor', 'Commerce'],
    ['Bachelor of Arts, Psychology, summa cum laude', 'bachelor', 'Psychology'],
    ['Laurea Magistrale in Ingegneria Informatica', 'master', 'Ingegneria Informatica'],
    ['Licenciatura en Informática', 'bachelor', 'Informática'],
    ['Bacharelado em Ciência da Computação', 'bachelor', 'Ciência da Computação'],
    ['PhD, Machine Learning', 'doctorate', 'Machine Learning'],
    ['Doctor of Philosophy (PhD), Neuroscience', 'doctorate', 'Neuroscience'],
    ['Certificate in Data Analytics', 'certificate', 'Data Analytics'],
    ['AS in Nursing', 'associate', 'Nursing'],
    ['High School Diploma', 'secondary', null],
    ['Computer Science', null, null],
    ['', null, null],
    ['Master of Business Administration (MBA)', 'master', 'Business Administration'],
    ['Master of Public Administration', 'master', 'Public Administration'],
    ['Bachelor of Laws (LLB)', 'bachelor', 'Laws'],
    ['MBA', 'master', null],
    ['MBA, Finance', 'master', 'Finance'],
    // after "in", a degree-type name is the field; after "of" it names the degree
    ['Bachelor’s Degree in Fine Arts, Fine Arts', 'bachelor', 'Fine Arts'],
    ['BFA in Fine Arts', 'bachelor', 'Fine Arts'],
    ['Master of Arts in Liberal Arts', 'master', 'Liberal Arts'],
    ["Bachelor's degree in Business Administration", 'bachelor', 'Business Administration'],
    ['Licenciatura en Bellas Artes', 'bachelor', 'Bellas Artes'],
    ['Bachelor of Fine Arts', 'bachelor', null],
    ['Bachelor of Arts', 'bachelor', null],
    ['Master’s degree in Arts', 'master', null],
    // certificates name their field first
    ['Product Management Certificate', 'certificate', 'Product Management'],
    ['Google Data Analytics Professional Certificate', 'certificate', 'Google Data Analytics'],
    ['Full-Stack Web Development Bootcamp', 'certificate', 'Full-Stack Web Development'],
    ['UX Design Certification', 'certificate', 'UX Design'],
    ['Cloud Computing Nanodegree', 'certificate', 'Cloud Computing'],
    ['Professional Certificate', 'certificate', null],
    ['Graduate Diploma', 'certificate', null],
    ['Certified Scrum Master', 'certificate', null],
    // Spanish / Portuguese / Italian degrees
    ['Magíster en Ciencia de Datos', 'master', 'Ciencia de Datos'],
    ['Licenciatura en Estadística', 'bachelor', 'Estadística'],
    ['Mestrado em Engenharia Informática', 'master', 'Engenharia Informática'],
    // French masters and licences name the field next; grades are never the field.
    ['Master Informatique, parcours Jeux vidéo', 'master', 'Informatique'],
    ['Licence Informatique', 'bachelor', 'Informatique'],
    ['Licence Mathématiques, mention Bien', 'bachelor', 'Mathématiques'],
    ['Baccalauréat scientifique, mention Bien', 'secondary', null],
    ['BSc Physics, GPA 3.8', 'bachelor', 'Physics'],
    ['Bachelor of Arts, cum laude', 'bachelor', null],
    // A word or two before "Bachelor of" rate the degree; the field still follows "of".
    ['HBO Bachelor of Logistics (Supply Chain)', 'bachelor', 'Logistics'],
    ['Honours Bachelor of Nursing', 'bachelor', 'Nursing'],
    ['Executive Master of Public Health', 'master', 'Public Health'],
    ['Professional Bachelor of Arts', 'bachelor', null],
  ];
  it.each(rows)('%j → %j / %j', (text, level, field) => {
    const r = parseDegree(text);
    expect(r.level).toBe(level);
    expect(r.field).toBe(field);
    expect(r.degree).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('robustness', () => {
  const weird = ['', '\u0000', '💥'.repeat(500), 'İ ß ﬁ', 'MS'.repeat(100_000), '('.repeat(50_000) + 'PhD', 'a '.repeat(600_000)];
  it.each(weird.map((w) => [w.slice(0, 12), w]))('never throws on %j', (_l, s) => {
    const t0 = performance.now();
    expect(() => degreeLevel(s)).not.toThrow();
    expect(() => parseDegree(s)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
