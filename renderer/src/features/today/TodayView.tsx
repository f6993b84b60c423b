// Today: what to do now. Days to the exam, due reviews, what to read next (weak topics, then
// the heaviest domains), a diagram to walk through, the last mock score, a practice or exam to resume;
// first-time learners get a start plan.

import { DOMAIN_INFO } from '@common/content-schema';
import { useState } from 'react';
import { api } from '../../api/client';
import { navigate, routeHref } from '../../app/router';
import { startPractice } from '../../app/start-practice';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import './today.css';

const weightOf = (id: string) => DOMAIN_INFO.find((d) => d.id === id)?.weight ?? 0;

export function TodayView() {
  const summary = useAsync(() => api['today.summary']({}), []);
  const settings = useAsync(() => api['settings.get']({}), []);
  const [practiseError, setPractiseError] = useState<Error>();
  if (summary.error) return <ErrorMessage error={summary.error} onRetry={summary.reload} />;
  if (!summary.data || !settings.data) return <Loading what="today" />;
  const s = summary.data;

  const diagnostic = () => navigate({ view: 'quiz', tab: 'practice', start: 'diagnostic' });
  // The read-next list puts the weakest topics first; the ones with a record make a practice.
  const weak = s.nextTopics.filter((t) => t.accuracy !== null).slice(0, 3);
  const practise = (topics: typeof weak) => startPractice({ topics: topics.map((t) => t.id) }).catch(setPractiseError);

  return (
    <div className="page today">
      <h1>Today</h1>
      <div className="today-grid">
        <section className="today-card" aria-labelledby="exam-date-title">
          <h2 id="exam-date-title">Exam date</h2>
          {s.daysToExam !== null ? (
            <p className="big" data-testid="days-to-exam">
              {s.daysToExam} day{s.daysToExam === 1 ? '' : 's'} to go
            </p>
          ) : (
            <p>Set your exam date: reviews are then planned so that everything comes back before it.</p>
          )}
          <StudyPlanForm
            examDate={settings.data.examDate}
            retention={settings.data.desiredRetention}
            onSaved={() => {
              summary.reload();
              settings.reload();
            }}
          />
        </section>

        <section className="today-card" aria-labelledby="due-title">
          <h2 id="due-title">Reviews due</h2>
          <p className="big" data-testid="today-due">
            {s.due.questions + s.due.diagramNodes}
          </p>
          <p className="muted">
            {s.due.questions} questions, {s.due.diagramNodes} diagram nodes
          </p>
          {/* With questions due it starts their review at once; otherwise the Review tab has the drills and note cards. */}
          <a className="button-link" href={routeHref({ view: 'quiz', tab: 'review', start: s.due.questions > 0 ? 'review' : undefined })}>
            {s.due.questions > 0 ? 'Start reviewing' : 'Open the review tab'}
          </a>
        </section>

        {s.openExam && (
          <section className="today-card" aria-labelledby="open-exam-title">
            <h2 id="open-exam-title">Mock exam in progress</h2>
            <p>
              {s.openExam.answered} of {s.openExam.total} answered, {Math.round(s.openExam.timeLeftMs / 60_000)} minutes left.
            </p>
            <a className="button-link" href={routeHref({ view: 'quiz', tab: 'mock' })}>
              Resume the exam
            </a>
          </section>
        )}

        {s.openQuiz && (
          <section className="today-card" aria-labelledby="open-quiz-title">
            <h2 id="open-quiz-title">{s.openQuiz.mode === 'diagnostic' ? 'Diagnostic in progress' : 'Practice in progress'}</h2>
            <p>Pick up at the first question you have not answered; your answers so far are kept.</p>
            <a className="button-link" href={routeHref({ view: 'quiz', tab: 'practice', sessionId: s.openQuiz.sessionId })}>
              Resume {s.openQuiz.mode === 'diagnostic' ? 'the diagnostic' : 'practice'} ({s.openQuiz.answered} of {s.openQuiz.total}{' '}
              answered)
            </a>
          </section>
        )}

        <section className="today-card" aria-labelledby="next-title">
          <h2 id="next-title">Read next</h2>
          <p className="muted">
            {s.nextTopics.some((t) => t.accuracy !== null)
              ? 'Your weakest topics first, then the domains that weigh most in the exam'
              : 'From the domains that weigh most in the exam'}
          </p>
          <ul>
            {s.nextTopics.map((t) => (
              <li key={t.id}>
                <a href={routeHref({ view: 'library', topicId: t.id })}>{t.title}</a>{' '}
                <span className="muted">
                  {t.accuracy !== null
                    ? `${Math.round(t.accuracy * 100)}% right so far`
                    : `${t.domain}, ${weightOf(t.domain)}% of the exam`}
                </span>
              </li>
            ))}
          </ul>
          {s.nextTopics.length === 0 && <p className="muted">Every topic is read and none is weak. Well done.</p>}
          {weak.length > 0 && (
            <button type="button" onClick={() => void practise(weak)}>
              Practise my {weak.length === 1 ? 'weakest topic' : `${weak.length} weakest topics`}
            </button>
          )}
          {practiseError && <ErrorMessage error={practiseError} />}
        </section>

        {s.diagram && (
          <section className="today-card" aria-labelledby="diagram-title">
            <h2 id="diagram-title">Walk through a diagram</h2>
            <p>{s.diagram.title}</p>
            <a className="button-link" href={routeHref({ view: 'diagrams', diagramId: s.diagram.id })}>
              Open the diagram
            </a>
          </section>
        )}

        <section className="today-card" aria-labelledby="mock-title">
          <h2 id="mock-title">Last mock exam</h2>
          {s.lastMock ? (
            <>
              <p className="big">
                {s.lastMock.scaledScore}
                <span className="muted"> / 1000</span>
              </p>
              <p className={s.lastMock.passed ? 'is-pass' : 'is-fail'}>
                {s.lastMock.passed ? 'Above the 750 pass line' : 'Below the 750 pass line'}
              </p>
              <a href={routeHref({ view: 'quiz', tab: 'mock', examId: s.lastMock.sessionId })}>Review it</a>
            </>
          ) : (
            <>
              <p className="muted">No mock exam yet.</p>
              <a className="button-link" href={routeHref({ view: 'quiz', tab: 'mock' })}>
                Take a mock exam
              </a>
            </>
          )}
        </section>

        {!s.hasActivity && !s.openQuiz && (
          <section className="today-card today-start" aria-labelledby="start-title">
            <h2 id="start-title">New here? Start with a diagnostic</h2>
            <p>Twenty questions across all six domains, weighted like the exam, show where to begin.</p>
            <button type="button" className="primary" onClick={diagnostic}>
              Take the 20-question diagnostic
            </button>
          </section>
        )}
      </div>
    </div>
  );
}

function StudyPlanForm({ examDate, retention, onSaved }: { examDate: string | null; retention: number; onSaved: () => void }) {
  const [date, setDate] = useState(examDate ?? '');
  const [target, setTarget] = useState(retention);
  const [error, setError] = useState<Error>();
  const save = async () => {
    try {
      await api['settings.update']({ examDate: date || null, desiredRetention: target });
      setError(undefined);
      onSaved();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <form
      className="study-plan"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        Exam date
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label>
        Desired retention: {Math.round(target * 100)}%
        <input type="range" min={0.7} max={0.99} step={0.01} value={target} onChange={(e) => setTarget(Number(e.target.value))} />
      </label>
      {error && <ErrorMessage error={error} />}
      <button type="submit">Save study plan</button>
    </form>
  );
}
