// Stats: what the learner has done so far and where they stand, from the per-day aggregates the
// stats service keeps (accuracy over time, study calendar, mock scores, readiness, weak topics)
// and the review queue's forecast.

import { DOMAIN_INFO } from '@common/content-schema';
import type { ReviewSummary, StatsOverview } from '@common/contract';
import { type ReactNode, useState } from 'react';
import { api } from '../../api/client';
import { routeHref } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { CalendarHeatmap } from './CalendarHeatmap';
import { longDate, PASS_SCORE } from './chart-parts';
import { ForecastChart, MockChart } from './ExamCharts';
import { AccuracyChart, TopicTrendChart } from './StatsCharts';
import { Readiness, WeakestTopics } from './StatsTables';
import { formatPercent, plural } from './stats-data';
import './stats.css';
import './stats-tables.css';

export function StatsView() {
  const { data, error, loading, reload } = useAsync(() => Promise.all([api['stats.overview']({}), api['review.summary']({})]), []);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="stats" />;
  const [overview, reviews] = data;
  return (
    <div className="page stats">
      <h1>Stats</h1>
      {overview.totals.attempts === 0 ? <EmptyStats /> : <StatsBody overview={overview} reviews={reviews} />}
    </div>
  );
}

function EmptyStats() {
  return (
    <section className="stats-empty" aria-labelledby="stats-empty-title">
      <h2 id="stats-empty-title">Nothing to show yet</h2>
      <p>
        This page fills in as you answer quiz questions: your accuracy in each exam domain week by week, a calendar of the days you studied
        and your streak, mock exam scores against the {PASS_SCORE} pass mark, how ready you are in each domain, and the topics that need
        another look.
      </p>
      <p>
        <a className="stats-cta" href={routeHref({ view: 'quiz' })}>
          Answer your first questions
        </a>
      </p>
    </section>
  );
}

function Section({ id, title, children, testId }: { id: string; title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="stats-section" aria-labelledby={`stats-${id}`} data-testid={testId}>
      <h2 id={`stats-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function StatsBody({ overview, reviews }: { overview: StatsOverview; reviews: ReviewSummary }) {
  const { totals, streak } = overview;
  // The topic charted over time; the weakest-topics table can pick it too.
  const [trendTopic, setTrendTopic] = useState<string | undefined>(undefined);
  const showTrend = (topic: string) => {
    setTrendTopic(topic);
    document.getElementById('stats-topic-trend')?.scrollIntoView({ block: 'start' });
    document.querySelector<HTMLSelectElement>('.stats-topic-picker select')?.focus();
  };
  return (
    <>
      <section className="stats-section" aria-labelledby="stats-summary">
        <h2 id="stats-summary" className="visually-hidden">
          Summary
        </h2>
        <dl className="stats-tiles">
          <Tile label="Questions answered">
            <dd data-testid="stat-answered">{totals.attempts}</dd>
          </Tile>
          <Tile label="Overall accuracy">
            <dd data-testid="stat-accuracy">{Math.round((totals.correct / totals.attempts) * 100)}%</dd>
          </Tile>
          <Tile label="Days studied">
            <dd>{totals.days.toLocaleString()}</dd>
          </Tile>
          <Tile label="Current streak">
            <dd>{plural(streak.current, 'day')}</dd>
          </Tile>
          <Tile label="Longest streak">
            <dd>{plural(streak.longest, 'day')}</dd>
          </Tile>
        </dl>
      </section>

      <Section id="accuracy" title="Accuracy by domain over time">
        <AccuracyChart weekly={overview.weekly} />
      </Section>

      <Section id="topic-trend" title="Accuracy by topic over time">
        <TopicTrend overview={overview} chosen={trendTopic} onChoose={setTrendTopic} />
      </Section>

      <Section id="calendar" title="Calendar">
        <figure className="stats-figure stats-calendar">
          <figcaption>Answers given on each day of the last year; darker cells mean more answers. Hover a day for its count.</figcaption>
          <div className="stats-calendar-body">
            <CalendarHeatmap calendar={overview.calendar} />
            <dl className="stats-streak" aria-label="Streak">
              <div>
                <dt>Current streak</dt>
                <dd>{plural(streak.current, 'day')}</dd>
              </div>
              <div>
                <dt>Longest streak</dt>
                <dd>{plural(streak.longest, 'day')}</dd>
              </div>
              <div>
                <dt>Days studied</dt>
                <dd>{totals.days.toLocaleString()}</dd>
              </div>
            </dl>
          </div>
        </figure>
      </Section>

      <Section id="mocks" title="Mock exams">
        <MockExams mocks={overview.mocks} />
      </Section>

      <Section id="readiness" title="Readiness by domain" testId="readiness">
        <Readiness readiness={overview.readiness} />
      </Section>

      <Section id="weakest" title="Weakest topics">
        <WeakestTopics weakest={overview.weakest} onShowTrend={showTrend} />
      </Section>

      <Section id="reviews" title="Reviews due">
        {reviews.totalCards === 0 ? (
          <p className="muted">No review cards yet. Questions you answer join the review queue and show up here when they fall due.</p>
        ) : (
          <ForecastChart forecast={reviews.forecast} />
        )}
      </Section>
    </>
  );
}

/** A topic picker (the weakest topic first) and that topic's weekly accuracy. */
function TopicTrend({
  overview,
  chosen,
  onChoose,
}: {
  overview: StatsOverview;
  chosen: string | undefined;
  onChoose: (topic: string) => void;
}) {
  const answered = [...overview.topics].sort((a, b) => a.domain.localeCompare(b.domain) || a.title.localeCompare(b.title));
  const fallback = overview.weakest[0]?.topic ?? [...overview.topics].sort((a, b) => b.attempts - a.attempts)[0]?.topic;
  const topic = chosen ?? fallback;
  const { data, error, reload } = useAsync(
    () => (topic ? api['stats.topicTrend']({ topic }) : Promise.resolve(undefined)),
    [topic, overview],
  );
  if (!topic) return null;
  return (
    <>
      <label className="stats-topic-picker">
        Topic{' '}
        <select value={topic} onChange={(e) => onChoose(e.target.value)}>
          {DOMAIN_INFO.map((d) => {
            const inDomain = answered.filter((t) => t.domain === d.id);
            return inDomain.length === 0 ? null : (
              <optgroup key={d.id} label={`${d.id} ${d.name}`}>
                {inDomain.map((t) => (
                  <option key={t.topic} value={t.topic}>
                    {t.title} ({formatPercent(t.correct / t.attempts)} of {t.attempts})
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      {error ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : data && data.topic === topic ? (
        <TopicTrendChart trend={data} weekly={overview.weekly} />
      ) : (
        <Loading what="the topic's history" />
      )}
    </>
  );
}

function Tile({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="stats-tile">
      <dt>{label}</dt>
      {children}
    </div>
  );
}

function MockExams({ mocks }: { mocks: StatsOverview['mocks'] }) {
  if (mocks.length === 0) {
    return (
      <p className="muted">
        No mock exams yet. <a href={routeHref({ view: 'quiz' })}>Take a timed mock exam</a> to track your scaled score against the{' '}
        {PASS_SCORE} pass mark.
      </p>
    );
  }
  // Newest first in the list; numbered in the order they were taken, as on the chart.
  const numbered = mocks.map((m, i) => ({ ...m, n: i + 1 })).reverse();
  return (
    <>
      <MockChart mocks={mocks} />
      <ul className="stats-mock-list" data-testid="mock-list" aria-label="Mock exam attempts, newest first">
        {numbered.map((m) => (
          <li key={m.sessionId}>
            <a href={routeHref({ view: 'quiz', tab: 'mock', examId: m.sessionId })}>Mock exam {m.n}</a>
            <span className="muted">{longDate(m.submittedAt)}</span>
            <span className="stats-mock-score">{m.scaledScore}</span>
            <span className={`stats-badge ${m.passed ? 'is-good' : 'is-bad'}`}>{m.passed ? 'Passed' : 'Failed'}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
