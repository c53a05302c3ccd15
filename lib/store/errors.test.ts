/**
 * Faults: IndexedDB/Dexie errors become LibraryErrors with a message a user
 * can act on, and a write that fails half-way (simulated with a Dexie DBCore
 * middleware that throws on a chosen table write inside the transaction)
 * leaves the library exactly as it was.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LibraryDB } from './db';
import { LibraryError, toLibraryError, type LibraryErrorKind } from './errors';
import { makeProfile, makeProfiles } from './fixtures/profiles';
import { fakeDeps, steppingClock, uniqueDbName } from './fixtures/testing';
import { commitImport, parseImport } from './import';
import { ProfileRepository } from './repository';

describe('toLibraryError', () => {
  const dom = (name: string) => new DOMException(`${name} happened`, name);
  it.each<[string, unknown, LibraryErrorKind, RegExp]>([
    ['QuotaExceededError (DOMException)', dom('QuotaExceededError'), 'quota', /run out of storage for Profile Lens/],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota', /run out of storage/],
    ['AbortError caused by a quota error', new Dexie.AbortError('aborted', dom('QuotaExceededError')), 'quota', /run out of storage/],
    ['BulkError with a quota failure', new Dexie.BulkError('bulk', { 0: dom('QuotaExceededError') }), 'quota', /run out of storage/],
    ['DatabaseClosedError', new Dexie.DatabaseClosedError('closed'), 'closed', /was closed/],
    ['AbortError', new Dexie.AbortError('aborted'), 'aborted', /interrupted/],
    ['TransactionInactiveError', new Dexie.TransactionInactiveError('inactive'), 'aborted', /interrupted/],
    ['ConstraintError', dom('ConstraintError'), 'constraint', /conflicts/],
    ['InvalidStateError', dom('InvalidStateError'), 'invalid-state', /busy or was closed/],
    ['VersionError', new Dexie.VersionError('too new'), 'version', /newer version/],
    ['MissingAPIError', new Dexie.MissingAPIError('no indexedDB'), 'unavailable', /cannot store data/],
    ['DataCloneError', dom('DataCloneError'), 'invalid-data', /does not match/],
    ['ZodError', z.string().safeParse(1).error, 'invalid-data', /does not match.*expected string/],
    ['plain Error', new Error('boom'), 'unknown', /could not read or write/],
    ['a string', 'boom', 'unknown', /could not read or write/],
  ])('%s → %s', (_, error, kind, message) => {
    const e = toLibraryError(error);
    expect(e).toBeInstanceOf(LibraryError);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(message);
    expect(e.cause).toBe(error);
  });

  it('passes LibraryErrors through', () => {
    const e = new LibraryError('not-found');
    expect(toLibraryError(e)).toBe(e);
  });
});

/** Throws `error()` on the first write to `table` that matches `when` (inside whatever transaction is running). */
function failOn(table: string, error: () => unknown, when: (req: DBCoreMutateRequest) => boolean = () => true): Middleware<DBCore> {
  let armed = true;
  return {
    stack: 'dbcore',
    name: 'fail-on-' + table,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => {
            if (armed && name === table && when(req)) {
              armed = false;
              return Promise.reject(error());
            }
            return t.mutate(req);
          },
        };
      },
    }),
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const opened: ProfileRepository[] = [];
afterEach(() => {
  for (const r of opened.splice(0)) r.close();
});

/** A repository with data already in it, and a second connection to the same database that will fail as told. */
async function setup(middleware?: Middleware<DBCore>) {
  const name = uniqueDbName('faults');
  const good = new ProfileRepository(new LibraryDB(name, fakeDeps), { now: steppingClock() });
  const [a, b, c] = makeProfiles(3);
  await good.saveMany([a!, b!, c!]);
  await good.addTag(a!.id, 'keep');
  const db = new LibraryDB(name, fakeDeps);
  if (middleware) db.use(middleware);
  const failing = new ProfileRepository(db, { now: steppingClock('2026-05-01T00:00:00.000Z') });
  opened.push(good, failing);
  const snapshot = async () => ({
    records: await good.all(),
    history: await good.db.history.toArray(),
    quarantine: await good.db.quarantine.toArray(),
  });
  return { good, failing, profiles: [a!, b!, c!], before: await snapshot(), snapshot };
}

describe('a write that fails half-way changes nothing', () => {
  it('saveMany: history write fails after the profile writes', async () => {
    const { failing, profiles, before, snapshot } = await setup(failOn('history', quota));
    const changed = profiles.map((p) => ({ ...p, headline: 'changed' }));
    const err = await failing.saveMany([...changed, makeProfile({ id: 'new:1' })]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err).toMatchObject({ kind: 'quota', message: expect.stringMatching(/^Your browser has run out of storage for Profile Lens.*Nothing was changed/) });
    expect(await snapshot()).toEqual(before);
  });

  it('save: the profile write itself fails', async () => {
    const { failing, profiles, before, snapshot } = await setup(failOn('profiles', quota, (r) => r.type === 'put'));
    await expect(failing.save({ ...profiles[0]!, headline: 'x' })).rejects.toMatchObject({ kind: 'quota' });
    expect(await snapshot()).toEqual(before);
    // The next attempt (the middleware fires once) goes through.
    await failing.save({ ...profiles[0]!, headline: 'x' });
    expect((await failing.get(profiles[0]!.id))?.profile.headline).toBe('x');
  });

  it('commitImport: a constraint error on the last write rolls back the whole import', async () => {
    const { failing, profiles, before, snapshot } = await setup(failOn('history', () => new DOMException('Key already exists', 'ConstraintError')));
    const text = JSON.stringify({ format: 'profile-lens.export', schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', profiles: [...makeProfiles(6, 99).map((p, i) => ({ ...p, id: `import:${i}` })), { ...profiles[1]!, headline: 'imported' }] });
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await expect(commitImport(failing, parsed.profiles)).rejects.toMatchObject({ kind: 'constraint' });
    expect(await snapshot()).toEqual(before);
  });

  it('remove: deleting the profiles fails after their history was deleted', async () => {
    const { failing, profiles, before, snapshot } = await setup(failOn('profiles', () => new Dexie.AbortError('aborted'), (r) => r.type === 'delete'));
    await expect(failing.remove(profiles.map((p) => p.id))).rejects.toMatchObject({ kind: 'aborted' });
    expect(await snapshot()).toEqual(before);
  });

  it('setNotes and addTag: the write fails', async () => {
    const { failing, profiles, before, snapshot } = await setup(failOn('profiles', () => new DOMException('closing', 'InvalidStateError')));
    await expect(failing.setNotes(profiles[0]!.id, 'lost')).rejects.toMatchObject({ kind: 'invalid-state' });
    expect(await snapshot()).toEqual(before);
  });

  it('clear: clearing history fails after profiles were cleared', async () => {
    const { failing, before, snapshot } = await setup(failOn('history', quota, (r) => r.type === 'deleteRange'));
    await expect(failing.clear()).rejects.toMatchObject({ kind: 'quota' });
    expect(await snapshot()).toEqual(before);
  });

  it('an exception thrown by our own code inside the transaction also rolls back (invalid restore)', async () => {
    const { failing, profiles, before, snapshot } = await setup();
    const rec = (await failing.get(profiles[0]!.id))!;
    await expect(failing.restore([{ ...rec, id: 'x:other' }])).rejects.toMatchObject({ kind: 'invalid-data' });
    expect(await snapshot()).toEqual(before);
  });
});

describe('closed database', () => {
  it('reports a closed library in words, not a stack trace', async () => {
    const repo = new ProfileRepository(new LibraryDB(uniqueDbName('closed'), fakeDeps));
    await repo.save(makeProfile());
    repo.close();
    const err = await repo.get('himalayas:ada-lovelace').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect(err).toMatchObject({ kind: 'closed' });
    expect((err as LibraryError).message).toMatch(/Reopen the panel/);
  });
});
