import type { AuditDay } from "../../audit/audit-summary.ts";

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 40 };
const REDACTIONS = "#4c6ef5";
const REFUSALS = "#fa5252";

/** Every UTC day from `first` to `last` inclusive, `YYYY-MM-DD`. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`) && days.length < 400; time += 86_400_000) {
    days.push(new Date(time).toISOString().slice(0, 10));
  }
  return days;
}

/** A round axis maximum: 1, 2 or 5 times a power of ten, at least `value`. */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? value;
}

/**
 * Redactions and refusals per day as a server-rendered SVG: two bars per day on one scale,
 * gridlines, and a few date labels. Days without traffic in the range show as gaps.
 */
export function DailyChart(props: { perDay: AuditDay[]; from: string; to: string }) {
  const byDay = new Map(props.perDay.map((day) => [day.day, day]));
  const days = daysBetween(props.from, props.to);
  const max = niceMax(Math.max(0, ...props.perDay.map((day) => Math.max(day.redactions, day.refusals))));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(1.5, Math.min(14, slot * 0.36));
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  return (
    <div class="chart">
      <div class="chart-legend">
        <span class="redactions">Redactions</span>
        <span class="refusals">Refusals</span>
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Redactions and refusals per day" data-testid="daily-chart">
        {ticks.map((tick) => (
          <g>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e3e6eb" stroke-width="1" />
            <text x={PAD.left - 6} y={y(tick) + 4} text-anchor="end" font-size="11" fill="#667085">
              {Number.isInteger(tick) ? tick : tick.toFixed(1)}
            </text>
          </g>
        ))}
        {days.map((day, index) => {
          const counts = byDay.get(day) ?? { redactions: 0, refusals: 0, exchanges: 0 };
          const center = PAD.left + slot * index + slot / 2;
          return (
            <g data-day={day}>
              <title>{`${day}: ${counts.redactions} redactions, ${counts.refusals} refusals, ${counts.exchanges} exchanges`}</title>
              <rect x={center - barWidth - 0.5} y={y(counts.redactions)} width={barWidth} height={plotHeight + PAD.top - y(counts.redactions)} rx="1.5" fill={REDACTIONS} />
              <rect x={center + 0.5} y={y(counts.refusals)} width={barWidth} height={plotHeight + PAD.top - y(counts.refusals)} rx="1.5" fill={REFUSALS} />
              {index % labelEvery === 0 ? (
                <text x={center} y={HEIGHT - 8} text-anchor="middle" font-size="11" fill="#667085">
                  {day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={PAD.top + plotHeight} y2={PAD.top + plotHeight} stroke="#cfd4dc" stroke-width="1" />
      </svg>
    </div>
  );
}
