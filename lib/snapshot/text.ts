/**
 * Text → Snapshot without a DOM: pasted resume text, and .txt files in the
 * CLI. The same line rules as a text/plain page in the browser (plainBlocks).
 */
import type { Block, Snapshot } from '../schema/snapshot';
import { MAX_BLOCKS } from '../schema/limits';
import { plainBlocks } from './take';

export function textSnapshot(text: string, url: string): Snapshot {
  const blocks: Block[] = [];
  plainBlocks(text.slice(0, 5_000_000), blocks);
  return { url, canonical: null, title: '', lang: null, meta: {}, jsonld: [], plain: true, blocks, truncated: blocks.length >= MAX_BLOCKS };
}

/** A stable, short, non-cryptographic id for pasted text (FNV-1a). */
export function textId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
