/**
 * Skills grouped by category, ordered by months of use, each with its
 * evidence (where it was named, months, last used) on hover and on focus.
 */
import type { Profile, Skill, SkillCategory } from '../lib/schema/profile';
import { CATEGORY_LABELS } from '../lib/normalize/skills/categories';
import { formatMonths, formatPartialDate } from './format';

function evidenceText(skill: Skill, profile: Profile): string {
  const where = skill.evidence.map((e) => {
    const m = /^(experience|education)\.(\d+)$/.exec(e);
    if (!m) return e === 'listed' ? 'listed as a skill' : `in the ${e}`;
    const i = Number(m[2]);
    if (m[1] === 'experience') {
      const r = profile.experience[i];
      return r ? `as ${r.title}${r.company ? ` at ${r.company}` : ''}` : e;
    }
    return profile.education[i] ? `at ${profile.education[i]!.institution}` : e;
  });
  const parts = [`Named ${where.join('; ')}`];
  if (skill.via) parts.push(`part of ${skill.via}`);
  if (skill.months !== null) parts.push(`about ${formatMonths(skill.months)} of use`);
  if (skill.lastUsed) parts.push(`last used ${formatPartialDate(skill.lastUsed)}`);
  return parts.join('. ') + '.';
}

export function groupSkills(skills: Skill[]): Array<[SkillCategory, Skill[]]> {
  const groups = new Map<SkillCategory, Skill[]>();
  for (const s of skills) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  for (const list of groups.values()) list.sort((a, b) => (b.months ?? -1) - (a.months ?? -1) || b.mentions - a.mentions);
  const weight = (list: Skill[]) => list.reduce((sum, s) => sum + (s.months ?? 0) + s.mentions, 0);
  return [...groups.entries()].sort((a, b) => +(a[0] === 'other') - +(b[0] === 'other') || weight(b[1]) - weight(a[1]));
}

export function SkillSummary({ profile }: { profile: Profile }) {
  if (!profile.skills.length) return <p class="empty">No skills found.</p>;
  return (
    <div class="skills">
      {groupSkills(profile.skills).map(([category, skills]) => (
        <div class="skill-group">
          <h3>{CATEGORY_LABELS[category]}</h3>
          <ul class="chips">
            {skills.map((s) => {
              const tip = evidenceText(s, profile);
              return (
                <li class={`chip skill${s.sources.includes('listed') ? ' listed' : ''}`} tabIndex={0} data-tip={tip} aria-label={`${s.name}. ${tip}`} title={tip}>
                  {s.name}
                  {s.months !== null && s.months > 0 && <span class="months">{formatMonths(s.months)}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
