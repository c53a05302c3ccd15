/**
 * Merging layers: the richer experience list wins; a role without dates takes them from the same title and
 * company in another layer.
 */
import { describe, expect, it } from 'vitest';
import { listInfo, mergeLayers, PRECEDENCE_GENERIC, PRECEDENCE_SITE } from './merge';
import type { ExtractionMethod } from '../schema/profile';
import type { RawEducation, RawExperience, RawProfile } from './types';

const exp = (title: string, company: string, more: Partial<RawExperience> = {}): RawExperience => ({ title, company, ...more });

describe('mergeLayers: experience', () => {
  it('keeps the richer list and takes dates from JSON-LD for the same title and company', () => {
    const { raw, provenance } = mergeLayers(
      [
        { method: 'json-ld', raw: { experience: [exp('Senior Gameplay Engineer', 'Nordeus', { startHint: '2021-03', current: true })] } },
        { method: 'generic', raw: { experience: [exp('Senior Gameplay Engineer', 'Nordeus'), exp('Gameplay Engineer', 'Indie Studio', { datesText: '2016 – 2021' })] } },
      ],
      PRECEDENCE_GENERIC,
    );
    expect(provenance.experience).toBe('generic');
    expect(raw.experience).toEqual([
      exp('Senior Gameplay Engineer', 'Nordeus', { startHint: '2021-03', current: true }),
      exp('Gameplay Engineer', 'Indie Studio', { datesText: '2016 – 2021' }),
    ]);
  });

  it.each<[string, RawExperience, RawExperience, Partial<RawExperience> | null]>([
    ['visible dates fill a JSON-LD role', exp('Engineer', 'Acme'), exp('Engineer', 'ACME', { datesText: 'Jan 2020 – Present', statedDuration: '5 yrs' }), { datesText: 'Jan 2020 – Present', statedDuration: '5 yrs' }],
    ['titles compared without case and punctuation', exp('Sr. Engineer', 'Acme'), exp('sr engineer', 'Acme', { datesText: '2019 – 2021' }), { datesText: '2019 – 2021' }],
    ['a different company gives nothing', exp('Engineer', 'Acme'), exp('Engineer', 'Globex', { datesText: '2019 – 2021' }), null],
    ['a role with its own dates keeps them', exp('Engineer', 'Acme', { datesText: '2018 – 2019' }), exp('Engineer', 'Acme', { datesText: '2019 – 2021' }), { datesText: '2018 – 2019' }],
  ])('%s', (_name, chosen, other, want) => {
    // json-ld first; the generic list is longer, so it is kept, and its first role takes dates from json-ld.
    const { raw } = mergeLayers(
      [
        { method: 'json-ld', raw: { experience: [other] } },
        { method: 'generic', raw: { experience: [chosen, exp('Intern', 'Other Co')] } },
      ],
      PRECEDENCE_GENERIC,
    );
    const first = raw.experience![0]!;
    if (want) expect(first).toMatchObject(want);
    else expect(first.datesText).toBeUndefined();
  });
});

describe('mergeLayers: entry lists by information (entries × filled fields), ties by precedence', () => {
  const edu = (institution: string, more: Partial<RawEducation> = {}): RawEducation => ({ institution, ...more });
  it.each<[string, Array<{ method: ExtractionMethod; raw: RawProfile }>, ExtractionMethod]>([
    [
      'name-only alumniOf loses to visible schools with degrees and years',
      [
        { method: 'json-ld', raw: { education: [edu('University of Nairobi'), edu('Strathmore University')] } },
        { method: 'generic', raw: { education: [edu('University of Nairobi', { degree: 'BSc Statistics', datesText: '2012 – 2016' }), edu('Strathmore University', { degree: 'MSc Data Science', datesText: '2017 – 2019' })] } },
      ],
      'generic',
    ],
    [
      'a longer alumniOf list still loses to fewer, fuller entries',
      [
        { method: 'json-ld', raw: { education: [edu('A'), edu('B'), edu('C')] } },
        { method: 'generic', raw: { education: [edu('A', { degree: 'BA', datesText: '2010 – 2014' }), edu('B', { degree: 'MA', datesText: '2014 – 2016' })] } },
      ],
      'generic',
    ],
    [
      'equal information: precedence keeps JSON-LD',
      [
        { method: 'json-ld', raw: { education: [edu('MIT', { degree: 'BSc', datesText: '2010 – 2014' })] } },
        { method: 'generic', raw: { education: [edu('MIT', { degree: 'BSc Physics', datesText: '2010–2014' })] } },
      ],
      'json-ld',
    ],
    [
      'a site adapter with full entries beats a generic list of the same size',
      [
        { method: 'site-adapter', raw: { experience: [exp('Engineer', 'Acme', { datesText: '2019 – 2021' })] } },
        { method: 'generic', raw: { experience: [exp('Engineer', 'Acme', { datesText: '2019 – 2021' })] } },
      ],
      'site-adapter',
    ],
    [
      'a JSON-LD current employer loses to a dated visible history',
      [
        { method: 'json-ld', raw: { experience: [exp('CTO', 'Acme')] } },
        { method: 'generic', raw: { experience: [exp('CTO', 'Acme', { datesText: '2020 – Present' }), exp('Engineer', 'Globex', { datesText: '2016 – 2020' })] } },
      ],
      'generic',
    ],
  ])('%s', (_name, layers, winner) => {
    const key = layers.some((l) => l.raw.education) ? 'education' : 'experience';
    const { provenance } = mergeLayers(layers, PRECEDENCE_SITE);
    expect(provenance[key]).toBe(winner);
  });

  it.each<[string, RawProfile, number]>([
    ['education: name only', { education: [edu('MIT')] }, 1],
    ['education: degree and dates', { education: [edu('MIT', { degree: 'BSc', datesText: '2010 – 2014' })] }, 3],
    ['experience: title, company, dates', { experience: [exp('Engineer', 'Acme', { datesText: '2019 – 2021' })] }, 3],
    ['experience: company only, current', { experience: [exp('', 'Acme', { current: true })] }, 2],
  ])('listInfo %s', (_name, raw, n) => {
    expect(listInfo(raw.education ? 'education' : 'experience', raw)).toBe(n);
  });
});
