/**
 * The in-page badge: one small "Open in Profile Lens" button, fixed at the
 * bottom right of a profile page, inside a shadow root so the page's styles
 * neither reach it nor are touched by it. Clicking it asks the background to
 * open the side panel for this tab ({ type: 'open-panel' }, validated there).
 *
 * Runs in the content script: plain DOM, no zod, no Preact. It shows no text
 * from the page; its own words come from _locales (lib/i18n.ts).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { tUncached as t } from './i18n';

export const BADGE_TAG = 'profile-lens-badge';

const CSS = `
:host{position:fixed !important;right:16px !important;bottom:16px !important;z-index:2147483646 !important;display:block !important;}
body{margin:0;font:600 13px/1.2 system-ui,-apple-system,'Segoe UI',sans-serif;}
button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:6px;padding:7px 12px 7px 9px;border-radius:999px;
  background:#ffffff;color:#0b5cad;border:1px solid #0b5cad;box-shadow:0 1px 4px rgba(0,0,0,.18);cursor:pointer;font:inherit;opacity:.92;}
button:hover{opacity:1;background:#eef5fc;}
button:focus-visible{outline:3px solid #0b5cad;outline-offset:2px;opacity:1;}
span{display:inline-block;width:14px;height:14px;border-radius:50%;border:2px solid currentColor;box-sizing:border-box;}
@media (prefers-color-scheme:dark){
  button{background:#16181c;color:#6cb2ff;border-color:#6cb2ff;}
  button:hover{background:#1f2630;}
  button:focus-visible{outline-color:#6cb2ff;}
}
@media print{:host{display:none !important;}}
`;

export interface Badge {
  /** Shows or removes the badge; safe to call often, in any order. */
  show(visible: boolean): void;
}

export function createBadge(ctx: ContentScriptContext): Badge {
  let want = false;
  let ui: ShadowRootContentScriptUi<HTMLButtonElement> | null = null;
  let creating: Promise<void> | null = null;

  const apply = () => {
    if (!ui || ctx.isInvalid) return;
    const attached = ui.mounted !== undefined && ui.shadowHost.isConnected;
    if (want && !attached) {
      // The page may have thrown our host away (a framework re-rendering): start clean.
      if (ui.mounted !== undefined) ui.remove();
      ui.mount();
    } else if (!want && ui.mounted !== undefined) {
      ui.remove();
    }
  };

  const create = () =>
    createShadowRootUi<HTMLButtonElement>(ctx, {
      name: BADGE_TAG,
      position: 'inline',
      // After <body>: pages that replace their body's content leave the badge alone.
      anchor: () => document.documentElement,
      append: 'last',
      css: CSS,
      isolateEvents: true,
      onMount(container) {
        const button = document.createElement('button');
        button.type = 'button';
        button.title = t('badgeTitle');
        const mark = document.createElement('span');
        mark.setAttribute('aria-hidden', 'true');
        button.append(mark, t('badgeLabel'));
        button.addEventListener('click', (e) => {
          // Only a real click: page scripts cannot open the panel by clicking the badge for the user.
          if (!e.isTrusted) return;
          browser.runtime.sendMessage({ type: 'open-panel' }).catch(() => undefined);
        });
        container.append(button);
        return button;
      },
    }).then((created) => {
      ui = created;
      apply();
    });

  return {
    show(visible) {
      want = visible;
      if (ui) apply();
      else if (visible && !creating) creating = create().catch(() => undefined);
    },
  };
}
