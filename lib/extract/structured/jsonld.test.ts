/**
 * JSON-LD Person: current employment (worksFor, an Occupation without endDate).
 */
import { describe, expect, it } from 'vitest';
import { personFromJsonLd } from './jsonld';

const person = (extra: Record<string, unknown>) => [JSON.stringify({ '@context': 'https://schema.org', '@type': 'Person', name: 'Ana Petrović', jobTitle: 'Senior Gameplay Engineer', ...extra })];

describe('personFromJsonLd: roles held now', () => {
  it.each<[string, Record<string, unknown>, Array<{ title: string; company: string; current?: boolean; endHint?: string | null }>]>([
    ['worksFor an Organization', { worksFor: { '@type': 'Organization', name: 'Nordeus' } }, [{ title: 'Senior Gameplay Engineer', company: 'Nordeus', current: true }]],
    ['worksFor as a plain name', { worksFor: 'Nordeus' }, [{ title: 'Senior Gameplay Engineer', company: 'Nordeus', current: true }]],
    [
      'worksFor a list',
      { worksFor: [{ '@type': 'Organization', name: 'Nordeus' }, { '@type': 'Organization', name: 'Indie Studio' }] },
      [
        { title: 'Senior Gameplay Engineer', company: 'Nordeus', current: true },
        { title: 'Senior Gameplay Engineer', company: 'Indie Studio', current: true },
      ],
    ],
    [
      'an EmployeeRole with dates and no end',
      { worksFor: { '@type': 'EmployeeRole', roleName: 'Lead Engineer', startDate: '2021-03', worksFor: { '@type': 'Organization', name: 'Nordeus' } } },
      [{ title: 'Lead Engineer', company: 'Nordeus', current: true }],
    ],
    [
      'an EmployeeRole that ended is not current',
      { worksFor: { '@type': 'EmployeeRole', roleName: 'Engineer', startDate: '2017-01', endDate: '2020-12', worksFor: { '@type': 'Organization', name: 'Old Co' } } },
      [{ title: 'Engineer', company: 'Old Co', endHint: '2020-12' }],
    ],
    [
      'an Occupation without endDate',
      { hasOccupation: { '@type': 'Occupation', name: 'Game Developer', hiringOrganization: { '@type': 'Organization', name: 'Nordeus' } } },
      [{ title: 'Game Developer', company: 'Nordeus', current: true }],
    ],
    [
      'an Occupation with endDate',
      { hasOccupation: { '@type': 'Occupation', name: 'QA Tester', endDate: '2015-06', hiringOrganization: { '@type': 'Organization', name: 'Old Co' } } },
      [{ title: 'QA Tester', company: 'Old Co', endHint: '2015-06' }],
    ],
  ])('%s', (_name, extra, expected) => {
    const raw = personFromJsonLd(person(extra));
    expect(raw?.experience).toHaveLength(expected.length);
    expected.forEach((e, k) => {
      const got = raw!.experience![k]!;
      expect(got).toMatchObject({ title: e.title, company: e.company });
      expect(got.current ?? false).toBe(e.current ?? false);
      if (e.endHint) expect(got.endHint).toBe(e.endHint);
    });
  });
});

describe('jsonLdNodes budgets each block', () => {
  const ok = JSON.stringify({ '@type': 'Person', name: 'Wanda Wide' });
  it.each<[string, string]>([
    ['a 400,000-item array beside the Person', JSON.stringify(Array.from({ length: 400_000 }, (_, i) => i))],
    ['a 20,000-node @graph beside the Person', JSON.stringify({ '@graph': Array.from({ length: 20_000 }, (_, i) => ({ '@type': 'Thing', name: `t${i}` })) })],
  ])('%s', (_name, noisy) => {
    expect(personFromJsonLd([ok, noisy])?.name).toBe('Wanda Wide');
    expect(personFromJsonLd([noisy, ok])?.name).toBe('Wanda Wide');
  });
});

describe('personFromJsonLd: a @graph whose nodes are linked by @id', () => {
  const graph = (nodes: unknown[]) => [JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes })];
  it.each<[string, unknown[], Array<{ title: string; company: string; current?: boolean }>]>([
    [
      'roles whose worksFor is a reference to an Organization node',
      [
        { '@type': 'Organization', '@id': '#acme', name: 'Acme Robotics' },
        { '@type': 'Person', '@id': '#me', name: 'Jonas Berg', hasOccupation: [{ '@type': 'EmployeeRole', roleName: 'Firmware Engineer', startDate: '2020-01', worksFor: { '@id': '#acme' } }] },
      ],
      [{ title: 'Firmware Engineer', company: 'Acme Robotics', current: true }],
    ],
    [
      'a person-level worksFor that the roles already name is not repeated',
      [
        { '@type': 'Person', name: 'Jonas Berg', jobTitle: 'Staff Engineer', worksFor: { '@id': 'https://x.example/#org1' }, hasOccupation: [
          { '@type': 'EmployeeRole', roleName: 'Staff Engineer', startDate: '2022-04', worksFor: { '@id': 'https://x.example/#org1' } },
          { '@type': 'EmployeeRole', roleName: 'Engineer', startDate: '2019-01', endDate: '2022-03', worksFor: { '@id': 'https://x.example/#org2' } },
        ] },
        { '@type': 'Organization', '@id': 'https://x.example/#org1', name: 'Polar Labs' },
        { '@type': 'Organization', '@id': 'https://x.example/#org2', name: 'Fjord Data' },
      ],
      [
        { title: 'Staff Engineer', company: 'Polar Labs', current: true },
        { title: 'Engineer', company: 'Fjord Data' },
      ],
    ],
    [
      'the role itself is a node referenced from hasOccupation',
      [
        { '@type': 'Person', name: 'Jonas Berg', hasOccupation: { '@id': '#role1' } },
        { '@type': 'Occupation', '@id': '#role1', name: 'Data Analyst', endDate: '2018', hiringOrganization: { '@id': '#bank' } },
        { '@type': 'Organization', '@id': '#bank', name: 'Nordic Savings Bank' },
      ],
      [{ title: 'Data Analyst', company: 'Nordic Savings Bank' }],
    ],
    [
      'an organisation defined inline once and referenced later',
      [
        { '@type': 'Person', name: 'Jonas Berg', hasOccupation: [
          { '@type': 'EmployeeRole', roleName: 'Team Lead', startDate: '2021', worksFor: { '@type': 'Organization', '@id': '#g', name: 'Gridline' } },
          { '@type': 'EmployeeRole', roleName: 'Developer', startDate: '2018', endDate: '2020', worksFor: { '@id': '#g' } },
        ] },
      ],
      [
        { title: 'Team Lead', company: 'Gridline', current: true },
        { title: 'Developer', company: 'Gridline' },
      ],
    ],
  ])('%s', (_name, nodes, expected) => {
    const raw = personFromJsonLd(graph(nodes));
    expect(raw?.experience?.map((e) => ({ title: e.title, company: e.company, current: e.current ?? false }))).toEqual(
      expected.map((e) => ({ ...e, current: e.current ?? false })),
    );
  });

  it.each<[string, unknown[], { institution: string; degree: string | null }[]]>([
    [
      'alumniOf roles pointing at a school node',
      [
        { '@type': 'CollegeOrUniversity', '@id': '#uni', name: 'University of Tartu' },
        { '@type': 'Person', name: 'Kertu Tamm', alumniOf: { '@type': 'OrganizationRole', roleName: 'MSc Computer Science', alumniOf: { '@id': '#uni' } } },
      ],
      [{ institution: 'University of Tartu', degree: 'MSc Computer Science' }],
    ],
    [
      'alumniOf as a bare reference',
      [
        { '@type': 'Person', name: 'Kertu Tamm', alumniOf: [{ '@id': '#school' }] },
        { '@type': 'EducationalOrganization', '@id': '#school', name: 'Tallinn School of Design' },
      ],
      [{ institution: 'Tallinn School of Design', degree: null }],
    ],
  ])('%s', (_name, nodes, expected) => {
    expect(personFromJsonLd(graph(nodes))?.education?.map((e) => ({ institution: e.institution, degree: e.degree ?? null }))).toEqual(expected);
  });

  it('prefers the ProfilePage main entity over another Person (an author)', () => {
    const raw = personFromJsonLd(graph([
      { '@type': 'Person', '@id': '#author', name: 'Site Admin' },
      { '@type': 'ProfilePage', mainEntity: { '@id': '#p' }, author: { '@id': '#author' } },
      { '@type': 'Person', '@id': '#p', name: 'Kertu Tamm', homeLocation: { '@id': '#tartu' } },
      { '@type': 'Place', '@id': '#tartu', name: 'Tartu, Estonia' },
    ]));
    expect(raw?.name).toBe('Kertu Tamm');
    expect(raw?.location).toBe('Tartu, Estonia');
  });
});
