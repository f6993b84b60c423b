// The stats page's recharts figures. Colours are CSS variables (see stats.css) so every chart follows
// the light and dark themes; each figure has a caption that says in words what the chart shows.
import { type ReactNode, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { DOMAIN_INFO, type DomainId } from '../../../../main/common/content-schema';
import type { StatsOverview, TopicTrend } from '../../../../main/common/contract';
import {
  dayKey,
  domainsWithData,
  type ForecastPoint,
  forecastSeries,
  plural,
  shortDay,
  type TopicWeekPoint,
  topicWeeklyAccuracy,
  type WeekPoint,
  weeklyAccuracy,
} from './stats-data';

export const PASS_SCORE = 750;

const DOMAIN_NAME = new Map(DOMAIN_INFO.map((d) => [d.id, d.name]));
/** Dash patterns so the domain lines differ by more than colour. */
const DOMAIN_DASH: Record<DomainId, string | undefined> = { D1: undefined, D2: '8 4', D3: '2 3', D4: '10 3 2 3', D5: '5 5', D6: '1 4' };
export const domainColor = (d: DomainId) => `var(--stats-${d.toLowerCase()})`;

const AXIS = { stroke: 'var(--border)', tick: { fill: 'var(--muted)', fontSize: 12 }, tickLine: { stroke: 'var(--border)' } };
const GRID = <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />;
const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' },
  labelStyle: { color: 'var(--text)', fontWeight: 600 },
  itemStyle: { color: 'var(--text)' },
};
/** Axes shared by the week-by-week accuracy charts. */
const WEEK_AXIS = { dataKey: 'week', tickFormatter: (w: string) => shortDay(w), minTickGap: 16, ...AXIS };
const PERCENT_AXIS = { domain: [0, 100], ticks: [0, 25, 50, 75, 100], unit: '%', width: 48, ...AXIS };
const weekLabel = (w: unknown) => `Week of ${shortDay(String(w))}`;

/** Every chart's numbers, readable without the picture. */
function DataTable({ children }: { children: ReactNode }) {
  return (
    <details className="stats-data-table">
      <summary>Show the data as a table</summary>
      <table>{children}</table>
    </details>
  );
}

const legendText = (value: unknown) => <span className="stats-legend-text">{String(value)}</span>;

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export const longDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function AccuracyChart({ weekly }: { weekly: StatsOverview['weekly'] }) {
  const points = useMemo(() => weeklyAccuracy(weekly), [weekly]);
  const domains = domainsWithData(points);
  const animate = !reducedMotion();
  if (points.length === 0) return <p className="muted">No answers in the last six months.</p>;
  const nameOf = (d: DomainId) => `${d} ${DOMAIN_NAME.get(d) ?? ''}`.trim();
  const domainOf = new Map(domains.map((d) => [nameOf(d), d]));
  return (
    <figure className="stats-figure">
      <figcaption>
        Weekly share of correct answers in each exam domain over the last {plural(points.length, 'week')} with answers. Weeks without
        answers in a domain are bridged.
      </figcaption>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            {GRID}
            <XAxis {...WEEK_AXIS} />
            <YAxis {...PERCENT_AXIS} />
            <Tooltip
              {...TOOLTIP}
              labelFormatter={weekLabel}
              formatter={(value, name, item) => {
                const domain = domainOf.get(String(name));
                const n = domain ? (item.payload as WeekPoint).attempts[domain] : undefined;
                return [`${value}%${n ? ` (${plural(n, 'answer')})` : ''}`, name];
              }}
            />
            <Legend formatter={legendText} />
            {domains.map((d) => (
              <Line
                key={d}
                type="monotone"
                name={nameOf(d)}
                dataKey={(p: WeekPoint) => p.accuracy[d] ?? null}
                stroke={domainColor(d)}
                strokeWidth={2}
                strokeDasharray={DOMAIN_DASH[d]}
                dot={{ r: 3, fill: domainColor(d), strokeDasharray: '' }}
                activeDot={{ r: 5 }}
                connectNulls
                isAnimationActive={animate}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {domains.map((d) => (
              <th key={d} scope="col">
                <abbr title={DOMAIN_NAME.get(d)}>{d}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.week}>
              <th scope="row">{p.week}</th>
              {domains.map((d) => (
                <td key={d}>{p.accuracy[d] === undefined ? '—' : `${p.accuracy[d]}% of ${p.attempts[d]}`}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}

export function TopicTrendChart({ trend, weekly }: { trend: TopicTrend; weekly: StatsOverview['weekly'] }) {
  const points = useMemo(() => topicWeeklyAccuracy(trend.weeks, weeklyAccuracy(weekly), trend.domain), [trend, weekly]);
  const animate = !reducedMotion();
  if (points.length === 0) return <p className="muted">No answers on {trend.title} in the last six months.</p>;
  const answers = points.reduce((sum, p) => sum + p.answers, 0);
  const first = points[0];
  const last = points.at(-1);
  const domainLabel = `All of ${trend.domain}`;
  return (
    <figure className="stats-figure" data-testid="topic-trend">
      <figcaption>
        Weekly share of correct answers on {trend.title} (solid) beside all of {trend.domain} {DOMAIN_NAME.get(trend.domain)} (dashed):{' '}
        {plural(answers, 'answer')} over {plural(points.length, 'week')}
        {first && last && points.length > 1 ? `, from ${first.topic}% to ${last.topic}%` : first ? `, ${first.topic}%` : ''}.
      </figcaption>
      <div className="stats-chart">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            {GRID}
            <XAxis {...WEEK_AXIS} />
            <YAxis {...PERCENT_AXIS} />
            <Tooltip
              {...TOOLTIP}
              labelFormatter={weekLabel}
              formatter={(value, name, item) =>
                name === domainLabel
                  ? [`${value}%`, name]
                  : [`${value}% (${plural((item.payload as TopicWeekPoint).answers, 'answer')})`, name]
              }
            />
            <Legend formatter={legendText} />
            <Line
              type="monotone"
              name={trend.title}
              dataKey="topic"
              stroke="var(--accent)"
              strokeWidth={2}
              dot={{ r: 4, fill: 'var(--accent)' }}
              isAnimationActive={animate}
            />
            <Line
              type="monotone"
              name={domainLabel}
              dataKey="domain"
              stroke={domainColor(trend.domain)}
              strokeWidth={1.5}
              strokeDasharray="6 4"
              dot={{ r: 2, fill: domainColor(trend.domain), strokeDasharray: '' }}
              connectNulls
              isAnimationActive={animate}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <DataTable>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">{trend.title}</th>
            <th scope="col">{domainLabel}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.week}>
              <th scope="row">{p.week}</th>
              <td>{`${p.topic}% of ${p.answers}`}</td>
              <td>{p.domain === undefined ? '—' : `${p.domain}%`}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}

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
