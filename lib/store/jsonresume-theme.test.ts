/**
 * A JSON Resume export renders with a stock JSON Resume theme
 * (jsonresume-theme-even): the document is usable by the ecosystem, not just
 * schema-valid.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'jsonresume-theme-even';
import { toJsonResume } from './export';
import { makeProfile, makeProfiles } from './fixtures/profiles';

describe('JSON Resume export with a stock theme', () => {
  it.each([
    ['a full profile', makeProfile({})],
    ['a profile with empty fields', makeProfile({ name: 'Ada Empty', headline: null, summary: null, location: null, roles: [], skills: [], links: [], url: '' })],
    ...makeProfiles(3, 5).map((p, i): [string, ReturnType<typeof makeProfile>] => [`generated ${i}`, p]),
  ])('renders %s', (_name, profile) => {
    const html = render(toJsonResume(profile) as Parameters<typeof render>[0]);
    expect(html).toMatch(/<html/i);
    if (profile.name) expect(html).toContain(profile.name.split(' ')[0]!);
    for (const role of profile.experience.slice(0, 3)) if (role.company) expect(html).toContain(role.company.replace(/&/g, '&amp;'));
  });
});
