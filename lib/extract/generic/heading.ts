/**
 * The top of a resume: name, headline, handle, contact links and location.
 *
 * The name is the top-level heading (h1) when it reads as a name, else the
 * first line that looks like a person's name (2–4 capitalised words, no
 * digits, not a section name, no role words), else a greeting ("Hi, I'm Jane
 * Doe"). The headline is the short line right under the name that is not
 * contact info. Contact lines give links (emails as mailto:, http(s) urls)
 * and the location (the piece that reads as a place).
 */
import type { RawLink } from '../types';
import {
  EMAIL,
  URL_RE,
  collapse,
  companyScore,
  contactParts,
  dateOf,
  endsSentence,
  institutionScore,
  isAllCaps,
  isContactLine,
  looksLikeLocation,
  roleScore,
  splitOutside,
  wordCount,
  type Line,
} from './lines';
import { stripEmoji } from './places';
import { sectionKindOf } from './sections';

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'bin', 'binti', 'ibn', 'al', 'el', 'y', 'zu', 'ter', 'ten', 'st.']);
const NOT_NAME = new Set(
  (
    'hello hi hey welcome open source machine learning software data about my the resume cv curriculum vitae portfolio home blog ' +
    'projects latest recent posts contact selected work page profile personal website thanks read more view download get touch ' +
    'skills experience education summary senior junior full stack frontend backend web mobile cloud design product new york city ' +
    'san francisco united states kingdom remote team our your all rights reserved privacy terms cookie menu search sign log up in ' +
    'out next previous back top jobs job hire hiring available now today news github linkedin twitter email phone location based ' +
    'artificial intelligence computer science engineering systems distributed platform services solutions digital studio lab labs ' +
    'inc llc ltd gmbh university college school institute open-source developer engineer designer manager'
  ).split(' '),
);
const NAME_WORD = /^(?:[\p{Lu}][\p{Ll}\p{M}'’]+(?:[-'’][\p{Lu}]?[\p{Ll}\p{M}]+)*|[\p{Lu}]\.|[\p{Lu}]{2,}(?:-[\p{Lu}]{2,})?|[\p{Lu}]{1,3}['’][\p{Lu}]{2,}(?:-[\p{Lu}]{2,})?|(?:Mc|Mac|O['’])[\p{Lu}][\p{Ll}]+)$/u;
const CREDENTIALS = /,?\s*(?:Ph\.?D\.?|MBA|M\.?D\.?|CFA|CPA|PMP|P\.?Eng\.?|MSc|BSc|Jr\.?|Sr\.?|III|II)$/u;
/** A title before the name ("Dr Jane Doe", "Prof. Jane Doe"): not part of the name. */
const HONORIFIC = /^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dres|Drs)\.?|Professor|Doctor|Sir|Dame)\s+(?=[\p{Lu}])/u;
const PRONOUNS = /\s*\((?:she|he|they|ze|xe)\/[a-z/]+\)\s*$|\s*·?\s*(?:she|he|they)\/(?:her|him|them)(?:\/\w+)?\s*$/i;

/** The name again in another script, in brackets after it: "Wei Chen (陳偉)", "Anna Ivanova (Анна Иванова)". */
const OTHER_SCRIPT = /\s*[(（]([^()（）]{1,40})[)）]\s*$/u;
const otherScript = (s: string) => s.replace(OTHER_SCRIPT, (m, inner: string) => (/[^\P{L}\p{Script=Latin}]/u.test(inner) && !/[\p{Script=Latin}\d]/u.test(inner) ? '' : m));

/** Name text without pronouns, trailing credentials and a bracketed copy in another script. */
function bareName(s: string): string {
  return collapse(otherScript(s).replace(PRONOUNS, '').replace(CREDENTIALS, '').replace(HONORIFIC, '').replace(/[,.]+$/, ''));
}

/** True when a text reads as a person's name ("Jane Doe", "Ana María de la Cruz", "J. R. Smith", "JANE DOE"). */
export function looksLikeName(input: string): boolean {
  const s = bareName(input);
  if (!s || s.length > 60 || /[\d@/:|•·()]/.test(s)) return false;
  const ws = s.split(' ');
  const core = ws.filter((w) => !PARTICLES.has(w.toLowerCase()));
  if (core.length < 2 || core.length > 4 || ws.length > 6) return false;
  if (PARTICLES.has(ws[0]!.toLowerCase()) && ws[0] !== ws[0]!.replace(/^./, (c) => c.toUpperCase())) return false;
  const caps = isAllCaps(s);
  for (const w of core) {
    if (!NAME_WORD.test(w)) return false;
    if (NOT_NAME.has(w.toLowerCase())) return false;
    if (!caps && /^[\p{Lu}]{2,}$/u.test(w) && w.length > 3) return false;
  }
  if (core.every((w) => /^[\p{Lu}]\.$/u.test(w))) return false;
  if (sectionKindOf(s) || roleScore(s) > 0 || companyScore(s) > 0 || institutionScore(s) > 0 || looksLikeLocation(s)) return false;
  return true;
}

/** Lower-case particles inside a name ("MARÍA DE LA CRUZ" → "María de la Cruz"). */
const LOWER_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'zu', 'ter', 'ten', 'bin', 'binti', 'ibn']);

/**
 * Title-cases an ALL CAPS name: "JANE DOE" → "Jane Doe", "LIAM O'CONNOR" → "Liam O'Connor",
 * "ANNE-MARIE MCDONALD" → "Anne-Marie McDonald", "MARÍA JOSÉ DE LA CRUZ" → "María José de la Cruz",
 * "D'ANGELO" → "D'Angelo". Names with lower-case letters are kept as written.
 */
export function tidyName(s: string): string {
  const b = bareName(s);
  if (!isAllCaps(b)) return b;
  return b
    .toLowerCase()
    .split(' ')
    .map((w, k) => {
      if (k > 0 && LOWER_PARTICLES.has(w)) return w;
      let t = w.replace(/(^|['’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
      // Mc + capital ("McDonald"); "Mac" is left alone (Mack, Macy, Machado are names of their own).
      t = t.replace(/(^|-)Mc(\p{Ll})/gu, (_, p: string, c: string) => `${p}Mc${c.toUpperCase()}`);
      return t;
    })
    .join(' ');
}

const GREETING =
  /(?:^|[\s,.!])(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]owdy|[Gg]reetings|[Hh]ola|[Bb]onjour|[Hh]allo|[Ww]elcome)\b[\s,!.👋]*(?:[Tt]here[\s,!.👋]*|[Ww]orld[\s,!.👋]*|[Ee]veryone[\s,!.👋]*)?(?:I['’]m|I am|[Mm]y name is|[Tt]his is|[Ii]t['’]s)\s+([\p{Lu}][\p{L}'’-]+(?:\s+(?:(?:de|da|del|van|von|der|la|le|di)\s+)?[\p{Lu}][\p{L}'’-]+){0,3})/u;
const IM = /^(?:I['’]m|I am|[Mm]y name is)\s+([\p{Lu}][\p{L}'’-]+(?:\s+(?:(?:de|da|del|van|von|der|la|le|di)\s+)?[\p{Lu}][\p{L}'’-]+){0,3})(?=[\s,.!—–-]|$)/u;

/** The name in a greeting: "Hi, I'm Jane Doe", "Hello! I am Jane", "I'm Jane Doe, a designer". */
export function nameFromGreeting(s: string): { name: string; rest: string } | null {
  if (s.length > 400) s = s.slice(0, 400);
  const m = GREETING.exec(s) ?? IM.exec(s);
  if (!m) return null;
  let name = m[1]!;
  // Drop trailing capitalised words that are not name-like ("Jane Doe Software").
  const ws = name.split(/\s+/);
  while (ws.length > 1 && (NOT_NAME.has(ws[ws.length - 1]!.toLowerCase()) || roleScore(ws[ws.length - 1]!) > 0)) ws.pop();
  name = ws.join(' ');
  if (NOT_NAME.has(ws[0]!.toLowerCase()) || roleScore(name) > 0) return null;
  const rest = s.slice(m.index + m[0].length - (m[1]!.length - name.length));
  return { name, rest };
}

export interface HeaderInfo {
  name: string | null;
  handle: string | null;
  headline: string | null;
  location: string | null;
  links: RawLink[];
  unsure: Array<{ field: string; message: string }>;
}

const HANDLE = /^@([A-Za-z0-9_][A-Za-z0-9_.-]{0,62})$/;

/** Adds the links a line carries: inline anchors (http, https, mailto) and emails/urls written as text. */
const linkKey = (url: string) => url.toLowerCase().replace(/^(https?:\/\/)www\./, '$1').replace(/^http:/, 'https:').replace(/\/$/, '');

export function collectLinks(l: Line, out: Map<string, RawLink>) {
  for (const link of l.links) if (!out.has(linkKey(link.url))) out.set(linkKey(link.url), { label: link.label || hostOf(link.url), url: link.url });
  if (l.text.length > 500) return;
  const email = EMAIL.exec(l.text);
  if (email) {
    const url = 'mailto:' + email[0];
    if (!out.has(linkKey(url))) out.set(linkKey(url), { label: email[0], url });
  }
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = email ? l.text.replace(email[0], ' ') : l.text;
  while ((m = URL_RE.exec(text))) {
    let raw = m[0].replace(/[.,;]+$/, '');
    if (/^\S+@/.test(raw)) continue;
    if (!/^https?:\/\//i.test(raw)) raw = 'https://' + raw;
    try {
      const u = new URL(raw);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
      const url = u.href;
      if (!out.has(linkKey(url))) out.set(linkKey(url), { label: m[0], url });
    } catch {
      /* not a url */
    }
  }
}

function hostOf(url: string): string {
  if (url.startsWith('mailto:')) return url.slice(7);
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The place in a contact-ish line, if any ("jane@x.com · Berlin, Germany" → "Berlin, Germany"). */
export function locationIn(s: string): string | null {
  if (s.length > 2000) return null;
  if (s.length <= 300) {
    for (const raw of contactParts(s)) {
      const p = stripEmoji(raw).replace(/^(?:location\s*[:：]|based in|located in|lives in|living in)\s*/iu, '').trim();
      if (looksLikeLocation(p) && !EMAIL.test(p)) return p;
    }
  }
  // "… an engineer living in Kraków, Poland. I've been …": the place after the phrase, up to the end of its
  // sentence, then shortened word by word from the right until it reads as a place.
  const based = /\b(?:[Bb]ased (?:in|out of)|[Ll]iving in|[Ll]ive in|[Ll]ocated in)\s+([\p{Lu}][\p{L}.'’ -]+(?:,\s*[\p{Lu}][\p{L}.'’ -]+){0,2})/u.exec(s);
  if (based) {
    let cand = based[1]!.replace(/\.(?:\s.*)?$/u, '').replace(/\s+(?:and|with|where|but|for)\b.*$/, '').trim();
    for (let n = 0; n < 4 && cand; n++) {
      if (looksLikeLocation(cand)) return cand;
      cand = cand.replace(/[\s,]*\S+$/u, '').trim();
    }
  }
  return null;
}

const PERSONAL_DETAIL = /^(?:date of birth|birth ?date|born|nationality|citizenship|gender|sex|marital status|place of birth|home|address|age)\b\s*[:：]?\s*\S/i;
const JOB_LABEL = /^(?:job applied for|position applied for|desired (?:position|job|role)|target (?:position|role|job)|occupation desired|preferred job|job title)\s*(?:[:：]\s*(.+))?$/i;
const ADDRESS = /^(?:home|address|home address|residence|postal address|adresse|anschrift|domicilio|direcci[oó]n)\s*[:：]\s*(.{3,150})$/i;
const ADDRESS_LABEL = /^(?:home|address|home address|residence|postal address)\s*[:：]?$/i;

/**
 * The place at the end of a postal address: "Schönhauser Allee 112, 10439 Berlin (Germany)" → "Berlin, Germany",
 * "12 High St, Leeds LS1 4AB, United Kingdom" → "United Kingdom"; null when the end is not a place.
 */
export function placeOfAddress(address: string): string | null {
  const parts = address.split(/\s*,\s*/).map((p) => p.trim()).filter(Boolean);
  for (let n = Math.min(2, parts.length); n >= 1; n--) {
    let t = parts.slice(parts.length - n).join(', ');
    // Postcodes before or after the city: "10439 Berlin", "Leeds LS1 4AB", "75001 Paris".
    // "411 38 Göteborg", "110 00 Praha" (three and two digits) too.
    t = t.replace(/(^|,\s*)(?:\d{3}\s\d{2}|[A-Z]{0,2}-?\d{3,6}(?:-\d{3,4})?)\s+/g, '$1').replace(/\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g, '');
    // A postcode after the place: "Austin, TX 78704", "Paris 75001".
    t = t.replace(/(\p{L})\s+\d{4,6}(?:-\d{4})?$/u, '$1');
    t = t.replace(/^(.+?)\s*\(([^()]{2,40})\)$/, '$1, $2').trim();
    if (t && looksLikeLocation(t)) return t;
  }
  return null;
}

const DOCUMENT_TITLE =
  /^(?:(?:my|online|full|updated|short|one-page)\s+)?(?:curriculum vitae|curriculum|resume|résumé|cv|c\.v\.|vita|lebenslauf|currículum(?: vitae)?|hoja de vida|portfolio)(?:\s*[-–—(]?\s*(?:\d{4}|pdf|english|en)\)?)?$/iu;
/** A line that names the document, not the person's role: "Curriculum Vitae", "Resume 2026", "My CV". */
export const documentTitle = (s: string) => s.length <= 40 && DOCUMENT_TITLE.test(stripEmoji(s).replace(/[:.]+$/, '').trim());

const nameKey = (s: string) => tidyName(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}]+/gu, '');
/** The name written again, in any case or spacing ("DANIEL FERREIRA" under "Daniel Ferreira"). */
const sameName = (s: string, name: string) => s.length <= 60 && nameKey(s) === nameKey(name);

const ONE_WORD = /^[\p{Lu}][\p{L}'’-]+$/u;

/** Reads the name, headline, handle, links and location from the top of the page. */
export function parseHeader(header: readonly Line[], all: readonly Line[], contact: readonly Line[] = []): HeaderInfo {
  const info: HeaderInfo = { name: null, handle: null, headline: null, location: null, links: [], unsure: [] };
  const top = header.length ? header : all.slice(0, 15);
  let nameLine = -1; // index into `all`
  let headlineFromName: string | null = null;
  let greetingRest: string | null = null;

  // 1. An h1 that reads as a name, possibly with a tagline: "Jane Doe — Staff Engineer". A page without an h1 ranks
  // its headings from its top level: the one heading of that level stands for the h1 (resume builders print the
  // name as the only h2 over h4 section titles, often after a sidebar).
  let top1 = 1;
  if (!all.some((l) => l.kind === 'heading' && l.level === 1)) {
    const levels = all.filter((l) => l.kind === 'heading' && l.level > 0).map((l) => l.level);
    const min = levels.length ? Math.min(...levels) : 1;
    if (levels.filter((v) => v === min).length === 1 && levels.some((v) => v > min)) top1 = min;
  }
  for (const l of all.slice(0, 80)) {
    if (l.kind !== 'heading' || l.level !== top1) continue;
    const parts = splitOutside(l.text, /\s+[—–|·-]\s+|,\s+/);
    const p0 = parts[0] ?? '';
    if (looksLikeName(p0)) {
      info.name = tidyName(p0);
      nameLine = l.i;
      if (parts.length > 1) headlineFromName = parts.slice(1).join(' — ');
      break;
    }
    const g = nameFromGreeting(l.text);
    if (g) {
      info.name = g.name;
      nameLine = l.i;
      greetingRest = g.rest;
      break;
    }
  }
  // 2. The first line that looks like a name.
  if (!info.name) {
    for (const l of top.slice(0, 20)) {
      if (l.marker || l.kind === 'item') continue;
      const p0 = splitOutside(l.text, /\s+[—–|·]\s+|\s{3,}/)[0] ?? '';
      // A name set on two lines ("Sofie" over "Lambrecht", a <br> in a big title): one word each that join into a name.
      const next = all[l.i + 1];
      if (next && !next.marker && next.kind === l.kind && !l.links.length && !next.links.length && ONE_WORD.test(l.text) && ONE_WORD.test(next.text) && looksLikeName(`${l.text} ${next.text}`)) {
        info.name = tidyName(`${l.text} ${next.text}`);
        nameLine = next.i;
        break;
      }
      if (looksLikeName(p0)) {
        info.name = tidyName(p0);
        nameLine = l.i;
        const rest = l.text.slice(l.text.indexOf(p0) + p0.length).replace(/^[\s—–|·-]+/, '');
        if (rest && !isContactLine(rest)) headlineFromName = rest;
        break;
      }
    }
  }
  // 3. A greeting anywhere near the top.
  if (!info.name) {
    for (const l of all.slice(0, 40)) {
      const g = nameFromGreeting(l.text);
      if (g) {
        info.name = g.name;
        nameLine = l.i;
        greetingRest = g.rest;
        if (wordCount(g.name) < 2) info.unsure.push({ field: 'name', message: `only a first name in the greeting ("${g.name}")` });
        break;
      }
    }
  }

  // Headline: the short line right under the name (the header's own copy first: a wrapped headline joined there).
  if (nameLine >= 0) {
    let reach = nameLine + 4;
    const own = new Map(header.map((l) => [l.i, l]));
    for (let j = nameLine + 1; j < all.length && j <= reach; j++) {
      const l = own.get(j) ?? all[j]!;
      // Property rows under the name (Notion, dl): "Role | Engineer" gives the headline, others are skipped.
      if (l.kind === 'term') {
        const v = all[j + 1];
        if (v && v.kind !== 'term' && v.kind !== 'heading' && /^(?:role|title|headline|position|current role|job title|tagline)\s*:?$/i.test(l.text) && v.text.length <= 200) {
          info.headline = v.text;
          break;
        }
        reach = Math.min(nameLine + 16, reach + 2);
        j++;
        continue;
      }
      const h = HANDLE.exec(l.text);
      if (h) {
        info.handle = h[1]!;
        continue;
      }
      if (PRONOUNS.test(l.text) && wordCount(l.text) <= 3) continue;
      // The name again (a site title over the page's own name line) or the document's own title ("Curriculum
      // Vitae", "Resume 2026"): neither is the headline.
      if (info.name && sameName(l.text, info.name)) continue;
      if (documentTitle(l.text)) continue;
      // The name again in its own script under a Latin one ("박현우", "陳瑋玲", "Анна Иванова"): not the headline.
      if (wordCount(l.text) <= 3 && !/[\p{Script=Latin}\d]/u.test(l.text) && /[^\P{L}\p{Script=Latin}]/u.test(l.text) && /\p{Script=Latin}/u.test(info.name ?? '')) continue;
      if (sectionKindOf(l.text) || l.marker || l.kind === 'item') break;
      // "Date of birth: …  Nationality: …", "Home: …": personal details, never the headline.
      if (PERSONAL_DETAIL.test(l.text)) continue;
      if (isContactLine(l.text)) {
        // "ML Platform Engineer · Prague, Czechia · jan@x.dev": a headline leading the contact line.
        const p0 = contactParts(l.text)[0] ?? '';
        if (p0 !== l.text && roleScore(p0) > 0 && !isContactLine(p0) && !looksLikeLocation(p0) && p0.length <= 120) {
          info.headline = p0;
          break;
        }
        continue;
      }
      if (looksLikeLocation(l.text)) {
        info.location ??= stripEmoji(l.text);
        continue;
      }
      if (dateOf(l)) break;
      if (l.text.length <= 200 && (!endsSentence(l.text) || l.text.length <= 160) && !nameFromGreeting(l.text)) {
        info.headline = l.text.replace(/\s{3,}/g, ' · ');
      }
      break;
    }
  }
  if (!info.headline && headlineFromName && headlineFromName.length <= 200 && !documentTitle(headlineFromName)) info.headline = headlineFromName;
  // The page's h1 right under a plain-text name is its statement ("Product designer crafting calm fintech
  // experiences."): it beats a short "Role · Place" line as the headline.
  if (nameLine >= 0 && all[nameLine]!.kind !== 'heading') {
    for (let j = nameLine + 1; j < all.length && j <= nameLine + 3; j++) {
      const l = all[j]!;
      if (l.kind !== 'heading') continue;
      if (l.level === 1 && l.text.length <= 160 && wordCount(l.text) >= 4 && roleScore(l.text) > 0 && !sectionKindOf(l.text) && !isContactLine(l.text)) {
        const short = !info.headline || wordCount(contactParts(info.headline).filter((p) => !looksLikeLocation(stripEmoji(p))).join(' ')) <= 3;
        if (short) info.headline = l.text;
      }
      break;
    }
  }
  // "Job applied for" / "Desired position" with its value (Europass): the role the person presents.
  for (let k = 0; k + 1 < all.length && k < 60; k++) {
    const l = all[k]!;
    const lab = JOB_LABEL.exec(l.text);
    if (!lab) continue;
    const v = lab[1] ? lab[1].trim() : all[k + 1]!.kind !== 'heading' || all[k + 1]!.level > 2 ? all[k + 1]!.text : '';
    if (v && v.length <= 120 && !sectionKindOf(v) && !isContactLine(v)) info.headline = v;
    break;
  }
  if (!info.headline && greetingRest) {
    const m = /^\s*[,—–-]?\s*(?:and\s+)?(?:I['’]m\s+)?(?:an?\s+)([^.!\n]{3,120})/u.exec(greetingRest);
    if (m) {
      info.headline = m[1]!.replace(/\s+(?:based|living|located)\s+in\b.*$/, '').trim();
      info.unsure.push({ field: 'headline', message: 'headline taken from the greeting sentence' });
    }
  }

  // Contact: links and location from the header and any Contact section.
  const links = new Map<string, RawLink>();
  // The lines right under the name, up to the next section title, are the person's own block even where the section
  // finder gave them to no section (a form whose "Personal information" label sits above the name heading).
  const seen = new Set([...top, ...contact].map((l) => l.i));
  const under: Line[] = [];
  for (let j = nameLine + 1; nameLine >= 0 && j < all.length && j <= nameLine + 8; j++) {
    const l = all[j]!;
    if (sectionKindOf(l.text) || l.kind === 'heading' || dateOf(l)) break;
    if (!seen.has(l.i)) under.push(l);
  }
  for (const l of [...top, ...contact, ...under]) {
    collectLinks(l, links);
    if (!info.location && l.i !== nameLine && (isContactLine(l.text) || wordCount(l.text) <= 8 || /[Bb]ased|[Ll]iving in|📍/u.test(l.text))) {
      if (l.text !== info.headline) info.location = locationIn(l.text);
    }
    // An unlabelled postal address: "Strada Mare 12, 400114 Cluj-Napoca (Romania)".
    if (!info.location && l.i !== nameLine && /\d/.test(l.text) && l.text.includes(',') && l.text.length <= 300) {
      for (const part of contactParts(l.text)) {
        if (info.location) break;
        if (/\d/.test(part) && part.includes(',') && part.length <= 150 && !EMAIL.test(part)) info.location = placeOfAddress(part);
      }
    }
  }
  // A "Location" term with its value (dl/dt/dd, tables), or label and value on one line: touching chips
  // (parts ['Location', 'Kraków, Poland'] where CSS would stack them) or "Location: Kraków, Poland".
  const LOCATION_LABEL = /^(?:location|based in|city|lives in|where)\s*:?$/i;
  for (let k = 0; k < all.length && !info.location; k++) {
    const l = all[k]!;
    if (k + 1 < all.length && (l.kind === 'term' || l.strong) && LOCATION_LABEL.test(l.text)) {
      const v = all[k + 1]!;
      if (v.kind !== 'term' && v.kind !== 'heading' && v.text.length <= 80) info.location = stripEmoji(v.text) || null;
    } else if (l.parts && l.parts.length === 2 && LOCATION_LABEL.test(l.parts[0]!) && l.parts[1]!.length <= 80 && looksLikeLocation(l.parts[1]!)) {
      info.location = stripEmoji(l.parts[1]!);
    } else if (l.text.length <= 90 && /^location\s*[:：]/i.test(l.text)) {
      const v = l.text.replace(/^location\s*[:：]\s*/i, '');
      if (looksLikeLocation(v)) info.location = stripEmoji(v);
    }
  }
  // "Home: Street 1, 10439 Berlin (Germany)", "Address: …": the place at the end of a postal address.
  for (let k = 0; k < all.length && k < 60 && !info.location; k++) {
    const m = ADDRESS.exec(all[k]!.text);
    const v = m ? m[1]! : k > 0 && ADDRESS_LABEL.test(all[k - 1]!.text) ? all[k]!.text : '';
    if (v) info.location = placeOfAddress(v);
  }
  // "Based in Lisbon, Portugal" in the intro.
  if (!info.location) {
    for (const l of all.slice(0, 60)) {
      if (!/[Bb]ased|[Ll]iving in|[Ll]ive in|[Ll]ocated in/.test(l.text)) continue;
      const loc = locationIn(l.text);
      if (loc) {
        info.location = loc;
        break;
      }
    }
  }
  // "Data engineer · Paris, France": a place written after the headline, on the same line.
  if (!info.location && info.headline && info.headline.length <= 200) {
    const pieces = contactParts(info.headline);
    for (const p of pieces.slice(1)) {
      const place = stripEmoji(p);
      if (looksLikeLocation(place) && !/^(?:remote|hybrid|on-?site)/i.test(place)) {
        info.location = place;
        break;
      }
    }
  }
  // "Mobile engineer (iOS) in Tokyo.", "Nurse practitioner in Leeds, UK": a place closing the headline after "in".
  if (!info.location && info.headline && info.headline.length <= 200) {
    const m = /\s(?:in|from|based in)\s+([\p{Lu}][\p{L}.'’ -]*(?:,\s*[\p{Lu}][\p{L}.'’ -]*){0,2})[.!]?$/u.exec(info.headline.trim());
    const place = m ? m[1]!.replace(/[.!\s]+$/u, '') : '';
    if (place && looksLikeLocation(place)) info.location = place;
  }
  info.links = [...links.values()].slice(0, 50);
  return info;
}
