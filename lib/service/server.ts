/**
 * The background's side of the service protocol (protocol.ts): it runs the
 * pipeline on pasted text and is the one writer of the library. Pure apart
 * from its dependencies, so Node tests drive it with fake-indexeddb.
 *
 * `handle(message)` validates the request, runs it and answers with a
 * ServiceReply; it never throws. Library failures come back as their
 * user-facing LibraryError message.
 */
import { t } from '../i18n';
import { runPipeline } from '../pipeline';
import type { Profile } from '../schema/profile';
import { textId, textSnapshot } from '../snapshot/text';
import { buildExport, toCsv, toJsonResume } from '../store/export';
import { commitImport, parseImport, previewImport } from '../store/import';
import { recordKey, LegacyStorageLibrary, type KeyValueArea } from '../store/library';
import { effectiveProfile, type SavedRecord } from '../store/records';
import type { ProfileRepository, Removed, SearchQuery } from '../store/repository';
import { exportFileName, fileSlug } from './files';
import {
  ServiceRequestSchema,
  type LibraryQuery,
  type LibraryRow,
  type RequestOf,
  type ResponseOf,
  type SavedInfo,
  type ServiceOp,
  type ServiceReply,
} from './protocol';

export interface ServiceDeps {
  repo: ProfileRepository;
  /** storage.local, where earlier versions kept saved profiles ("profile:<id>"): delete-everything clears them too. */
  legacyArea?: KeyValueArea;
  now?: () => Date;
  /** Sends a file's text on a reply channel (default: a BroadcastChannel of that name). */
  postFile?: (channel: string, text: string) => void;
}

/** Posts `{ text }` once on the BroadcastChannel `name` (delivery of a posted message survives the close). */
export function broadcastFile(name: string, text: string): void {
  const channel = new BroadcastChannel(name);
  try {
    channel.postMessage({ text });
  } finally {
    channel.close();
  }
}

/** How long the background holds what an import preview read, waiting for the user's "Import". */
const HELD_IMPORT_MS = 15 * 60_000;

/** Beyond this many profiles an export is written without indentation (smaller and faster). */
const PRETTY_EXPORT_MAX = 1000;
const SEARCH_PAGE = 1000;

type Handlers = { [O in ServiceOp]: (req: RequestOf<O>) => Promise<ResponseOf<O>> };

export function createService(deps: ServiceDeps): { handle(message: unknown): Promise<ServiceReply> } {
  const { repo } = deps;
  const now = deps.now ?? (() => new Date());

  const info = (r: SavedRecord, changes: string[] = []): SavedInfo => ({ id: r.id, savedAt: r.savedAt, updatedAt: r.updatedAt, notes: r.notes, tags: r.tags, changes });

  /** The saved state of `profile`; `known` is its record when the caller already holds it (just written). */
  async function savedState(profile: Profile, known?: SavedRecord) {
    const saved = await repo.compareWithSaved(profile, known);
    if (!saved) return { saved: null, effective: profile };
    const { record, changes } = saved;
    return { saved: info(record, changes.map((c) => c.text)), effective: effectiveProfile({ profile, corrections: record.corrections }) };
  }

  const toSearch = (q: LibraryQuery): SearchQuery => ({
    text: q.text?.trim() || undefined,
    skill: q.skill?.trim() || undefined,
    tag: q.tag?.trim() || undefined,
    site: q.site?.trim() || undefined,
    sort: q.sort,
    offset: q.offset,
    limit: q.limit,
  });

  function row(r: SavedRecord): LibraryRow {
    const p = effectiveProfile(r);
    const current = p.experience.find((e) => e.current) ?? p.experience[0];
    return {
      id: r.id,
      name: p.name,
      title: current?.title || null,
      company: current?.company || null,
      totalMonths: p.stats.totalExperienceMonths,
      location: p.location?.text ?? null,
      site: p.source.site,
      url: p.source.url,
      updatedAt: r.updatedAt,
      tags: r.tags,
    };
  }

  /** The records an export covers: the ids given, else every match of the query (all pages), else null (everything). */
  async function chosen(req: RequestOf<'export'>): Promise<SavedRecord[] | null> {
    if (req.ids?.length) return repo.getMany(req.ids);
    if (!req.query) return null;
    const out: SavedRecord[] = [];
    for (let offset = 0; ; offset += SEARCH_PAGE) {
      const page = await repo.search({ ...toSearch(req.query), offset, limit: SEARCH_PAGE });
      out.push(...page.records);
      if (!page.records.length || out.length >= page.total) return out;
    }
  }

  async function exportOf(req: RequestOf<'export'>): Promise<ResponseOf<'export'>> {
    const at = now();
    if (req.format === 'jsonresume') {
      // The one on screen, else the first chosen, else the first in the list.
      const records = req.profile ? [] : ((await chosen(req)) ?? (await repo.search({ limit: 1 })).records);
      const profile = req.profile ?? records.map(effectiveProfile)[0];
      if (!profile) throw new Error(t('chooseProfileForResume'));
      return { fileName: `${fileSlug(profile.name)}.resume.json`, mime: 'application/json', text: JSON.stringify(toJsonResume(profile), null, 2), count: 1 };
    }
    const records = await chosen(req);
    if (req.format === 'csv') {
      const all = records ?? (await repo.all());
      return { fileName: exportFileName(at, 'csv'), mime: 'text/csv', text: toCsv(all.map((r) => ({ ...r, profile: effectiveProfile(r) }))), count: all.length };
    }
    const file = (text: string, count: number) => ({ fileName: exportFileName(at, 'json'), mime: 'application/json', text, count });
    // A large library is written compact, as it is read (never held as objects).
    if (!records && (await repo.search({ limit: 0 })).total > PRETTY_EXPORT_MAX) {
      const { text, count } = await repo.exportAllText(at);
      return file(text, count);
    }
    const envelope = records ? buildExport(records.map((r) => r.profile), at, { records }) : await repo.exportAll(at);
    const n = envelope.profiles.length;
    return file(JSON.stringify(envelope, null, n <= PRETTY_EXPORT_MAX ? 2 : undefined), n);
  }

  /** The answer of an export: the file, or its name and count with the text sent on the request's reply channel. */
  function answerFile(req: RequestOf<'export'>, file: ResponseOf<'export'>): ResponseOf<'export'> {
    if (!req.replyChannel) return file;
    (deps.postFile ?? broadcastFile)(req.replyChannel, file.text);
    return { ...file, text: '', sent: true };
  }

  // The last preview's validated profiles, so "Import" commits exactly what was previewed without the
  // file crossing again and being parsed again. One at a time; gone when used, replaced or stale (and
  // with the service worker: the page then sends the file again).
  let held: { token: string; at: number; parsed: Extract<ReturnType<typeof parseImport>, { ok: true }> } | null = null;
  const takeHeld = (token: string | undefined) => {
    const h = held;
    if (!token || !h || h.token !== token) return null;
    held = null;
    return now().getTime() - h.at <= HELD_IMPORT_MS ? h.parsed : null;
  };

  const handlers: Handlers = {
    'extract-text': async ({ text }) => runPipeline(textSnapshot(text, `text:${textId(text)}`), { now: now() }),
    'saved-state': ({ profile }) => savedState(profile),
    save: async ({ profile }) => savedState(profile, await repo.save(profile)),
    'set-notes': async ({ id, notes }) => info(await repo.setNotes(id, notes)),
    'add-tag': async ({ id, tag }) => info(await repo.addTag(id, tag)),
    'remove-tag': async ({ id, tag }) => info(await repo.removeTag(id, tag)),
    correct: async ({ profile, field, value }) => {
      if (!(await repo.get(profile.id))) await repo.save(profile);
      return savedState(profile, await repo.setCorrection(profile.id, field, value.trim() ? value : undefined));
    },
    get: async ({ id }) => {
      const record = await repo.get(id);
      if (!record) throw new Error(t('profileGone'));
      return { profile: record.profile };
    },
    search: async ({ query }) => {
      const [result, tags, quarantine] = await Promise.all([repo.search(toSearch(query)), repo.listTags(), repo.listQuarantine()]);
      // The library is open: load the in-memory search index now (after this answer), for the searches to come.
      setTimeout(() => void repo.warmSearch().catch(() => undefined), 0);
      return { rows: result.records.map(row), total: result.total, tags, quarantined: quarantine.length };
    },
    remove: async ({ ids }) => {
      const removed = await repo.remove(ids);
      return { removed, count: removed.records.length };
    },
    restore: ({ removed }) => repo.restore(removed as unknown as Removed),
    export: async (req) => answerFile(req, await exportOf(req)),
    'import-preview': async ({ text }) => {
      held = null;
      const parsed = parseImport(text, { now: now() });
      if (!parsed.ok) return { ok: false as const, reason: parsed.reason };
      const counts = await previewImport(repo, parsed.profiles);
      held = { token: crypto.randomUUID(), at: now().getTime(), parsed };
      return { ok: true as const, counts, rejected: parsed.rejected, token: held.token };
    },
    'import-commit': async ({ token, text }) => {
      const parsed = takeHeld(token) ?? (text === undefined ? null : parseImport(text, { now: now() }));
      if (!parsed) return { ok: false as const, reason: t('importPreviewExpired'), expired: true as const };
      if (!parsed.ok) return { ok: false as const, reason: parsed.reason };
      return { ok: true as const, counts: await commitImport(repo, parsed.profiles, { annotations: parsed.annotations }) };
    },
    count: async () => ({ count: await repo.count() }),
    'delete-everything': async () => {
      await repo.clear({ includeQuarantine: true });
      if (deps.legacyArea) {
        const legacy = await new LegacyStorageLibrary(deps.legacyArea).list();
        const keys = [...legacy.records.map((r) => recordKey(r.profile.id)), ...legacy.quarantined.map((q) => q.key)];
        if (keys.length) await deps.legacyArea.remove(keys);
      }
      return {};
    },
  };

  return {
    async handle(message: unknown): Promise<ServiceReply> {
      const parsed = ServiceRequestSchema.safeParse(message);
      if (!parsed.success) return { ok: false, error: t('requestNotUnderstood') };
      const request = parsed.data;
      try {
        const handler = handlers[request.op] as (r: typeof request) => Promise<unknown>;
        return { ok: true, value: await handler(request) };
      } catch (e) {
        return { ok: false, error: (e instanceof Error ? e.message : String(e)).slice(0, 2000) || 'Something went wrong.' };
      }
    },
  };
}
