import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  onSettingsChanged,
  parseSettings,
  saveSettings,
  SETTINGS_KEY,
  SettingsError,
  SettingsSchema,
  siteEnabled,
  type StorageChangeEvents,
} from './settings';
import { liteSiteEnabled, readLiteSettings, SETTINGS_KEY as LITE_KEY, watchLiteSettings } from './settings-lite';
import { memoryArea } from './store/library';
import { OpenPanelMessageSchema, openPanelTarget } from './badge-messages';

type Listener = Parameters<StorageChangeEvents['addListener']>[0];
function fakeEvents() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (cb: Listener) => void listeners.add(cb),
    removeListener: (cb: Listener) => void listeners.delete(cb),
    fire(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area = 'local') {
      for (const l of [...listeners]) l(changes, area);
    },
  };
}

describe('parseSettings (reading)', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'off', DEFAULT_SETTINGS],
    ['an array', [false], DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['all off', { sites: { himalayas: false }, badge: false }, { sites: { himalayas: false }, badge: false }],
    ['badge only', { badge: false }, { sites: { himalayas: true }, badge: false }],
    ['sites only', { sites: { himalayas: false } }, { sites: { himalayas: false }, badge: true }],
    ['a wrong badge type keeps the good site field', { sites: { himalayas: false }, badge: 'no' }, { sites: { himalayas: false }, badge: true }],
    ['a wrong site type keeps the good badge field', { sites: { himalayas: 0 }, badge: false }, { sites: { himalayas: true }, badge: false }],
    ['sites not an object', { sites: 'none', badge: false }, { sites: { himalayas: true }, badge: false }],
    ['unknown keys are dropped', { sites: { himalayas: true, other: false }, badge: true, extra: 1 }, DEFAULT_SETTINGS],
  ])('%s', (_, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });

  it('never returns the shared defaults object (callers may mutate their copy)', () => {
    const a = parseSettings(undefined);
    a.sites.himalayas = false;
    expect(parseSettings(undefined).sites.himalayas).toBe(true);
    expect(DEFAULT_SETTINGS.sites.himalayas).toBe(true);
  });

  it('always gives a value SettingsSchema accepts', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(SettingsSchema.safeParse(parseSettings(v)).success).toBe(true);
      }),
    );
  });
});

describe('loadSettings / saveSettings', () => {
  it('reads defaults from an empty area and writes nothing', async () => {
    const area = memoryArea();
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
    expect(area.data.size).toBe(0);
  });

  it('reads what is stored, validated', async () => {
    const area = memoryArea();
    await area.set({ [SETTINGS_KEY]: { sites: { himalayas: false }, badge: 'yes' } });
    expect(await loadSettings(area)).toEqual({ sites: { himalayas: false }, badge: true });
  });

  it('merges a patch into the stored settings and returns what it wrote', async () => {
    const area = memoryArea();
    expect(await saveSettings(area, { badge: false })).toEqual({ sites: { himalayas: true }, badge: false });
    expect(await saveSettings(area, { sites: { himalayas: false } })).toEqual({ sites: { himalayas: false }, badge: false });
    expect(area.data.get(SETTINGS_KEY)).toEqual({ sites: { himalayas: false }, badge: false });
    expect(await saveSettings(area, {})).toEqual({ sites: { himalayas: false }, badge: false });
    expect(await saveSettings(area, { sites: {} })).toEqual({ sites: { himalayas: false }, badge: false });
    expect(await saveSettings(area, { badge: true, sites: { himalayas: true } })).toEqual(DEFAULT_SETTINGS);
  });

  it('applies saves made at the same time one after another, losing none', async () => {
    const area = memoryArea();
    const results = await Promise.all([saveSettings(area, { sites: { himalayas: false } }), saveSettings(area, { badge: false })]);
    expect(results[1]).toEqual({ sites: { himalayas: false }, badge: false });
    expect(await loadSettings(area)).toEqual({ sites: { himalayas: false }, badge: false });
  });

  it('repairs an invalid stored value on the next write', async () => {
    const area = memoryArea();
    await area.set({ [SETTINGS_KEY]: { sites: 'x', badge: 3, junk: true } });
    await saveSettings(area, { badge: false });
    expect(area.data.get(SETTINGS_KEY)).toEqual({ sites: { himalayas: true }, badge: false });
  });

  it.each([
    ['a string for a boolean', { badge: 'false' }],
    ['null', { badge: null }],
    ['an unknown key', { theme: 'dark' }],
    ['an unknown site', { sites: { linkedin: true } }],
    ['sites not an object', { sites: true }],
    ['not an object', 'badge=false'],
  ])('refuses a patch with %s and writes nothing', async (_, patch) => {
    const area = memoryArea();
    await area.set({ [SETTINGS_KEY]: { sites: { himalayas: false }, badge: false } });
    await expect(saveSettings(area, patch as never)).rejects.toBeInstanceOf(SettingsError);
    expect(area.data.get(SETTINGS_KEY)).toEqual({ sites: { himalayas: false }, badge: false });
  });
});

describe('onSettingsChanged', () => {
  it('calls back with validated settings for storage.local changes of the settings key only', () => {
    const events = fakeEvents();
    const seen: unknown[] = [];
    const stop = onSettingsChanged((s) => seen.push(s), events);
    events.fire({ [SETTINGS_KEY]: { newValue: { sites: { himalayas: false }, badge: true } } });
    events.fire({ [SETTINGS_KEY]: { newValue: { badge: 'bad' } } });
    events.fire({ [SETTINGS_KEY]: { oldValue: { badge: false } } }); // removed: back to defaults
    events.fire({ [SETTINGS_KEY]: { newValue: { badge: false } } }, 'session');
    events.fire({ 'tab:1': { newValue: {} } });
    expect(seen).toEqual([{ sites: { himalayas: false }, badge: true }, DEFAULT_SETTINGS, DEFAULT_SETTINGS]);
    stop();
    expect(events.listeners.size).toBe(0);
    events.fire({ [SETTINGS_KEY]: { newValue: { badge: false } } });
    expect(seen).toHaveLength(3);
  });

  it('hears what saveSettings writes (end to end over an area that fires changes)', async () => {
    const events = fakeEvents();
    const base = memoryArea();
    const area = {
      get: base.get,
      async set(items: Record<string, unknown>) {
        const old = await base.get(Object.keys(items));
        await base.set(items);
        events.fire(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: old[k], newValue: v }])));
      },
    };
    const seen: unknown[] = [];
    onSettingsChanged((s) => seen.push(s), events);
    await saveSettings(area, { badge: false });
    expect(seen).toEqual([{ sites: { himalayas: true }, badge: false }]);
  });
});

describe('siteEnabled', () => {
  it('follows the switch for supported sites and is on for sites without one', () => {
    expect(siteEnabled(DEFAULT_SETTINGS, 'himalayas')).toBe(true);
    expect(siteEnabled({ sites: { himalayas: false }, badge: true }, 'himalayas')).toBe(false);
    expect(siteEnabled({ sites: { himalayas: false }, badge: true }, 'generic')).toBe(true);
    expect(siteEnabled(DEFAULT_SETTINGS, 'toString')).toBe(true);
  });
});

describe('settings-lite (the content script’s zod-free reader)', () => {
  it('uses the same storage key', () => {
    expect(LITE_KEY).toBe(SETTINGS_KEY);
  });

  it('agrees with parseSettings on any stored value', () => {
    const stored = fc.oneof(
      fc.anything(),
      fc.record({ sites: fc.oneof(fc.anything(), fc.record({ himalayas: fc.anything() }, { requiredKeys: [] })), badge: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(stored, (v) => {
        const full = parseSettings(v);
        const lite = readLiteSettings(v);
        expect(lite).toEqual(full);
        expect(liteSiteEnabled(lite, 'himalayas')).toBe(siteEnabled(full, 'himalayas'));
      }),
      { numRuns: 500 },
    );
  });

  it('reads once, then follows changes; a change before the read wins; stop removes the listener', async () => {
    const events = fakeEvents();
    const area = memoryArea();
    await area.set({ [SETTINGS_KEY]: { sites: { himalayas: false }, badge: true } });
    const seen: unknown[] = [];
    const stop = watchLiteSettings({ local: area, onChanged: events }, (s) => seen.push(s));
    await new Promise((r) => setTimeout(r, 0));
    events.fire({ [SETTINGS_KEY]: { newValue: { badge: false } } });
    expect(seen).toEqual([
      { sites: { himalayas: false }, badge: true },
      { sites: { himalayas: true }, badge: false },
    ]);
    stop();
    expect(events.listeners.size).toBe(0);

    const early: unknown[] = [];
    watchLiteSettings({ local: area, onChanged: events }, (s) => early.push(s));
    events.fire({ [SETTINGS_KEY]: { newValue: { badge: false } } });
    await new Promise((r) => setTimeout(r, 0));
    expect(early).toEqual([{ sites: { himalayas: true }, badge: false }]);
  });

  it('counts a failed read as the defaults', async () => {
    const seen: unknown[] = [];
    watchLiteSettings({ local: { get: () => Promise.reject(new Error('gone')) }, onChanged: fakeEvents() }, (s) => seen.push(s));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([DEFAULT_SETTINGS]);
  });
});

describe('open-panel message', () => {
  const me = 'abcdefghijklmnop';
  const tab = { id: 7 };
  it.each([
    ['our content script in a top frame', { type: 'open-panel' }, { id: me, tab, frameId: 0 }, 7],
    ['no frameId given', { type: 'open-panel' }, { id: me, tab }, 7],
    ['another extension', { type: 'open-panel' }, { id: 'other', tab, frameId: 0 }, null],
    ['a sub-frame', { type: 'open-panel' }, { id: me, tab, frameId: 3 }, null],
    ['not from a tab', { type: 'open-panel' }, { id: me }, null],
    ['another message', { type: 'page-loading', url: 'https://himalayas.app/@x' }, { id: me, tab, frameId: 0 }, null],
    ['extra fields', { type: 'open-panel', tabId: 99 }, { id: me, tab, frameId: 0 }, null],
    ['not an object', 'open-panel', { id: me, tab, frameId: 0 }, null],
  ])('%s', (_, message, sender, expected) => {
    expect(openPanelTarget(message, sender, me)).toBe(expected);
  });
  it('the schema is the message the badge sends', () => {
    expect(OpenPanelMessageSchema.parse({ type: 'open-panel' })).toEqual({ type: 'open-panel' });
  });
});
