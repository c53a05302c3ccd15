/**
 * The saved-profiles library over IndexedDB (see db.ts): save and re-save
 * (with a history of what changed), notes, tags and corrections, indexed
 * search, delete with undo, quarantine of records that no longer validate,
 * and a change feed.
 *
 * Rules: every record is validated with zod when written and when read; a
 * stored record that fails is moved to the quarantine table with the reason
 * (listQuarantine) instead of being returned or dropped. Every write is one
 * read-modify-write IndexedDB transaction, so concurrent writers (two panels,
 * a panel and the background) lose nothing and a failed write changes
 * nothing. Every method rejects only with a LibraryError (errors.ts).
 *
 * Filtered searches are answered from an in-memory index of every record's
 * search fields (search-index.ts) once it is loaded; every write transaction
 * moves a revision counter in the meta table and, after committing, applies
 * its change to the index, so a search can tell when another context wrote
 * (then it answers through IndexedDB's indexes and the index is reloaded).
 */
import { ProfileSchema, type Profile } from '../schema/profile';
import { diffProfiles, type Change } from './diff';
import { DEFAULT_DB_NAME, getMany, hasDirectedGetAll, LibraryDB, META_PROFILE_COUNT, META_REVISION, MetaCountSchema, readInChunks, readTransaction, request, revisionOf, scanKeys, walkKeys, type DbOptions } from './db';
import { LibraryError, toLibraryError } from './errors';
import { exportTextWriter, exportValidatedRecords, type LibraryAnnotation, type LibraryExport } from './export';
import { publish, subscribe, type LibraryChange, type LibraryListener } from './feed';
import { entryOf, entryOfRecord, SearchIndex, type IndexEntry } from './search-index';
import {
  applyCorrectionsDetailed,
  buildRecordFromParsed,
  CorrectionPath,
  CorrectionsSchema,
  HistoryEntrySchema,
  isSealedProfile,
  normalizeTag,
  QuarantineEntrySchema,
  queryTokens,
  sameProfile,
  SavedRecordSchema,
  skillKey,
  zodReason,
  type Corrections,
  type HistoryEntry,
  type QuarantineEntry,
  type SavedRecord,
} from './records';

export type SortOrder = 'recent' | 'name' | 'experience';

export interface SearchQuery {
  /** Words matched by prefix against name, handle, headline, titles, companies and skills; all must match. */
  text?: string;
  /** A skill name, matched exactly (case and accents ignored): "node.js", "Rust". */
  skill?: string;
  tag?: string;
  /** Source site, e.g. "himalayas". */
  site?: string;
  /** recent: last saved first (default); name: A–Z; experience: most total experience first. */
  sort?: SortOrder;
  offset?: number;
  /** Page size, default 50, at most 1,000. */
  limit?: number;
}

export interface SearchResult {
  records: SavedRecord[];
  /** How many records match, over all pages. */
  total: number;
}

export type SaveStatus = 'new' | 'updated' | 'unchanged';
export interface SaveOutcome {
  record: SavedRecord;
  status: SaveStatus;
  /** What changed against the stored version (empty for new and unchanged). */
  changes: Change[];
}

export interface SaveManyOptions {
  origin?: 'save' | 'import';
  /** Notes, tags, corrections and dates to give profiles that are new to the library (from an export file). */
  annotations?: ReadonlyMap<string, LibraryAnnotation>;
}

/** What remove() took out, for restore() (undo). */
export interface Removed {
  records: SavedRecord[];
  history: HistoryEntry[];
}

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
}

export interface RepositoryOptions {
  /** Clock (tests). */
  now?: () => Date;
  /**
   * How filtered searches are answered. 'memory' (default): from an
   * in-memory index of every record's search fields (search-index.ts),
   * loaded in the background on first use (`warmSearch` loads it now); until
   * it is loaded, and whenever another context has written since, a search
   * is answered through IndexedDB's indexes instead. 'indexeddb': always
   * through IndexedDB's indexes (tests of that path).
   */
  searchIndex?: 'memory' | 'indexeddb';
}

const SORT_INDEX: Record<SortOrder, { index: 'updatedAt' | 'nameKey' | 'totalMonths'; desc: boolean }> = {
  recent: { index: 'updatedAt', desc: true },
  name: { index: 'nameKey', desc: false },
  experience: { index: 'totalMonths', desc: true },
};
/** Below this many matches a filtered search sorts the matches in memory; above, it scans the sort index's keys. */
const SMALL_MATCH_SET = 200;
const MAX_QUERY_TOKENS = 10;
/** Above this many ids, a write first reads which of them are stored (keys only) instead of a get per id. */
const BULK_READ = 200;
/** all() and the export of all read this many records per request (2,000 rather than 500: about a quarter less time at 10,000, most of it garbage collection). */
const ALL_CHUNK = 2000;
/** saveMany validates, builds and queues the writes of this many profiles at a time. */
const WRITE_CHUNK = 250;

type Raw = Record<string, unknown>;

export class ProfileRepository {
  private readonly now: () => Date;
  private readonly memorySearch: boolean;
  /** The in-memory search index, when loaded (see RepositoryOptions.searchIndex). */
  private index: SearchIndex | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    readonly db: LibraryDB,
    opts: RepositoryOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.memorySearch = (opts.searchIndex ?? 'memory') === 'memory';
  }

  /** The database name; also the change feed's channel key. */
  get name(): string {
    return this.db.name;
  }

  /** Opens the database now (running upgrades), so open errors surface here rather than on first use. */
  open(): Promise<void> {
    return this.run(async () => {
      await this.db.open();
    });
  }

  close(): void {
    this.db.close();
  }

  /** Calls `fn` after every change to this library, made here or in another context. Returns unsubscribe. */
  subscribe(fn: LibraryListener): () => void {
    return subscribe(this.db.name, fn);
  }

  // ------------------------------------------------------------------ reads

  async get(id: string): Promise<SavedRecord | null> {
    return this.run(async () => {
      const raw = await this.db.profiles.get(id);
      if (raw === undefined) return null;
      const parsed = SavedRecordSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      await this.quarantineInvalid([id]);
      return null;
    });
  }

  /** The valid records of these ids, in their order, in one read (ids not stored, or repeated, are left out). */
  async getMany(ids: readonly string[]): Promise<SavedRecord[]> {
    return this.run(async () => {
      const tx = await readTransaction(this.db, ['profiles']);
      const rows = (await getMany(tx.objectStore('profiles'), unique([...ids]))).filter((r) => r !== undefined);
      const { valid, invalidIds } = this.validateRows(rows);
      if (invalidIds.length) await this.quarantineInvalid(invalidIds);
      return valid;
    });
  }

  async count(): Promise<number> {
    return this.run(() => this.db.profiles.count());
  }

  /** All valid records in id order (a full read; for export). */
  async all(): Promise<SavedRecord[]> {
    const valid: SavedRecord[] = [];
    await this.eachValid((chunk) => {
      for (const r of chunk) valid.push(r);
    });
    return valid;
  }

  /**
   * Every valid record, in id order, a chunk at a time (one read-only
   * transaction; each chunk is validated while the next is read). Records
   * that fail validation are quarantined afterwards.
   */
  private async eachValid(onChunk: (records: SavedRecord[]) => void): Promise<void> {
    return this.run(async () => {
      const tx = await readTransaction(this.db, ['profiles']);
      const invalidIds: string[] = [];
      await readInChunks(tx.objectStore('profiles'), this.db.keyRange, ALL_CHUNK, (rows) => {
        const chunk = this.validateRows(rows);
        for (const id of chunk.invalidIds) invalidIds.push(id);
        onChunk(chunk.valid);
      });
      if (invalidIds.length) await this.quarantineInvalid(invalidIds);
    });
  }

  /** History of a saved profile, oldest first. */
  async history(profileId: string): Promise<HistoryEntry[]> {
    return this.run(async () => {
      const rows = (await this.db.history.where('profileId').equals(profileId).toArray()) as unknown[];
      const out: HistoryEntry[] = [];
      const bad: Array<{ key: number; reason: string; record: unknown }> = [];
      for (const row of rows) {
        const parsed = HistoryEntrySchema.safeParse(row);
        if (parsed.success) out.push(parsed.data);
        else bad.push({ key: (row as { id: number }).id, reason: zodReason(parsed.error), record: row });
      }
      if (bad.length) {
        const at = this.now().toISOString();
        await this.db.transaction('rw', this.db.history, this.db.quarantine, async () => {
          await this.db.quarantine.bulkAdd(bad.map((b) => ({ at, table: 'history' as const, key: b.key, reason: b.reason, record: b.record })));
          await this.db.history.bulkDelete(bad.map((b) => b.key));
        });
      }
      return out;
    });
  }

  /**
   * The saved record of this person and what changed between it and `current`; null when not saved.
   * `known` is the record when the caller already holds it (just written), so it is not read again.
   */
  async compareWithSaved(current: Profile, known?: SavedRecord): Promise<{ record: SavedRecord; changes: Change[] } | null> {
    const profile = this.checkProfiles([current])[0]!;
    const record = known ?? (await this.get(profile.id));
    return record ? { record, changes: diffProfiles(record.profile, profile) } : null;
  }

  /** What changed between the saved version of this person and `current`; null when not saved. */
  async changesSinceSaved(current: Profile): Promise<Change[] | null> {
    return (await this.compareWithSaved(current))?.changes ?? null;
  }

  /** Distinct tags in use, A–Z. */
  async listTags(): Promise<string[]> {
    return this.run(async () => (await this.db.profiles.orderBy('tags').uniqueKeys()).map(String));
  }

  /**
   * Indexed search, in one read-only transaction. Text words, skill, tag and
   * site each resolve through their index to a set of ids; the sets are
   * intersected (total = the intersection's size). A few matches are read and
   * sorted in memory; many matches are paged by scanning the sort index's keys
   * in bulk and stopping as soon as the page is full. Without filters the
   * total is the stored count (meta table) and the page comes straight off the
   * sort index.
   */
  async search(query: SearchQuery = {}): Promise<SearchResult> {
    return this.run(async () => {
      const offset = Math.max(0, Math.floor(query.offset ?? 0)) || 0;
      const limit = Math.min(1000, Math.max(0, Math.floor(query.limit ?? 50))) || 0;
      const sortKey: SortOrder = query.sort && Object.hasOwn(SORT_INDEX, query.sort) ? query.sort : 'recent';
      const sort = SORT_INDEX[sortKey];
      const tokens = prunePrefixes(queryTokens(query.text ?? '')).slice(0, MAX_QUERY_TOKENS);
      const range = this.db.keyRange;
      const tx = await readTransaction(this.db, ['profiles', 'meta']);
      const store = tx.objectStore('profiles');
      const sortIndex = store.index(sort.index);
      const direction: IDBCursorDirection = sort.desc ? 'prev' : 'next';

      const skill = query.skill?.trim() ? skillKey(query.skill) : undefined;
      const tag = query.tag?.trim() ? normalizeTag(query.tag) : undefined;
      const site = query.site?.trim() ? query.site.trim() : undefined;
      const filtered = tokens.length > 0 || skill !== undefined || tag !== undefined || site !== undefined;

      if (filtered && this.memorySearch) {
        // The in-memory index, when it reflects what this transaction sees (same revision).
        const revision = revisionOf(await request(tx.objectStore('meta').get(META_REVISION)));
        const index = this.index;
        if (index && index.revision === revision) {
          const page = index.query({ tokens, skill, tag, site, sort: sortKey, offset, limit });
          const found = (await getMany(store, page.ids)).filter((r) => r !== undefined);
          const { valid, invalidIds } = this.validateRows(found);
          if (invalidIds.length) await this.quarantineInvalid(invalidIds);
          return { records: valid, total: Math.max(0, page.total - invalidIds.length - (page.ids.length - found.length)) };
        }
        this.index = null; // missing, or behind another context's writes: (re)load it for the next searches
        void this.warmSearch().catch(() => undefined);
      }

      const lookups: Array<Promise<IDBValidKey[]>> = tokens.map((tok) => request(store.index('searchTokens').getAllKeys(range.bound(tok, tok + '\uffff'))));
      if (skill !== undefined) lookups.push(request(store.index('skillKeys').getAllKeys(range.only(skill))));
      if (tag !== undefined) lookups.push(request(store.index('tags').getAllKeys(range.only(tag))));
      if (site !== undefined) lookups.push(request(store.index('site').getAllKeys(range.only(site))));

      let rows: unknown[];
      let total: number;
      if (!lookups.length) {
        const counted = MetaCountSchema.safeParse(await request(tx.objectStore('meta').get(META_PROFILE_COUNT)));
        total = counted.success ? counted.data.value : await request(store.count());
        if (!limit || offset >= total) rows = [];
        else if (offset === 0 && !sort.desc) rows = await request(sortIndex.getAll(null, limit));
        else if (offset === 0 && hasDirectedGetAll(sortIndex)) rows = await request((sortIndex.getAll as unknown as (o: object) => IDBRequest<unknown[]>)({ direction, count: limit }));
        else {
          // Deep pages skip with cursor.advance over the index's keys (no record values read).
          const pageIds: IDBValidKey[] = [];
          await walkKeys(sortIndex, direction, (pk) => pageIds.push(pk) < limit, offset);
          rows = await getMany(store, pageIds);
        }
      } else {
        const counted = request(tx.objectStore('meta').get(META_PROFILE_COUNT)).catch(() => undefined);
        const ids = intersect(await Promise.all(lookups));
        total = ids.length;
        if (!ids.length || !limit || offset >= ids.length) rows = [];
        else if (ids.length <= SMALL_MATCH_SET) {
          const found = (await getMany(store, ids)).filter((r) => r !== undefined) as Raw[];
          found.sort(compareRows(sort.index, sort.desc));
          rows = found.slice(offset, offset + limit);
        } else {
          // Many matches: scan the sort index's keys (no record values) in bulk, skip `offset` matches,
          // stop when the page is full. The first batch is sized for the match density.
          const stored = MetaCountSchema.safeParse(await counted);
          const density = stored.success && stored.data.value > 0 ? Math.min(1, ids.length / stored.data.value) : 0.25;
          const wanted = new Set(ids);
          const pageIds: IDBValidKey[] = [];
          let skip = offset;
          await scanKeys(sortIndex, direction, (pk) => {
            if (!wanted.has(pk as string)) return true;
            if (skip > 0) {
              skip--;
              return true;
            }
            return pageIds.push(pk) < limit;
          }, (1.25 * (offset + limit)) / density);
          rows = await getMany(store, pageIds);
        }
      }
      rows = rows.filter((r) => r !== undefined);

      const { valid, invalidIds } = this.validateRows(rows);
      if (invalidIds.length) await this.quarantineInvalid(invalidIds);
      return { records: valid, total: Math.max(0, total - invalidIds.length) };
    });
  }

  /**
   * Loads the in-memory search index (one read of every record, keeping only
   * the search fields) unless it is loaded or loading; resolves when it is
   * ready. Stored records whose search fields do not validate are
   * quarantined. A no-op with `searchIndex: 'indexeddb'`.
   */
  warmSearch(): Promise<void> {
    if (!this.memorySearch || this.index) return Promise.resolve();
    return (this.loading ??= this.run(async () => {
      try {
        const tx = await readTransaction(this.db, ['profiles', 'meta']);
        const revision = request(tx.objectStore('meta').get(META_REVISION));
        const entries: IndexEntry[] = [];
        const bad: string[] = [];
        await readInChunks(tx.objectStore('profiles'), this.db.keyRange, ALL_CHUNK, (rows) => {
          for (const row of rows) {
            const entry = entryOf(row);
            if (entry) entries.push(entry);
            else bad.push(String((row as { id?: unknown } | null)?.id));
          }
        });
        const index = new SearchIndex(revisionOf(await revision));
        index.put(entries);
        this.index = index;
        if (bad.length) await this.quarantineInvalid(bad);
      } finally {
        this.loading = null;
      }
    }));
  }

  /** Whether searches are answered from memory now (for tests and the benchmark). */
  get searchIndexReady(): boolean {
    return this.index !== null;
  }

  /** The library list: search without filters. */
  list(query: Pick<SearchQuery, 'sort' | 'offset' | 'limit'> = {}): Promise<SearchResult> {
    return this.search(query);
  }

  /** The whole library as an export envelope (profiles plus notes, tags and dates), in id order, dated `at`. */
  async exportAll(at: Date = this.now()): Promise<LibraryExport> {
    const records = await this.all(); // validated here, once
    return exportValidatedRecords(records, at);
  }

  /**
   * `JSON.stringify(await exportAll())`, written as the records are read: each
   * chunk becomes text once validated, so the whole library is never held as
   * objects (the export of all for large libraries).
   */
  async exportAllText(at: Date = this.now()): Promise<{ text: string; count: number }> {
    const writer = exportTextWriter(at);
    await this.eachValid((chunk) => writer.add(chunk));
    return { text: writer.finish(), count: writer.count };
  }

  /** Quarantined records, oldest first. */
  async listQuarantine(): Promise<QuarantineEntry[]> {
    return this.run(async () => {
      const rows = (await this.db.quarantine.toArray()) as unknown[];
      return rows.map((row) => {
        const parsed = QuarantineEntrySchema.safeParse(row);
        if (parsed.success) return parsed.data;
        const r = row as { id?: number; at?: unknown } | null;
        return { id: r?.id, at: typeof r?.at === 'string' ? r.at : new Date(0).toISOString(), table: 'profiles' as const, key: null, reason: 'unreadable quarantine entry', record: row };
      });
    });
  }

  // ------------------------------------------------------------------ writes

  /** Saves a profile: new, or replacing the stored version of the same id (notes, tags, corrections and savedAt kept). */
  async save(profile: Profile): Promise<SavedRecord> {
    const [outcome] = await this.saveMany([profile]);
    return outcome!.record;
  }

  /**
   * Saves many profiles in one transaction: all or nothing. A profile equal to
   * the stored one (apart from extractedAt) is left untouched ("unchanged");
   * every other write appends a history entry with what changed.
   */
  async saveMany(profiles: Profile[], opts: SaveManyOptions = {}): Promise<SaveOutcome[]> {
    if (!Array.isArray(profiles)) throw new LibraryError('invalid-data', 'Expected a list of profiles. Nothing was changed.');
    if (!profiles.length) return [];
    const origin = opts.origin ?? 'save';
    // The ids as ProfileSchema reads them (its own id schema), to read the stored records before validating the rest.
    const ids = unique(profiles.flatMap((p) => {
      const id = ProfileSchema.shape.id.safeParse((p as { id?: unknown } | null)?.id);
      return id.success ? [id.data] : [];
    }));
    const result = await this.run(() =>
      this.db.transaction('rw', [this.db.profiles, this.db.history, this.db.quarantine, this.db.meta], async () => {
        const at = this.now().toISOString();
        const countBefore = this.readCount(); // read alongside the records, not after them
        const revisionBefore = this.db.meta.get(META_REVISION).then(revisionOf);
        const { current, bad } = await this.readForWrite(ids, at);
        const stored = new Set([...current.keys(), ...bad.map((b) => b.key)]);
        const written = new Set<string>();
        const out: SaveOutcome[] = [];
        // Writes are queued chunk by chunk as profiles are validated and built, so IndexedDB stores
        // one chunk while the next is validated. A profile that fails validation throws, which
        // aborts the transaction: nothing queued before it is kept (all or nothing).
        const writes: Array<Promise<unknown>> = [];
        const queue = (p: Promise<unknown>) => {
          p.catch(() => undefined); // an abort rejects every queued write; the error that caused it is the one reported
          writes.push(p);
        };
        if (bad.length) queue(this.db.quarantine.bulkAdd(bad));
        for (let start = 0; start < profiles.length; start += WRITE_CHUNK) {
          const puts: SavedRecord[] = [];
          const history: HistoryEntry[] = [];
          for (let i = start; i < Math.min(profiles.length, start + WRITE_CHUNK); i++) {
            const profile = this.checkProfile(profiles[i], i, profiles.length);
            const prev = current.get(profile.id);
            if (prev && sameProfile(prev.profile, profile)) {
              out.push({ record: prev, status: 'unchanged', changes: [] });
              continue;
            }
            const ann = prev ? undefined : opts.annotations?.get(profile.id);
            // `profile` is checkProfile's own parsed copy: the rest of the record is validated here.
            const record = buildRecordFromParsed({
              profile,
              savedAt: prev?.savedAt ?? ann?.savedAt ?? at,
              updatedAt: prev ? at : (ann?.updatedAt ?? at),
              notes: prev?.notes ?? ann?.notes,
              tags: prev?.tags ?? ann?.tags,
              corrections: prev?.corrections ?? ann?.corrections,
            });
            const changes = prev ? diffProfiles(prev.profile, profile) : [];
            current.set(profile.id, record);
            written.add(profile.id);
            puts.push(record); // a later duplicate id is put after this one and wins, as in the result
            history.push(HistoryEntrySchema.parse({ profileId: profile.id, at, kind: prev ? 'updated' : 'created', origin, changes }));
            out.push({ record, status: prev ? 'updated' : 'new', changes });
          }
          if (puts.length) queue(this.db.profiles.bulkPut(puts));
          if (history.length) queue(this.db.history.bulkAdd(history));
        }
        const added = [...written].filter((id) => !stored.has(id)).length;
        const count = await countBefore;
        if (count.success && added) queue(this.db.meta.put({ key: META_PROFILE_COUNT, value: count.data.value + added }));
        const revision = written.size || bad.length ? await revisionBefore : null;
        if (revision !== null) queue(this.db.meta.put({ key: META_REVISION, value: revision + 1 }));
        await Promise.all(writes);
        if (!count.success) await this.addToCount(added, countBefore); // recounts, after the writes
        return { out, revision, quarantined: bad.map((b) => b.key as string) };
      }),
    );
    const outcomes = result.out;
    if (result.revision !== null) {
      const put = new Map(outcomes.filter((o) => o.status !== 'unchanged').map((o) => [o.record.id, o.record])); // the last write of an id wins
      this.indexed(result.revision, { del: result.quarantined, put: [...put.values()] });
    }
    const changed = unique(outcomes.filter((o) => o.status !== 'unchanged').map((o) => o.record.id));
    if (changed.length) this.announce({ type: 'saved', ids: changed });
    return outcomes;
  }

  /** What saveMany would do with these profiles, without writing: counts of new, updated and unchanged. */
  async classify(profiles: Profile[]): Promise<ImportCounts> {
    const checked = this.checkProfiles(profiles);
    return this.run(async () => {
      const { ids, rows } = await this.db.transaction('r', this.db.profiles, async () => {
        const ids = await this.storedAmong(unique(checked.map((p) => p.id)));
        return { ids, rows: await this.db.profiles.bulkGet(ids) };
      });
      const current = new Map<string, Profile>();
      rows.forEach((row, i) => {
        const parsed = row === undefined ? null : SavedRecordSchema.safeParse(row);
        if (parsed?.success) current.set(ids[i]!, parsed.data.profile);
      });
      const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0 };
      for (const p of checked) {
        const prev = current.get(p.id);
        if (!prev) counts.new++;
        else if (sameProfile(prev, p)) counts.unchanged++;
        else counts.updated++;
        current.set(p.id, p);
      }
      return counts;
    });
  }

  async setNotes(id: string, notes: string): Promise<SavedRecord> {
    if (typeof notes !== 'string' || notes.length > 100_000) throw new LibraryError('invalid-data', 'Notes can be at most 100,000 characters. Nothing was changed.');
    return this.annotate(id, () => ({ notes }));
  }

  async addTag(id: string, tag: string): Promise<SavedRecord> {
    const t = normalizeTag(String(tag ?? ''));
    if (!/[\p{L}\p{N}]/u.test(t)) throw new LibraryError('invalid-data', 'A tag needs at least one letter or digit. Nothing was changed.');
    return this.annotate(id, (r) => {
      if (r.tags.includes(t)) return {};
      if (r.tags.length >= 200) throw new LibraryError('invalid-data', 'A profile can have at most 200 tags. Nothing was changed.');
      return { tags: [...r.tags, t] };
    });
  }

  async removeTag(id: string, tag: string): Promise<SavedRecord> {
    const t = normalizeTag(String(tag ?? ''));
    return this.annotate(id, (r) => ({ tags: r.tags.filter((x) => x !== t) }));
  }

  /**
   * Records the user's correction of one field ("headline", "location.text",
   * "experience.0.title"); `undefined` removes it. The correction must fit the
   * profile (the result must still be a valid Profile).
   */
  async setCorrection(id: string, field: string, value: unknown): Promise<SavedRecord> {
    const path = CorrectionPath.safeParse(field);
    if (!path.success) throw new LibraryError('invalid-data', `“${String(field).slice(0, 80)}” is not a profile field that can be corrected. Nothing was changed.`);
    return this.annotate(id, (r) => {
      const next: Corrections = { ...(r.corrections ?? {}) };
      if (value === undefined) delete next[path.data];
      else next[path.data] = value as Corrections[string];
      return { corrections: this.checkCorrections(r.profile, next) };
    });
  }

  /** Replaces all corrections of a record (an empty object removes them). */
  async setCorrections(id: string, corrections: Corrections): Promise<SavedRecord> {
    const parsed = CorrectionsSchema.safeParse(corrections);
    if (!parsed.success) throw new LibraryError('invalid-data', `These corrections cannot be stored (${zodReason(parsed.error)}). Nothing was changed.`);
    return this.annotate(id, (r) => ({ corrections: this.checkCorrections(r.profile, parsed.data) }));
  }

  /** Deletes records and their history; returns what was removed, for restore() (undo). */
  async remove(ids: string[]): Promise<Removed> {
    const keys = unique(ids.filter((x) => typeof x === 'string'));
    if (!keys.length) return { records: [], history: [] };
    const removed = await this.run(() =>
      this.db.transaction('rw', [this.db.profiles, this.db.history, this.db.quarantine, this.db.meta], async () => {
        const { current, bad } = await this.readForWrite(keys, this.now().toISOString());
        const historyRows = (await this.db.history.where('profileId').anyOf(keys).toArray()) as unknown[];
        const history = historyRows.flatMap((h) => {
          const p = HistoryEntrySchema.safeParse(h);
          return p.success ? [p.data] : [];
        });
        if (bad.length) await this.db.quarantine.bulkAdd(bad);
        await this.db.history.bulkDelete(historyRows.map((h) => (h as { id: number }).id));
        await this.db.profiles.bulkDelete(keys);
        await this.addToCount(-(current.size + bad.length));
        const revision = await this.bumpRevision();
        return { removed: { records: keys.flatMap((k) => current.get(k) ?? []), history }, revision };
      }),
    );
    this.indexed(removed.revision, { del: keys });
    this.announce({ type: 'removed', ids: keys });
    return removed.removed;
  }

  /**
   * Puts removed records back (undo of remove), with their history. A record
   * whose id was saved again in the meantime is skipped: the newer save wins.
   */
  async restore(removed: Removed | SavedRecord[]): Promise<{ restored: number; skipped: number }> {
    const result = await this.run(async () => {
      const input = Array.isArray(removed) ? { records: removed, history: [] as HistoryEntry[] } : removed;
      const records = input.records.map((r) => buildRecordFromParsed(SavedRecordSchema.parse(r)));
      const history = (input.history ?? []).map((h) => {
        const { id: _drop, ...rest } = HistoryEntrySchema.parse(h);
        return rest;
      });
      return this.db.transaction('rw', [this.db.profiles, this.db.history, this.db.meta], async () => {
        const existing = await this.db.profiles.bulkGet(records.map((r) => r.id));
        const put = records.filter((_, i) => existing[i] === undefined);
        const putIds = new Set(put.map((r) => r.id));
        await this.db.profiles.bulkPut(put);
        await this.db.history.bulkAdd(history.filter((h) => putIds.has(h.profileId)));
        await this.addToCount(putIds.size);
        const revision = put.length ? await this.bumpRevision() : null;
        return { restored: put.length, skipped: records.length - put.length, ids: [...putIds], put, revision };
      });
    });
    if (result.revision !== null) this.indexed(result.revision, { put: result.put });
    if (result.ids.length) this.announce({ type: 'restored', ids: result.ids });
    return { restored: result.restored, skipped: result.skipped };
  }

  /** Deletes every saved profile and its history. Quarantined records are kept unless `includeQuarantine`. */
  async clear(opts: { includeQuarantine?: boolean } = {}): Promise<void> {
    await this.run(() =>
      this.db.transaction('rw', [this.db.profiles, this.db.history, this.db.quarantine, this.db.meta], async () => {
        await this.db.profiles.clear();
        await this.db.meta.put({ key: META_PROFILE_COUNT, value: 0 });
        await this.db.history.clear();
        if (opts.includeQuarantine) await this.db.quarantine.clear();
        return this.bumpRevision();
      }),
    ).then((revision) => this.indexed(revision, { clear: true }));
    this.announce({ type: 'cleared', ids: [] });
  }

  /** Deletes quarantined entries (all when `ids` is omitted). */
  async discardQuarantined(ids?: number[]): Promise<void> {
    await this.run(async () => {
      if (ids) await this.db.quarantine.bulkDelete(ids);
      else await this.db.quarantine.clear();
    });
  }

  // ------------------------------------------------------------------ internals

  private async run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toLibraryError(e);
    }
  }

  private announce(change: Omit<LibraryChange, 'db'>): void {
    publish({ db: this.db.name, ...change });
  }

  private checkProfiles(profiles: Profile[]): Profile[] {
    if (!Array.isArray(profiles)) throw new LibraryError('invalid-data', 'Expected a list of profiles. Nothing was changed.');
    return profiles.map((p, i) => this.checkProfile(p, i, profiles.length));
  }

  /** Profile `i` of `n`, validated (a fresh parsed copy), or a LibraryError saying which and why. */
  private checkProfile(p: unknown, i: number, n: number): Profile {
    if (isSealedProfile(p)) return p; // validated by ProfileSchema and frozen since (parseImport)
    const parsed = ProfileSchema.safeParse(p);
    if (parsed.success) return parsed.data;
    const id = typeof (p as { id?: unknown })?.id === 'string' ? ` “${(p as { id: string }).id.slice(0, 80)}”` : '';
    const which = n > 1 ? `Profile ${i + 1}${id}` : `This profile${id}`;
    throw new LibraryError('invalid-data', `${which} cannot be saved: ${zodReason(parsed.error)}. Nothing was changed.`, zodReason(parsed.error));
  }

  private checkCorrections(profile: Profile, corrections: Corrections): Corrections | undefined {
    const { skipped } = applyCorrectionsDetailed(profile, corrections);
    if (skipped.length) throw new LibraryError('invalid-data', `The correction to “${skipped[0]}” does not fit this profile. Nothing was changed.`);
    return Object.keys(corrections).length ? corrections : undefined;
  }

  /**
   * Inside a rw transaction that includes `meta`, after its writes to
   * profiles: moves the stored profile count by `delta` (the number of
   * records the transaction added minus those it deleted). A missing or
   * invalid count is recounted instead (count() then already sees the writes).
   */
  private async addToCount(delta: number, before = this.readCount()): Promise<void> {
    const row = await before;
    if (row.success && delta === 0) return;
    const next = row.success && row.data.value + delta >= 0 ? row.data.value + delta : await this.db.profiles.count();
    await this.db.meta.put({ key: META_PROFILE_COUNT, value: next });
  }

  /** Inside a rw transaction that includes `meta`, with writes to profiles: moves the write revision on by one; returns the one before. */
  private async bumpRevision(): Promise<number> {
    const before = revisionOf(await this.db.meta.get(META_REVISION));
    await this.db.meta.put({ key: META_REVISION, value: before + 1 });
    return before;
  }

  /**
   * After a write transaction that moved the revision from `before` to
   * before + 1 has committed: the same change in the in-memory index, if it
   * was at `before`. Otherwise it missed another context's write: it is
   * dropped, and the next search loads it again.
   */
  private indexed(before: number, change: { put?: readonly SavedRecord[]; del?: readonly string[]; clear?: boolean }): void {
    const index = this.index;
    if (!index) return;
    if (index.revision !== before) {
      this.index = null;
      return;
    }
    if (change.clear) index.clear();
    if (change.del?.length) index.delete(change.del);
    if (change.put?.length) index.put(change.put.map(entryOfRecord));
    index.revision = before + 1;
  }

  /** Inside a transaction that includes `meta`: the stored profile count row, validated. */
  private readCount() {
    return this.db.meta.get(META_PROFILE_COUNT).then((row) => MetaCountSchema.safeParse(row));
  }

  /**
   * The ids worth reading: all of them for a few; for many (an import), one
   * request for the stored keys first, keeping only the ids that exist (none
   * in an empty library) instead of a get per id.
   */
  private async storedAmong(ids: string[]): Promise<string[]> {
    if (ids.length <= BULK_READ) return ids;
    const stored = new Set(await this.db.profiles.toCollection().primaryKeys());
    return ids.filter((id) => stored.has(id));
  }

  /** Inside a rw transaction: the valid stored records for `ids`, and quarantine entries for the invalid ones. */
  private async readForWrite(ids: string[], at: string): Promise<{ current: Map<string, SavedRecord>; bad: QuarantineEntry[] }> {
    ids = await this.storedAmong(ids);
    const rows = await this.db.profiles.bulkGet(ids);
    const current = new Map<string, SavedRecord>();
    const bad: QuarantineEntry[] = [];
    rows.forEach((row, i) => {
      if (row === undefined) return;
      const parsed = SavedRecordSchema.safeParse(row);
      if (parsed.success) current.set(ids[i]!, parsed.data);
      else bad.push({ at, table: 'profiles', key: ids[i]!, reason: zodReason(parsed.error), record: row });
    });
    return { current, bad };
  }

  private validateRows(rows: unknown[]): { valid: SavedRecord[]; invalidIds: string[] } {
    const valid: SavedRecord[] = [];
    const invalidIds: string[] = [];
    for (const row of rows) {
      const parsed = SavedRecordSchema.safeParse(row);
      if (parsed.success) valid.push(parsed.data);
      else invalidIds.push(String((row as { id?: unknown } | null)?.id));
    }
    return { valid, invalidIds };
  }

  /** Moves the records with these ids to quarantine if they (still) fail validation. */
  private async quarantineInvalid(ids: string[]): Promise<void> {
    const { moved, revision } = await this.db.transaction('rw', [this.db.profiles, this.db.quarantine, this.db.meta], async () => {
      const { bad } = await this.readForWrite(ids, this.now().toISOString());
      if (!bad.length) return { moved: [], revision: null };
      await this.db.quarantine.bulkAdd(bad);
      await this.db.profiles.bulkDelete(bad.map((b) => b.key as string));
      await this.addToCount(-bad.length);
      return { moved: bad.map((b) => b.key as string), revision: await this.bumpRevision() };
    });
    if (revision !== null) this.indexed(revision, { del: moved });
    if (moved.length) this.announce({ type: 'quarantined', ids: moved });
  }

  /** Read-modify-write of one record's notes, tags or corrections. */
  private async annotate(id: string, change: (r: SavedRecord) => Partial<Pick<SavedRecord, 'notes' | 'tags' | 'corrections'>>): Promise<SavedRecord> {
    const { record, revision } = await this.run(() =>
      this.db.transaction('rw', [this.db.profiles, this.db.quarantine, this.db.meta], async () => {
        const { current, bad } = await this.readForWrite([id], this.now().toISOString());
        if (bad.length) {
          // Commit the move to quarantine; the caller then reports "not found".
          await this.db.quarantine.bulkAdd(bad);
          await this.db.profiles.delete(id);
          await this.addToCount(-1);
          return { record: null, revision: await this.bumpRevision() };
        }
        const r = current.get(id);
        if (!r) return { record: null, revision: null };
        const next = buildRecordFromParsed({ ...r, ...change(r) }); // r: validated by readForWrite
        await this.db.profiles.put(next);
        return { record: next, revision: await this.bumpRevision() };
      }),
    );
    if (revision !== null) this.indexed(revision, record ? { put: [record] } : { del: [id] });
    if (!record) throw new LibraryError('not-found');
    this.announce({ type: 'annotated', ids: [id] });
    return record;
  }
}

/** Opens (lazily) the library database `name` and returns its repository. In tests pass fake-indexeddb's indexedDB and IDBKeyRange. */
export function openLibrary(name: string = DEFAULT_DB_NAME, opts: DbOptions & RepositoryOptions = {}): ProfileRepository {
  return new ProfileRepository(new LibraryDB(name, opts), opts);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/**
 * The ids in every one of the key lists (each from one index lookup; a prefix
 * lookup on a multi-entry index can list an id more than once), without
 * duplicates. Sets are built only for the lists checked against, not for the
 * smallest one, which is walked.
 */
function intersect(lists: IDBValidKey[][]): string[] {
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [smallest, ...rest] = sorted as [IDBValidKey[], ...IDBValidKey[][]];
  const others = rest.map((l) => new Set(l));
  const out: string[] = [];
  const seen = new Set<IDBValidKey>();
  for (const id of smallest) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (others.every((o) => o.has(id))) out.push(id as string);
  }
  return out;
}

/** Drops query tokens that are a prefix of another query token (they add nothing to an intersection). */
function prunePrefixes(tokens: string[]): string[] {
  const u = unique(tokens);
  return u.filter((t) => !u.some((o) => o !== t && o.startsWith(t)));
}

/** In-memory order matching IndexedDB's: by the index key, ties by primary key (both reversed for descending). */
function compareRows(index: string, desc: boolean): (a: Raw, b: Raw) => number {
  const cmp = (x: unknown, y: unknown) => {
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1; // IndexedDB: numbers sort before strings
    if (typeof y === 'number') return 1;
    const sx = String(x ?? ''), sy = String(y ?? '');
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  };
  return (a, b) => {
    const c = cmp(a[index], b[index]) || cmp(a.id, b.id);
    return desc ? -c : c;
  };
}
