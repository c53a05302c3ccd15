/**
 * The current profile, in the order a recruiter reads: header, summary
 * figures, experience (timeline and roles grouped by company), skills,
 * education, insights, and what the parser was unsure of (correctable).
 * Takes data, renders it; page-derived text is only ever rendered as text.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../lib/schema/profile';
import { companyGroups } from '../lib/normalize/stats';
import { degreeLabel, formatMonths, formatRange, initials, methodLabel, roleText, seniorityLabel, siteLabel } from './format';
import { t, tn } from '../lib/i18n';
import { SafeLink } from './SafeLink';
import { Timeline } from './Timeline';
import { SkillSummary } from './SkillSummary';
import { Insights } from './Insights';

export interface ProfileViewProps {
  profile: Profile;
  now: Date;
  /** Save state, notes and tags (SavedControls), rendered under the header. */
  saveControls?: ComponentChildren;
  onExportJson(): void;
  onExportJsonResume(): void;
  /** Present when corrections can be kept (the profile is saved or can be). */
  onCorrect?(field: string, value: string): void;
}

/** Summaries longer than this (characters) start folded to their first lines. */
const LONG_SUMMARY = 280;

function get(profile: Profile, path: string): string {
  let node: unknown = profile;
  for (const seg of path.replace(/\[(\d+)\]/g, '.$1').split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return typeof node === 'string' ? node : '';
}

function Correction({ profile, field, message, onCorrect }: { profile: Profile; field: string; message: string; onCorrect(field: string, value: string): void }) {
  const path = field.replace(/\[(\d+)\]/g, '.$1');
  const [value, setValue] = useState(get(profile, path));
  const id = `fix-${path.replace(/\./g, '-')}`;
  const editable = /^(name|headline|(experience|education)\.\d+\.(title|company|institution|degree|location))$/.test(path);
  return (
    <li>
      <code class="field">{path}</code> {message}
      {editable && (
        <form
          class="correction"
          onSubmit={(e) => {
            e.preventDefault();
            onCorrect(path, value.trim());
          }}
        >
          <label for={id} class="visually-hidden">
            {t('correctField', path)}
          </label>
          <input id={id} value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
          <button type="submit" class="secondary">
            {t('correct')}
          </button>
        </form>
      )}
    </li>
  );
}

/** The candidate's own summary: a long one shows its first lines until asked for all of it. */
function About({ summary }: { summary: string }) {
  const [open, setOpen] = useState(false);
  const long = summary.length > LONG_SUMMARY;
  useEffect(() => setOpen(false), [summary]);
  return (
    <section aria-labelledby="h-about">
      <h2 id="h-about">{t('about')}</h2>
      <div id="about-text" class={long && !open ? 'clamped' : undefined}>
        {summary.split(/\n{2,}/).map((para) => (
          <p class="summary">{para}</p>
        ))}
      </div>
      {long && (
        <button type="button" class="link" aria-expanded={open} aria-controls="about-text" onClick={() => setOpen(!open)}>
          {open ? t('showLess') : t('showMore')}
        </button>
      )}
    </section>
  );
}

export function ProfileView({ profile: p, now, saveControls, onExportJson, onExportJsonResume, onCorrect }: ProfileViewProps) {
  const current = p.experience.find((e) => e.current);
  return (
    <article class="profile" aria-labelledby="profile-name">
      <header class="profile-header">
        <div class="avatar" aria-hidden="true">
          {initials(p.name)}
        </div>
        <div class="who">
          <h1 id="profile-name">{p.name || t('unnamedProfile')}</h1>
          {p.headline && <p class="headline">{p.headline}</p>}
          <p class="meta">
            {p.location && (
              <span>
                {p.location.text}
                {p.location.countryCode ? ` (${p.location.countryCode})` : ''}
              </span>
            )}
            {p.source.url ? (
              <span class="site">
                <SafeLink href={p.source.url}>{p.handle ? `@${p.handle}` : t('sourcePage')}</SafeLink> {t('onSite', siteLabel(p.source.site))}
              </span>
            ) : (
              <span class="site">{t('fromPastedText')}</span>
            )}
          </p>
        </div>
      </header>

      {saveControls}
      <div class="actions" role="group" aria-label={t('profileActions')}>
        <button type="button" class="secondary" onClick={onExportJson} title={t('exportJsonTitle')}>
          {t('exportJson')}
        </button>
        <button type="button" class="secondary" onClick={onExportJsonResume}>
          {t('exportJsonResume')}
        </button>
      </div>

      <section aria-labelledby="h-summary" class="figures">
        <h2 id="h-summary">{t('atAGlance')}</h2>
        <dl>
          <div>
            <dt>{t('totalExperience')}</dt>
            <dd data-testid="total-experience">{p.stats.totalExperienceMonths !== null ? formatMonths(p.stats.totalExperienceMonths) : t('noDates')}</dd>
          </div>
          {p.stats.totalExperienceMonthsExcludingInternships !== null && p.stats.totalExperienceMonthsExcludingInternships !== p.stats.totalExperienceMonths && (
            <div>
              <dt>{t('withoutInternships')}</dt>
              <dd>{formatMonths(p.stats.totalExperienceMonthsExcludingInternships)}</dd>
            </div>
          )}
          <div>
            <dt>{t('currentRole')}</dt>
            <dd>{current ? roleText(current) : t('noneListed')}</dd>
          </div>
          {p.stats.seniority.length > 0 && (
            <div>
              <dt>{t('seniority')}</dt>
              <dd>{seniorityLabel(p.stats.seniority)}</dd>
            </div>
          )}
          {p.stats.averageTenureMonths !== null && (
            <div>
              <dt>{t('averageTenure')}</dt>
              <dd>{formatMonths(p.stats.averageTenureMonths)}</dd>
            </div>
          )}
          {p.skills.length > 0 && (
            <div class="wide">
              <dt>{t('topSkills')}</dt>
              <dd>{p.skills.slice(0, 6).map((s) => s.name).join(', ')}</dd>
            </div>
          )}
        </dl>
      </section>

      {p.summary && <About summary={p.summary} />}

      <section aria-labelledby="h-experience">
        <h2 id="h-experience">{t('experienceHeading', p.experience.length)}</h2>
        {p.experience.length === 0 ? (
          <p class="empty">{t('noExperience')}</p>
        ) : (
          <>
            <Timeline profile={p} now={now} />
            <ol class="entries">
              {companyGroups(p.experience).map((roles) => (
                <li class="company-group">
                  {roles.length > 1 && (
                    <h3 class="group-name">
                      {roles[0]!.company} <span class="when">· {tn('companyRoles', roles.length)}</span>
                    </h3>
                  )}
                  <ol class="entries">
                    {roles.map((e) => (
                      <li class="entry" data-testid="experience-entry">
                        <h3>
                          {e.title}
                          {e.company && roles.length === 1 && <span class="company"> · {e.company}</span>}
                        </h3>
                        <p class="when">
                          {formatRange(e.start, e.end, e.current) ? <span class="nowrap">{formatRange(e.start, e.end, e.current)}</span> : <span>{e.datesText ?? t('noDates')}</span>}
                          {e.durationMonths !== null && (
                            <>
                              {' · '}
                              <span class="nowrap">{formatMonths(e.durationMonths)}</span>
                            </>
                          )}
                          {e.location && <span> · {e.location}</span>}
                          {e.seniority.length > 0 && (
                            <>
                              {' · '}
                              <span class="nowrap">{seniorityLabel(e.seniority)}</span>
                            </>
                          )}
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
                          <ul class="chips" aria-label={t('skillsInRole')}>
                            {e.skills.map((s) => (
                              <li class="chip">{s}</li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="h-skills">
        <h2 id="h-skills">{t('skillsHeading', p.skills.length)}</h2>
        <SkillSummary profile={p} />
      </section>

      <section aria-labelledby="h-education">
        <h2 id="h-education">{t('educationHeading', p.education.length)}</h2>
        {p.education.length === 0 ? (
          <p class="empty">{t('noEducation')}</p>
        ) : (
          <ol class="entries">
            {p.education.map((e) => (
              <li class="entry" data-testid="education-entry">
                <h3>{e.institution}</h3>
                {e.degree && <p>{e.degree}</p>}
                <p class="when">{[e.degreeLevel && degreeLabel(e.degreeLevel), e.field, formatRange(e.start, e.end, false)].filter(Boolean).join(' · ')}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="h-insights">
        <h2 id="h-insights">{t('worthALook')}</h2>
        <Insights insights={p.insights} profile={p} />
      </section>

      <section aria-labelledby="h-checks">
        <h2 id="h-checks">{t('extraction')}</h2>
        <p>
          {t('completeness')} <strong data-testid="completeness">{Math.round(p.completeness * 100)}%</strong> · {t('readBy', methodLabel(p.source.method))}
        </p>
        {p.warnings.length > 0 && (
          <ul class="warnings">
            {p.warnings.map((w) =>
              onCorrect ? (
                <Correction profile={p} field={w.field} message={w.message} onCorrect={onCorrect} />
              ) : (
                <li>
                  <code class="field">{w.field}</code> {w.message}
                </li>
              ),
            )}
          </ul>
        )}
      </section>
    </article>
  );
}
