// The stats page's mock exam scores against the pass mark, and the review queue's forecast.

import type { StatsOverview } from '@common/contract';
import { useMemo } from 'react';
import { Bar, BarChart, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, GRID, longDate, PASS_SCORE, reducedMotion, TOOLTIP } from './chart-parts';
import { dayKey, type ForecastPoint, forecastSeries, plural, shortDay } from './stats-data';

interface MockPoint {
  n: number;
  score: number;
  passed: boolean;
  submittedAt: string;
}

export function MockChart({ mocks }: { mocks: StatsOverview['mocks'] }) {
  const points = useMemo<MockPoint[]>(
    () => mocks.map((m, i) => ({ n: i + 1, score: m.scaledScore, passed: m.passed, submittedAt: m.submittedAt })),
    [mocks],
  );
  const animate = !reducedMotion();
  const best = Math.max(...mocks.map((m) => m.scaledScore));
  const last = mocks.at(-1);
  const passes = mocks.filter((m) => m.passed).length;
  return (
    <figure className="stats-figure">
      <figcaption>
        Scaled score (100–1000) of each mock exam, oldest first, against the {PASS_SCORE} pass mark. {plural(mocks.length, 'mock exam')},{' '}
        {passes} passed; best {best}
        {last ? `, latest ${last.scaledScore}` : ''}.
      </figcaption>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={points} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
            {GRID}
            <XAxis
              dataKey="n"
              tickFormatter={(n: number) => {
                const p = points[n - 1];
                return p ? shortDay(dayKey(new Date(p.submittedAt))) : '';
              }}
              {...AXIS}
            />
            <YAxis domain={[100, 1000]} ticks={[100, 250, 500, 750, 1000]} width={48} {...AXIS} />
            <ReferenceLine
              y={PASS_SCORE}
              stroke="var(--warn)"
              strokeDasharray="6 4"
              label={{ value: `Pass ${PASS_SCORE}`, position: 'insideTopLeft', fill: 'var(--warn)', fontSize: 12 }}
            />
            <Tooltip
              {...TOOLTIP}
              labelFormatter={(n, payload) => {
                const p = payload[0]?.payload as MockPoint | undefined;
                return p ? `Mock ${p.n} · ${longDate(p.submittedAt)}` : `Mock ${n}`;
              }}
              formatter={(value, _name, item) => [`${value} (${(item.payload as MockPoint).passed ? 'passed' : 'failed'})`, 'Scaled score']}
            />
            <Line
              type="linear"
              dataKey="score"
              name="Scaled score"
              stroke="var(--accent)"
              strokeWidth={2}
              isAnimationActive={animate}
              dot={(props) => (
                <circle
                  key={`mock-dot-${props.index}`}
                  cx={props.cx}
                  cy={props.cy}
                  r={5}
                  fill={(props.payload as MockPoint).passed ? 'var(--good)' : 'var(--bad)'}
                  stroke="var(--surface)"
                  strokeWidth={1.5}
                />
              )}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function ForecastChart({ forecast }: { forecast: { day: string; count: number }[] }) {
  const points = useMemo(() => forecastSeries(forecast), [forecast]);
  const animate = !reducedMotion();
  const total = points.reduce((s, p) => s + p.count, 0);
  const today = points[0]?.count ?? 0;
  const busiest = points.reduce<ForecastPoint | undefined>((top, p) => (p.count > (top?.count ?? 0) ? p : top), undefined);
  return (
    <figure className="stats-figure">
      <figcaption>
        Review cards falling due on each of the next {points.length} days: {plural(total, 'review')} in all, {today} today (overdue
        included)
        {busiest && busiest.count > 0 ? `; busiest ${busiest.label === 'Today' ? 'today' : busiest.label} with ${busiest.count}` : ''}.
      </figcaption>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            {GRID}
            <XAxis dataKey="label" minTickGap={12} {...AXIS} />
            <YAxis allowDecimals={false} width={40} {...AXIS} />
            <Tooltip
              {...TOOLTIP}
              cursor={{ fill: 'var(--surface-2)' }}
              labelFormatter={(label, payload) => {
                const p = payload[0]?.payload as ForecastPoint | undefined;
                return p ? `${label === 'Today' ? 'Today, ' : ''}${p.day}` : String(label);
              }}
              formatter={(value) => [String(value), 'Reviews due']}
            />
            <Bar dataKey="count" name="Reviews due" fill="var(--accent)" radius={[3, 3, 0, 0]} isAnimationActive={animate} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
