/**
 * Employment types on company lines: taken off, never a company.
 */
import { describe, expect, it } from 'vitest';
import { employmentKind, isEmploymentType, stripEmploymentTypes } from './employment';

describe('stripEmploymentTypes', () => {
  // [line, text, types, mode]
  it.each<[string, string, string[], string | null]>([
    ['Allegro · Full-time', 'Allegro', ['Full-time'], null],
    ['Falabella · Jornada completa', 'Falabella', ['Jornada completa'], null],
    ['Siemens AG · Vollzeit', 'Siemens AG', ['Vollzeit'], null],
    ['Acme · Part-time · Remote', 'Acme', ['Part-time'], 'Remote'],
    ['Criteo · CDI', 'Criteo', ['CDI'], null],
    ['Nubank · Tempo integral', 'Nubank', ['Tempo integral'], null],
    ['Satispay · Tempo pieno', 'Satispay', ['Tempo pieno'], null],
    ['Check24 · Teilzeit', 'Check24', ['Teilzeit'], null],
    ['Capgemini · Stage', 'Capgemini', ['Stage'], null],
    ['Google | Internship', 'Google', ['Internship'], null],
    ['Acme (Full-time)', 'Acme', ['Full-time'], null],
    ['Acme (Contract, Remote)', 'Acme', ['Contract'], 'Remote'],
    ['Stripe · Contract', 'Stripe', ['Contract'], null],
    ['Acme · Freelance', 'Acme', ['Freelance'], null],
    ['Globant · Temporal · Híbrido', 'Globant', ['Temporal'], 'Híbrido'],
    ['Full-time', '', ['Full-time'], null],
    ['Part-time · Contract', '', ['Part-time', 'Contract'], null],
    ['Freelance', 'Freelance', [], null],
    ['Self-employed · Full-time', 'Self-employed', ['Full-time'], null],
    ['Acme, Inc.', 'Acme, Inc.', [], null],
    ['Contractor Solutions Ltd', 'Contractor Solutions Ltd', [], null],
    ['Permanent TSB', 'Permanent TSB', [], null],
  ])('%s', (line, text, types, mode) => {
    expect(stripEmploymentTypes(line)).toEqual({ text, types, mode });
  });

  it('keeps self-employment and work modes when asked (role lines)', () => {
    expect(stripEmploymentTypes('Freelance — Web Developer', { self: false }).text).toBe('Freelance — Web Developer');
    expect(stripEmploymentTypes('Engineer | Acme | Remote', { modes: false }).text).toBe('Engineer | Acme | Remote');
    expect(stripEmploymentTypes('Engineer | Acme · Full-time | Berlin', { self: false, modes: false }).text).toBe('Engineer | Acme | Berlin');
  });

  it('leaves a bracketed type on a title line when brackets are kept', () => {
    expect(stripEmploymentTypes('Junior Analyst (Internship)', { brackets: false }).text).toBe('Junior Analyst (Internship)');
    expect(stripEmploymentTypes('Web Developer (Freelance)').text).toBe('Web Developer (Freelance)');
  });
});

describe('employmentKind / isEmploymentType', () => {
  it.each<[string, ReturnType<typeof employmentKind>]>([
    ['Full-time', 'schedule'],
    ['full time', 'schedule'],
    ['Fulltime', 'schedule'],
    ['Jornada completa', 'schedule'],
    ['Vollzeit', 'schedule'],
    ['Temps plein', 'schedule'],
    ['Tempo integral', 'schedule'],
    ['Apprenticeship', 'schedule'],
    ['Temporary', 'schedule'],
    ['Permanent', 'schedule'],
    ['Self-employed', 'self'],
    ['Autónomo', 'self'],
    ['Freiberuflich', 'self'],
    ['Remote', 'mode'],
    ['Acme', null],
    ['Senior Engineer', null],
  ])('%s → %s', (text, kind) => {
    expect(employmentKind(text)).toBe(kind);
  });

  it.each<[string, boolean]>([
    ['Full-time · Freelance', true],
    ['Part-time', true],
    ['Acme · Full-time', false],
    ['Remote', false],
  ])('isEmploymentType(%s) → %s', (text, want) => {
    expect(isEmploymentType(text)).toBe(want);
  });
});
