/**
 * The IndexedDB database behind the library, through Dexie, and its schema
 * versions.
 *
 * Version 1 (the first IndexedDB shape): profiles { id, profile, savedAt,
 * updatedAt }, indexed by updatedAt.
 * Version 2 (current): profiles gain notes, tags, corrections and the derived
 * index fields (nameKey, site, *skillKeys, *tags, *searchTokens, totalMonths);
 * new tables history and quarantine. The upgrade validates every v1 record:
 * valid ones are rewritten in the v2 shape, invalid ones are moved to
 * quarantine with the reason (never dropped).
 *
 * To add version 3: keep the version(1) and version(2) declarations as they
 * are, add `this.version(3).stores({...}).upgrade(...)`, bump
 * CURRENT_VERSION, and add a fixture + test like the v1 one.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { buildRecord, SavedRecordV1Schema, zodReason, type HistoryEntry, type QuarantineEntry, type SavedRecord } from './records';

export const DEFAULT_DB_NAME = 'profile-lens';
export const CURRENT_VERSION = 2;

/** Table layouts per version (Dexie syntax: first = primary key, * = multi-entry, ++ = auto-increment). */
export const STORES = {
  1: { profiles: 'id, updatedAt' },
  2: {
    profiles: 'id, nameKey, updatedAt, savedAt, site, *skillKeys, *tags, *searchTokens, totalMonths',
    history: '++id, profileId, at',
    quarantine: '++id, at',
  },
} as const;

export interface DexieDeps {
  /** An IDBFactory, e.g. fake-indexeddb's `indexedDB` in Node tests. Defaults to the global one. */
  indexedDB?: IDBFactory;
  /** The matching IDBKeyRange, e.g. fake-indexeddb's. */
  IDBKeyRange?: typeof IDBKeyRange;
}

export interface DbOptions extends DexieDeps {
  /** Clock for the upgrade's quarantine timestamps. */
  now?: () => Date;
}

export class LibraryDB extends Dexie {
  profiles!: Table<SavedRecord, string>;
  history!: Table<HistoryEntry, number>;
  quarantine!: Table<QuarantineEntry, number>;

  constructor(name: string = DEFAULT_DB_NAME, opts: DbOptions = {}) {
    super(name, {
      ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
      ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    });
    const now = opts.now ?? (() => new Date());
    this.version(1).stores(STORES[1]);
    this.version(2)
      .stores(STORES[2])
      .upgrade((tx) => upgradeV1toV2(tx, now));
  }
}

/** v1 → v2: rewrite valid records in the new shape, quarantine the rest. Runs inside Dexie's upgrade transaction. */
export async function upgradeV1toV2(tx: Transaction, now: () => Date): Promise<void> {
  const profiles = tx.table('profiles');
  const quarantine = tx.table('quarantine');
  const at = now().toISOString();
  const rows: unknown[] = await profiles.toArray();
  const keys = (await profiles.toCollection().primaryKeys()) as string[];
  const put: SavedRecord[] = [];
  const bad: QuarantineEntry[] = [];
  rows.forEach((row, i) => {
    const key = keys[i] ?? null;
    const v1 = SavedRecordV1Schema.safeParse(row);
    if (!v1.success) {
      bad.push({ at, table: 'profiles', key, reason: `upgrade to version 2: ${zodReason(v1.error)}`, record: row });
      return;
    }
    try {
      put.push(buildRecord({ profile: v1.data.profile, savedAt: v1.data.savedAt, updatedAt: v1.data.updatedAt }));
    } catch (e) {
      bad.push({ at, table: 'profiles', key, reason: `upgrade to version 2: ${e instanceof Error ? e.message : String(e)}`, record: row });
    }
  });
  if (bad.length) {
    await quarantine.bulkAdd(bad);
    await profiles.bulkDelete(bad.map((b) => b.key).filter((k): k is string => typeof k === 'string'));
  }
  if (put.length) await profiles.bulkPut(put);
}

/** A database with only the version-1 schema: for writing v1 fixtures in tests (and nothing else). */
export class LibraryDBv1 extends Dexie {
  profiles!: Table<unknown, string>;
  constructor(name: string, deps: DexieDeps = {}) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });
    this.version(1).stores(STORES[1]);
  }
}
