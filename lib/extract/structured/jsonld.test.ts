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
