/**
 * What changed between two versions of the same person's profile, as short
 * sentences for the panel ("new role: Staff Engineer at Acme; headline
 * changed"). Pure; used for the history entries written on every re-save and
 * for "changed since you saved it".
 */
import * as z from 'zod';
import type { Education, Experience, Profile } from '../schema/profile';

export const ChangeKind = z.enum([
  'name-changed',
  'headline-changed',
  'location-changed',
  'summary-changed',
  'role-added',
  'role-ended',
  'role-removed',
  'education-added',
  'education-removed',
  'skills-added',
  'skills-removed',
]);
export type ChangeKind = z.infer<typeof ChangeKind>;

export const ChangeSchema = z.object({
  kind: ChangeKind,
  /** A short sentence: "new role: Staff Engineer at Acme". */
  text: z.string().max(5000),
  /** For single-valued fields: the old and new value (shortened). */
  before: z.string().max(600).nullable().optional(),
  after: z.string().max(600).nullable().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

const key = (s: string | null | undefined) =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
const short = (s: string | null | undefined, n = 500) => (s == null ? null : s.length > n ? s.slice(0, n - 1) + '…' : s);
const quote = (s: string | null) => (s ? `“${short(s, 80)}”` : 'none');

function roleLabel(e: Experience): string {
  if (e.title && e.company) return `${e.title} at ${e.company}`;
  return e.title || e.company || 'untitled role';
}
function eduLabel(e: Education): string {
  const what = [e.degree, e.field].filter(Boolean).join(', ');
  return what ? `${what}, ${e.institution}` : e.institution || 'untitled';
}
function list(names: string[], max = 8): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Multiset difference keyed by `k`: items of `a` not matched in `b`. */
function minus<T>(a: T[], b: T[], k: (x: T) => string): T[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(k(x), (counts.get(k(x)) ?? 0) + 1);
  return a.filter((x) => {
    const n = counts.get(k(x)) ?? 0;
    if (n > 0) {
      counts.set(k(x), n - 1);
      return false;
    }
    return true;
  });
}

export function diffProfiles(before: Profile, after: Profile): Change[] {
  const out: Change[] = [];
  if (key(before.name) !== key(after.name)) {
    out.push({ kind: 'name-changed', text: `name changed: ${quote(before.name)} → ${quote(after.name)}`, before: short(before.name), after: short(after.name) });
  }
  if (key(before.headline) !== key(after.headline)) {
    out.push({ kind: 'headline-changed', text: 'headline changed', before: short(before.headline), after: short(after.headline) });
  }
  const loc = (p: Profile) => (p.location ? `${key(p.location.text)}|${p.location.countryCode ?? ''}` : '');
  if (loc(before) !== loc(after)) {
    const b = before.location?.text ?? null;
    const a = after.location?.text ?? null;
    out.push({ kind: 'location-changed', text: `location changed: ${b ?? 'none'} → ${a ?? 'none'}`, before: short(b), after: short(a) });
  }
  if (key(before.summary) !== key(after.summary)) {
    out.push({ kind: 'summary-changed', text: 'summary changed', before: short(before.summary), after: short(after.summary) });
  }

  const roleKey = (e: Experience) => `${key(e.title)}|${key(e.company)}`;
  for (const e of minus(after.experience, before.experience, roleKey)) out.push({ kind: 'role-added', text: `new role: ${roleLabel(e)}` });
  // Same role, was current, now is not: the person left.
  const afterByKey = new Map<string, Experience[]>();
  for (const e of after.experience) afterByKey.set(roleKey(e), [...(afterByKey.get(roleKey(e)) ?? []), e]);
  for (const b of before.experience) {
    if (!b.current) continue;
    const same = afterByKey.get(roleKey(b));
    if (same?.length && same.every((a) => !a.current)) {
      const end = same.find((a) => a.end)?.end;
      out.push({ kind: 'role-ended', text: `role ended: ${roleLabel(b)}${end ? ` (${end})` : ''}` });
    }
  }
  for (const e of minus(before.experience, after.experience, roleKey)) out.push({ kind: 'role-removed', text: `role removed: ${roleLabel(e)}` });

  const eduKey = (e: Education) => `${key(e.institution)}|${key(e.degree)}|${key(e.field)}`;
  for (const e of minus(after.education, before.education, eduKey)) out.push({ kind: 'education-added', text: `new education: ${eduLabel(e)}` });
  for (const e of minus(before.education, after.education, eduKey)) out.push({ kind: 'education-removed', text: `education removed: ${eduLabel(e)}` });

  const skillNames = (p: Profile) => {
    const m = new Map<string, string>();
    for (const s of p.skills) if (!m.has(key(s.name))) m.set(key(s.name), s.name);
    return m;
  };
  const sb = skillNames(before);
  const sa = skillNames(after);
  const added = [...sa].filter(([k]) => !sb.has(k)).map(([, n]) => n);
  const removed = [...sb].filter(([k]) => !sa.has(k)).map(([, n]) => n);
  if (added.length) out.push({ kind: 'skills-added', text: `new skill${added.length > 1 ? 's' : ''}: ${list(added)}` });
  if (removed.length) out.push({ kind: 'skills-removed', text: `skill${removed.length > 1 ? 's' : ''} removed: ${list(removed)}` });
  return out;
}

/** One line for the panel: "new role: Staff Engineer at Acme; headline changed". Empty when nothing changed. */
export function summarizeChanges(changes: Change[], max = 4): string {
  const texts = changes.map((c) => c.text);
  return texts.length <= max ? texts.join('; ') : `${texts.slice(0, max).join('; ')}; and ${texts.length - max} more`;
}
