/**
 * The user's settings: which sites Profile Lens reads automatically and
 * whether it shows the in-page badge. One object in browser.storage.local
 * under SETTINGS_KEY, validated with zod when read (anything invalid falls
 * back to its default, field by field) and when written (an invalid patch is
 * refused and nothing is written).
 *
 * The content script does not import this module (it must stay zod-free):
 * it reads the same object with the hand check in settings-lite.ts, which
 * settings.test.ts keeps in step with SettingsSchema.
 */
import * as z from 'zod';
import type { KeyValueArea } from './store/library';

export const SETTINGS_KEY = 'settings';

/** Sites the content script reads on its own; one switch each. */
export const SUPPORTED_SITES = [{ id: 'himalayas', label: 'Himalayas talent profiles', example: 'himalayas.app/@someone' }] as const;
export type SupportedSiteId = (typeof SUPPORTED_SITES)[number]['id'];

export const SitesSchema = z.object({
  himalayas: z.boolean().default(true),
});

/** Missing fields take their defaults; a field of the wrong type is an error. Unknown keys are dropped. */
export const SettingsSchema = z.object({
  sites: SitesSchema.default({ himalayas: true }),
  badge: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({ sites: Object.freeze({ himalayas: true }), badge: true }) as Settings;

/** What saveSettings accepts: any subset of the fields, with the right types and no unknown keys. */
export const SettingsPatchSchema = z.strictObject({
  sites: z.strictObject({ himalayas: z.boolean().optional() }).optional(),
  badge: z.boolean().optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Reading is forgiving: each field that does not validate takes its default, the rest are kept. */
const LenientSettingsSchema = z.object({
  sites: z.object({ himalayas: z.boolean().catch(true).default(true) }).catch({ himalayas: true }).default({ himalayas: true }),
  badge: z.boolean().catch(true).default(true),
});

const defaults = (): Settings => ({ sites: { ...DEFAULT_SETTINGS.sites }, badge: DEFAULT_SETTINGS.badge });

/** A stored value (anything) as valid Settings: invalid fields → defaults, not an object → all defaults. */
export function parseSettings(value: unknown): Settings {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return defaults();
  const strict = SettingsSchema.safeParse(value);
  if (strict.success) return strict.data;
  const lenient = LenientSettingsSchema.safeParse(value);
  return lenient.success ? lenient.data : defaults();
}

export type SettingsArea = Pick<KeyValueArea, 'get' | 'set'>;

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  const all = await area.get(SETTINGS_KEY);
  return parseSettings(all[SETTINGS_KEY]);
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/** Writes in progress per area: saves from one context run one after another, so none is lost. */
const queues = new WeakMap<SettingsArea, Promise<unknown>>();

/**
 * Merges a patch into the stored settings and writes the result. Rejects with
 * a SettingsError (writing nothing) when the patch does not validate. Returns
 * the settings as stored. Saves through the same area are applied in order.
 */
export function saveSettings(area: SettingsArea, patch: SettingsPatch): Promise<Settings> {
  const checked = SettingsPatchSchema.safeParse(patch);
  if (!checked.success) return Promise.reject(new SettingsError(`Invalid settings: ${z.prettifyError(checked.error).replace(/\s+/g, ' ').trim()}`));
  const write = async () => {
    const current = await loadSettings(area);
    const next = SettingsSchema.parse({
      sites: { ...current.sites, ...stripUndefined(checked.data.sites ?? {}) },
      badge: checked.data.badge ?? current.badge,
    });
    await area.set({ [SETTINGS_KEY]: next });
    return next;
  };
  const result = (queues.get(area) ?? Promise.resolve()).then(write, write);
  queues.set(area, result.catch(() => undefined));
  return result;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Whether the content script reads this site on its own. Sites without a switch are always on. */
export function siteEnabled(settings: Settings, site: string): boolean {
  return Object.hasOwn(settings.sites, site) ? settings.sites[site as SupportedSiteId] : true;
}

/** The shape of browser.storage.onChanged (and chrome.storage.onChanged). */
export interface StorageChangeEvents {
  addListener(cb: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void): void;
}

function defaultEvents(): StorageChangeEvents {
  const g = globalThis as { browser?: { storage?: { onChanged?: StorageChangeEvents } }; chrome?: { storage?: { onChanged?: StorageChangeEvents } } };
  const events = g.browser?.storage?.onChanged ?? g.chrome?.storage?.onChanged;
  if (!events) throw new SettingsError('storage.onChanged is not available here; pass the events to listen to.');
  return events;
}

/**
 * Calls `cb` with the new (validated) settings whenever they change in
 * storage.local, from any context. Returns a function that stops listening.
 */
export function onSettingsChanged(cb: (settings: Settings) => void, events: StorageChangeEvents = defaultEvents()): () => void {
  const listener: Parameters<StorageChangeEvents['addListener']>[0] = (changes, areaName) => {
    if (areaName !== 'local' || !Object.hasOwn(changes, SETTINGS_KEY)) return;
    cb(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
