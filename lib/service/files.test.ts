import { describe, expect, it } from 'vitest';
import { exportFileName, fileSlug } from './files';

describe('file names', () => {
  it.each([
    ['Sofía Marchetti', 'sofia-marchetti'],
    ['  Jean-Luc   Picard ', 'jean-luc-picard'],
    ['Ørsted Åberg', 'orsted-aberg'],
    ['Łukasz Strauß', 'lukasz-strauss'],
    ['../../etc/passwd', 'etc-passwd'],
    ['李小龙', 'profile'],
    ['', 'profile'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('fileSlug(%j) = %j', (name, slug) => {
    expect(fileSlug(name)).toBe(slug);
  });

  it('dates exports by the day they were made (UTC)', () => {
    expect(exportFileName(new Date('2026-11-23T23:59:59Z'), 'json')).toBe('profile-lens-export-2026-11-23.json');
    expect(exportFileName(new Date('2026-01-02T00:00:00Z'), 'csv')).toBe('profile-lens-2026-01-02.csv');
  });
});
