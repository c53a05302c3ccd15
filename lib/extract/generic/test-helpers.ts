/**
 * Helpers for the generic parser's tests: pages and snippets → blocks/lines
 * through the real snapshot code, and the case-file comparison the eval
 * scorer uses (folded, token-similar strings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFor } from '../../../cli/dom';
import { takeSnapshot } from '../../snapshot/take';
import type { Block } from '../../schema/snapshot';
import { toLines, type Line } from './lines';

/** Blocks of a page given as content and a file name (".txt"/".md" → text/plain, else HTML). */
export function blocksOf(content: string, fileName = 'page.html'): Block[] {
  return takeSnapshot(documentFor(content, fileName), 'https://example.dev/').blocks;
}

/** Lines of a plain-text snippet. */
export const textLines = (text: string): Line[] => toLines(blocksOf(text, 'snippet.txt'));
/** Lines of an HTML snippet. */
export const htmlLines = (html: string): Line[] => toLines(blocksOf(html, 'snippet.html'));

// Paths are relative to the project root, where vitest runs (as the other suites assume).
const here = join(process.cwd(), 'lib/extract/generic');
export const FIXTURES = join(here, 'fixtures');
export const EVAL = join(here, '../../../tests/fixtures/eval');

/** Blocks of a fixture file. */
export function fixtureBlocks(dir: string, file: string): Block[] {
  return blocksOf(readFileSync(join(dir, file), 'utf8'), file);
}

/** Folding used by the eval scorer: case, accents, punctuation and "&" vs "and" do not matter. */
export const fold = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();

/** True when `actual` equals (folded) the expected value or one of its alternatives. */
export const matches = (expected: string | string[], actual: unknown) => [expected].flat().some((e) => fold(e) === fold(actual));
