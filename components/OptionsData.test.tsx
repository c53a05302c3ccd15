import { describe, expect, it } from 'vitest';
import { t, tn } from '../lib/i18n';

// The page's calls (count, export, import, delete everything) are tested through the service in lib/service/server.test.ts
// and in the browser in tests/e2e/options.test.ts; here, its words.
describe('Your data', () => {
  it('words counts and messages in English', () => {
    expect(tn('importProfiles', 1)).toBe('Import 1 profile');
    expect(tn('importProfiles', 0)).toBe('Import 0 profiles');
    expect(tn('savedInBrowser', 2)).toBe('2 saved profiles in this browser.');
    expect(tn('deleteConfirmText', 1)).toMatch(/^This deletes 1 saved profile with their notes/);
    expect(t('importSummaryUnchanged', [0, 0, 1, 1])).toBe('0 new, 0 updated, 1 rejected (1 already saved and unchanged)');
  });
});
