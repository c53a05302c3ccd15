/**
 * The career on a year axis, as inline SVG: one bar per dated role, rows
 * grouped by company (a promotion reads as one group), the current role
 * open-ended, gaps shaded. Drawn at the width it is given (text stays
 * legible in a narrow panel). For assistive technology the chart is a list
 * of its bars: every bar is focusable and named by its role, dates and
 * duration; pointing at or focusing a bar shows the same just under it.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../lib/schema/profile';
import { companyGroups, span } from '../lib/normalize/stats';
import { monthIndex } from '../lib/normalize/dates';
import { formatMonths, formatRange, roleText } from './format';
import { t, tn } from '../lib/i18n';

const ROW = 24;
const AXIS = 22;
const DEFAULT_WIDTH = 380;

/** The figure's inner width, followed as the panel is resized. */
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.floor(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return width;
}

export function Timeline({ profile, now }: { profile: Profile; now: Date }) {
  const figure = useRef<HTMLElement>(null);
  const W = Math.max(240, useWidth(figure));
  const [active, setActive] = useState<{ label: string; top: number } | null>(null);
  const groups = companyGroups(profile.experience)
    .map((roles) => roles.map((r) => ({ r, s: span(r, now) })).filter((x) => x.s))
    .filter((g) => g.length);
  if (!groups.length) return <p class="empty">{t('timelineEmpty')}</p>;
  const LABEL = Math.round(Math.min(150, Math.max(84, W * 0.3)));
  const maxChars = Math.max(8, Math.floor((LABEL - 8) / 6.4));
  const spans = groups.flat().map((x) => x.s!);
  const min = Math.floor(Math.min(...spans.map((s) => s[0])) / 12) * 12;
  const max = (Math.floor(Math.max(...spans.map((s) => s[1])) / 12) + 1) * 12;
  const x = (m: number) => LABEL + ((m - min) / (max - min)) * (W - LABEL - 10);
  const years: number[] = [];
  const fit = Math.max(2, Math.floor((W - LABEL) / 44));
  const step = Math.max(1, Math.ceil((max - min) / 12 / fit));
  for (let y = min / 12; y < max / 12; y += step) years.push(y);
  const rows = groups.length;
  const height = AXIS + rows * ROW + 4;
  const undated = profile.experience.length - groups.flat().length;
  const ordinal = new Map(profile.experience.map((e, i) => [e, i]));
  const caption = [undated > 0 ? tn('undatedRoles', undated) : '', profile.stats.gaps.length ? t('timelineGapsNote') : ''].filter(Boolean).join(' ');
  return (
    <figure class="timeline" ref={figure}>
      <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="list" aria-label={t('timelineLabel')}>
        <g aria-hidden="true">
          {profile.stats.gaps.map((g) => {
            const a = monthIndex(g.from, 'first')!,
              b = monthIndex(g.to, 'last')!;
            return (
              <rect class="gap" x={x(a)} y={AXIS - 4} width={Math.max(2, x(b + 1) - x(a))} height={rows * ROW + 4}>
                <title>{t('timelineGap', formatMonths(g.months))}</title>
              </rect>
            );
          })}
          {years.map((y) => (
            <g class="tick">
              <line x1={x(y * 12)} x2={x(y * 12)} y1={AXIS - 6} y2={height} />
              <text x={x(y * 12) + 3} y={12}>
                {y}
              </text>
            </g>
          ))}
          {groups.map((g, row) => {
            const name = g[0]!.r.company || g[0]!.r.title;
            return (
              <text class="label" x={0} y={AXIS + row * ROW + 15}>
                {name.length > maxChars ? name.slice(0, maxChars - 1) + '…' : name}
              </text>
            );
          })}
        </g>
        {groups.map((g, row) =>
          g.map(({ r, s }) => {
            const label = t('timelineBar', [roleText(r), formatRange(r.start, r.end, r.current), formatMonths(r.durationMonths) || t('noDates')]);
            const show = () => setActive({ label, top: AXIS + (row + 1) * ROW });
            const hide = () => setActive((a) => (a?.label === label ? null : a));
            return (
              <g
                class={`bar${r.current ? ' current' : ''}${r.internship ? ' intern' : ''}`}
                tabindex={0}
                role="listitem"
                aria-label={label}
                data-role={ordinal.get(r)}
                onFocus={show}
                onBlur={hide}
                onMouseEnter={show}
                onMouseLeave={hide}
              >
                <rect x={x(s![0])} y={AXIS + row * ROW + 4} width={Math.max(4, x(s![1] + 1) - x(s![0]))} height={ROW - 8} rx={3} />
                {r.current && <path d={`M${x(s![1] + 1)},${AXIS + row * ROW + 4} l7,${(ROW - 8) / 2} l-7,${(ROW - 8) / 2} z`} />}
              </g>
            );
          }),
        )}
      </svg>
      {active && (
        <p class="readout" aria-hidden="true" data-testid="timeline-readout" style={{ top: `${active.top}px` }}>
          {active.label}
        </p>
      )}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
