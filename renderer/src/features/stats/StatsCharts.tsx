// The stats page's accuracy charts: by domain week by week, and one topic against its domain.
// Colours are CSS variables (see stats.css) so every chart follows the light and dark themes;
// each figure has a caption that says in words what the chart shows.

import type { DomainId } from '@common/content-schema';
import type { StatsOverview, TopicTrend } from '@common/contract';
import { useMemo } from 'react';
import { Line } from 'recharts';
import { DOMAIN_DASH, DOMAIN_NAME, domainColor, reducedMotion } from './chart-parts';
import { domainsWithData, plural, type TopicWeekPoint, topicWeeklyAccuracy, type WeekPoint, weeklyAccuracy } from './stats-data';
import { WeekChart } from './WeekChart';

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
      <WeekChart
        points={points}
        height={300}
        format={(value, name, item) => {
          const domain = domainOf.get(String(name));
          const n = domain ? (item.payload as WeekPoint).attempts[domain] : undefined;
          return [`${value}%${n ? ` (${plural(n, 'answer')})` : ''}`, name];
        }}
        columns={domains.map((d) => (
          <th key={d} scope="col">
            <abbr title={DOMAIN_NAME.get(d)}>{d}</abbr>
          </th>
        ))}
        row={(p) => domains.map((d) => <td key={d}>{p.accuracy[d] === undefined ? '—' : `${p.accuracy[d]}% of ${p.attempts[d]}`}</td>)}
      >
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
      </WeekChart>
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
      <WeekChart
        points={points}
        height={240}
        format={(value, name, item) =>
          name === domainLabel ? [`${value}%`, name] : [`${value}% (${plural((item.payload as TopicWeekPoint).answers, 'answer')})`, name]
        }
        columns={
          <>
            <th scope="col">{trend.title}</th>
            <th scope="col">{domainLabel}</th>
          </>
        }
        row={(p) => (
          <>
            <td>{`${p.topic}% of ${p.answers}`}</td>
            <td>{p.domain === undefined ? '—' : `${p.domain}%`}</td>
          </>
        )}
      >
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
      </WeekChart>
    </figure>
  );
}
