/**
 * The UI strings in public/_locales/en/messages.json against the code that
 * names them: every key the side panel, the options page, the badge and the
 * manifest use exists; every message is used; placeholders are well formed;
 * plurals come in pairs; and t() substitutes as chrome.i18n does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedMessages, formatMessage, t, tn, type MessageKey } from './i18n';

const ROOT = path.resolve(__dirname, '..');
type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const MESSAGES: Record<string, Entry> = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
const KEYS = Object.keys(MESSAGES);
const PLURAL = /_(zero|one|two|few|many|other)$/;

function files(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, test) : test(full) ? [full] : [];
  });
}

/** Every file that shows UI strings: components, entrypoints, the badge, the service client, lib/i18n itself, and the manifest (wxt.config.ts). */
const SOURCES = [
  ...files(path.join(ROOT, 'components'), (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)),
  ...files(path.join(ROOT, 'entrypoints'), (f) => /\.(tsx?|html)$/.test(f)),
  path.join(ROOT, 'lib/badge.ts'),
  path.join(ROOT, 'lib/service/client.ts'),
  path.join(ROOT, 'lib/service/server.ts'),
  path.join(ROOT, 'lib/i18n.ts'),
  path.join(ROOT, 'wxt.config.ts'),
].map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));

const all = (re: RegExp) => SOURCES.flatMap(({ file, text }) => [...text.matchAll(re)].map((m) => ({ file, key: m[1]! })));
const direct = all(/\bt\(\s*['"]([A-Za-z0-9_]+)['"]/g);
const counted = all(/\btn\(\s*['"]([A-Za-z0-9_]+)['"]/g);
const manifest = all(/__MSG_([A-Za-z0-9_]+)__/g);
/** Keys named in tables (MONTHS, KIND, SITE_TEXT…) and conditionals (t(on ? 'settingOn' : 'settingOff')): any quoted message name. */
const literals = new Set(all(/['"]([A-Za-z0-9_]+)['"]/g).map((x) => x.key));

describe('messages.json', () => {
  it('is in the chrome.i18n format: names, messages, descriptions, placeholders', () => {
    expect(KEYS.length).toBeGreaterThan(100);
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(key, 'message names are [A-Za-z0-9_], not @@').toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), `${key} is not empty`).not.toBe('');
      expect(entry.description?.trim(), `${key} has a description for translators`).toBeTruthy();
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase());
      const declared = Object.keys(entry.placeholders ?? {});
      expect([...new Set(used)].sort(), `${key}: placeholders used = declared`).toEqual([...declared].sort());
      // $1…$n, each once, in order: t(key, [a, b]) fills them positionally.
      expect(Object.values(entry.placeholders ?? {}).map((p) => p.content), key).toEqual(declared.map((_, i) => `$${i + 1}`));
    }
  });

  it('has plurals in pairs: every "_one" has an "_other" and the other way round', () => {
    for (const key of KEYS.filter((k) => PLURAL.test(k))) {
      const base = key.replace(PLURAL, '');
      expect(KEYS, `${key} needs ${base}_other`).toContain(`${base}_other`);
      expect(KEYS, `${key} needs ${base}_one`).toContain(`${base}_one`);
    }
  });

  it('keeps the manifest description within Chrome’s 132 characters', () => {
    expect(MESSAGES.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(MESSAGES.extName!.message.length).toBeLessThanOrEqual(75);
  });
});

describe('keys in the code', () => {
  it('finds the code’s keys (the scan works)', () => {
    expect(direct.length).toBeGreaterThan(100);
    expect(counted.length).toBeGreaterThan(5);
    expect(manifest.map((m) => m.key).sort()).toEqual(['actionTitle', 'actionTitle', 'extDescription', 'extName']);
  });

  it('every t() key exists in messages.json', () => {
    const missing = direct.filter(({ key }) => !(key in MESSAGES)).map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('every tn() key has its "_one" and "_other" messages', () => {
    const missing = counted.filter(({ key }) => !(`${key}_one` in MESSAGES && `${key}_other` in MESSAGES)).map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('every __MSG_…__ in the manifest exists', () => {
    expect(manifest.filter(({ key }) => !(key in MESSAGES))).toEqual([]);
  });

  it('every message is used', () => {
    const used = new Set([...direct.map((d) => d.key), ...manifest.map((m) => m.key), ...literals]);
    const bases = new Set(counted.map((c) => c.key));
    const unused = KEYS.filter((k) => !used.has(k) && !(PLURAL.test(k) && bases.has(k.replace(PLURAL, ''))));
    expect(unused).toEqual([]);
  });
});

describe('t() and tn() outside the extension (English)', () => {
  it('substitute like chrome.i18n.getMessage', () => {
    expect(t('savedOn', 'Mar 4, 2026')).toBe('Saved on Mar 4, 2026');
    expect(t('importSummaryUnchanged', [3, 0, 1, 2])).toBe('3 new, 0 updated, 1 rejected (2 already saved and unchanged)');
    expect(t('roleAtCompany', ['Engineer', 'A$1 & $$ Co'])).toBe('Engineer at A$1 & $$ Co');
    expect(formatMessage('timelineBar', ['Engineer at Acme', 'Jan 2020 – Present', '2 yrs'])).toBe('Engineer at Acme, Jan 2020 – Present, 2 yrs');
  });

  it('pick the plural form by count', () => {
    expect(tn('exportedSaved', 1)).toBe('Exported 1 saved profile.');
    expect(tn('exportedSaved', 0)).toBe('Exported 0 saved profiles.');
    expect(tn('exportedSaved', 2)).toBe('Exported 2 saved profiles.');
    expect(tn('durationYears', 1)).toBe('1 yr');
    expect(tn('durationMonths', 11)).toBe('11 mos');
  });

  it('refuse an unknown key or a wrong number of substitutions (so component tests catch them)', () => {
    expect(() => t('nope' as MessageKey)).toThrow(/no message "nope"/);
    expect(() => t('savedOn')).toThrow(/takes 1 substitution/);
    expect(() => t('notSaved', 'x')).toThrow(/takes 0 substitution/);
  });

  it('render every message with its examples', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      const examples = Object.values(entry.placeholders ?? {}).map((p) => p.example ?? 'x');
      expect(formatMessage(key, examples), key).not.toMatch(/\$[A-Za-z0-9_]+\$/);
    }
  });

  it('keep the English words the end-to-end tests and users rely on', () => {
    const words = new Set(Object.values(MESSAGES).map((e) => e.message));
    for (const w of [
      'Save profile',
      'Export JSON',
      'Export JSON Resume',
      'Import JSON',
      'Extract this page',
      'Paste text',
      'Not saved',
      'Saved on $DATE$',
      'Not a profile page',
      'Reading the profile…',
      'Library',
      'Profile',
      'Notes',
      'New tag',
      'Add tag',
      'Search saved profiles',
      'Skill',
      'Tag',
      'Select all shown',
      'Delete selected',
      'Undo',
      'No saved profiles yet',
      'Export CSV',
      'Import',
      'Back to the current page',
      'Open in Profile Lens',
      'Himalayas talent profiles',
      'In-page badge',
      'Your data',
      'Privacy',
      'Sites',
    ])
      expect(words, w).toContain(w);
  });
});

describe('cachedMessages (t() in the extension)', () => {
  // chrome.i18n.getMessage's rules: $NAME$ → the placeholder's content, then $1…$9 → substitutions ('' when missing), $$ → $.
  const chromeLike = () => {
    let calls = 0;
    const api = {
      getMessage(key: string, subs: string | string[] = []) {
        calls++;
        const entry = MESSAGES[key];
        if (!entry) return '';
        const list = [subs].flat();
        const content = (name: string) => Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1].content ?? '';
        return entry.message
          .replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => content(name))
          .replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
      },
    };
    return { api, calls: () => calls };
  };

  it('gives what getMessage gives, for every message, asking each message once', () => {
    const { api, calls } = chromeLike();
    const cached = cachedMessages(api);
    const keys = Object.keys(MESSAGES);
    for (const key of keys) {
      for (const subs of [[], ['Ada'], ['Engineer', 'A$1 & $$ Co', '3'], ['1', '2', '3', '4', '5']]) {
        expect(cached(key, subs), `${key} ${JSON.stringify(subs)}`).toBe(chromeLike().api.getMessage(key, subs));
      }
    }
    expect(calls()).toBe(keys.length);
  });

  it('inserts substitutions as text (a substitution holding a mark or $1 stays as it is)', () => {
    const cached = cachedMessages(chromeLike().api);
    expect(cached('roleAtCompany', ['\ue001', '$1'])).toBe('\ue001 at $1');
    expect(cached('nope', [])).toBe('');
  });
});
