import { describe, expect, it } from 'vitest';
import { countSaved, deleteEverything, exportEverything, exportFileName } from './OptionsData';
import { t, tn } from '../lib/i18n';
import { freshRepo } from '../lib/store/fixtures/testing';
import { makeProfile } from '../lib/store/fixtures/profiles';
import { LegacyStorageLibrary, LibraryExportSchema, memoryArea, parseImport, previewImport, commitImport } from '../lib/store/library';
import { SETTINGS_KEY } from '../lib/settings';

async function setup() {
  const repo = freshRepo();
  const area = memoryArea();
  const ada = makeProfile({ name: 'Ada Lovelace' });
  const grace = makeProfile({ name: 'Grace Hopper' });
  const alan = makeProfile({ name: 'Alan Turing' });
  await repo.save(ada);
  await repo.setNotes(ada.id, 'strong on maths');
  await repo.save(grace);
  const legacy = new LegacyStorageLibrary(area);
  await legacy.save(grace); // in both stores: counted once
  await legacy.save(alan); // only in the old storage.local library
  await area.set({ 'profile:broken': { nope: true }, [SETTINGS_KEY]: { sites: { himalayas: false }, badge: false } });
  return { deps: { repo, area }, ada, grace, alan };
}

describe('Your data', () => {
  it('counts saved profiles over the library and profiles left in storage.local, once each', async () => {
    const { deps } = await setup();
    expect(await countSaved(deps)).toBe(3);
  });

  it('exports every saved profile, with notes, as an envelope that imports back', async () => {
    const { deps, ada, grace, alan } = await setup();
    const envelope = await exportEverything(deps);
    expect(LibraryExportSchema.safeParse(envelope).success).toBe(true);
    expect(envelope.profiles.map((p) => p.id).sort()).toEqual([ada.id, alan.id, grace.id].sort());
    expect(envelope.library?.find((a) => a.id === ada.id)?.notes).toBe('strong on maths');
    expect(exportFileName(envelope)).toMatch(/^profile-lens-export-\d{4}-\d{2}-\d{2}\.json$/);

    const other = freshRepo();
    const parsed = parseImport(JSON.stringify(envelope));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(await previewImport(other, parsed.profiles)).toEqual({ new: 3, updated: 0, unchanged: 0 });
    await commitImport(other, parsed.profiles, { annotations: parsed.annotations });
    expect((await other.get(ada.id))?.notes).toBe('strong on maths');
  });

  it('deletes every saved profile from both stores and keeps the settings', async () => {
    const { deps } = await setup();
    await deleteEverything(deps);
    expect(await countSaved(deps)).toBe(0);
    expect(await deps.repo.count()).toBe(0);
    expect([...deps.area.data.keys()]).toEqual([SETTINGS_KEY]);
    expect((await exportEverything(deps)).profiles).toEqual([]);
  });

  it('words counts and messages in English', () => {
    expect(tn('importProfiles', 1)).toBe('Import 1 profile');
    expect(tn('importProfiles', 0)).toBe('Import 0 profiles');
    expect(tn('savedInBrowser', 2)).toBe('2 saved profiles in this browser.');
    expect(tn('deleteConfirmText', 1)).toMatch(/^This deletes 1 saved profile with their notes/);
    expect(t('importSummaryUnchanged', [0, 0, 1, 1])).toBe('0 new, 0 updated, 1 rejected (1 already saved and unchanged)');
  });
});
