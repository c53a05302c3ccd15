/**
 * Totals and insights over a normalised career: experience with and without
 * internships, time per company (consecutive roles at one company grouped, so
 * a promotion reads as one), average tenure, gaps over six months, and
 * neutral facts worth a look (claims in the text against the dated history,
 * overlapping full-time roles). Month counting follows lib/normalize/dates.ts
 * (inclusive).
 */
import type { Education, Experience, Insight, Profile } from '../schema/profile';
import { mergeRanges, monthIndex, nowIndex } from './dates';

type Stats = Profile['stats'];
const GAP_MONTHS = 6;

export const indexToDate = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** [start, end] month indexes of a dated role; current roles end at now. */
export function span(e: Pick<Experience, 'start' | 'end' | 'current'>, now: Date): [number, number] | null {
  const s = monthIndex(e.start, 'first');
  const n = nowIndex(now);
  const end = e.current ? n : monthIndex(e.end, 'last');
  if (s === null || end === null || end < s) return null;
  return [s, n === null ? end : Math.min(end, n)];
}

/** Consecutive roles at one company, in page order. */
export function companyGroups(experience: Experience[]): Experience[][] {
  const groups: Experience[][] = [];
  for (const e of experience) {
    const last = groups[groups.length - 1];
    if (last && e.companyKey && last[0]!.companyKey === e.companyKey) last.push(e);
    else groups.push([e]);
  }
  return groups;
}

export function careerStats(experience: Experience[], now: Date): Stats {
  const dated = experience.filter((e) => span(e, now));
  const current = experience.find((e) => e.current);
  const latest = current ?? [...dated].sort((a, b) => (monthIndex(b.end, 'last') ?? 0) - (monthIndex(a.end, 'last') ?? 0))[0] ?? experience[0];
  const companies = companyGroups(experience).map((roles) => {
    const datedRoles = roles.filter((r) => span(r, now));
    return { key: roles[0]!.companyKey, name: roles[0]!.company, months: datedRoles.length ? mergeRanges(datedRoles, now) : null, roles: roles.length };
  });
  const tenures = companies.map((c) => c.months).filter((m): m is number => m !== null);
  const spans = dated.map((e) => span(e, now)!).sort((a, b) => a[0] - b[0]);
  const gaps: Stats['gaps'] = [];
  let reach = spans[0]?.[1] ?? 0;
  for (const [s, e] of spans.slice(1)) {
    if (s - reach - 1 > GAP_MONTHS) gaps.push({ from: indexToDate(reach + 1), to: indexToDate(s - 1), months: s - reach - 1 });
    reach = Math.max(reach, e);
  }
  const nonIntern = dated.filter((e) => !e.internship);
  return {
    totalExperienceMonths: dated.length ? mergeRanges(dated, now) : null,
    totalExperienceMonthsExcludingInternships: dated.length ? mergeRanges(nonIntern, now) : null,
    currentTitle: current?.title ?? null,
    currentCompany: current?.company ?? null,
    seniority: latest?.seniority ?? [],
    companies: companies.slice(0, 1000),
    averageTenureMonths: tenures.length ? Math.round(tenures.reduce((a, b) => a + b, 0) / tenures.length) : null,
    gaps: gaps.slice(0, 500),
  };
}

const fmt = (m: number) => {
  const y = Math.floor(m / 12), r = m % 12;
  return [y ? `${y} yr${y === 1 ? '' : 's'}` : '', r || !y ? `${r} mo${r === 1 ? '' : 's'}` : ''].filter(Boolean).join(' ');
};
const CLAIM = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:(?:professional|industry|hands-on|relevant|work)\s+)?(?:experience|exp\b)/gi;

export function careerInsights(args: { experience: Experience[]; education: Education[]; texts: Array<[string, string | null]>; stats: Stats; now: Date }): Insight[] {
  const { experience, education, texts, stats, now } = args;
  const out: Insight[] = [];
  const spans = experience.map((e) => span(e, now));
  const earliest = Math.min(...spans.filter((s): s is [number, number] => !!s).map((s) => s[0]));
  for (const [where, text] of texts) {
    if (!text) continue;
    for (const m of text.matchAll(CLAIM)) {
      const claimed = Number(m[1]) * 12;
      const total = stats.totalExperienceMonths;
      if (total === null) {
        out.push({ kind: 'claim-vs-history', message: `The ${where} says “${m[0]}”; no role on this page has dates to compare with.`, evidence: [m[0]] });
        continue;
      }
      if (total >= claimed - 6) continue;
      const firstYear = Number.isFinite(earliest) ? ` (the earliest starts ${indexToDate(earliest)})` : '';
      const eduEnd = education.map((e) => monthIndex(e.end, 'last')).filter((x): x is number => x !== null);
      const afterStudy = eduEnd.length ? `; the latest degree on the page ends ${indexToDate(Math.max(...eduEnd)).slice(0, 4)}` : '';
      out.push({
        kind: 'claim-vs-history',
        message: `The ${where} says “${m[0]}”; the dated roles on this page add up to ${fmt(total)}${firstYear}${afterStudy}.`,
        evidence: [m[0], `${experience.length} role${experience.length === 1 ? '' : 's'} listed`],
      });
    }
  }
  // Overlapping full-time roles at different companies.
  for (let i = 0; i < experience.length; i++) {
    for (let j = i + 1; j < experience.length; j++) {
      const a = experience[i]!, b = experience[j]!, sa = spans[i], sb = spans[j];
      if (!sa || !sb || a.internship || b.internship || a.companyKey === b.companyKey) continue;
      if (a.seniority.includes('founder') || b.seniority.includes('founder')) continue;
      const overlap = Math.min(sa[1], sb[1]) - Math.max(sa[0], sb[0]) + 1;
      if (overlap > 1) {
        out.push({
          kind: 'overlap',
          message: `${a.title} at ${a.company} and ${b.title} at ${b.company} overlap by ${fmt(overlap)} (${indexToDate(Math.max(sa[0], sb[0]))} to ${indexToDate(Math.min(sa[1], sb[1]))}).`,
          evidence: [`experience.${i}`, `experience.${j}`],
        });
      }
    }
  }
  for (const g of stats.gaps) out.push({ kind: 'gap', message: `No role is listed from ${g.from} to ${g.to} (${fmt(g.months)}).`, evidence: [`${g.from}..${g.to}`] });
  return out.slice(0, 200);
}
