import { render } from 'preact';
import { OptionsApp, type OptionsDeps } from '@/components/OptionsApp';
import type { SettingsArea, StorageChangeEvents } from '@/lib/settings';
import { extensionClient } from '@/lib/service/client';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './style.css';

const deps: OptionsDeps = {
  // The library is the background's (lib/service); this page asks it.
  call: extensionClient(),
  area: browser.storage.local as unknown as SettingsArea,
  events: browser.storage.onChanged as unknown as StorageChangeEvents,
};

document.title = t('optionsTitle');
render(<OptionsApp deps={deps} />, document.getElementById('app')!);
