/**
 * The saved-profiles library over a key-value area (browser.storage.local in
 * the extension, a Map in tests). One record per profile id: saving the same
 * person again updates it. Records are validated on write and on read; a
 * record that no longer validates is reported as quarantined, never dropped.
 */
import { z } from 'zod';
import { ExportEnvelopeSchema, ProfileSchema, SCHEMA_VERSION, type ExportEnvelope, type Profile } from '../schema/profile';

export const SavedRecordSchema = z.object({
  profile: ProfileSchema,
  savedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedRecord = z.infer<typeof SavedRecordSchema>;

export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'profile:';
export const recordKey = (id: string) => PREFIX + id;

export interface LibraryContents {
  records: SavedRecord[];
  quarantined: Array<{ key: string; reason: string }>;
}

export class Library {
  constructor(private area: KeyValueArea, private clock: () => Date = () => new Date()) {}

  async get(id: string): Promise<SavedRecord | null> {
    const key = recordKey(id);
    const parsed = SavedRecordSchema.safeParse((await this.area.get(key))[key]);
    return parsed.success ? parsed.data : null;
  }

  async save(profile: Profile): Promise<SavedRecord> {
    const checked = ProfileSchema.parse(profile);
    const previous = await this.get(checked.id);
    const now = this.clock().toISOString();
    const record = SavedRecordSchema.parse({ profile: checked, savedAt: previous?.savedAt ?? now, updatedAt: now });
    await this.area.set({ [recordKey(checked.id)]: record });
    return record;
  }

  async remove(id: string): Promise<void> {
    await this.area.remove(recordKey(id));
  }

  async list(): Promise<LibraryContents> {
    const all = await this.area.get(null);
    const records: SavedRecord[] = [];
    const quarantined: LibraryContents['quarantined'] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const parsed = SavedRecordSchema.safeParse(value);
      if (parsed.success) records.push(parsed.data);
      else quarantined.push({ key, reason: parsed.error.issues[0]?.message ?? 'invalid record' });
    }
    records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { records, quarantined };
  }

  async exportAll(): Promise<ExportEnvelope> {
    const { records } = await this.list();
    return buildExport(records.map((r) => r.profile), this.clock());
  }
}

export function buildExport(profiles: Profile[], now: Date): ExportEnvelope {
  return ExportEnvelopeSchema.parse({ format: 'profile-lens.export', schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), profiles });
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
