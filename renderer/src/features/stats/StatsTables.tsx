// The stats page's two tables: readiness by exam domain (recent accuracy, predicted recall and
// their average, each as a bar) and the weakest topics with their diagrams and a trend button.
import { DOMAIN_INFO } from '@common/content-schema';
import { READINESS_MIN_ANSWERS, type StatsOverview } from '@common/contract';
import { useState } from 'react';
import { routeHref } from '../../app/router';
import { startPractice } from '../../app/start-practice';
import { ErrorMessage } from '../../ui/Status';
import { DOMAIN_NAME } from './chart-parts';
import { formatPercent, toPercent } from './stats-data';

/** Starts a practice and opens it; a failure (nothing left to ask, say) shows beside the button. */
function PractiseButton({ label, name, start, primary }: { label: string; name: string; start: () => Promise<void>; primary?: boolean }) {
  const [error, setError] = useState<Error>();
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : 'stats-trend-button'}
        aria-label={name}
        onClick={() => start().catch(setError)}
      >
        {label}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}

const tone = (share: number) => (share >= 0.75 ? 'is-good' : share >= 0.5 ? 'is-warn' : 'is-bad');

function PercentBar({ share, missing = 'not enough data' }: { share: number | null; missing?: string }) {
  const percent = toPercent(share);
  if (share === null || percent === null) return <span className="muted stats-no-data">{missing}</span>;
  return (
    <span className="stats-meter">
      <span className="stats-meter-value">{percent}%</span>
      <span className="stats-bar" aria-hidden="true">
        <span className={`stats-bar-fill ${tone(share)}`} style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </span>
    </span>
  );
}

/** Why a domain shows no readiness yet, and what would give it one. */
function readinessMissing(answers: number): string {
  const more = READINESS_MIN_ANSWERS - answers;
  return answers === 0 ? 'not enough data' : `${more} more answer${more === 1 ? '' : 's'} to show`;
}

export function Readiness({ readiness }: { readiness: StatsOverview['readiness'] }) {
  const byDomain = new Map(readiness.map((r) => [r.domain, r]));
  return (
    <>
      <p className="muted stats-note">
        Recent accuracy counts answers from the last 30 days. Recall is the predicted chance you would still remember a domain's review
        cards a week from now (or on exam day, if that is sooner) without reviewing them again. Readiness is the average of the two, once a
        domain has {READINESS_MIN_ANSWERS} recent answers (about its share of one mock exam).
      </p>
      <div className="stats-table-wrap">
        <table className="stats-table stats-readiness">
          <caption className="visually-hidden">Readiness by exam domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Recent accuracy</th>
              <th scope="col">Recall in a week</th>
              <th scope="col">Readiness</th>
              <th scope="col">
                <span className="visually-hidden">Practice</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {DOMAIN_INFO.map((d) => {
              const r = byDomain.get(d.id);
              return (
                <tr key={d.id} data-domain={d.id}>
                  <th scope="row">
                    <span className="stats-domain-name">
                      {d.id} {d.name}
                    </span>
                    <span className="muted stats-domain-weight">{d.weight}% of the exam</span>
                  </th>
                  <td>
                    <PercentBar share={r?.recentAccuracy ?? null} />
                    {r && r.recentAnswers > 0 && (
                      <span className="muted stats-answers">
                        of {r.recentAnswers} answer{r.recentAnswers === 1 ? '' : 's'}
                      </span>
                    )}
                  </td>
                  <td>
                    <PercentBar share={r?.retrievability ?? null} />
                  </td>
                  <td>
                    <PercentBar share={r?.readiness ?? null} missing={readinessMissing(r?.recentAnswers ?? 0)} />
                  </td>
                  <td>
                    <PractiseButton
                      label={`Practise ${d.id}`}
                      name={`Practise ${d.id}: ten ${d.name} questions`}
                      start={() => startPractice({ domain: d.id })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function WeakestTopics({ weakest, onShowTrend }: { weakest: StatsOverview['weakest']; onShowTrend: (topic: string) => void }) {
  if (weakest.length === 0) {
    return <p className="muted">Answer at least two questions on a topic and the ones you miss most are listed here.</p>;
  }
  const three = weakest.slice(0, 3);
  return (
    <div className="stats-table-wrap">
      <p>
        <PractiseButton
          label={`Practise my ${three.length === 1 ? 'weakest topic' : `${three.length} weakest topics`}`}
          name={`Practise my ${three.length === 1 ? 'weakest topic' : `${three.length} weakest topics`}: ${three.map((t) => t.title).join(', ')}`}
          start={() => startPractice({ topics: three.map((t) => t.topic) })}
          primary
        />
      </p>
      <table className="stats-table stats-weakest">
        <caption className="visually-hidden">The {weakest.length} topics with the lowest accuracy</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Domain</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Answers</th>
            <th scope="col">Diagrams</th>
            <th scope="col">
              <span className="visually-hidden">Trend and practice</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {weakest.slice(0, 10).map((t) => (
            <tr key={t.topic}>
              <th scope="row">
                <a href={routeHref({ view: 'library', topicId: t.topic })}>{t.title}</a>
              </th>
              <td>
                <abbr title={DOMAIN_NAME.get(t.domain)}>{t.domain}</abbr>
              </td>
              <td className={`stats-accuracy ${tone(t.accuracy)}`}>{formatPercent(t.accuracy)}</td>
              <td>{t.attempts.toLocaleString()}</td>
              <td>
                {t.diagrams.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  <ul className="stats-inline-list">
                    {t.diagrams.map((d) => (
                      <li key={d.id}>
                        <a href={routeHref({ view: 'diagrams', diagramId: d.id, nodeId: d.nodeId })}>{d.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="stats-trend-button"
                  onClick={() => onShowTrend(t.topic)}
                  aria-label={`Show ${t.title} over time`}
                >
                  Trend
                </button>{' '}
                <PractiseButton
                  label="Practise"
                  name={`Practise: ten questions on ${t.title}`}
                  start={() => startPractice({ topics: [t.topic] })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
