/**
 * The IndexedDB database behind the library, through Dexie, and its schema
 * versions.
 *
 * Version 1 (the first IndexedDB shape): profiles { id, profile, savedAt,
 * updatedAt }, indexed by updatedAt.
 * Version 2: profiles gain notes, tags, corrections and the derived
 * index fields (nameKey, site, *skillKeys, *tags, *searchTokens, totalMonths);
 * new tables history and quarantine. The upgrade validates every v1 record:
 * valid ones are rewritten in the v2 shape, invalid ones are moved to
 * quarantine with the reason (never dropped).
 *
 * Version 3 (current): a `meta` table holding the number of stored profiles
 * (META_PROFILE_COUNT), kept by every write transaction of the repository
 * together with the profiles it changes, so the library list reads its total
 * in O(1): IndexedDB's count() walks every record (~40 ms at 10,000 in
 * Chromium). The upgrade counts the profiles once. A missing or invalid count
 * is recomputed with count(). The same table holds the write revision
 * (META_REVISION; no schema change: a missing row reads as 0). Version 3 also drops the indexes nothing
 * queries (profiles.savedAt, history.at): every index entry costs each write.
 *
 * To add version 4: keep the earlier declarations as they are, add
 * `this.version(4).stores({...}).upgrade(...)`, bump CURRENT_VERSION, and add
 * a fixture + test like the v1 one.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import * as z from 'zod';
import { buildRecordFromParsed, SavedRecordV1Schema, zodReason, type HistoryEntry, type QuarantineEntry, type SavedRecord } from './records';

export const DEFAULT_DB_NAME = 'profile-lens';
export const CURRENT_VERSION = 3;

/** The meta row holding how many profiles are stored. */
export const META_PROFILE_COUNT = 'profileCount';
export const MetaCountSchema = z.object({ key: z.literal(META_PROFILE_COUNT), value: z.number().int().min(0) });
/**
 * The meta row counting write transactions on profiles: every repository
 * write that changes profiles moves it by one, in the same transaction. The
 * in-memory search index (search-index.ts) records the revision it reflects,
 * so a search can tell whether another context wrote since. Missing = 0.
 */
export const META_REVISION = 'revision';
export const MetaRevisionSchema = z.object({ key: z.literal(META_REVISION), value: z.number().int().min(0) });
export type MetaEntry = z.infer<typeof MetaCountSchema> | z.infer<typeof MetaRevisionSchema>;

/** The stored revision (0 when missing or invalid). */
export function revisionOf(row: unknown): number {
  const parsed = MetaRevisionSchema.safeParse(row);
  return parsed.success ? parsed.data.value : 0;
}

/** Table layouts per version (Dexie syntax: first = primary key, * = multi-entry, ++ = auto-increment). */
export const STORES = {
  1: { profiles: 'id, updatedAt' },
  2: {
    profiles: 'id, nameKey, updatedAt, savedAt, site, *skillKeys, *tags, *searchTokens, totalMonths',
    history: '++id, profileId, at',
    quarantine: '++id, at',
  },
  3: {
    // No index on profiles.savedAt or history.at: nothing queries them, and every index entry costs each write.
    profiles: 'id, nameKey, updatedAt, site, *skillKeys, *tags, *searchTokens, totalMonths',
    history: '++id, profileId',
    quarantine: '++id, at',
    meta: 'key',
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
  meta!: Table<MetaEntry, string>;
  /** The IDBKeyRange matching this database's IDBFactory (for raw reads). */
  readonly keyRange: typeof IDBKeyRange;

  constructor(name: string = DEFAULT_DB_NAME, opts: DbOptions = {}) {
    super(name, {
      ...(opts.indexedDB ? { indexedDB: opts.indexedDB } : {}),
      ...(opts.IDBKeyRange ? { IDBKeyRange: opts.IDBKeyRange } : {}),
    });
    this.keyRange = opts.IDBKeyRange ?? globalThis.IDBKeyRange;
    const now = opts.now ?? (() => new Date());
    this.version(1).stores(STORES[1]);
    this.version(2)
      .stores(STORES[2])
      .upgrade((tx) => upgradeV1toV2(tx, now));
    this.version(3)
      .stores(STORES[3])
      .upgrade(async (tx) => {
        await tx.table('meta').put({ key: META_PROFILE_COUNT, value: await tx.table('profiles').count() });
      });
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
      put.push(buildRecordFromParsed({ profile: v1.data.profile, savedAt: v1.data.savedAt, updatedAt: v1.data.updatedAt }));
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

// ---------------------------------------------------------------- raw reads

/**
 * A read-only IndexedDB transaction straight on the backend database, for the
 * hot read paths (search, list), where stepping a key cursor and stopping
 * early is far cheaper through the raw API than through Dexie's collections.
 * Chain requests with `request()`: promise continuations run while the
 * transaction is still active, so it stays open until the last one.
 */
export async function readTransaction(db: LibraryDB, stores: string[]): Promise<IDBTransaction> {
  if (!db.isOpen()) await db.open();
  return db.backendDB().transaction(stores, 'readonly');
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Steps a key cursor over `source` in `direction`, calling `visit` with each
 * primary key until it returns false or the keys run out. `skip` entries are
 * passed over first without visiting them (cursor.advance).
 */
export function walkKeys(
  source: IDBIndex | IDBObjectStore,
  direction: IDBCursorDirection,
  visit: (primaryKey: IDBValidKey) => boolean,
  skip = 0,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = source.openKeyCursor(null, direction);
    let skipped = skip <= 0;
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve();
      if (!skipped) {
        skipped = true;
        cursor.advance(skip);
        return;
      }
      if (visit(cursor.primaryKey)) cursor.continue();
      else resolve();
    };
  });
}

/** Whether getAll/getAllKeys take an options dictionary with a direction (shipped with getAllRecords: Chromium 141+, fake-indexeddb). */
export function hasDirectedGetAll(source: IDBIndex | IDBObjectStore): boolean {
  return typeof (source as { getAllRecords?: unknown }).getAllRecords === 'function';
}

/**
 * Visits the primary keys of `source` in `direction` order until `visit`
 * returns false, like walkKeys, but reads them in bulk where IndexedDB allows:
 * getAllKeys with a count (ascending everywhere; descending where getAllKeys
 * takes a direction). A batch starts at `estimate` keys and grows ×4, each
 * one re-read from the start (keys only, one request each: far cheaper than
 * a cursor step per key); visiting resumes where the previous batch ended.
 * Elsewhere it steps a key cursor.
 */
export async function scanKeys(
  source: IDBIndex | IDBObjectStore,
  direction: 'next' | 'prev',
  visit: (primaryKey: IDBValidKey) => boolean,
  estimate: number,
  bulk: boolean = direction === 'next' || hasDirectedGetAll(source),
): Promise<void> {
  if (!bulk) return walkKeys(source, direction, visit);
  let count = Math.max(32, Math.ceil(estimate));
  for (let seen = 0; ; count *= 4) {
    const keys = await request(
      direction === 'next' ? source.getAllKeys(null, count) : (source.getAllKeys as unknown as (o: object) => IDBRequest<IDBValidKey[]>)({ direction, count }),
    );
    for (; seen < keys.length; seen++) if (!visit(keys[seen]!)) return;
    if (keys.length < count) return;
  }
}

/**
 * Reads every record of `store` in primary-key order, `size` at a time, and
 * hands each chunk to `onChunk` after asking for the next one: the database
 * reads chunk n+1 while the caller works on chunk n (e.g. validates it), and
 * no more than two chunks are held at once besides what the caller keeps.
 * The store must have an in-line string keyPath.
 */
export function readInChunks(store: IDBObjectStore, keyRange: typeof IDBKeyRange, size: number, onChunk: (rows: unknown[]) => void): Promise<void> {
  const keyPath = store.keyPath as string;
  return new Promise((resolve, reject) => {
    const read = (after: IDBValidKey | undefined) => {
      const req = store.getAll(after === undefined ? null : keyRange.lowerBound(after, true), size);
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const rows = req.result;
        const more = rows.length === size;
        try {
          if (more) read((rows[rows.length - 1] as Record<string, IDBValidKey>)[keyPath]);
          onChunk(rows);
        } catch (e) {
          try {
            store.transaction.abort();
          } catch {
            // already finished
          }
          return reject(e);
        }
        if (!more) resolve();
      };
    };
    read(undefined);
  });
}

/** Reads the values of `keys` from `store`, in the keys' order (undefined where there is none). */
export function getMany(store: IDBObjectStore, keys: readonly IDBValidKey[]): Promise<unknown[]> {
  return Promise.all(keys.map((k) => request(store.get(k))));
}
