/**
 * The options page: which sites Profile Lens reads on its own, the in-page
 * badge, the user's data (export, import, delete) and what is stored where.
 * Settings are written through lib/settings.ts (validated) and follow
 * changes made in other tabs.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, SUPPORTED_SITES, type Settings, type SettingsArea, type SettingsPatch, type StorageChangeEvents } from '../lib/settings';
import { OptionsData, type DataDeps } from './OptionsData';

export interface OptionsDeps extends DataDeps {
  /** storage.onChanged, to follow settings changed elsewhere. */
  events: StorageChangeEvents;
}

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings(deps.area as SettingsArea).then(setSettings, (e) => setError(`Could not read the settings: ${e instanceof Error ? e.message : String(e)}`));
    return onSettingsChanged(setSettings, deps.events);
  }, [deps]);

  const update = async (patch: SettingsPatch, what: string) => {
    setError(null);
    try {
      setSettings(await saveSettings(deps.area as SettingsArea, patch));
      setSaved(what);
    } catch (e) {
      setSaved(null);
      setError(`Could not save the setting: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

  return (
    <main class="options">
      <header>
        <h1>Profile Lens settings</h1>
        <p class="hint">Changes are saved as you make them and apply to open tabs at once.</p>
      </header>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <p class="hint">
          Profile Lens reads these sites on its own when you open a profile. Switched off, it does nothing on that site: it does not read the page or show
          the badge. You can still ask for a page with “Extract this page” in the side panel.
        </p>
        {SUPPORTED_SITES.map((site) => (
          <div class="check" key={site.id}>
            <input
              type="checkbox"
              id={`site-${site.id}`}
              aria-describedby={`site-${site.id}-hint`}
              checked={settings?.sites[site.id] ?? true}
              disabled={!settings}
              onChange={(e) => {
                const on = checked(e);
                void update({ sites: { [site.id]: on } }, `${site.label}: ${on ? 'on' : 'off'}. Saved.`);
              }}
            />
            <label for={`site-${site.id}`}>{site.label}</label>
            <span class="hint" id={`site-${site.id}-hint`}>
              {site.example}
            </span>
          </div>
        ))}
      </section>

      <section aria-labelledby="badge-heading">
        <h2 id="badge-heading">In-page badge</h2>
        <div class="check">
          <input
            type="checkbox"
            id="badge"
            aria-describedby="badge-hint"
            checked={settings?.badge ?? true}
            disabled={!settings}
            onChange={(e) => {
              const on = checked(e);
              void update({ badge: on }, `In-page badge: ${on ? 'on' : 'off'}. Saved.`);
            }}
          />
          <label for="badge">Show the “Open in Profile Lens” badge on profile pages</label>
          <span class="hint" id="badge-hint">
            A small button at the bottom right of a profile page that opens the side panel.
          </span>
        </div>
      </section>

      <p role="status" class="status-line">
        {saved}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}

      <OptionsData deps={deps} />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>Profile Lens keeps everything in this browser, in the extension’s own storage:</p>
        <ul>
          <li>the profiles you save, with your notes, tags and corrections, and the history of changes to each (IndexedDB);</li>
          <li>these settings (extension storage);</li>
          <li>what the open tabs show, while they are open (session storage, cleared when the browser closes).</li>
        </ul>
        <p>
          Nothing leaves your browser. Profile Lens makes no network requests of its own: no analytics, no tracking, no remote fonts or images. It reads a
          page only on the sites switched on above, or when you ask. An exported file goes only where you save it.
        </p>
        <p>
          Deleting everything above removes the saved data; removing the extension removes all of it, settings included.
        </p>
      </section>
    </main>
  );
}
