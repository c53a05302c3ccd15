// @vitest-environment happy-dom
/**
 * The import preview the panel's library and the options page share: focus
 * on its heading when it opens, the counts, at most 20 rejected entries, the
 * nothing-new state, and untrusted file names and reasons shown as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPreview, type ImportPreviewProps } from './ImportPreview';

const KEYS = new Set(Object.keys(JSON.parse(readFileSync(path.resolve(__dirname, '../public/_locales/en/messages.json'), 'utf8'))));

let host: HTMLElement | null = null;
function show(props: Partial<ImportPreviewProps>): HTMLElement {
  if (!host) {
    host = document.createElement('div');
    document.body.append(host);
  }
  const el = host;
  const all: ImportPreviewProps = {
    fileName: 'export.json',
    counts: { new: 2, updated: 1, unchanged: 0 },
    rejected: [],
    level: 2,
    idPrefix: 'lib',
    onConfirm: () => undefined,
    onCancel: () => undefined,
    ...props,
  };
  act(() => render(<ImportPreview {...all} />, el));
  return el;
}
afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
  host = null;
});

const summary = (el: HTMLElement) => el.querySelector('[data-testid="import-summary"]')!.textContent;
const buttons = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent);
const rejected = (n: number) => Array.from({ length: n }, (_, i) => ({ index: i * 2, reason: `reason ${i}` }));

describe('ImportPreview', () => {
  it('moves focus to its heading when it opens, and again when another file replaces it', () => {
    const el = show({ level: 4, idPrefix: 'import' });
    const heading = el.querySelector('h4')!;
    expect(heading.id).toBe('import-preview-heading');
    expect(heading.textContent).toBe('Import preview: export.json');
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(document.activeElement).toBe(heading);
    const section = el.querySelector('section')!;
    expect(section.getAttribute('aria-labelledby')).toBe('import-preview-heading');
    expect(document.getElementById(section.getAttribute('aria-describedby')!)!.textContent).toBe(summary(el));

    (el.querySelector('button') as HTMLButtonElement).focus();
    expect(document.activeElement).not.toBe(heading);
    show({ level: 4, idPrefix: 'import', fileName: 'other.json', counts: { new: 1, updated: 0, unchanged: 0 } });
    expect(document.activeElement).toBe(el.querySelector('h4'));
    expect(el.querySelector('h4')!.textContent).toBe('Import preview: other.json');
  });

  it('does not take focus back on a render with the same preview', () => {
    const counts = { new: 1, updated: 0, unchanged: 0 };
    const list = rejected(1);
    const el = show({ counts, rejected: list });
    const confirm = el.querySelector('button')!;
    confirm.focus();
    show({ counts, rejected: list });
    expect(document.activeElement).toBe(confirm);
  });

  it('says what the file holds and how many profiles the button imports', () => {
    const confirm = vi.fn();
    const cancel = vi.fn();
    const el = show({ counts: { new: 2, updated: 1, unchanged: 0 }, rejected: rejected(1), onConfirm: confirm, onCancel: cancel });
    expect(el.querySelector('h2')!.id).toBe('lib-preview-heading');
    expect(summary(el)).toBe('2 new, 1 updated, 1 rejected');
    expect(buttons(el)).toEqual(['Import 3 profiles', 'Cancel']);
    (el.querySelectorAll('button')[0] as HTMLButtonElement).click();
    expect(confirm).toHaveBeenCalledTimes(1);
    (el.querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(cancel).toHaveBeenCalledTimes(1);

    show({ counts: { new: 0, updated: 1, unchanged: 4 }, rejected: [] });
    expect(summary(el)).toBe('0 new, 1 updated, 0 rejected (4 already saved and unchanged)');
    expect(buttons(el)).toEqual(['Import 1 profile', 'Cancel']);
    expect(el.querySelector('[data-testid="import-rejected"]')).toBeNull();
  });

  it('lists the rejected entries with their reasons, at most 20, and counts the rest', () => {
    let el = show({ rejected: rejected(20) });
    let items = [...el.querySelectorAll('[data-testid="import-rejected"] li')].map((li) => li.textContent);
    expect(el.textContent).toContain('Rejected (left out):');
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('Profile 1: reason 0');
    expect(items[19]).toBe('Profile 39: reason 19');

    el = show({ rejected: rejected(25) });
    items = [...el.querySelectorAll('[data-testid="import-rejected"] li')].map((li) => li.textContent);
    expect(items).toHaveLength(21);
    expect(items[19]).toBe('Profile 39: reason 19');
    expect(items[20]).toBe('…and 5 more.');
    expect(el.textContent).not.toContain('reason 20');
    expect(summary(el)).toBe('2 new, 1 updated, 25 rejected');
  });

  it('offers no import when there is nothing new, only Cancel', () => {
    const confirm = vi.fn();
    const el = show({ counts: { new: 0, updated: 0, unchanged: 3 }, rejected: rejected(2), onConfirm: confirm });
    expect(summary(el)).toBe('0 new, 0 updated, 2 rejected (3 already saved and unchanged)');
    expect(buttons(el)).toEqual(['Cancel']);
    expect(el.textContent).toContain('Nothing new to import.');
    expect(el.textContent).not.toMatch(/Import \d+ profile/);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('shows the file name and the reasons as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const el = show({ fileName: `${hostile}.json`, rejected: [{ index: 0, reason: `bad ${hostile} <b>bold</b>` }] });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('h2')!.textContent).toBe(`Import preview: ${hostile}.json`);
    expect(el.querySelector('[data-testid="import-rejected"] li')!.textContent).toBe(`Profile 1: bad ${hostile} <b>bold</b>`);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('leaks no message key into the text', () => {
    const el = show({ counts: { new: 0, updated: 0, unchanged: 1 }, rejected: rejected(21) });
    const words = (el.textContent ?? '').split(/[\s,.:;()…]+/);
    expect(words.filter((w) => KEYS.has(w) && /[A-Z]/.test(w))).toEqual([]);
  });
});
