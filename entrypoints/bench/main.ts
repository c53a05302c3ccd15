/**
 * Bench-only page (built only with PROFILE_LENS_BENCH=1, never shipped):
 * runs the library benchmark against real IndexedDB in the extension's
 * origin and publishes the figures on window.__bench for scripts/bench.ts.
 */
import { openLibrary } from '@/lib/store/library';
import { benchLibrary } from '@/lib/store/bench';

const n = Number(new URLSearchParams(location.search).get('n')) || 10_000;
const keep = new URLSearchParams(location.search).has('keep');
const status = document.getElementById('status')!;
// The default database of a throw-away browser profile: the panel then opens on these profiles (memory figure).
const repo = openLibrary();
// The same database answering through IndexedDB's indexes: the searches before the in-memory index is loaded.
const cold = openLibrary(undefined, { searchIndex: 'indexeddb' });
// `?probe`: open the library without running the benchmark; scripts measure through window.__repo.
(window as unknown as { __repo: unknown }).__repo = repo;
const probe = new URLSearchParams(location.search).has('probe');
(probe ? Promise.resolve({}) : benchLibrary(repo, n, { allowClear: true, keepData: keep, cold })).then(
  (r) => {
    (window as unknown as { __bench: unknown }).__bench = r;
    status.textContent = JSON.stringify(r);
  },
  (e) => {
    (window as unknown as { __bench: unknown }).__bench = { error: String(e) };
    status.textContent = String(e);
  },
);
