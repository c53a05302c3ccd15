/**
 * The library's entry point. The saved-profiles library now lives in
 * IndexedDB (db.ts, repository.ts): open it with `openLibrary()` and use the
 * returned ProfileRepository. This module re-exports that API, plus:
 *
 * - `migrateLegacyStorage(area, repo)`: moves profiles saved by earlier
 *   versions (one key per profile in browser.storage.local) into IndexedDB,
 *   keeping their saved/updated dates; invalid ones are left in place and
 *   reported.
 * - `LegacyStorageLibrary`: reads (and, for tests, writes) the old
 *   storage.local library, for the migration and "Delete everything". Do not
 *   use it for new code.
 */
import * as z from 'zod';
import { ProfileSchema, type Profile } from '../schema/profile';
import type { LibraryAnnotation } from './export';
import type { ProfileRepository } from './repository';
import { zodReason } from './records';

export * from './repository';
export * from './db';
export * from './records';
export * from './diff';
export * from './errors';
export * from './export';
export * from './import';
export { subscribe as subscribeToLibrary, CHANNEL_NAME, LibraryChangeSchema, type LibraryChange, type LibraryListener } from './feed';

// ---------------------------------------------------------------- legacy storage.local library

/** A record as the storage.local library kept it. */
export const LegacySavedRecordSchema = z.object({
  profile: ProfileSchema,
  savedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LegacySavedRecord = z.infer<typeof LegacySavedRecordSchema>;

export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'profile:';
export const recordKey = (id: string) => PREFIX + id;

export interface LegacyContents {
  records: LegacySavedRecord[];
  quarantined: Array<{ key: string; reason: string }>;
}

/** @deprecated The storage.local library; use openLibrary() (IndexedDB) and migrateLegacyStorage(). */
export class LegacyStorageLibrary {
  constructor(
    private area: KeyValueArea,
    private clock: () => Date = () => new Date(),
  ) {}

  async get(id: string): Promise<LegacySavedRecord | null> {
    const key = recordKey(id);
    const parsed = LegacySavedRecordSchema.safeParse((await this.area.get(key))[key]);
    return parsed.success ? parsed.data : null;
  }

  async save(profile: Profile): Promise<LegacySavedRecord> {
    const checked = ProfileSchema.parse(profile);
    const previous = await this.get(checked.id);
    const now = this.clock().toISOString();
    const record = LegacySavedRecordSchema.parse({ profile: checked, savedAt: previous?.savedAt ?? now, updatedAt: now });
    await this.area.set({ [recordKey(checked.id)]: record });
    return record;
  }

  async list(): Promise<LegacyContents> {
    const all = await this.area.get(null);
    const records: LegacySavedRecord[] = [];
    const quarantined: LegacyContents['quarantined'] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const parsed = LegacySavedRecordSchema.safeParse(value);
      if (parsed.success) records.push(parsed.data);
      else quarantined.push({ key, reason: zodReason(parsed.error) });
    }
    records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { records, quarantined };
  }
}

/**
 * Moves every valid "profile:<id>" record from a storage.local-like area into
 * the IndexedDB library in one transaction, keeping savedAt/updatedAt for
 * profiles not yet in the library. With `removeMoved`, the moved keys are then
 * deleted from the area. Invalid records stay in the area and are reported.
 */
export async function migrateLegacyStorage(
  area: KeyValueArea,
  repo: ProfileRepository,
  opts: { removeMoved?: boolean } = {},
): Promise<{ moved: number; invalid: Array<{ key: string; reason: string }> }> {
  const { records, quarantined } = await new LegacyStorageLibrary(area).list();
  if (records.length) {
    const annotations = new Map<string, LibraryAnnotation>(
      records.map((r) => [r.profile.id, { id: r.profile.id, savedAt: r.savedAt, updatedAt: r.updatedAt, notes: '', tags: [] }]),
    );
    await repo.saveMany(
      records.map((r) => r.profile),
      { origin: 'import', annotations },
    );
    if (opts.removeMoved) await area.remove(records.map((r) => recordKey(r.profile.id)));
  }
  return { moved: records.length, invalid: quarantined };
}

/** An in-memory area with storage.local's semantics (values are copied), for tests and the CLI. */
export function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const copy = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
  return {
    data,
    async get(keys) {
      const list = keys === null ? [...data.keys()] : [keys].flat();
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, copy(data.get(k))]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, copy(v));
    },
    async remove(keys) {
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}
