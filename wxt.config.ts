import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './lib/detect/sites';

// The manifest is the extension's whole privilege set; README.md explains each entry.
export default defineConfig({
  // A separate output folder lets several builds run side by side (PROFILE_LENS_OUT=.output-x npm run build).
  outDir: process.env.PROFILE_LENS_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The library benchmark page is built only for `npm run bench`.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.PROFILE_LENS_BENCH) return;
      const i = entrypoints.findIndex((e) => e.name === 'bench');
      if (i >= 0) entrypoints.splice(i, 1);
    },
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Words come from public/_locales/<locale>/messages.json (lib/i18n.ts); English is the default.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...SITE_MATCHES],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_actionTitle__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'profile-lens@example.org', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
