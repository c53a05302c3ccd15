/**
 * Exports: the envelope (checked by ExportEnvelopeSchema), JSON Resume
 * documents checked by the official schema's validator (@jsonresume/schema),
 * and CSV (RFC 4180 quoting, formula injection neutralised).
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportEnvelopeSchema, type Profile } from '../schema/profile';
import { buildExport, csvCell, exportTextWriter, exportValidatedRecords, LibraryExportSchema, toCsv, toJsonResume } from './export';
import { makeProfile, makeProfiles } from './fixtures/profiles';
import { buildRecord } from './records';

const require = createRequire(import.meta.url);
const jsonresume = require('@jsonresume/schema') as {
  validate(doc: unknown, cb: (errors: Array<{ property: string; message: string }> | null, valid: boolean) => void): void;
};
function resumeErrors(doc: unknown): string[] {
  let out: string[] = [];
  jsonresume.validate(doc, (errors) => {
    out = (errors ?? []).map((e) => `${e.property} ${e.message}`);
  });
  return out;
}

describe('buildExport', () => {
  it('makes the envelope, valid by ExportEnvelopeSchema, with optional library annotations', () => {
    const profiles = makeProfiles(2);
    const plain = buildExport(profiles, new Date('2026-05-01T12:00:00Z'));
    expect(plain).toEqual({ format: 'profile-lens.export', schemaVersion: 1, exportedAt: '2026-05-01T12:00:00.000Z', profiles });
    expect(ExportEnvelopeSchema.parse(plain)).toEqual(plain);
    const rec = buildRecord({ profile: profiles[0]!, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', notes: 'n', tags: ['t'] });
    const withLib = buildExport([profiles[0]!], new Date('2026-05-01T12:00:00Z'), { records: [rec] });
    expect(withLib.library).toEqual([{ id: rec.id, savedAt: rec.savedAt, updatedAt: rec.updatedAt, notes: 'n', tags: ['t'] }]);
    expect(ExportEnvelopeSchema.safeParse(withLib).success).toBe(true);
  });
});

describe('exportValidatedRecords', () => {
  it('gives the same, valid envelope as buildExport for validated records, without parsing them again', () => {
    const profiles = makeProfiles(5, 3);
    const records = profiles.map((p, i) =>
      buildRecord({ profile: p, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: `2026-01-0${i + 2}T00:00:00.000Z`, notes: i ? `note ${i}` : '', tags: i % 2 ? ['x'] : [], corrections: i === 2 ? { headline: 'Corrected' } : undefined }),
    );
    const at = new Date('2026-05-01T12:00:00Z');
    const fast = exportValidatedRecords(records, at);
    expect(fast).toEqual(buildExport(profiles, at, { records }));
    expect(LibraryExportSchema.parse(fast)).toEqual(fast);
    expect(fast.library?.[2]?.corrections).toEqual({ headline: 'Corrected' });
    expect(exportValidatedRecords([], at)).toEqual({ format: 'profile-lens.export', schemaVersion: 1, exportedAt: '2026-05-01T12:00:00.000Z', profiles: [], library: [] });
  });
});

describe('exportTextWriter', () => {
  const at = new Date('2026-05-01T12:00:00Z');
  const records = makeProfiles(7, 5).map((p, i) =>
    buildRecord({ profile: p, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', notes: i % 3 ? '' : `note “${i}”`, tags: i % 2 ? ['x'] : [], corrections: i === 4 ? { headline: 'Corrected' } : undefined }),
  );
  const cases: Array<[string, number[]]> = [
    ['no records', []],
    ['one chunk', [7]],
    ['chunks of 3, 3, 1', [3, 3, 1]],
    ['empty chunks in between', [0, 2, 0, 5, 0]],
    ['one at a time', [1, 1, 1, 1, 1, 1, 1]],
  ];
  it.each(cases)('writes exactly JSON.stringify(exportValidatedRecords(…)): %s', (_, sizes) => {
    const writer = exportTextWriter(at);
    let from = 0;
    for (const n of sizes) {
      writer.add(records.slice(from, from + n));
      from += n;
    }
    const all = records.slice(0, from);
    const text = writer.finish();
    expect(text).toBe(JSON.stringify(exportValidatedRecords(all, at)));
    expect(writer.count).toBe(all.length);
    expect(LibraryExportSchema.parse(JSON.parse(text)).profiles).toHaveLength(all.length);
  });
});

const full = makeProfile({
  id: 'himalayas:ada',
  name: 'Ada Lovelace',
  headline: 'Staff Engineer at Acme',
  summary: 'Builds engines.',
  location: { text: 'London, England, United Kingdom', countryCode: 'GB' },
  links: [
    { label: 'Website', url: 'https://ada.example/' },
    { label: 'GitHub', url: 'https://github.com/ada' },
    { label: '', url: 'https://www.linkedin.com/in/ada' },
    { label: 'Email', url: 'mailto:ada@example.com?subject=Hi' },
  ],
  roles: [
    { title: 'Staff Engineer', company: 'Acme', start: '2021-03', current: true, description: 'Leads platform.', highlights: ['Shipped v2', ''] },
    { title: 'Engineer', company: 'Globex', start: '2016', end: '2021-02', location: 'Berlin' },
  ],
  education: [{ institution: 'University of London', degree: 'BSc', field: 'Mathematics', start: '2012', end: '2015' }],
  skills: [
    { name: 'Rust', category: 'languages' },
    { name: 'React', category: 'frontend' },
    { name: 'Go', category: 'languages' },
  ],
  extractedAt: '2026-01-15T10:00:00.000Z',
  url: 'https://himalayas.app/@ada',
});

describe('toJsonResume', () => {
  it('maps a full profile', () => {
    const doc = toJsonResume(full);
    expect(doc).toEqual({
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: {
        name: 'Ada Lovelace',
        label: 'Staff Engineer at Acme',
        email: 'ada@example.com',
        url: 'https://ada.example/',
        summary: 'Builds engines.',
        location: { city: 'London', region: 'England', countryCode: 'GB' },
        profiles: [
          { network: 'GitHub', url: 'https://github.com/ada' },
          { network: 'linkedin.com', url: 'https://www.linkedin.com/in/ada' },
        ],
      },
      work: [
        { name: 'Acme', position: 'Staff Engineer', startDate: '2021-03', summary: 'Leads platform.', highlights: ['Shipped v2'] },
        { name: 'Globex', position: 'Engineer', location: 'Berlin', startDate: '2016', endDate: '2021-02' },
      ],
      education: [{ institution: 'University of London', area: 'Mathematics', studyType: 'BSc', startDate: '2012', endDate: '2015' }],
      skills: [
        { name: 'Languages', keywords: ['Rust', 'Go'] },
        { name: 'Frontend', keywords: ['React'] },
      ],
      meta: { canonical: 'https://himalayas.app/@ada', version: 'v1.0.0', lastModified: '2026-01-15T10:00:00' },
    });
  });

  const cases: Array<[string, Profile]> = [
    ['full profile', full],
    ['empty fields everywhere', makeProfile({ name: '', headline: null, summary: null, location: null, roles: [], skills: [], links: [], url: '' })],
    ['empty strings inside roles and education', makeProfile({ roles: [{ title: '', company: '', start: null }], education: [{ institution: '' }], skills: [{ name: '  ' }] })],
    ['location without country', makeProfile({ location: { text: 'Remote', countryCode: null } })],
    ['odd links and no source page', makeProfile({ links: [{ label: 'x', url: 'mailto:not an address' }, { label: 'sp', url: 'https://a.example/with space' }, { label: 'bad', url: 'http://' }], url: '' })],
    ['dates outside JSON Resume years', makeProfile({ roles: [{ title: 'Scribe', company: 'Guild', start: '0999-01', end: '3001' }] })],
    ...makeProfiles(5, 9).map((p, i): [string, Profile] => [`generated ${i}`, p]),
  ];
  it.each(cases)('%s validates against the official JSON Resume schema', (_, profile) => {
    const doc = toJsonResume(profile);
    expect(resumeErrors(doc)).toEqual([]);
    expect(JSON.stringify(doc)).not.toMatch(/null|""/);
  });

  it('property: any profile built from arbitrary strings gives a valid JSON Resume', () => {
    const s = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(s, s, s, s, s, fc.webUrl(), fc.emailAddress(), (name, headline, title, company, skill, url, email) => {
        const p = makeProfile({
          name,
          headline,
          roles: [{ title, company, start: '2020-01', current: true }],
          skills: [skill],
          links: [
            { label: headline, url },
            { label: 'mail', url: `mailto:${email}` },
          ],
          url,
        });
        expect(resumeErrors(toJsonResume(p))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [42, '42'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    [' =not first', ' =not first'],
  ])('cell %j → %j', (value, out) => {
    expect(csvCell(value as string | number | null)).toBe(out);
  });

  it('writes a header and one row per profile or record', () => {
    const p = makeProfile({
      id: 'himalayas:ada',
      name: '=cmd|calc',
      headline: 'Engineer, "Platform"',
      location: { text: 'London, UK', countryCode: 'GB' },
      roles: [{ title: 'Engineer', company: 'Acme', start: '2020-01', current: true }],
      skills: [{ name: 'Go', mentions: 1 }, { name: 'Rust', mentions: 5 }, { name: 'C', mentions: 5 }],
      totalMonths: 75,
      url: 'https://himalayas.app/@ada',
    });
    const rec = buildRecord({ profile: p, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' });
    const csv = toCsv([p, rec]);
    const lines = csv.split('\r\n');
    expect(lines).toEqual([
      'id,name,headline,location,country,current_title,current_company,total_experience_months,top_skills,source_url,saved_at,updated_at',
      `himalayas:ada,'=cmd|calc,"Engineer, ""Platform""","London, UK",GB,Engineer,Acme,75,Rust; C; Go,https://himalayas.app/@ada,,`,
      `himalayas:ada,'=cmd|calc,"Engineer, ""Platform""","London, UK",GB,Engineer,Acme,75,Rust; C; Go,https://himalayas.app/@ada,2026-01-01T00:00:00.000Z,2026-02-01T00:00:00.000Z`,
      '',
    ]);
    expect(toCsv([])).toBe(lines[0] + '\r\n');
  });
});
