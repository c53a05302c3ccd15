/**
 * UI strings. Every string the panel, the options page and the in-page badge
 * show lives in public/_locales/<locale>/messages.json (English is complete;
 * the manifest's name and description come from there too, as __MSG_…__).
 *
 * In the extension, t() asks browser.i18n.getMessage, which picks the user's
 * locale and falls back to English. Outside it (Node: unit and component
 * tests), t() reads the English file itself, substituting the same way, and
 * throws on an unknown key or a wrong number of substitutions so tests catch
 * both. lib/i18n.test.ts checks that every key the code names exists and
 * every message is used.
 *
 * Plurals: a counted message has one key per plural category, "<key>_one",
 * "<key>_other" (a locale may add "_few", "_many", …); tn() picks one with
 * Intl.PluralRules for the locale the messages are in (the "messagesLocale"
 * message), falling back to "_other". The count is always substitution $1.
 */
import en from '../public/_locales/en/messages.json';

type Messages = typeof en;
export type MessageKey = keyof Messages;
/** Keys of counted messages, without their "_one" / "_other" ending. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? (`${Base}_one` extends MessageKey ? Base : never) : never }[MessageKey];
export type Substitution = string | number;
export type Substitutions = Substitution | readonly Substitution[];

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
}

/** chrome.i18n / browser.i18n where there is one (every extension context), else null. */
function extensionI18n(): I18nApi | null {
  const g = globalThis as { chrome?: { i18n?: I18nApi }; browser?: { i18n?: I18nApi } };
  const api = g.chrome?.i18n ?? g.browser?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

// The English file is needed only outside the extension: in a WXT build
// (import.meta.env.BROWSER is set) this folds to null and the JSON is not bundled.
const FALLBACK: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | null = import.meta.env.BROWSER ? null : en;

const list = (subs: Substitutions | undefined): string[] => (subs === undefined ? [] : Array.isArray(subs) ? subs.map(String) : [String(subs as Substitution)]);

/** The English message with substitutions, the way chrome.i18n does it ($NAME$ → placeholder content, $1…$9 → substitutions, $$ → $). */
export function formatMessage(key: string, subs: string[]): string {
  const entry = FALLBACK?.[key];
  if (!entry) throw new Error(`i18n: no message "${key}"`);
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const wanted = Math.max(0, ...[...placeholders.values()].flatMap((c) => [...c.matchAll(/\$(\d)/g)].map((m) => Number(m[1]))));
  if (subs.length !== wanted) throw new Error(`i18n: "${key}" takes ${wanted} substitution(s), got ${subs.length}`);
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      if (content === undefined) throw new Error(`i18n: "${key}" has no placeholder ${name}`);
      return content;
    })
    .replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** Marks for substitutions $1…$9 (chrome.i18n takes at most nine), which no message contains. */
const MARKS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i)); // private-use characters
const MARKED = /[\ue000-\ue008]/g;

/**
 * getMessage with each message asked once: it is asked with marks for its
 * substitutions and the marks are replaced afterwards (one getMessage costs
 * about 40 µs; a library page of 200 rows asks for thousands). Substituted
 * text is inserted, never scanned for marks again. '' for an unknown key.
 */
export function cachedMessages(api: I18nApi): (key: string, subs: readonly string[]) => string {
  const templates = new Map<string, string>();
  return (key, subs) => {
    let template = templates.get(key);
    if (template === undefined) {
      template = api.getMessage(key, MARKS) ?? '';
      templates.set(key, template);
    }
    return template.replace(MARKED, (m) => subs[m.charCodeAt(0) - 0xe000] ?? '');
  };
}

let extensionMessages: ((key: string, subs: readonly string[]) => string) | null = null;

/**
 * t() without the cache: for the in-page badge, which shows two strings and
 * ships in the content script (12 KB budget).
 */
export function tUncached(key: MessageKey, substitutions?: Substitutions): string {
  return message(key, substitutions, (api, subs) => api.getMessage(key, subs));
}

/** A UI string by key, with substitutions for its placeholders (in the order of $1, $2, …). */
export function t(key: MessageKey, substitutions?: Substitutions): string {
  return message(key, substitutions, (api, subs) => (extensionMessages ??= cachedMessages(api))(key, subs));
}

/** The message from the extension's i18n through `ask`, else (Node) the English file; the key when there is neither. */
function message(key: MessageKey, substitutions: Substitutions | undefined, ask: (api: I18nApi, subs: string[]) => string): string {
  const subs = list(substitutions);
  const api = FALLBACK ? null : extensionI18n();
  if (api) return ask(api, subs) || key;
  return FALLBACK ? formatMessage(key, subs) : key;
}

let rules: Intl.PluralRules | null = null;
function pluralRules(): Intl.PluralRules {
  if (!rules) {
    try {
      rules = new Intl.PluralRules(t('messagesLocale').replace(/_/g, '-'));
    } catch {
      rules = new Intl.PluralRules('en');
    }
  }
  return rules;
}

/** A counted UI string: "<key>_one", "<key>_other", … as the locale's plural rules say; the count is $1, `more` follow. */
export function tn(key: PluralKey, count: number, more: readonly Substitution[] = []): string {
  const subs = [count, ...more];
  const category = pluralRules().select(count);
  const exact = `${key}_${category}`;
  if (FALLBACK ? exact in FALLBACK : extensionI18n()?.getMessage(exact)) return t(exact as MessageKey, subs);
  return t(`${key}_other` as MessageKey, subs);
}
