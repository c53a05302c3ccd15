// @vitest-environment happy-dom
/**
 * The panel's views render in Node (happy-dom) with the English messages:
 * every t() call on the way runs (an unknown key or a wrong number of
 * substitutions throws), no message key leaks into the text, and the words
 * are the ones people and the end-to-end tests read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { documentFor } from '../cli/dom';
import { runPipeline } from '../lib/pipeline';
import { takeSnapshot } from '../lib/snapshot/take';
import type { Profile } from '../lib/schema/profile';
import type { LibraryRow } from '../lib/service/protocol';
import { LibraryView, type LibraryViewProps } from './LibraryView';
import { PanelStatus } from './PanelStatus';
import { PasteForm } from './PasteForm';
import { ProfileView } from './ProfileView';
import { SavedControls } from './SavedControls';
import { formatMonths, formatRange } from './format';

const NOW = new Date('2026-03-01T12:00:00Z');
const noop = () => undefined;
const KEYS = new Set(Object.keys(JSON.parse(readFileSync(path.resolve(__dirname, '../public/_locales/en/messages.json'), 'utf8'))));

function profileOf(file: string, url: string): Profile {
  const result = runPipeline(takeSnapshot(documentFor(readFileSync(path.resolve(__dirname, '..', file), 'utf8'), file), url), { now: NOW });
  if (!result.ok) throw new Error(result.reason);
  return result.profile;
}
const sofia = profileOf('tests/fixtures/eval/himalayas-sofiamarchetti.html', 'https://himalayas.app/@sofiamarchetti');

let host: HTMLElement;
function show(node: preact.ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(node, host);
  return host;
}
afterEach(() => {
  if (!host) return;
  render(null, host);
  host.remove();
});

/** Words that look like message keys (camelCase identifiers) must never reach the screen. */
function leakedKeys(el: HTMLElement): string[] {
  const texts = [el.textContent ?? '', ...[...el.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((n) => ['aria-label', 'placeholder', 'title'].map((a) => n.getAttribute(a) ?? ''))];
  return texts.flatMap((s) => s.split(/[\s,.:;()]+/)).filter((w) => KEYS.has(w) && /[A-Z]/.test(w));
}

describe('format', () => {
  it('writes dates and durations in English', () => {
    expect(formatRange('2018-12', '2019-09', false)).toBe('Dec 2018 – Sep 2019');
    expect(formatRange('2022-01', null, true)).toBe('Jan 2022 – Present');
    expect(formatRange(null, '2019', false)).toBe('? – 2019');
    expect([0, 1, 5, 12, 13, 27, 24].map(formatMonths)).toEqual(['0 mos', '1 mo', '5 mos', '1 yr', '1 yr 1 mo', '2 yrs 3 mos', '2 yrs']);
  });
});

describe('ProfileView', () => {
  it('renders a real profile in English, with the timeline as a list of named bars', () => {
    const el = show(
      <ProfileView
        profile={sofia}
        now={NOW}
        saveControls={<SavedControls saved={null} busy={false} message={null} onSave={noop} onNotes={noop} onAddTag={noop} onRemoveTag={noop} />}
        onExportJson={noop}
        onExportJsonResume={noop}
        onCorrect={noop}
      />,
    );
    const text = el.textContent!;
    for (const words of ['Sofia Marchetti', 'Save profile', 'Not saved', 'Export JSON', 'Export JSON Resume', 'At a glance', 'Total experience', 'Experience (3)', 'Worth a look', 'Extraction', 'on Himalayas'])
      expect(text).toContain(words);
    const list = el.querySelector('svg[role="list"]')!;
    expect(list.getAttribute('aria-label')).toBe('Career timeline');
    const bars = [...list.querySelectorAll('[role="listitem"]')];
    expect(bars).toHaveLength(3);
    for (const bar of bars) {
      expect(bar.getAttribute('tabindex')).toBe('0');
      expect(bar.getAttribute('aria-label')).toMatch(/^.+ at .+, [A-Z][a-z]{2} \d{4} – (Present|[A-Z][a-z]{2} \d{4}), \d+ (yrs?|mos?)/);
    }
    const chips = el.querySelectorAll('.chip.skill');
    expect(chips.length).toBe(sofia.skills.length);
    for (const chip of chips) expect(chip.getAttribute('aria-label')).toMatch(/\. Named /);
    expect(leakedKeys(el)).toEqual([]);
  });

  it('once saved, shows the date, notes and tags', () => {
    const saved = { id: 'himalayas:sofia', savedAt: '2026-02-01T10:00:00Z', updatedAt: '2026-02-01T10:00:00Z', notes: 'call back', tags: ['shortlist'], changes: [] };
    const el = show(<SavedControls saved={saved} busy={false} message={null} onSave={noop} onNotes={noop} onAddTag={noop} onRemoveTag={noop} />);
    expect(el.querySelector('[data-testid="save-state"]')!.textContent).toMatch(/^Saved on /);
    expect(el.querySelector('label[for="notes"]')!.textContent).toBe('Notes');
    expect(el.querySelector('button[aria-label="Remove tag shortlist"]')).not.toBeNull();
    expect(leakedKeys(el)).toEqual([]);
  });
});

describe('panel states', () => {
  it('loading, not a profile, failed, paste text', () => {
    expect(show(<PanelStatus kind="loading" />).textContent).toBe('Reading the profile…');
    render(null, host);
    const not = show(<PanelStatus kind="not-profile" onExtract={noop} onPaste={noop} />);
    expect(not.querySelector('h1')!.textContent).toBe('Not a profile page');
    expect([...not.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Extract this page', 'Paste text']);
    render(null, host);
    expect(show(<PanelStatus kind="failed" onExtract={noop} />).querySelector('h1')!.textContent).toBe('Couldn’t read a profile here');
    render(null, host);
    const paste = show(<PasteForm onSubmit={noop} onCancel={noop} />);
    expect(paste.querySelector('label')!.textContent).toBe('Resume text');
    expect(leakedKeys(paste)).toEqual([]);
  });
});

describe('LibraryView', () => {
  const row = (p: Profile, tags: string[]): LibraryRow => ({
    id: p.id,
    name: p.name,
    title: p.experience[0]?.title ?? null,
    company: p.experience[0]?.company ?? null,
    totalMonths: p.stats.totalExperienceMonths,
    location: p.location?.text ?? null,
    site: p.source.site,
    url: p.source.url,
    updatedAt: '2026-02-01T10:00:00Z',
    tags,
  });
  const props = (over: Partial<LibraryViewProps>): LibraryViewProps => ({
    rows: [],
    total: 0,
    tags: [],
    sites: ['himalayas', 'generic', 'text', 'jsonresume'],
    query: { text: '', skill: '', tag: '', site: '', sort: 'recent' },
    selected: new Set(),
    message: null,
    undoCount: 0,
    preview: null,
    quarantined: 0,
    onQuery: noop,
    onSelect: noop,
    onSelectAll: noop,
    onDelete: noop,
    onUndo: noop,
    onExport: noop,
    onImportFile: noop,
    onConfirmImport: noop,
    onCancelImport: noop,
    onShow: noop,
    ...over,
  });

  it('empty', () => {
    const el = show(<LibraryView {...props({})} />);
    expect(el.querySelector('h1')!.textContent).toBe('Saved profiles (0)');
    expect(el.querySelector('h2')!.textContent).toBe('No saved profiles yet');
    expect([...el.querySelectorAll('#lib-site option')].map((o) => o.textContent)).toEqual(['Any', 'Himalayas', 'Web page', 'Pasted text', 'JSON Resume']);
  });

  it('with saved profiles, a deletion to undo, quarantined records and an import preview', () => {
    const el = show(
      <LibraryView
        {...props({
          rows: [row(sofia, ['shortlist'])],
          total: 1,
          tags: ['shortlist'],
          selected: new Set([sofia.id]),
          undoCount: 2,
          quarantined: 1,
          preview: { fileName: 'export.json', counts: { new: 1, updated: 0, unchanged: 2 }, rejected: [{ index: 3, reason: 'not a profile' }] },
        })}
      />,
    );
    const text = el.textContent!;
    expect(text).toContain('Export JSON (1 selected)');
    expect(text).toContain('Deleted 2 profiles.');
    expect(text).toContain('1 stored record no longer matches the current format');
    expect(el.querySelector('#lib-preview-heading')!.textContent).toBe('Import preview: export.json');
    expect(el.querySelector('[data-testid="import-summary"]')!.textContent).toBe('1 new, 0 updated, 1 rejected (2 already saved and unchanged)');
    expect(text).toContain('Profile 4: not a profile');
    expect([...el.querySelectorAll('.import-preview button')].map((b) => b.textContent)).toEqual(['Import 1 profile', 'Cancel']);
    expect(text).toContain('Saved ');
    expect(text).toContain(`${sofia.experience[0]!.title} at ${sofia.experience[0]!.company}`);
    expect(el.querySelector('[data-testid="library-row"] a')!.getAttribute('href')).toBe(sofia.source.url);
    expect(el.querySelector('[data-testid="library-row"] input')!.getAttribute('aria-label')).toBe('Select Sofia Marchetti');
    expect(leakedKeys(el)).toEqual([]);
  });
});
