/**
 * The library's search, in memory: a compact entry per stored record (its
 * sort keys and the derived index fields: search tokens, skill keys, tags,
 * site), searched by a scan in sort order with exact totals.
 *
 * Why: IndexedDB answers a search by reading index entries, about 10 µs each
 * in Chromium, so a query matching most of the library (one letter, a site
 * filter on a one-site library) cost 90–170 ms at 10,000 profiles. A scan of
 * 10,000 compact entries costs a few milliseconds whatever it matches.
 *
 * The index knows which database revision it reflects (`revision`; the
 * repository bumps a counter in the meta table with every write transaction
 * and applies its own writes here after they commit). A search whose read
 * transaction sees another revision does not use it (another context wrote:
 * the repository reloads the index). Pure TypeScript: no IndexedDB here.
 */
import * as z from 'zod';
import { DerivedFieldsSchema } from './records';

export type SortKey = 'recent' | 'name' | 'experience';

/** What the index keeps of a record: the fields search and sort read, validated when loaded. */
export const IndexEntrySchema = z.object({
  id: z.string().max(600),
  updatedAt: z.string().max(40),
  nameKey: DerivedFieldsSchema.shape.nameKey,
  totalMonths: DerivedFieldsSchema.shape.totalMonths,
  site: DerivedFieldsSchema.shape.site,
  skillKeys: DerivedFieldsSchema.shape.skillKeys,
  searchTokens: DerivedFieldsSchema.shape.searchTokens,
  tags: z.array(z.string().max(64)).max(200),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/** A query after the repository has folded it: whole tokens (prefix match), a skill key, a tag, a site. */
export interface IndexQuery {
  tokens: readonly string[];
  skill?: string;
  tag?: string;
  site?: string;
  sort: SortKey;
  offset: number;
  limit: number;
}

/**
 * An entry as searched: the tokens joined into one string, each preceded by
 * SEP, so "some token starts with q" is one `includes(SEP + q)` (tokens never
 * hold SEP: they are runs of letters, digits and + # . - _ ').
 */
interface Slot {
  id: string;
  updatedAt: string;
  nameKey: string;
  totalMonths: number;
  site: string;
  skillKeys: readonly string[];
  tags: readonly string[];
  haystack: string;
}

const SEP = '\u0001';

/** Picks the index fields out of a stored row (a record); null when they do not validate. */
export function entryOf(row: unknown): IndexEntry | null {
  const r = row as Record<string, unknown> | null;
  if (!r || typeof r !== 'object') return null;
  const parsed = IndexEntrySchema.safeParse({
    id: r.id,
    updatedAt: r.updatedAt,
    nameKey: r.nameKey,
    totalMonths: r.totalMonths,
    site: r.site,
    skillKeys: r.skillKeys,
    searchTokens: r.searchTokens,
    tags: r.tags,
  });
  return parsed.success ? parsed.data : null;
}

/** The search fields of a record already validated as a whole (SavedRecordSchema), without validating again. */
export function entryOfRecord(r: IndexEntry): IndexEntry {
  return { id: r.id, updatedAt: r.updatedAt, nameKey: r.nameKey, totalMonths: r.totalMonths, site: r.site, skillKeys: r.skillKeys, searchTokens: r.searchTokens, tags: r.tags };
}

/** IndexedDB's key order for these sort keys: numbers compare as numbers, strings by code unit; ties by id. */
function comparator(sort: SortKey): (a: Slot, b: Slot) => number {
  const byId = (a: Slot, b: Slot) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'experience') return (a, b) => b.totalMonths - a.totalMonths || byId(b, a);
  if (sort === 'name') return (a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : byId(a, b));
  return (a, b) => (a.updatedAt > b.updatedAt ? -1 : a.updatedAt < b.updatedAt ? 1 : byId(b, a));
}

export class SearchIndex {
  private readonly slots = new Map<string, Slot>();
  /** Each sort order, built when first asked for after a change. */
  private orders: Partial<Record<SortKey, Slot[]>> = {};

  /** The database revision this index reflects. */
  constructor(public revision: number) {}

  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Adds or replaces entries. */
  put(entries: Iterable<IndexEntry>): void {
    for (const e of entries) {
      this.slots.set(e.id, {
        id: e.id,
        updatedAt: e.updatedAt,
        nameKey: e.nameKey,
        totalMonths: e.totalMonths,
        site: e.site,
        skillKeys: e.skillKeys,
        tags: e.tags,
        haystack: e.searchTokens.length ? SEP + e.searchTokens.join(SEP) : '',
      });
    }
    this.orders = {};
  }

  delete(ids: Iterable<string>): void {
    for (const id of ids) this.slots.delete(id);
    this.orders = {};
  }

  clear(): void {
    this.slots.clear();
    this.orders = {};
  }

  /** The ids of one page of matches, in sort order, and how many match in all. */
  query(q: IndexQuery): { ids: string[]; total: number } {
    const order = this.order(q.sort);
    const needles = q.tokens.map((t) => SEP + t);
    const { skill, tag, site } = q;
    const end = q.offset + q.limit;
    const ids: string[] = [];
    let total = 0;
    for (const s of order) {
      if (site !== undefined && s.site !== site) continue;
      if (tag !== undefined && !s.tags.includes(tag)) continue;
      if (skill !== undefined && !s.skillKeys.includes(skill)) continue;
      let hit = true;
      for (const n of needles) {
        if (!s.haystack.includes(n)) {
          hit = false;
          break;
        }
      }
      if (!hit) continue;
      if (total >= q.offset && total < end) ids.push(s.id);
      total++;
    }
    return { ids, total };
  }

  private order(sort: SortKey): Slot[] {
    return (this.orders[sort] ??= [...this.slots.values()].sort(comparator(sort)));
  }
}
