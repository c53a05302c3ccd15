/**
 * diffProfiles: a table of real re-save situations and the sentences the
 * panel shows for them.
 */
import { describe, expect, it } from 'vitest';
import { diffProfiles, summarizeChanges } from './diff';
import { makeProfile, type ProfileSpec } from './fixtures/profiles';

const base: ProfileSpec = {
  id: 'himalayas:ada',
  name: 'Ada Lovelace',
  headline: 'Engineer at Acme',
  location: { text: 'London, United Kingdom', countryCode: 'GB' },
  roles: [
    { title: 'Engineer', company: 'Acme', start: '2020-01', current: true },
    { title: 'Intern', company: 'Globex', start: '2019-06', end: '2019-09' },
  ],
  education: [{ institution: 'University of London', degree: 'BSc', field: 'Mathematics' }],
  skills: ['Rust', 'Go'],
};
const p = (over: Partial<ProfileSpec> = {}) => makeProfile({ ...base, ...over });

describe('diffProfiles', () => {
  it.each<[string, Partial<ProfileSpec>, string[]]>([
    ['nothing', {}, []],
    ['only extraction time', { extractedAt: '2030-01-01T00:00:00.000Z' }, []],
    ['case and spacing of the headline', { headline: 'engineer  at ACME' }, []],
    ['name', { name: 'Augusta Ada King' }, ['name changed: “Ada Lovelace” → “Augusta Ada King”']],
    ['headline', { headline: 'Staff Engineer at Acme' }, ['headline changed']],
    ['headline removed', { headline: null }, ['headline changed']],
    ['location', { location: { text: 'Paris, France', countryCode: 'FR' } }, ['location changed: London, United Kingdom → Paris, France']],
    ['location removed', { location: null }, ['location changed: London, United Kingdom → none']],
    ['summary', { summary: 'Now writing poetry.' }, ['summary changed']],
    [
      'new current role, old one ended',
      {
        roles: [
          { title: 'Staff Engineer', company: 'Initech', start: '2025-02', current: true },
          { title: 'Engineer', company: 'Acme', start: '2020-01', end: '2025-01' },
          { title: 'Intern', company: 'Globex', start: '2019-06', end: '2019-09' },
        ],
      },
      ['new role: Staff Engineer at Initech', 'role ended: Engineer at Acme (2025-01)'],
    ],
    ['role removed', { roles: [{ title: 'Engineer', company: 'Acme', start: '2020-01', current: true }] }, ['role removed: Intern at Globex']],
    [
      'same title and company twice (rehired)',
      {
        roles: [
          { title: 'Engineer', company: 'Acme', start: '2024-01', current: true },
          { title: 'Engineer', company: 'Acme', start: '2020-01', end: '2022-01' },
          { title: 'Intern', company: 'Globex', start: '2019-06', end: '2019-09' },
        ],
      },
      ['new role: Engineer at Acme'],
    ],
    ['role without company', { roles: [...(base.roles ?? []), { title: 'Freelancer', company: '' }] }, ['new role: Freelancer']],
    ['education added', { education: [...(base.education ?? []), { institution: 'MIT', degree: 'MSc', field: 'Computer Science' }] }, ['new education: MSc, Computer Science, MIT']],
    ['education removed', { education: [] }, ['education removed: BSc, Mathematics, University of London']],
    ['skills added (case-insensitive)', { skills: ['rust', 'Go', 'Zig'] }, ['new skill: Zig']],
    ['skills removed', { skills: ['Rust'] }, ['skill removed: Go']],
    ['many skills added', { skills: ['Rust', 'Go', ...'ABCDEFGHIJ'.split('').map((c) => `Skill ${c}`)] }, ['new skills: Skill A, Skill B, Skill C, Skill D, Skill E, Skill F, Skill G, Skill H and 2 more']],
  ])('%s', (_, over, expected) => {
    expect(diffProfiles(p(), p(over)).map((c) => c.text)).toEqual(expected);
  });

  it('keeps before/after values for single-valued fields', () => {
    const [c] = diffProfiles(p(), p({ headline: 'Staff Engineer' }));
    expect(c).toEqual({ kind: 'headline-changed', text: 'headline changed', before: 'Engineer at Acme', after: 'Staff Engineer' });
  });

  it('summarizes for the panel', () => {
    const changes = diffProfiles(p(), p({ headline: 'Staff', roles: [{ title: 'CTO', company: 'X', current: true }, ...(base.roles ?? [])] }));
    expect(summarizeChanges(changes)).toBe('headline changed; new role: CTO at X');
    expect(summarizeChanges([])).toBe('');
  });
});
