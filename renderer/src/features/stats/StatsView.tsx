// Stats: what the learner has done so far, from the stored quiz history.
import { api } from '../../api/client';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';

export function StatsView() {
  const { data, error, loading, reload } = useAsync(() => api['quiz.history']({ limit: 1000 }), []);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="stats" />;
  const correct = data.filter((a) => a.correct).length;
  return (
    <div className="page">
      <h1>Stats</h1>
      {data.length === 0 ? (
        <p>No answers yet. Take a quiz and your accuracy shows here.</p>
      ) : (
        <dl className="stat-tiles">
          <div>
            <dt>Questions answered</dt>
            <dd>{data.length}</dd>
          </div>
          <div>
            <dt>Accuracy</dt>
            <dd>{Math.round((correct / data.length) * 100)}%</dd>
          </div>
          <div>
            <dt>Average time</dt>
            <dd>{Math.round(data.reduce((s, a) => s + a.timeMs, 0) / data.length / 1000)} s</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
