/**
 * A benchmark of the library on a given repository (real IndexedDB in
 * Chromium, or fake-indexeddb in Node). It needs an empty library (or
 * `allowClear: true`, which clears it first) and leaves it empty. It:
 * saves n generated profiles one by one (p50 of a save), searches by name and
 * by skill (the slower of the two), reads the first page of the list sorted
 * by recent, exports everything (the JSON text, as the service writes an
 * export of all), and imports that
 * export into the cleared library (parse + one-transaction commit).
 * librarySearchMs is the slower of the name and the skill search, once the
 * in-memory search index is loaded (librarySearchIndexLoadMs: the background
 * loads it when the library is first listed); with `cold`, a repository on
 * the same database that answers through IndexedDB's indexes, the same
 * searches are also timed as they run before the index is loaded
 * (librarySearchCold*). Each search figure is the median of five runs.
 */
import { makeProfiles } from './fixtures/profiles';
import { commitImport, parseImport } from './import';
import type { ProfileRepository } from './repository';

export interface LibraryBench {
  librarySaveP50Ms: number;
  librarySearchMs: number;
  /** The two searches librarySearchMs is the slower of. */
  librarySearchNameMs: number;
  librarySearchSkillMs: number;
  /** A one-letter search that matches nearly every profile. */
  librarySearchBroadMs: number;
  /** Loading the in-memory search index (one read of every record). */
  librarySearchIndexLoadMs: number;
  /** The name/skill and the one-letter searches through IndexedDB's indexes (before the index is loaded); NaN without `cold`. */
  librarySearchColdMs: number;
  librarySearchColdBroadMs: number;
  libraryListMs: number;
  libraryExportMs: number;
  libraryImportMs: number;
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = clock();
  const v = await fn();
  return [clock() - t0, v];
}
const round = (ms: number) => Math.round(ms * 100) / 100;

/** The median time of `runs` runs of fn. */
async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(fn))[0]);
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

export async function benchLibrary(
  repo: ProfileRepository,
  n = 10000,
  opts: { allowClear?: boolean; keepData?: boolean; cold?: ProfileRepository } = {},
): Promise<LibraryBench> {
  const existing = await repo.count();
  if (existing > 0 && !opts.allowClear) {
    throw new Error(`bench: the library “${repo.name}” holds ${existing} profiles; the benchmark clears it. Use an empty library or pass { allowClear: true }.`);
  }
  const profiles = makeProfiles(n, 42);
  await repo.clear();

  const saves: number[] = [];
  for (const p of profiles) saves.push((await time(() => repo.save(p)))[0]);
  saves.sort((a, b) => a - b);
  const p50 = saves[Math.floor((saves.length - 1) / 2)] ?? 0;

  const someone = profiles[Math.floor(n / 2)] ?? profiles[0];
  const namePrefix = (someone?.name.split(' ')[1] ?? 'ada').slice(0, 4);
  const byNameQ = { text: namePrefix, limit: 50 };
  const bySkillQ = { skill: 'Rust', limit: 50 };
  const broadQ = { text: 'a', limit: 50 };
  let cold = NaN;
  let coldBroad = NaN;
  if (opts.cold) {
    cold = Math.max(await median(() => opts.cold!.search(byNameQ)), await median(() => opts.cold!.search(bySkillQ)));
    coldBroad = await median(() => opts.cold!.search(broadQ));
  }
  const [indexLoad] = await time(() => repo.warmSearch());
  if (!repo.searchIndexReady) throw new Error('bench: the search index did not load');
  const nameResult = await repo.search(byNameQ);
  if (n > 0 && nameResult.total === 0) throw new Error(`bench: search for “${namePrefix}” found nothing`);
  const byName = await median(() => repo.search(byNameQ));
  const bySkill = await median(() => repo.search(bySkillQ));
  const broad = await median(() => repo.search(broadQ));
  if (!repo.searchIndexReady) throw new Error('bench: the search index was dropped');

  const [list, page] = await time(() => repo.search({ sort: 'recent', limit: 50 }));
  if (page.total !== n) throw new Error(`bench: the library holds ${page.total} profiles, expected ${n}`);

  const [exportMs, json] = await time(async () => (await repo.exportAllText()).text);

  await repo.clear();
  const [importMs, counts] = await time(async () => {
    const parsed = parseImport(json);
    if (!parsed.ok) throw new Error(`bench: import failed: ${parsed.reason}`);
    return commitImport(repo, parsed.profiles, { annotations: parsed.annotations });
  });
  if (counts.new !== n) throw new Error(`bench: imported ${counts.new} new profiles, expected ${n}`);
  if (!opts.keepData) await repo.clear();

  return {
    librarySaveP50Ms: round(p50),
    librarySearchMs: round(Math.max(byName, bySkill)),
    librarySearchNameMs: round(byName),
    librarySearchSkillMs: round(bySkill),
    librarySearchBroadMs: round(broad),
    librarySearchIndexLoadMs: round(indexLoad),
    librarySearchColdMs: round(cold),
    librarySearchColdBroadMs: round(coldBroad),
    libraryListMs: round(list),
    libraryExportMs: round(exportMs),
    libraryImportMs: round(importMs),
  };
}
