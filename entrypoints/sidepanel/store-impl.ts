/** The panel's side of lib/store: one repository for this page, plus the helpers the views call. */
import { migrateLegacyStorage, openLibrary, type KeyValueArea } from '@/lib/store/library';

export const library = openLibrary();
// Profiles saved by the first version (storage.local) move into IndexedDB once.
void migrateLegacyStorage(browser.storage.local as unknown as KeyValueArea, library, { removeMoved: true }).catch(() => undefined);

export { buildExport, toCsv, toJsonResume } from '@/lib/store/export';
export { commitImport, parseImport, previewImport } from '@/lib/store/import';
export { effectiveProfile } from '@/lib/store/records';
