/**
 * The snapshot: a page as a compact, DOM-free block model.
 *
 * The content script produces it (lib/snapshot/take.ts) and the extension's own
 * pages validate it with `SnapshotSchema` before anything reads it. Every
 * extractor works on this model only, never on a DOM.
 */
import * as z from 'zod';

// No code generation: the extension's CSP refuses eval, and zod then needs no `new Function` probe.
z.config({ jitless: true });

import { MAX_BLOCKS, MAX_TEXT } from './limits';

export { MAX_BLOCKS, MAX_TEXT };

export const BlockKind = z.enum([
  'heading', // h1..h6 or role=heading; `level` says which
  'text', // paragraph-like block, or one line of a text/plain page
  'item', // list item (li); `depth` says how deep the list is nested
  'term', // dt, th, or a label-like cell
  'value', // dd
  'rule', // hr: a visual separator
]);
export type BlockKind = z.infer<typeof BlockKind>;

export const InlineLinkSchema = z.object({ text: z.string().max(MAX_TEXT), href: z.string().max(4096) });
export const InlineTimeSchema = z.object({ text: z.string().max(MAX_TEXT), datetime: z.string().max(200) });

export const BlockSchema = z.object({
  kind: BlockKind,
  /** Visible text, whitespace collapsed; for text/plain lines the line itself (trimmed). */
  text: z.string().max(MAX_TEXT),
  /** Heading level 1..6 (headings only). */
  level: z.number().int().min(1).max(6).optional(),
  /** List nesting depth, 1 = top-level list (items only). */
  depth: z.number().int().min(0).max(100).optional(),
  /** Leading spaces of a text/plain line; a right-aligned date has a large gap inside `text` instead. */
  indent: z.number().int().min(0).max(1000).optional(),
  /**
   * Id of the nearest enclosing repeated container (li, article, tr, or a
   * section/div that groups a few blocks). Blocks sharing a group belong to the
   * same visual entry. 0 = none.
   */
  group: z.number().int().min(0).optional(),
  /** Id of the nearest enclosing section-like container (section, aside, main, ...). 0 = none. */
  section: z.number().int().min(0).optional(),
  /** Inline pieces that touch without white space (tags, chips), when there are several; `text` joins them with " · ". */
  parts: z.array(z.string().max(MAX_TEXT)).max(200).optional(),
  links: z.array(InlineLinkSchema).max(200).optional(),
  times: z.array(InlineTimeSchema).max(50).optional(),
  /** Text was emphasised as a whole (b/strong) — a hint for titles. */
  strong: z.boolean().optional(),
  /** A blank line (text/plain) or a new container (HTML) came before this block. */
  gap: z.boolean().optional(),
});
export type Block = z.infer<typeof BlockSchema>;

export const SnapshotSchema = z.object({
  url: z.string().max(4096),
  canonical: z.string().max(4096).nullable(),
  title: z.string().max(2000),
  lang: z.string().max(50).nullable(),
  /** <meta name|property=...> content, lower-cased keys (description, og:title, profile:first_name ...). */
  meta: z.record(z.string().max(200), z.string().max(MAX_TEXT)),
  /** Raw JSON-LD script contents, unparsed (parsed and validated by the extractor). */
  jsonld: z.array(z.string().max(1_000_000)).max(50),
  /** True when the page was text/plain (a .txt as the browser shows it). */
  plain: z.boolean(),
  blocks: z.array(BlockSchema).max(MAX_BLOCKS),
  /** True when the page was larger than the snapshot keeps. */
  truncated: z.boolean(),
  /** Microformats found on the page: h-card/h-resume property values by name (p-name, p-job-title ...). */
  microformats: z.array(z.record(z.string().max(100), z.array(z.string().max(MAX_TEXT)).max(50))).max(20).optional(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
