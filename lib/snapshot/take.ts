/**
 * DOM → Snapshot. Runs in the content script (so it stays small and has no
 * dependencies) and in Node with linkedom (CLI, tests, bench).
 *
 * It keeps what a reader sees and the structure a reader uses: headings and
 * their levels, list items, definition terms and values, links, times,
 * JSON-LD, meta tags and microformat properties. Class names are never read,
 * except the standard microformats2 ones (h-card, p-name ...).
 */
import type { Block, Snapshot } from '../schema/snapshot';
import { MAX_BLOCKS, MAX_TEXT } from '../schema/limits';

const tags = (list: string) => new Set(list.split(' '));
const SKIP = tags('SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS IFRAME OBJECT HEAD BUTTON SELECT OPTION INPUT TEXTAREA NAV VIDEO AUDIO MATH');
const BLOCK = tags(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 ' +
    'HEADER HGROUP HR LI MAIN OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL BR LEGEND',
);
const GROUP = tags('LI ARTICLE TR DETAILS');
const SECTION = tags('SECTION ASIDE MAIN HEADER FOOTER');
// Zero-width characters and bidi overrides: never useful, sometimes hostile.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
const MAX_JSONLD = 1_000_000;

export const clean = (s: string) => s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
/** Separator between inline chips that touch; shown as " · " in `text`, split out in `parts`. */
const PART = '\u001F';
const cap = (s: string) => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + '…' : s);

interface Ctx {
  kind: Block['kind'];
  level?: number;
  depth: number;
  group: number;
  section: number;
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Computed displays that put an element on its own line. */
const BLOCK_DISPLAY = /^(?:block|flex|grid|list-item|table|flow-root)$/;
/** Most elements whose computed style is read per snapshot (each read is cheap once styles are computed, but not free). */
const STYLE_BUDGET = 4000;

/**
 * Badge images stand for a word (README "tech stack" rows: shields.io, devicons): their alt text is read like a
 * chip. Other images (photos, logos, charts) are skipped.
 */
const BADGE = /\/\/(img\.shields\.io|badgen\.net|cdn\.jsdelivr\.net\/gh\/devicons)\//i;
function badgeText(el: Element): string {
  const alt = clean(el.getAttribute('alt') ?? '');
  return BADGE.test(el.getAttribute('data-canonical-src') || el.getAttribute('src') || '') && alt.length < 40 && !/\d\d|stat|star|build|licen|version|cov|follow|visit|view/i.test(alt) ? alt : '';
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Lines of a text/plain page (or a <pre>) as blocks; blank lines become `gap`. */
export function plainBlocks(text: string, out: Block[], ctx: Pick<Ctx, 'group' | 'section'> = { group: 0, section: 0 }) {
  let gap = false;
  for (const raw of text.replace(INVISIBLE, '').split(/\r\n?|\n/)) {
    if (out.length >= MAX_BLOCKS) return;
    const line = raw.replace(/\t/g, '    ').replace(/\s+$/, '');
    const body = line.trimStart();
    if (!body) {
      gap = true;
      continue;
    }
    const b: Block = { kind: 'text', text: cap(body), indent: Math.min(line.length - body.length, 1000) };
    if (gap) b.gap = true;
    if (ctx.group) b.group = ctx.group;
    if (ctx.section) b.section = ctx.section;
    out.push(b);
    gap = false;
  }
}

function isPlainDocument(doc: Document): boolean {
  if (doc.contentType === 'text/plain') return true;
  const body = doc.body;
  if (!body) return false;
  const kids = body.children;
  return kids.length === 1 && kids[0]!.tagName === 'PRE' && clean(body.textContent ?? '') === clean(kids[0]!.textContent ?? '');
}

function microformats(doc: Document): Snapshot['microformats'] {
  const roots = Array.from(doc.querySelectorAll('.h-card, .h-resume')).slice(0, 20);
  return roots.map((root) => {
    const props: Record<string, string[]> = {};
    const type = root.classList.contains('h-resume') ? 'h-resume' : 'h-card';
    props.type = [type];
    for (const el of Array.from(root.querySelectorAll('[class*="p-"], [class*="u-"], [class*="dt-"], [class*="e-"]')).slice(0, 500)) {
      for (const c of Array.from(el.classList)) {
        const m = /^(p|u|dt|e)-([a-z0-9-]+)$/.exec(c);
        if (!m) continue;
        const value =
          m[1] === 'u' ? el.getAttribute('href') ?? el.getAttribute('src') ?? clean(el.textContent ?? '') : m[1] === 'dt' ? el.getAttribute('datetime') ?? clean(el.textContent ?? '') : clean(el.textContent ?? '');
        const key = m[1] + '-' + m[2];
        const list = (props[key] ??= []);
        if (list.length < 50 && value) list.push(cap(value));
      }
    }
    return props;
  });
}

export function takeSnapshot(doc: Document, url: string): Snapshot {
  const blocks: Block[] = [];
  const meta: Record<string, string> = {};
  for (const m of Array.from(doc.querySelectorAll('meta[name], meta[property]')).slice(0, 200)) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase().slice(0, 200);
    const content = m.getAttribute('content');
    if (key && content && !(key in meta)) meta[key] = cap(clean(content));
  }
  const jsonld = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .slice(0, 50)
    .map((s) => (s.textContent ?? '').slice(0, MAX_JSONLD));
  const canonicalEl = doc.querySelector('link[rel="canonical"]');
  const canonical = canonicalEl?.getAttribute('href') ? absolute(canonicalEl.getAttribute('href')!, url) : null;
  const plain = isPlainDocument(doc);
  let truncated = false;

  if (plain) {
    plainBlocks(doc.body?.textContent ?? '', blocks, { group: 0, section: 0 });
    truncated = blocks.length >= MAX_BLOCKS;
  } else if (doc.body) {
    let ids = 0;
    let buf = '';
    let links: NonNullable<Block['links']> = [];
    let times: NonNullable<Block['times']> = [];
    let gap = false;
    let cur: Ctx = { kind: 'text', depth: 0, group: 0, section: 0 };
    const flush = () => {
      const parts = buf.split(PART).map(clean).filter(Boolean);
      const text = parts.join(' · ');
      if (text && blocks.length < MAX_BLOCKS) {
        const b: Block = { kind: cur.kind, text: cap(text) };
        if (parts.length > 1) b.parts = parts.slice(0, 200).map(cap);
        if (cur.level) b.level = cur.level;
        if (cur.kind === 'item') b.depth = cur.depth;
        if (cur.group) b.group = cur.group;
        if (cur.section) b.section = cur.section;
        if (links.length) b.links = links.slice(0, 200);
        if (times.length) b.times = times.slice(0, 50);
        if (gap) b.gap = true;
        blocks.push(b);
        gap = false;
      } else if (text) truncated = true;
      buf = '';
      links = [];
      times = [];
    };
    // In a browser, CSS decides what is a block: a <span>/<a> shown as a block is its own line, and elements hidden
    // by a stylesheet are skipped. Without computed styles (linkedom in Node) the tags decide. Bounded by STYLE_BUDGET.
    const view = doc.defaultView;
    const computed = typeof view?.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : null;
    let budget = computed ? STYLE_BUDGET : 0;
    // Iterative walk: deep nesting cannot overflow the stack.
    type Frame = { node: Node; ctx: Ctx; exit?: boolean; gap?: boolean };
    const stack: Frame[] = [{ node: doc.body, ctx: cur }];
    let visited = 0;
    while (stack.length) {
      const frame = stack.pop()!;
      if (++visited > 200_000 || blocks.length >= MAX_BLOCKS) {
        truncated = true;
        break;
      }
      const node = frame.node;
      if (frame.exit) {
        flush();
        cur = frame.ctx;
        if (frame.gap) gap = true;
        continue;
      }
      if (node.nodeType === 3) {
        if (buf.length < MAX_TEXT * 2) buf += node.nodeValue ?? '';
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'IMG') {
        const alt = badgeText(el);
        if (alt) buf += PART + alt + PART;
        continue;
      }
      if (SKIP.has(tag) || hidden(el) || el.getAttribute('role') === 'navigation') continue;
      let display = '';
      if (budget-- > 0) {
        try {
          const cs = computed!(el);
          display = cs.display;
          if (display === 'none' || cs.visibility === 'hidden') continue;
        } catch {
          budget = 0;
        }
      }
      if (tag === 'A' && el.getAttribute('href')) {
        const text = clean(el.textContent ?? '');
        if (links.length < 200) links.push({ text: cap(text), href: absolute(el.getAttribute('href')!, url).slice(0, 4096) });
      } else if (tag === 'TIME' && el.getAttribute('datetime')) {
        if (times.length < 50) times.push({ text: cap(clean(el.textContent ?? '')), datetime: el.getAttribute('datetime')!.slice(0, 200) });
      }
      if (tag === 'BR') {
        flush();
        continue;
      }
      // A span shown as a block is its own line, unless it is an item of a flex row or a grid: those sit side by
      // side on screen ("Title <span>Company</span>" in a flex heading), so they stay inline pieces.
      let cssBlock = false;
      if (!BLOCK.has(tag) && BLOCK_DISPLAY.test(display)) {
        const parent = el.parentElement;
        let sideBySide = false;
        if (parent && budget-- > 0) {
          try {
            const ps = computed!(parent);
            sideBySide = (/flex$/.test(ps.display) && !ps.flexDirection.startsWith('column')) || /grid$/.test(ps.display);
          } catch {
            budget = 0;
          }
        }
        cssBlock = !sideBySide;
      }
      const isBlock = BLOCK.has(tag) || el.getAttribute('role') === 'heading' || el.getAttribute('role') === 'listitem' || cssBlock;
      if (!isBlock) {
        // Inline elements that abut without white space are separate chips on screen ("Full-time", "Contract"); so
        // are the pieces of a <summary> line (title, company, dates of a collapsed role).
        if (/[\p{L}\p{N}.)\]+#]$/u.test(buf) || el.parentElement?.tagName === 'SUMMARY') buf += PART;
        for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, ctx: frame.ctx });
        continue;
      }
      flush();
      const parent = frame.ctx;
      const ctx: Ctx = { ...parent };
      if (/^H[1-6]$/.test(tag) || el.getAttribute('role') === 'heading') {
        ctx.kind = 'heading';
        ctx.level = /^H[1-6]$/.test(tag) ? Number(tag[1]) : Math.min(6, Math.max(1, Number(el.getAttribute('aria-level')) || 2));
      } else if (tag === 'LI' || el.getAttribute('role') === 'listitem') {
        ctx.kind = 'item';
      } else if (tag === 'DT' || tag === 'TH') ctx.kind = 'term';
      else if (tag === 'DD') ctx.kind = 'value';
      else if (parent.kind !== 'heading') ctx.kind = parent.kind === 'item' || parent.kind === 'term' || parent.kind === 'value' ? parent.kind : 'text';
      if (ctx.kind !== 'heading') delete ctx.level;
      if (tag === 'UL' || tag === 'OL') ctx.depth = parent.depth + 1;
      // The outermost repeated container inside a section is the entry (an <article> with bullet <li>s is one entry).
      const role = el.getAttribute('role');
      if ((GROUP.has(tag) || role === 'listitem') && !parent.group) ctx.group = ++ids;
      if (SECTION.has(tag) || role === 'region') {
        ctx.section = ++ids;
        ctx.group = 0;
        // A labelled region without a heading of its own (aria-label="Experience") is titled by its label.
        const label = clean(el.getAttribute('aria-label') ?? '');
        if (label && !el.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]') && blocks.length < MAX_BLOCKS)
          blocks.push({ kind: 'heading', level: 2, text: cap(label), section: ctx.section, gap: true });
      }
      if (tag === 'HR') {
        if (blocks.length < MAX_BLOCKS) blocks.push({ kind: 'rule', text: '' });
        continue;
      }
      if (tag === 'PRE') {
        plainBlocks(el.textContent ?? '', blocks, ctx);
        gap = true;
        continue;
      }
      cur = ctx;
      stack.push({ node: el, ctx: parent, exit: true, gap: ctx.group !== parent.group || ctx.section !== parent.section });
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, ctx });
    }
    flush();
  }

  const mf = plain ? [] : microformats(doc);
  return {
    url,
    canonical,
    title: cap(clean(doc.title ?? '')).slice(0, 2000),
    lang: doc.documentElement?.getAttribute('lang')?.slice(0, 50) ?? null,
    meta,
    jsonld,
    plain,
    blocks,
    truncated,
    ...(mf && mf.length ? { microformats: mf } : {}),
  };
}
