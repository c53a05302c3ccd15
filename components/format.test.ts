import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it.each(['2026-03-01T09:00:00.000Z', '1999-12-31T23:59:59.000Z', '2024-02-29T12:00:00Z'])('%s reads as toLocaleDateString gives it', (iso) => {
    expect(formatDate(iso)).toBe(new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
  });

  it('leaves a text that is not a date as it is', () => {
    expect(formatDate('yesterday')).toBe('yesterday');
  });
});
