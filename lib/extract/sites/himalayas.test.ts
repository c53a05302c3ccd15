/**
 * The Himalayas adapter on pages of several shapes: the two labelled dev
 * pages (sections, lists, dl), the seed as plain text (no markup at all) and
 * a div-soup page. Expectations come from each page's .case.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFor } from '../../../cli/dom';
import { takeSnapshot } from '../../snapshot/take';
import { parseHimalayas } from './himalayas';
import type { Block } from '../../schema/snapshot';

const CASES = [
  'tests/fixtures/eval/himalayas-petercai1.case.json',
  'tests/fixtures/eval/himalayas-sofiamarchetti.case.json',
  'lib/extract/sites/fixtures/himalayas-amaraokafor.case.json',
  'lib/extract/sites/fixtures/himalayas-petercai1-seed.case.json',
];

const one = (v: string | string[]) => [v].flat()[0];

describe.each(CASES)('%s', (casePath) => {
  const spec = JSON.parse(readFileSync(casePath, 'utf8'));
  const file = path.join(path.dirname(casePath), spec.file);
  const snapshot = takeSnapshot(documentFor(readFileSync(file, 'utf8'), file), spec.url);
  const handle = spec.expect.handle as string;
  const raw = parseHimalayas(snapshot.blocks, handle);

  it('reads name, handle and headline from the header', () => {
    expect(raw.name).toBe(spec.expect.name);
    expect(raw.handle).toBe(handle);
    expect(raw.headline).toBe(spec.expect.headline);
  });
  it('reads every experience entry, in page order', () => {
    expect(raw.experience?.map((e) => [e.title, e.company])).toEqual(spec.expect.experience.map((e: { title: string; company: string }) => [one(e.title), one(e.company)]));
    for (const e of raw.experience ?? []) {
      expect(e.datesText).toMatch(/\d{4}/);
      expect(e.datesText).not.toMatch(/\(|months|years/);
      expect(e.statedDuration).toMatch(/month|year/);
      expect(e.description?.length).toBeGreaterThan(20);
    }
  });
  it('reads every education entry', () => {
    expect(raw.education?.map((e) => e.institution)).toEqual(spec.expect.education.map((e: { institution: string }) => e.institution));
    for (const e of raw.education ?? []) expect(e.degree).toMatch(/Degree/);
  });
  it('keeps empty side facts empty and never takes a label as a value', () => {
    const labels = /^(Availability|Location|Authorized to work in|Job categories|Skills)$/;
    for (const v of [raw.location, ...(raw.availability ?? []), ...(raw.workAuthorization ?? []), ...(raw.jobCategories ?? []), ...(raw.skills ?? [])]) {
      if (v) expect(v).not.toMatch(labels);
    }
    if (!spec.expect.location) expect(raw.location ?? null).toBeNull();
    if (!spec.expect.workAuthorization) expect(raw.workAuthorization ?? []).toEqual([]);
  });
});

describe('side facts', () => {
  const blocks = (lines: Array<[Block['kind'], string]>): Block[] => lines.map(([kind, text]) => ({ kind, text }));
  it.each<[string, Array<[Block['kind'], string]>, Record<string, unknown>]>([
    ['all empty, as plain text', [['text', 'Availability'], ['text', 'Location'], ['text', 'Authorized to work in'], ['text', 'Job categories'], ['text', 'Skills'], ['text', 'Interested in hiring Peter?']], { location: undefined, skills: undefined }],
    ['dt/dd with chips', [['term', 'Location'], ['value', 'Milan, Italy'], ['term', 'Skills'], ['value', 'React · Vue.js']], { location: 'Milan, Italy', skills: ['React', 'Vue.js'] }],
    ['empty dd-less term followed by a term', [['term', 'Location'], ['term', 'Availability'], ['value', 'Full-time']], { location: undefined, availability: ['Full-time'] }],
    ['label with a trailing colon', [['text', 'Location:'], ['text', 'Berlin, Germany'], ['heading', 'Interested in hiring Jo?']], { location: 'Berlin, Germany' }],
  ])('%s', (_name, lines, expected) => {
    const raw = parseHimalayas(blocks(lines), null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(raw[k]).toEqual(v);
  });
});
