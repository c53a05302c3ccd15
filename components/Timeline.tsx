/**
 * The career on a year axis, as inline SVG: one bar per dated role, rows
 * grouped by company (a promotion reads as one group), the current role
 * open-ended, gaps shaded. Every bar is focusable and names its role, dates
 * and duration (hover shows the same as a tooltip).
 */
import type { Profile } from '../lib/schema/profile';
import { companyGroups, span } from '../lib/normalize/stats';
import { monthIndex } from '../lib/normalize/dates';
import { formatMonths, formatRange } from './format';

const W = 560;
const ROW = 22;
const LABEL = 150;
const AXIS = 22;

export function Timeline({ profile, now }: { profile: Profile; now: Date }) {
  const groups = companyGroups(profile.experience)
    .map((roles) => roles.map((r) => ({ r, s: span(r, now) })).filter((x) => x.s))
    .filter((g) => g.length);
  if (!groups.length) return <p class="empty">No dated roles to draw.</p>;
  const spans = groups.flat().map((x) => x.s!);
  const min = Math.floor(Math.min(...spans.map((s) => s[0])) / 12) * 12;
  const max = (Math.floor(Math.max(...spans.map((s) => s[1])) / 12) + 1) * 12;
  const x = (m: number) => LABEL + ((m - min) / (max - min)) * (W - LABEL - 8);
  const years: number[] = [];
  const step = Math.max(1, Math.ceil((max - min) / 12 / 8));
  for (let y = min / 12; y <= max / 12; y += step) years.push(y);
  const rows = groups.length;
  const height = AXIS + rows * ROW + 6;
  const undated = profile.experience.length - groups.flat().length;
  const ordinal = new Map(profile.experience.map((e, i) => [e, i]));
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${height}`} role="group" aria-label="Career timeline" width="100%">
        {profile.stats.gaps.map((g) => {
          const a = monthIndex(g.from, 'first')!, b = monthIndex(g.to, 'last')!;
          return (
            <rect class="gap" x={x(a)} y={AXIS - 4} width={Math.max(2, x(b + 1) - x(a))} height={rows * ROW + 4}>
              <title>{`Gap: ${formatMonths(g.months)}`}</title>
            </rect>
          );
        })}
        {years.map((y) => (
          <g class="tick">
            <line x1={x(y * 12)} x2={x(y * 12)} y1={AXIS - 6} y2={height} />
            <text x={x(y * 12) + 2} y={12}>
              {y}
            </text>
          </g>
        ))}
        {groups.map((g, row) => (
          <g>
            <text class="label" x={4} y={AXIS + row * ROW + 14}>
              {g[0]!.r.company.length > 22 ? g[0]!.r.company.slice(0, 21) + '…' : g[0]!.r.company || g[0]!.r.title}
            </text>
            {g.map(({ r, s }) => {
              const label = `${r.title}${r.company ? ` at ${r.company}` : ''}, ${formatRange(r.start, r.end, r.current)}, ${formatMonths(r.durationMonths)}`;
              return (
                <g class={`bar${r.current ? ' current' : ''}${r.internship ? ' intern' : ''}`} tabIndex={0} role="img" aria-label={label} data-role={ordinal.get(r)}>
                  <title>{label}</title>
                  <rect x={x(s![0])} y={AXIS + row * ROW + 3} width={Math.max(3, x(s![1] + 1) - x(s![0]))} height={ROW - 8} rx={3} />
                  {r.current && <path d={`M${x(s![1] + 1)},${AXIS + row * ROW + 3} l6,${(ROW - 8) / 2} l-6,${(ROW - 8) / 2} z`} />}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <figcaption>
        {undated > 0 ? `${undated} role${undated === 1 ? '' : 's'} without dates not drawn. ` : ''}
        {profile.stats.gaps.length ? 'Shaded: gaps over six months.' : ''}
      </figcaption>
    </figure>
  );
}
