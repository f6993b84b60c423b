// The stats page's accuracy charts: by domain week by week, and one topic against its domain.
// Colours are CSS variables (see stats.css) so every chart follows the light and dark themes;
// each figure has a caption that says in words what the chart shows.

import type { DomainId } from '@common/content-schema';
import type { StatsOverview, TopicTrend } from '@common/contract';
import { useMemo } from 'react';
import { Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  DataTable,
  DOMAIN_DASH,
  DOMAIN_NAME,
  domainColor,
  GRID,
  legendText,
  PERCENT_AXIS,
  reducedMotion,
  TOOLTIP,
  WEEK_AXIS,
  weekLabel,
} from './chart-parts';
import { domainsWithData, plural, type TopicWeekPoint, topicWeeklyAccuracy, type WeekPoint, weeklyAccuracy } from './stats-data';

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
