/**
 * The current profile: header, summary figures, experience, skills,
 * education, and what the pipeline was unsure of. Takes data, renders it;
 * page-derived text is only ever rendered as text.
 */
import type { Profile, Skill, SkillCategory } from '../lib/schema/profile';
import { CATEGORY_LABELS, formatDate, formatMonths, formatRange, initials } from './format';
import { SafeLink } from './SafeLink';

export interface SaveState {
  savedAt: string | null;
  updatedAt: string | null;
  busy: boolean;
  message: string | null;
}

export interface ProfileViewProps {
  profile: Profile;
  save: SaveState;
  onSave(): void;
  onExport(): void;
}

function groupSkills(skills: Skill[]): Array<[SkillCategory, Skill[]]> {
  const groups = new Map<SkillCategory, Skill[]>();
  for (const s of skills) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

export function ProfileView({ profile, save, onSave, onExport }: ProfileViewProps) {
  const p = profile;
  const topSkills = p.skills.slice(0, 6);
  return (
    <article class="profile" aria-labelledby="profile-name">
      <header class="profile-header">
        <div class="avatar" aria-hidden="true">
          {initials(p.name)}
        </div>
        <div class="who">
          <h1 id="profile-name">{p.name || 'Unnamed profile'}</h1>
          {p.headline && <p class="headline">{p.headline}</p>}
          <p class="meta">
            {p.location && (
              <span>
                {p.location.text}
                {p.location.countryCode ? ` (${p.location.countryCode})` : ''}
              </span>
            )}
            <span class="site">
              <SafeLink href={p.source.url}>{p.handle ? `@${p.handle}` : 'Source page'}</SafeLink> on {p.source.site}
            </span>
          </p>
        </div>
      </header>

      <div class="actions">
        <button type="button" onClick={onSave} disabled={save.busy}>
          Save profile
        </button>
        <button type="button" class="secondary" onClick={onExport} disabled={save.busy}>
          Export JSON
        </button>
        <span class="save-state" role="status">
          {save.message ?? (save.savedAt ? `Saved on ${formatDate(save.updatedAt ?? save.savedAt)}` : 'Not saved')}
        </span>
      </div>

      <section aria-labelledby="h-summary" class="figures">
        <h2 id="h-summary" class="visually-hidden">
          Summary
        </h2>
        <dl>
          <div>
            <dt>Total experience</dt>
            <dd data-testid="total-experience">{p.stats.totalExperienceMonths !== null ? formatMonths(p.stats.totalExperienceMonths) : 'unknown'}</dd>
          </div>
          <div>
            <dt>Current role</dt>
            <dd>{p.stats.currentTitle ? `${p.stats.currentTitle}${p.stats.currentCompany ? ` at ${p.stats.currentCompany}` : ''}` : 'none listed'}</dd>
          </div>
          {topSkills.length > 0 && (
            <div>
              <dt>Top skills</dt>
              <dd>{topSkills.map((s) => s.name).join(', ')}</dd>
            </div>
          )}
        </dl>
      </section>

      {p.summary && (
        <section aria-labelledby="h-about">
          <h2 id="h-about">About</h2>
          {p.summary.split(/\n{2,}/).map((para) => (
            <p class="summary">{para}</p>
          ))}
        </section>
      )}

      <section aria-labelledby="h-experience">
        <h2 id="h-experience">Experience ({p.experience.length})</h2>
        {p.experience.length === 0 ? (
          <p class="empty">No experience listed.</p>
        ) : (
          <ol class="entries">
            {p.experience.map((e) => (
              <li class="entry" data-testid="experience-entry">
                <h3>
                  {e.title}
                  {e.company && <span class="company"> · {e.company}</span>}
                </h3>
                <p class="when">
                  {formatRange(e.start, e.end, e.current)}
                  {e.durationMonths !== null && <span> · {formatMonths(e.durationMonths)}</span>}
                  {e.location && <span> · {e.location}</span>}
                </p>
                {e.description && <p class="desc">{e.description}</p>}
                {e.highlights.length > 0 && (
                  <ul class="highlights">
                    {e.highlights.map((h) => (
                      <li>{h}</li>
                    ))}
                  </ul>
                )}
                {e.skills.length > 0 && (
                  <p class="chips" aria-label="Skills in this role">
                    {e.skills.map((s) => (
                      <span class="chip">{s}</span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="h-skills">
        <h2 id="h-skills">Skills ({p.skills.length})</h2>
        {groupSkills(p.skills).map(([category, skills]) => (
          <div class="skill-group">
            <h3>{CATEGORY_LABELS[category]}</h3>
            <p class="chips">
              {skills.map((s) => (
                <span class="chip" title={`${s.mentions} mention${s.mentions === 1 ? '' : 's'}: ${s.sources.join(', ')}`}>
                  {s.name}
                </span>
              ))}
            </p>
          </div>
        ))}
      </section>

      <section aria-labelledby="h-education">
        <h2 id="h-education">Education ({p.education.length})</h2>
        {p.education.length === 0 ? (
          <p class="empty">No education listed.</p>
        ) : (
          <ol class="entries">
            {p.education.map((e) => (
              <li class="entry" data-testid="education-entry">
                <h3>{e.institution}</h3>
                {e.degree && <p>{e.degree}</p>}
                <p class="when">{[e.degreeLevel, e.field, formatRange(e.start, e.end, false)].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      {p.warnings.length > 0 && (
        <section aria-labelledby="h-checks">
          <h2 id="h-checks">Worth checking</h2>
          <ul class="warnings">
            {p.warnings.map((w) => (
              <li>
                <code>{w.field}</code>: {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
