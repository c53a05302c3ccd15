import { render } from 'preact';
import { OptionsApp, type OptionsDeps } from '@/components/OptionsApp';
import type { StorageChangeEvents } from '@/lib/settings';
import { openLibrary, type KeyValueArea } from '@/lib/store/library';
import { t } from '@/lib/i18n';
import '@/components/theme.css';
import './style.css';

const deps: OptionsDeps = {
  repo: openLibrary(),
  area: browser.storage.local as unknown as KeyValueArea,
  events: browser.storage.onChanged as unknown as StorageChangeEvents,
};

document.title = t('optionsTitle');
render(<OptionsApp deps={deps} />, document.getElementById('app')!);
