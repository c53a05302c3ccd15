/**
 * normalizeProfile: roles held now (JSON-LD), employers that are not skills, internships from the employment type.
 */
import { describe, expect, it } from 'vitest';
import type { RawProfile } from '../extract/types';
import { isEmployerMention, listedSkillLabel, normalizeProfile } from './profile';

const NOW = new Date('2026-11-01T00:00:00Z');
const norm = (raw: RawProfile) => normalizeProfile({ raw, provenance: {}, detection: null, pageUrl: 'https://example.com/cv', canonical: null, now: NOW });

describe('current roles', () => {
  it.each<[string, RawProfile['experience'], { start: string | null; end: string | null; current: boolean }]>([
    ['held now, no dates at all (JSON-LD worksFor)', [{ title: 'Senior Gameplay Engineer', company: 'Nordeus', current: true }], { start: null, end: null, current: true }],
    ['held now with a start hint', [{ title: 'Engineer', company: 'Acme', startHint: '2021-03', current: true }], { start: '2021-03', end: null, current: true }],
    ['an end hint wins over the flag', [{ title: 'Engineer', company: 'Acme', startHint: '2019-01', endHint: '2020-06', current: true }], { start: '2019-01', end: '2020-06', current: false }],
    ['a written range with an end wins over the flag', [{ title: 'Engineer', company: 'Acme', datesText: '2018 – 2020', current: true }], { start: '2018', end: '2020', current: false }],
    ['a written open range', [{ title: 'Engineer', company: 'Acme', datesText: 'Mar 2022 – Present' }], { start: '2022-03', end: null, current: true }],
    ['no flag, no dates: not current', [{ title: 'Engineer', company: 'Acme' }], { start: null, end: null, current: false }],
  ])('%s', (_name, experience, want) => {
    const [e] = norm({ name: 'X', experience }).experience;
    expect({ start: e!.start, end: e!.end, current: e!.current }).toEqual(want);
  });

  it('the current role names the current title and company', () => {
    const p = norm({ name: 'Ana', experience: [{ title: 'Senior Gameplay Engineer', company: 'Nordeus', current: true }] });
    expect(p.stats).toMatchObject({ currentTitle: 'Senior Gameplay Engineer', currentCompany: 'Nordeus' });
  });
});

describe('employers are not skills', () => {
  const skills = (raw: RawProfile) => norm({ name: 'X', ...raw }).skills.map((s) => s.name);
  it.each<[string, RawProfile, string[], string[]]>([
    [
      'a break after an employer (summary)',
      { summary: 'Currently taking a short break after Intercom and looking for my next applied ML role.', experience: [{ title: 'Machine Learning Engineer', company: 'Intercom' }] },
      [],
      ['Intercom'],
    ],
    ['"at <employer>" in the headline', { headline: 'Support Engineer at Intercom', experience: [{ title: 'Support Engineer', company: 'Intercom' }] }, [], ['Intercom']],
    ['"joined <employer>"', { summary: 'I joined HubSpot in 2022 to work on reporting with SQL.', experience: [{ title: 'PM', company: 'HubSpot' }] }, ['SQL'], ['HubSpot']],
    ['inside a longer employer name', { summary: 'Five years at Snowflake Computing building Python services.', experience: [{ title: 'Engineer', company: 'Snowflake Computing' }] }, ['Python'], ['Snowflake']],
    ['the tool named as a tool still counts', { summary: 'Ran support macros in Intercom and Zendesk.', experience: [{ title: 'Agent', company: 'Acme' }] }, ['Intercom', 'Zendesk'], []],
    ['an employer listed as a skill still counts', { skills: ['Intercom'], summary: 'After Intercom I moved on.', experience: [{ title: 'Engineer', company: 'Intercom' }] }, ['Intercom'], []],
    ['"@ <employer>" in a role description', { experience: [{ title: 'Software Engineer', company: 'Zoho', description: 'Intern @ Zoho, then full-time; Python tooling.' }] }, ['Python'], ['Zoho CRM']],
  ])('%s', (_name, raw, present, absent) => {
    const got = skills(raw);
    for (const p of present) expect(got).toContain(p);
    for (const a of absent) expect(got).not.toContain(a);
  });

  it('isEmployerMention looks only at whole employer names', () => {
    const text = 'Built dashboards for Intercom users at Acme';
    expect(isEmployerMention(text, text.indexOf('Intercom'), 8, ['acme'])).toBe(false);
    expect(isEmployerMention(text, text.indexOf('Intercom'), 8, ['intercom'])).toBe(true);
    expect(isEmployerMention('We migrated to Intercomify', 15, 8, ['intercom'])).toBe(false);
  });
});

describe('internships from the employment type', () => {
  it.each<[string, string | undefined, boolean]>([
    ['Software Engineer', 'Internship', true],
    ['Software Engineer', 'Praktikum', true],
    ['Analista de Datos', 'Prácticas', true],
    ['Développeur Python', 'Stage', true],
    ['Software Engineer', 'Full-time', false],
    ['Software Engineer', undefined, false],
    ['Software Engineering Intern', 'Full-time', true],
  ])('%s · %s → %s', (title, employmentType, want) => {
    const [e] = norm({ name: 'X', experience: [{ title, company: 'Acme', employmentType }] }).experience;
    expect(e!.internship).toBe(want);
  });
});

describe('structured dates get the written-date checks', () => {
  it.each<[string, { startHint?: string; endHint?: string }, { start: string | null; end: string | null; current: boolean }, boolean]>([
    ['a reversed range is swapped (its future end dropped), with warnings', { startHint: '2031-02', endHint: '1999-01' }, { start: '1999-01', end: null, current: true }, true],
    ['a reversed past range is swapped, with a warning', { startHint: '2021-06', endHint: '2019-01' }, { start: '2019-01', end: '2021-06', current: false }, true],
    ['a future start is kept with a warning', { startHint: '2030-05' }, { start: '2030-05', end: null, current: true }, true],
    ['a plain range', { startHint: '2019-03-15', endHint: '2021-07-01' }, { start: '2019-03', end: '2021-07', current: false }, false],
    ['a start only: held now', { startHint: '2021' }, { start: '2021', end: null, current: true }, false],
    ['an unreadable end: not current, no end', { startHint: '2019-01', endHint: 'sometime' }, { start: '2019-01', end: null, current: false }, false],
  ])('%s', (_name, hints, want, warned) => {
    const p = norm({ name: 'X', experience: [{ title: 'Engineer', company: 'Acme', ...hints }] });
    const e = p.experience[0]!;
    expect({ start: e.start, end: e.end, current: e.current }).toEqual(want);
    expect(p.warnings.some((w) => w.field.startsWith('experience.0.'))).toBe(warned);
  });
});

describe('invisible characters never reach a field', () => {
  it('drops bidi controls and zero-width characters from names, roles and listed skills', () => {
    const p = norm({ name: '\u202Eecila\u202C Tr\u200Bust', headline: 'Security \u2067engineer\u2069', skills: ['Fo\u200Bo'], experience: [{ title: 'Eng\u200Bineer', company: '\u202Etcem\u202C Labs' }] });
    expect([p.name, p.headline, p.experience[0]!.title, p.experience[0]!.company]).toEqual(['ecila Trust', 'Security engineer', 'Engineer', 'tcem Labs']);
    expect(p.skills.map((s) => s.name)).toContain('Foo');
  });
});

describe('copyright lines are never skills', () => {
  it.each<[string[], string[]]>([
    [['Go', '© 2031 Example Jobs'], ['Go']],
    [['Copyright 2031 Acme', 'SQL'], ['SQL']],
    [['All rights reserved.', 'Rust'], ['Rust']],
  ])('%j', (skills, want) => {
    expect(norm({ skills }).skills.map((s) => s.name)).toEqual(want);
  });
});

describe('chip counts are not skills', () => {
  it.each<[string, string | null]>([
    ['27', null],
    ['(9)', null],
    ['+4', null],
    ['1,204', null],
    ['6 endorsements', null],
    ['1 endorsement', null],
    ['endorsed by 31', null],
    ['42 votes', null],
    ['Rust, 8 endorsements', 'Rust'],
    ['Kotlin (3 endorsements)', 'Kotlin'],
    ['Vue · 5 likes', 'Vue'],
    ['Office 365', 'Office 365'],
    ['C++', 'C++'],
    ['Web3', 'Web3'],
  ])('%s', (label, want) => expect(listedSkillLabel(label)).toBe(want));

  it('a chip list with counts between the skills keeps only the skills', () => {
    const p = norm({ name: 'X', skills: ['Rust', '19', 'Kotlin', '7 endorsements', 'Elixir · 2'] });
    expect(p.skills.map((s) => s.name).sort()).toEqual(['Elixir', 'Kotlin', 'Rust']);
  });
});
