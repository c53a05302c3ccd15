/**
 * The library and its exports/imports, loaded on first use: the panel shows
 * the current profile without waiting for IndexedDB code (speed budget).
 */
import type * as Impl from './store-impl';

let loading: Promise<typeof Impl> | null = null;
export const store = () => (loading ??= import('./store-impl'));
export const library = async () => (await store()).library;
/** Library errors are LibraryErrors with user-facing messages. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
