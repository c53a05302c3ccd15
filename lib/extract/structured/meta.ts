/**
 * Open Graph / profile meta tags and microformats (h-card, h-resume): the
 * thinnest layers, used for what the others miss.
 */
import type { Extractor, RawProfile } from '../types';

export const metaExtractor: Extractor = {
  method: 'meta',
  extract: ({ snapshot }) => {
    const m = snapshot.meta;
    const raw: RawProfile = {};
    const first = m['profile:first_name'], last = m['profile:last_name'];
    if (first || last) raw.name = [first, last].filter(Boolean).join(' ');
    else if (m['og:type'] === 'profile' && m['og:title']) raw.name = m['og:title'].split(/\s+[-|–—]\s+/)[0]!.trim();
    if (m['profile:username']) raw.handle = m['profile:username'];
    if (m.description ?? m['og:description']) raw.headline = (m.description ?? m['og:description'])!;
    return Object.keys(raw).length ? raw : null;
  },
};

export const microformatsExtractor: Extractor = {
  method: 'microformats',
  extract: ({ snapshot }) => {
    const cards = snapshot.microformats ?? [];
    if (!cards.length) return null;
    const get = (k: string) => cards.map((c) => c[k]?.[0]).find(Boolean) ?? null;
    const all = (k: string) => cards.flatMap((c) => c[k] ?? []);
    const raw: RawProfile = {};
    const name = get('p-name') ?? ([get('p-given-name'), get('p-family-name')].filter(Boolean).join(' ') || null);
    if (name) raw.name = name;
    const headline = get('p-job-title') ?? get('p-role') ?? get('p-summary');
    if (headline) raw.headline = headline;
    const note = get('p-note') ?? get('e-note') ?? get('p-summary');
    if (note && note !== headline) raw.summary = note;
    const loc = get('p-locality') ? [get('p-locality'), get('p-region'), get('p-country-name')].filter(Boolean).join(', ') : get('p-adr') ?? get('p-country-name');
    if (loc) raw.location = loc;
    const skills = all('p-skill');
    if (skills.length) raw.skills = skills;
    const urls = [...all('u-url'), ...all('u-email').map((e) => (e.startsWith('mailto:') ? e : `mailto:${e}`))];
    if (urls.length) raw.links = urls.map((url) => ({ label: url.replace(/^(https?:\/\/|mailto:)/i, ''), url }));
    const org = get('p-org');
    if (org && headline) raw.experience = [{ title: headline, company: org }];
    return Object.keys(raw).length ? raw : null;
  },
};
