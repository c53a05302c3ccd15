/**
 * JSON-LD (schema.org): Person, ProfilePage with mainEntity, @graph. Broken
 * blocks are skipped. Every value is read defensively: strings, objects with
 * `name`, or arrays of either.
 */
import type { Extractor, RawEducation, RawExperience, RawProfile } from '../types';
import { safeJsonParse } from './safe-json';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const types = (o: Obj) => arr(o['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
export const str = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (isObj(v)) return str(v.name ?? v['@value'] ?? v.value);
  if (Array.isArray(v)) return str(v[0]);
  return null;
};
const strs = (v: unknown): string[] => arr(v).flatMap((x) => (typeof x === 'string' ? x.split(/\s*,\s*/) : [str(x)])).filter((s): s is string => !!s);

/** All objects in the JSON-LD blocks, flattening @graph and ProfilePage.mainEntity. */
export function jsonLdNodes(blocks: string[]): Obj[] {
  const out: Obj[] = [];
  // Each block has its own budget, so a huge or very wide block costs only itself (the last block is read first,
  // and an array's items last to first, as before).
  for (let b = blocks.length - 1; b >= 0; b--) {
    const v = safeJsonParse(blocks[b]!);
    if (v === undefined) continue;
    const stack: unknown[] = [v];
    let guard = 0;
    while (stack.length && guard++ < 10_000) {
      const x = stack.pop();
      if (Array.isArray(x)) {
        // Never spread a huge array into arguments; keep only its first items.
        for (let i = 0, n = Math.min(x.length, 10_000); i < n; i++) stack.push(x[i]);
      } else if (isObj(x)) {
        out.push(x);
        if (x['@graph']) stack.push(x['@graph']);
        if (x.mainEntity) stack.push(x.mainEntity);
      }
    }
  }
  return out;
}

/**
 * Index every object that carries an @id and something more than the @id, anywhere in the blocks (a @graph links its
 * nodes by reference: {"worksFor": {"@id": "#org"}}). Bounded like jsonLdNodes.
 */
function idIndex(nodes: Obj[]): Map<string, Obj> {
  const byId = new Map<string, Obj>();
  const stack: unknown[] = [...nodes];
  let guard = 0;
  while (stack.length && guard++ < 20_000) {
    const x = stack.pop();
    if (Array.isArray(x)) {
      for (let i = 0, n = Math.min(x.length, 1_000); i < n; i++) stack.push(x[i]);
    } else if (isObj(x)) {
      const id = x['@id'];
      if (typeof id === 'string' && Object.keys(x).length > 1) {
        const had = byId.get(id);
        if (!had || Object.keys(had).length < Object.keys(x).length) byId.set(id, x);
      }
      for (const k in x) if (k !== '@id' && typeof x[k] === 'object') stack.push(x[k]);
    }
  }
  return byId;
}

/** A node reference ({"@id": …}) replaced by the node it names; its own keys win. Anything else as is. */
const resolver = (byId: Map<string, Obj>) => (v: unknown): unknown => {
  if (!isObj(v) || typeof v['@id'] !== 'string') return v;
  const target = byId.get(v['@id']);
  return target && target !== v ? { ...target, ...v } : v;
};

function place(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (!isObj(v)) return null;
  const addr = isObj(v.address) ? v.address : v;
  const parts = [addr.addressLocality, addr.addressRegion, addr.addressCountry].map(str).filter(Boolean);
  return parts.length ? parts.join(', ') : str(v.name);
}

export function personFromJsonLd(blocks: string[]): RawProfile | null {
  const nodes = jsonLdNodes(blocks);
  const byId = idIndex(nodes);
  const ref = resolver(byId);
  // The page's main entity when it is a Person (a page may also name its author), else the first Person.
  const main = nodes.map((o) => (types(o).includes('ProfilePage') ? ref(arr(o.mainEntity)[0]) : null)).find((o): o is Obj => isObj(o) && types(o).includes('Person'));
  const person = main ?? nodes.find((o) => types(o).includes('Person'));
  if (!person) return null;
  const raw: RawProfile = {};
  const name = str(person.name) ?? ([str(person.givenName), str(person.familyName)].filter(Boolean).join(' ') || null);
  if (name) raw.name = name;
  const headline = str(person.jobTitle) ?? str(person.headline);
  if (headline) raw.headline = headline;
  const summary = str(person.description);
  if (summary) raw.summary = summary;
  const loc = place(ref(person.homeLocation)) ?? place(ref(person.address)) ?? place(ref(person.workLocation));
  if (loc) raw.location = loc;
  const skills = [...strs(person.knowsAbout), ...strs(person.skills)];
  if (skills.length) raw.skills = skills;
  const links = [...arr(person.sameAs), person.url, person.email ? `mailto:${String(str(person.email)).replace(/^mailto:/i, '')}` : null]
    .map(str)
    .filter((u): u is string => !!u)
    .map((url) => ({ label: url.replace(/^(https?:\/\/|mailto:)/i, '').replace(/\/$/, ''), url }));
  if (links.length) raw.links = links;

  const experience: RawExperience[] = [];
  // worksFor names the employer now; an Occupation (or an EmployeeRole) without endDate is also held now.
  const works = arr(person.worksFor).map((w) => ({ w: ref(w), employer: true }));
  const occupations = arr(person.hasOccupation).map((w) => ({ w: ref(w), employer: false }));
  const fromEmployer = new Set<RawExperience>();
  for (const { w, employer } of works.concat(occupations)) {
    if (!isObj(w) && !(employer && typeof w === 'string')) continue;
    const o: Obj = isObj(w) ? { ...w } : { name: w };
    if (o.worksFor !== undefined) o.worksFor = ref(o.worksFor);
    if (o.hiringOrganization !== undefined) o.hiringOrganization = ref(o.hiringOrganization);
    const org = isObj(o.worksFor) ? o.worksFor : o;
    const company = str(org.name) ?? str(o.name);
    const title = str(o.roleName) ?? str(o.jobTitle) ?? (types(o).includes('Occupation') ? str(o.name) : null) ?? str(person.jobTitle);
    if (!company && !title) continue;
    const endHint = str(o.endDate);
    const e: RawExperience = {
      title: title ?? '',
      company: types(o).includes('Occupation') && !isObj(o.worksFor) ? str(o.hiringOrganization) ?? '' : company ?? '',
      startHint: str(o.startDate),
      endHint,
      description: str(o.description) ?? '',
    };
    if (!endHint) e.current = true;
    if (employer) fromEmployer.add(e);
    experience.push(e);
  }
  // worksFor beside roles (hasOccupation) that already name that employer adds nothing: a @graph often links both.
  const roleCompanies = new Set(experience.filter((x) => !fromEmployer.has(x) && x.company).map((x) => x.company.toLowerCase()));
  const kept = experience.filter((x) => !fromEmployer.has(x) || !roleCompanies.has(x.company.toLowerCase()));
  if (kept.length) raw.experience = kept;
  const education: RawEducation[] = [];
  for (const e0 of arr(person.alumniOf).concat(arr(person.hasCredential))) {
    const e = ref(e0);
    if (!isObj(e) && typeof e !== 'string') continue;
    const o: Obj = isObj(e) ? { ...e } : { name: e };
    if (o.alumniOf !== undefined) o.alumniOf = ref(o.alumniOf);
    if (o.recognizedBy !== undefined) o.recognizedBy = ref(o.recognizedBy);
    const org = isObj(o.alumniOf) ? o.alumniOf : isObj(o.recognizedBy) ? o.recognizedBy : o;
    const institution = str(org.name);
    if (!institution) continue;
    education.push({
      institution,
      degree: str(o.roleName) ?? str(o.credentialCategory) ?? (org !== o ? str(o.name) : null),
      startHint: str(o.startDate),
      endHint: str(o.endDate),
      description: str(o.description) ?? '',
    });
  }
  if (education.length) raw.education = education;
  return raw;
}

export const jsonLdExtractor: Extractor = {
  method: 'json-ld',
  extract: ({ snapshot }) => personFromJsonLd(snapshot.jsonld),
};
