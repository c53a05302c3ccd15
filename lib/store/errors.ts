/**
 * Library faults as one error type with a message a user can act on. Every
 * public repository method rejects only with a LibraryError; IndexedDB and
 * Dexie errors (QuotaExceededError, DatabaseClosedError, AbortError, …) are
 * mapped here. Writes run in transactions, so a failed write changed nothing,
 * and the messages say so.
 */
import { ZodError } from 'zod';
import { zodReason } from './records';

export type LibraryErrorKind =
  | 'quota'
  | 'closed'
  | 'aborted'
  | 'constraint'
  | 'invalid-state'
  | 'version'
  | 'blocked'
  | 'unavailable'
  | 'invalid-data'
  | 'not-found'
  | 'unknown';

const MESSAGES: Record<LibraryErrorKind, string> = {
  quota:
    'Your browser has run out of storage for Profile Lens. Nothing was changed. Free some space (delete saved profiles you no longer need, or export the library and clear it) and try again.',
  closed: 'The Profile Lens library was closed, for example by an update in another window. Nothing was changed. Reopen the panel and try again.',
  aborted: 'The change to your Profile Lens library was interrupted before it finished. Nothing was changed; please try again.',
  constraint: 'That change conflicts with a record already in your Profile Lens library. Nothing was changed.',
  'invalid-state': 'The Profile Lens library is busy or was closed while working. Nothing was changed; please try again.',
  version: 'Your Profile Lens library was written by a newer version of the extension. Update Profile Lens to open it.',
  blocked: 'Another Profile Lens window is holding the library open with an older version. Close other Profile Lens tabs and panels, then try again.',
  unavailable: 'This browser context cannot store data for Profile Lens (storage may be disabled, for example in a private window).',
  'invalid-data': 'This data does not match what Profile Lens can store. Nothing was changed.',
  'not-found': 'That profile is not in your library; it may have been deleted in another window.',
  unknown: 'Profile Lens could not read or write its library. Nothing was changed; please try again.',
};

export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  constructor(
    readonly kind: LibraryErrorKind,
    message: string = MESSAGES[kind],
    /** The technical detail (original error name and message), for logs. */
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Dexie / DOMException error names → kinds. Dexie keeps the IndexedDB names (e.g. "QuotaExceededError"). */
const BY_NAME: Record<string, LibraryErrorKind> = {
  QuotaExceededError: 'quota',
  DatabaseClosedError: 'closed',
  AbortError: 'aborted',
  TransactionInactiveError: 'aborted',
  PrematureCommitError: 'aborted',
  TimeoutError: 'aborted',
  ConstraintError: 'constraint',
  InvalidStateError: 'invalid-state',
  VersionError: 'version',
  UpgradeError: 'version',
  OpenFailedError: 'unavailable',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
  NotFoundError: 'unknown',
  DataCloneError: 'invalid-data',
  DataError: 'invalid-data',
};
/** When an error chain holds several names, the most specific wins (a quota error aborts the transaction too). */
const PRIORITY: LibraryErrorKind[] = ['quota', 'version', 'blocked', 'unavailable', 'constraint', 'invalid-data', 'closed', 'invalid-state', 'aborted'];

function chain(e: unknown): unknown[] {
  const out: unknown[] = [];
  const queue = [e];
  while (queue.length && out.length < 20) {
    const x = queue.shift();
    if (!x || typeof x !== 'object' || out.includes(x)) continue;
    out.push(x);
    const o = x as { inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
    queue.push(o.inner, o.cause);
    if (Array.isArray(o.failures)) queue.push(...o.failures);
    if (o.failuresByPos && typeof o.failuresByPos === 'object') queue.push(...Object.values(o.failuresByPos));
  }
  return out;
}

/** Maps anything thrown by Dexie, IndexedDB or zod to a LibraryError (LibraryErrors pass through). */
export function toLibraryError(e: unknown): LibraryError {
  if (e instanceof LibraryError) return e;
  if (e instanceof ZodError) return new LibraryError('invalid-data', `${MESSAGES['invalid-data']} (${zodReason(e)})`, zodReason(e), { cause: e });
  const links = chain(e);
  const kinds = new Set<LibraryErrorKind>();
  for (const x of links) {
    const name = (x as { name?: unknown }).name;
    if (typeof name === 'string' && BY_NAME[name]) kinds.add(BY_NAME[name]);
    const msg = (x as { message?: unknown }).message;
    if (typeof msg === 'string' && /\bblocked\b/i.test(msg) && name !== 'AbortError') kinds.add('blocked');
  }
  const kind = PRIORITY.find((k) => kinds.has(k)) ?? 'unknown';
  const first = links[0] as { name?: unknown; message?: unknown } | undefined;
  const detail = first ? `${String(first.name ?? 'Error')}: ${String(first.message ?? '')}` : String(e);
  return new LibraryError(kind, MESSAGES[kind], detail, { cause: e });
}

export function libraryMessage(kind: LibraryErrorKind): string {
  return MESSAGES[kind];
}
