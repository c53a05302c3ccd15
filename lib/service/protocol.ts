/**
 * The service protocol: what the side panel and the options page ask the
 * background, and what it answers. The background owns the pipeline and the
 * library (the one context that writes to IndexedDB); the pages are views.
 *
 * Both sides validate: the background parses every request with
 * ServiceRequestSchema (and checks the sender is one of the extension's own
 * pages), the pages parse every answer with the schema of its operation
 * (RESPONSE_SCHEMAS). Written with zod/mini, which the panel ships.
 */
import * as z from 'zod/mini';
import { ProfileSchema } from '../schema/profile';

z.config({ jitless: true });

/** Marks our messages among the runtime messages (the content script sends others). */
export const SERVICE_CHANNEL = 'profile-lens.service';
/** The library's IndexedDB name (lib/store/db.ts DEFAULT_DB_NAME): the pages subscribe to its change feed by it. */
export const LIBRARY_NAME = 'profile-lens';

const str = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const count = () => z.int().check(z.minimum(0));
const iso = z.iso.datetime();
const Id = str(600);
const Tag = str(64);

/** Import files are read by the page and handed over as text; the page refuses larger files first. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

/** Names what an import preview read, held by the background until it is committed. */
const ImportToken = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));

/** The name of a file's reply channel: FILE_CHANNEL_PREFIX and a random id. */
const FILE_CHANNEL_PATTERN = /^profile-lens\.file\.[A-Za-z0-9-]{8,64}$/;

export const SortOrderSchema = z.enum(['recent', 'name', 'experience']);
export type SortOrder = z.infer<typeof SortOrderSchema>;

export const LibraryQuerySchema = z.object({
  text: z.optional(str(500)),
  skill: z.optional(str(200)),
  tag: z.optional(str(64)),
  site: z.optional(str(40)),
  sort: z.optional(SortOrderSchema),
  offset: z.optional(count()),
  limit: z.optional(z.int().check(z.minimum(0), z.maximum(1000))),
});
export type LibraryQuery = z.infer<typeof LibraryQuerySchema>;

export const ExportFormatSchema = z.enum(['json', 'csv', 'jsonresume']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** What undo of a delete needs; opaque to the pages (the background validates it again when it comes back). */
export const RemovedSchema = z.object({ records: list(z.unknown(), 100_000), history: list(z.unknown(), 1_000_000) });
export type RemovedToken = z.infer<typeof RemovedSchema>;

export const ServiceRequestSchema = z.discriminatedUnion('op', [
  /** Pasted text → a profile, through the same pipeline as pages. */
  z.object({ op: z.literal('extract-text'), text: str(2_000_000) }),
  /** The saved state of this extracted profile, and the profile as the user sees it (corrections applied). */
  z.object({ op: z.literal('saved-state'), profile: ProfileSchema }),
  z.object({ op: z.literal('save'), profile: ProfileSchema }),
  z.object({ op: z.literal('set-notes'), id: Id, notes: str(100_000) }),
  z.object({ op: z.literal('add-tag'), id: Id, tag: str(200) }),
  z.object({ op: z.literal('remove-tag'), id: Id, tag: str(200) }),
  /** A user's correction of one field; saves the profile first when it is not saved yet. An empty value removes it. */
  z.object({ op: z.literal('correct'), profile: ProfileSchema, field: str(200), value: str(5000) }),
  /** A saved record, to show it in the panel. */
  z.object({ op: z.literal('get'), id: Id }),
  z.object({ op: z.literal('search'), query: LibraryQuerySchema }),
  z.object({ op: z.literal('remove'), ids: list(Id, 100_000) }),
  z.object({ op: z.literal('restore'), removed: RemovedSchema }),
  /**
   * A file: of the profiles `ids`, else those matching `query` (all pages of it), else all;
   * or, for JSON Resume, of `profile` when given (the one on screen).
   */
  z.object({
    op: z.literal('export'),
    format: ExportFormatSchema,
    ids: z.optional(list(Id, 100_000)),
    query: z.optional(LibraryQuerySchema),
    profile: z.optional(ProfileSchema),
    /** When given, the file's text comes on this BroadcastChannel (see fetchFile) and the answer carries `sent: true`. */
    replyChannel: z.optional(z.string().check(z.regex(FILE_CHANNEL_PATTERN))),
  }),
  /** Validates an import file and says what it would do; writes nothing. */
  z.object({ op: z.literal('import-preview'), text: str(MAX_IMPORT_CHARS) }),
  /**
   * Commits, in one transaction, what the preview with this `token` read (the background holds it),
   * or else the file `text`, validated again. Without text, an unknown or used token answers `expired`.
   */
  z.object({ op: z.literal('import-commit'), token: z.optional(ImportToken), text: z.optional(str(MAX_IMPORT_CHARS)) }),
  z.object({ op: z.literal('count') }),
  /** Every saved profile, its history and the quarantine; settings stay. */
  z.object({ op: z.literal('delete-everything') }),
]);
export type ServiceRequest = z.infer<typeof ServiceRequestSchema>;
export type ServiceOp = ServiceRequest['op'];
export type RequestOf<O extends ServiceOp> = Extract<ServiceRequest, { op: O }>;

/** A saved record as the panel shows it. */
export const SavedInfoSchema = z.object({
  id: Id,
  savedAt: iso,
  updatedAt: iso,
  notes: str(100_000),
  tags: list(Tag, 200),
  /** What differs between the profile asked about and the saved one (empty when nothing or not asked). */
  changes: list(str(2000), 1000),
});
export type SavedInfo = z.infer<typeof SavedInfoSchema>;

/** One row of the library list: what the list shows, not the whole record. */
export const LibraryRowSchema = z.object({
  id: Id,
  name: str(500),
  title: z.nullable(str(500)),
  company: z.nullable(str(500)),
  totalMonths: z.nullable(count()),
  location: z.nullable(str(500)),
  site: str(40),
  url: str(4096),
  updatedAt: iso,
  tags: list(Tag, 200),
});
export type LibraryRow = z.infer<typeof LibraryRowSchema>;

export const ImportCountsSchema = z.object({ new: count(), updated: count(), unchanged: count() });
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

const SavedStateSchema = z.object({ saved: z.nullable(SavedInfoSchema), effective: ProfileSchema });
export type SavedState = z.infer<typeof SavedStateSchema>;

const FileSchema = z.object({
  fileName: str(300),
  mime: str(100),
  /** Empty when `sent`: the text came on the request's replyChannel. */
  text: z.string(),
  count: count(),
  sent: z.optional(z.literal(true)),
});
export type ServiceFile = z.infer<typeof FileSchema>;

/**
 * A file's text on its own BroadcastChannel, from the background to the page
 * that asked (same extension origin only; web pages and content scripts
 * cannot join it). A structured clone: a 20 MB export is copied, not
 * JSON-escaped into a runtime message and parsed again.
 */
export const FileTextSchema = z.object({ text: z.string() });
export const FILE_CHANNEL_PREFIX = 'profile-lens.file.';

export const RESPONSE_SCHEMAS = {
  'extract-text': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), profile: ProfileSchema }), z.object({ ok: z.literal(false), reason: str(2000) })]),
  'saved-state': SavedStateSchema,
  save: SavedStateSchema,
  'set-notes': SavedInfoSchema,
  'add-tag': SavedInfoSchema,
  'remove-tag': SavedInfoSchema,
  correct: SavedStateSchema,
  get: z.object({ profile: ProfileSchema }),
  search: z.object({ rows: list(LibraryRowSchema, 1000), total: count(), tags: list(Tag, 100_000), quarantined: count() }),
  remove: z.object({ removed: RemovedSchema, count: count() }),
  restore: z.object({ restored: count(), skipped: count() }),
  export: FileSchema,
  'import-preview': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), counts: ImportCountsSchema, rejected: list(z.object({ index: count(), reason: str(2000) }), 100_000), token: ImportToken }),
    z.object({ ok: z.literal(false), reason: str(2000) }),
  ]),
  'import-commit': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), counts: ImportCountsSchema }),
    z.object({ ok: z.literal(false), reason: str(2000), expired: z.optional(z.literal(true)) }),
  ]),
  count: z.object({ count: count() }),
  'delete-everything': z.object({}),
} satisfies Record<ServiceOp, z.core.SomeType>;

export type ResponseOf<O extends ServiceOp> = z.infer<(typeof RESPONSE_SCHEMAS)[O]>;

/** The envelope on the wire, both ways. */
export const ServiceMessageSchema = z.object({ channel: z.literal(SERVICE_CHANNEL), request: z.unknown() });
export const ServiceReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: str(2000) }),
]);
export type ServiceReply = z.infer<typeof ServiceReplySchema>;
