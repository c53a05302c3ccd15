/** Facts worth a look, stated neutrally with their evidence; never verdicts. */
import type { Insight, Profile } from '../lib/schema/profile';
import { t, type MessageKey } from '../lib/i18n';
import { roleText } from './format';

const KIND: Record<Insight['kind'], MessageKey> = {
  'claim-vs-history': 'insightClaimVsHistory',
  overlap: 'insightOverlap',
  gap: 'insightGap',
  'duration-mismatch': 'insightDurationMismatch',
  'education-overlap': 'insightEducationOverlap',
};

/** "experience.0.statedDuration" → "Senior Engineer at Acme (statedDuration)"; anything else as it is. */
export function evidenceLabel(profile: Profile | undefined, path: string): string {
  const m = /^(experience|education)\.(\d+)(?:\.([\w.]+))?$/.exec(path);
  if (!m || !profile) return path;
  const i = Number(m[2]);
  const place = m[1] === 'experience' ? (profile.experience[i] ? roleText(profile.experience[i]!) : null) : (profile.education[i]?.institution ?? null);
  if (!place) return path;
  return m[3] ? t('evidenceField', [place, m[3]]) : place;
}

export function Insights({ insights, profile }: { insights: Insight[]; profile?: Profile }) {
  if (!insights.length) return <p class="empty">{t('insightsNone')}</p>;
  return (
    <ul class="insights">
      {insights.map((i) => (
        <li>
          <strong>{t('labelled', t(KIND[i.kind]))}</strong> {i.message}
          {i.evidence.length > 0 && <span class="evidence"> {t('insightEvidence', i.evidence.map((e) => evidenceLabel(profile, e)).join('; '))}</span>}
        </li>
      ))}
    </ul>
  );
}
