// @vitest-environment happy-dom
/**
 * The library screen's wiring with the background replaced by answers the
 * test releases in any order: what is on screen always belongs to the query
 * in the search box, whichever answer comes back last.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LibraryRow } from '@/lib/service/protocol';

type Pending = { query: { text?: string }; resolve(v: unknown): void };
const pending: Pending[] = [];
vi.mock('./service', () => ({
  call: (req: { op: string; query: { text?: string } }) =>
    req.op === 'search' ? new Promise((resolve) => pending.push({ query: req.query, resolve })) : Promise.reject(new Error(`unexpected ${req.op}`)),
  exportFile: () => Promise.reject(new Error('no export here')),
  errorText: (e: unknown) => String(e),
}));
const { Library } = await import('./Library');

const row = (name: string): LibraryRow => ({ id: `himalayas:${name}`, name, title: null, company: null, totalMonths: null, location: null, site: 'himalayas', url: 'https://himalayas.app/@x', updatedAt: '2026-01-01T00:00:00.000Z', tags: [] });
const answer = (p: Pending, names: string[]) => p.resolve({ rows: names.map(row), total: names.length, tags: [], quarantined: 0 });
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
  pending.length = 0;
});

async function typeQuery(text: string) {
  const box = host.querySelector<HTMLInputElement>('#lib-search')!;
  await act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

describe('Library: answers to searches', () => {
  it.each([
    ['the older, broader answer comes back last', [1, 2, 0]],
    ['in order', [0, 1, 2]],
    ['newest first', [2, 1, 0]],
  ])('shows the answer of the latest query when %s', async (_, order) => {
    host = document.createElement('div');
    document.body.append(host);
    await act(() => render(<Library version={0} onShow={() => undefined} />, host));
    await flush();
    await typeQuery('o');
    await typeQuery('ok');
    // The first request (empty query), then "o", then "ok".
    expect(pending.map((p) => p.query.text)).toEqual(['', 'o', 'ok']);
    const replies: Record<string, string[]> = { '': ['Everyone Else', 'Ola Okafor', 'Otto Berg'], o: ['Ola Okafor', 'Otto Berg'], ok: ['Ola Okafor'] };
    for (const i of order) {
      await act(async () => answer(pending[i]!, replies[pending[i]!.query.text ?? '']!));
      await flush();
    }
    const text = host.textContent ?? '';
    expect(text).toContain('Ola Okafor');
    expect(text).not.toContain('Otto Berg');
    expect(text).not.toContain('Everyone Else');
  });
});
