/**
 * The settings as the content script needs them, without zod (the content
 * script must stay small): a hand check of the stored object that gives the
 * same answers as parseSettings in settings.ts (settings.test.ts checks they
 * agree). Only the options page writes settings, through settings.ts.
 */
export const SETTINGS_KEY = 'settings';

export interface LiteSettings {
  sites: Record<string, boolean>;
  badge: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const flag = (v: unknown) => (typeof v === 'boolean' ? v : true);

/** A stored value as settings: every switch that is not a boolean counts as on (the default). */
export function readLiteSettings(value: unknown): LiteSettings {
  const o = isObject(value) ? value : {};
  const sites = isObject(o.sites) ? o.sites : {};
  return { sites: { himalayas: flag(sites.himalayas) }, badge: flag(o.badge) };
}

/** Whether the content script should read this site on its own (sites without a switch are on). */
export const liteSiteEnabled = (s: LiteSettings, site: string) => s.sites[site] !== false;

interface StorageLike {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * Reads the settings, then calls `cb` with them and again on every change.
 * A failed read counts as the defaults. Returns a function that stops listening.
 */
export function watchLiteSettings(storage: StorageLike, cb: (s: LiteSettings) => void): () => void {
  let stopped = false;
  let changed = false;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (stopped || area !== 'local' || !Object.hasOwn(changes, SETTINGS_KEY)) return;
    changed = true;
    cb(readLiteSettings(changes[SETTINGS_KEY]!.newValue));
  };
  storage.onChanged.addListener(listener);
  storage.local.get(SETTINGS_KEY).then(
    (all) => !stopped && !changed && cb(readLiteSettings(all[SETTINGS_KEY])),
    () => !stopped && !changed && cb(readLiteSettings(undefined)),
  );
  return () => {
    stopped = true;
    storage.onChanged.removeListener(listener);
  };
}
