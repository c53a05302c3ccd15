/**
 * The options page: which sites Profile Lens reads on its own, the in-page
 * badge, the user's data (export, import, delete) and what is stored where.
 * Settings are written through lib/settings.ts (validated) and follow
 * changes made in other tabs.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, saveSettings, SUPPORTED_SITES, type Settings, type SettingsArea, type SupportedSiteId, type SettingsPatch, type StorageChangeEvents } from '../lib/settings';
import { OptionsData, type DataDeps } from './OptionsData';
import { t, type MessageKey } from '../lib/i18n';

/** Each supported site's switch, by name. */
const SITE_TEXT: Record<SupportedSiteId, { label: MessageKey; example: MessageKey }> = {
  himalayas: { label: 'siteHimalayasLabel', example: 'siteHimalayasExample' },
};

export interface OptionsDeps extends DataDeps {
  /** storage.local, where the settings live. */
  area: SettingsArea;
  /** storage.onChanged, to follow settings changed elsewhere. */
  events: StorageChangeEvents;
}

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings(deps.area).then(setSettings, (e) => setError(t('readSettingsFailed', e instanceof Error ? e.message : String(e))));
    return onSettingsChanged(setSettings, deps.events);
  }, [deps]);

  const update = async (patch: SettingsPatch, what: string) => {
    setError(null);
    try {
      setSettings(await saveSettings(deps.area, patch));
      setSaved(what);
    } catch (e) {
      setSaved(null);
      setError(t('saveSettingFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;

  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="hint">{t('optionsIntro')}</p>
      </header>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sitesHeading')}</h2>
        <p class="hint">{t('sitesHint')}</p>
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
                void update({ sites: { [site.id]: on } }, t(on ? 'settingOn' : 'settingOff', t(SITE_TEXT[site.id].label)));
              }}
            />
            <label for={`site-${site.id}`}>{t(SITE_TEXT[site.id].label)}</label>
            <span class="hint" id={`site-${site.id}-hint`}>
              {t(SITE_TEXT[site.id].example)}
            </span>
          </div>
        ))}
      </section>

      <section aria-labelledby="badge-heading">
        <h2 id="badge-heading">{t('badgeHeading')}</h2>
        <div class="check">
          <input
            type="checkbox"
            id="badge"
            aria-describedby="badge-hint"
            checked={settings?.badge ?? true}
            disabled={!settings}
            onChange={(e) => {
              const on = checked(e);
              void update({ badge: on }, t(on ? 'settingOn' : 'settingOff', t('badgeHeading')));
            }}
          />
          <label for="badge">{t('badgeSetting')}</label>
          <span class="hint" id="badge-hint">
            {t('badgeHint')}
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
        <h2 id="privacy-heading">{t('privacyHeading')}</h2>
        <p>{t('privacyIntro')}</p>
        <ul>
          <li>{t('privacyProfiles')}</li>
          <li>{t('privacySettings')}</li>
          <li>{t('privacyTabs')}</li>
        </ul>
        <p>{t('privacyNothingLeaves')}</p>
        <p>{t('privacyRemoving')}</p>
      </section>
    </main>
  );
}
