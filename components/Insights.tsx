/** Facts worth a look, stated neutrally with their evidence; never verdicts. */
import type { Insight } from '../lib/schema/profile';

const KIND: Record<Insight['kind'], string> = {
  'claim-vs-history': 'Claim and dated history',
  overlap: 'Overlapping roles',
  gap: 'Gap',
  'duration-mismatch': 'Stated duration',
  'education-overlap': 'Study and work',
};

export function Insights({ insights }: { insights: Insight[] }) {
  if (!insights.length) return <p class="empty">Nothing stands out: dates and claims on this page are consistent.</p>;
  return (
    <ul class="insights">
      {insights.map((i) => (
        <li>
          <strong>{KIND[i.kind]}:</strong> {i.message}
          {i.evidence.length > 0 && <span class="evidence"> Evidence: {i.evidence.join('; ')}</span>}
        </li>
      ))}
    </ul>
  );
}
