/**
 * The snapshot: a page as a compact, DOM-free block model.
 *
 * The content script produces it (lib/snapshot/take.ts) and the extension's own
 * pages validate it with `SnapshotSchema` before anything reads it. Every
 * extractor works on this model only, never on a DOM.
 */
import * as z from 'zod/mini';

// No code generation: the extension's CSP refuses eval, and zod then needs no `new Function` probe.
z.config({ jitless: true });

import { MAX_BLOCKS, MAX_TEXT } from './limits';

const str = (max: number) => z.string().check(z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const int = (min: number, max?: number) => z.int().check(z.minimum(min), ...(max === undefined ? [] : [z.maximum(max)]));

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

export const InlineLinkSchema = z.object({ text: str(MAX_TEXT), href: str(4096) });
export const InlineTimeSchema = z.object({ text: str(MAX_TEXT), datetime: str(200) });

export const BlockSchema = z.object({
  kind: BlockKind,
  /** Visible text, whitespace collapsed; for text/plain lines the line itself (trimmed). */
  text: str(MAX_TEXT),
  /** Heading level 1..6 (headings only). */
  level: z.optional(int(1, 6)),
  /** List nesting depth, 1 = top-level list (items only). */
  depth: z.optional(int(0, 100)),
  /** Leading spaces of a text/plain line; a right-aligned date has a large gap inside `text` instead. */
  indent: z.optional(int(0, 1000)),
  /**
   * Id of the nearest enclosing repeated container (li, article, tr, or a
   * section/div that groups a few blocks). Blocks sharing a group belong to the
   * same visual entry. 0 = none.
   */
  group: z.optional(int(0)),
  /** Id of the nearest enclosing section-like container (section, aside, main, ...). 0 = none. */
  section: z.optional(int(0)),
  /** Inline pieces that touch without white space (tags, chips), when there are several; `text` joins them with " · ". */
  parts: z.optional(list(str(MAX_TEXT), 200)),
  links: z.optional(list(InlineLinkSchema, 200)),
  times: z.optional(list(InlineTimeSchema, 50)),
  /** Text was emphasised as a whole (b/strong) — a hint for titles. */
  strong: z.optional(z.boolean()),
  /** A blank line (text/plain) or a new container (HTML) came before this block. */
  gap: z.optional(z.boolean()),
});
export type Block = z.infer<typeof BlockSchema>;

export const SnapshotSchema = z.object({
  url: str(4096),
  canonical: z.nullable(str(4096)),
  title: str(2000),
  lang: z.nullable(str(50)),
  /** <meta name|property=...> content, lower-cased keys (description, og:title, profile:first_name ...). */
  meta: z.record(str(200), str(MAX_TEXT)),
  /** Raw JSON-LD script contents, unparsed (parsed and validated by the extractor). */
  jsonld: list(str(1_000_000), 50),
  /** True when the page was text/plain (a .txt as the browser shows it). */
  plain: z.boolean(),
  blocks: list(BlockSchema, MAX_BLOCKS),
  /** True when the page was larger than the snapshot keeps. */
  truncated: z.boolean(),
  /** Microformats found on the page: h-card/h-resume property values by name (p-name, p-job-title ...). */
  microformats: z.optional(list(z.record(str(100), list(str(MAX_TEXT), 50)), 20)),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
