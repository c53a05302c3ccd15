/**
 * Merging layers: the richer experience list wins; a role without dates takes them from the same title and
 * company in another layer.
 */
import { describe, expect, it } from 'vitest';
import { mergeLayers, PRECEDENCE_GENERIC } from './merge';
import type { RawExperience } from './types';

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
