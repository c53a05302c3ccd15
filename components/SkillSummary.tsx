/**
 * Skills grouped by category, ordered by months of use, each with its
 * evidence (where it was named, months, last used). Pointing at or focusing
 * a skill shows its evidence just under it, across the group's width (so it
 * never runs off a narrow panel); screen readers get it in the skill's name.
 */
import { useState } from 'preact/hooks';
import type { Profile, Skill, SkillCategory } from '../lib/schema/profile';
import { categoryLabel, formatMonths, formatPartialDate, roleText } from './format';
import { t } from '../lib/i18n';

export function evidenceText(skill: Skill, profile: Profile): string {
  const where = skill.evidence.map((e) => {
    const m = /^(experience|education)\.(\d+)$/.exec(e);
    if (!m) return e === 'listed' ? t('evidenceListed') : t('evidenceSection', e);
    const i = Number(m[2]);
    if (m[1] === 'experience') {
      const r = profile.experience[i];
      return r ? t('evidenceRole', roleText(r)) : e;
    }
    return profile.education[i] ? t('evidenceSchool', profile.education[i]!.institution) : e;
  });
  const parts = [t('evidenceNamed', where.join('; '))];
  if (skill.via) parts.push(t('evidenceVia', skill.via));
  if (skill.months !== null) parts.push(t('evidenceMonths', formatMonths(skill.months)));
  if (skill.lastUsed) parts.push(t('evidenceLastUsed', formatPartialDate(skill.lastUsed)));
  return parts.join(' ');
}

export function groupSkills(skills: Skill[]): Array<[SkillCategory, Skill[]]> {
  const groups = new Map<SkillCategory, Skill[]>();
  for (const s of skills) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  for (const list of groups.values()) list.sort((a, b) => (b.months ?? -1) - (a.months ?? -1) || b.mentions - a.mentions);
  const weight = (list: Skill[]) => list.reduce((sum, s) => sum + (s.months ?? 0) + s.mentions, 0);
  return [...groups.entries()].sort((a, b) => +(a[0] === 'other') - +(b[0] === 'other') || weight(b[1]) - weight(a[1]));
}

interface Shown {
  id: string;
  text: string;
  /** Below the chip, in px from the top of its group. */
  top: number;
}

export function SkillSummary({ profile }: { profile: Profile }) {
  const [shown, setShown] = useState<Shown | null>(null);
  if (!profile.skills.length) return <p class="empty">{t('noSkills')}</p>;
  return (
    <div class="skills">
      <p class="hint">{t('skillsHint')}</p>
      {groupSkills(profile.skills).map(([category, skills]) => (
        <div class="skill-group">
          <h3 id={`skills-${category}`}>{categoryLabel(category)}</h3>
          <ul class="chips" aria-labelledby={`skills-${category}`}>
            {skills.map((s) => {
              const tip = evidenceText(s, profile);
              const id = `${category}:${s.name}`;
              const months = s.months !== null && s.months > 0 ? formatMonths(s.months) : '';
              const show = (e: Event) => {
                const chip = e.currentTarget as HTMLElement;
                setShown({ id, text: tip, top: chip.offsetTop + chip.offsetHeight + 4 });
              };
              const hide = () => setShown((cur) => (cur?.id === id ? null : cur));
              return (
                <li
                  class={`chip skill${s.sources.includes('listed') ? ' listed' : ''}${shown?.id === id ? ' active' : ''}`}
                  tabIndex={0}
                  aria-label={`${s.name}${months ? `, ${months}` : ''}. ${tip}`}
                  data-skill={s.name}
                  onFocus={show}
                  onBlur={hide}
                  onMouseEnter={show}
                  onMouseLeave={hide}
                >
                  {s.name}
                  {months && <span class="months">{months}</span>}
                </li>
              );
            })}
          </ul>
          {shown && skills.some((s) => shown.id === `${category}:${s.name}`) && (
            <p class="evidence-tip" aria-hidden="true" data-testid="skill-evidence" style={{ top: `${shown.top}px` }}>
              {shown.text}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
