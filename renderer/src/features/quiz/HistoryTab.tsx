// Quiz → History: every answer, newest first, named in words (a question's stem on one line with its
// domain and main topic; a drill's diagram and node, never an id). A question row opens a read-only
// review of that answer (the learner's choice, the key, every explanation); a drill row opens the
// diagram at its node.

import type { QuizAttemptRow, QuizMode, QuizSessionView } from '@common/contract';
import { answerTime, placeInCourse } from '@common/readable-text';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { navigate, routeHref } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { lettersOf } from './option-letters';
import { QuestionCard, StudyLinks } from './QuestionCard';

const MODE_LABEL: Record<QuizMode, string> = {
  practice: 'Practice',
  mock: 'Mock exam',
  review: 'Review',
  diagram: 'Diagram drill',
  diagnostic: 'Diagnostic',
};

const formatWhen = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatDay = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
const formatTime = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { timeStyle: 'short' });

/** Where a row leads: a question's review, a drill's diagram at its node, or nowhere (retired content). */
function attemptHref(a: QuizAttemptRow): string | undefined {
  if (a.kind === 'question') return routeHref({ view: 'quiz', tab: 'history', attemptId: a.id });
  if (a.kind === 'diagram' && a.diagram) return routeHref({ view: 'diagrams', diagramId: a.diagram.id, nodeId: a.diagram.nodeId });
  return undefined;
}

/** ✓ Correct or ✗ Wrong, in colour and in words. */
export function ResultMark({ correct }: { correct: boolean }) {
  return (
    <span className={`result-mark ${correct ? 'is-correct' : 'is-wrong'}`}>
      <span aria-hidden="true">{correct ? '✓' : '✗'}</span> {correct ? 'Correct' : 'Wrong'}
    </span>
  );
}

/** The row the learner last opened, so coming back to the list puts focus where they were. */
let lastOpened: number | undefined;

export function HistoryTab({ attemptId, onPractise }: { attemptId?: number; onPractise: (session: QuizSessionView) => void }) {
  return attemptId === undefined ? <HistoryList /> : <AttemptReview key={attemptId} attemptId={attemptId} onPractise={onPractise} />;
}

function HistoryList() {
  const history = useAsync(() => api['quiz.history']({ limit: 200 }), []);
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!history.data || lastOpened === undefined) return;
    table.current?.querySelector<HTMLElement>(`[data-attempt="${lastOpened}"]`)?.focus();
    lastOpened = undefined;
  }, [history.data]);
  if (history.error) return <ErrorMessage error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading what="history" />;
  if (history.data.length === 0) return <p className="muted">No attempts yet.</p>;
  return (
    <table className="history-table" ref={table}>
      <caption className="visually-hidden">Your answers, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Question</th>
          <th scope="col">Mode</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {history.data.map((a) => {
          const href = attemptHref(a);
          const place = placeInCourse(a);
          return (
            <tr key={a.id} data-testid="attempt-row" className={`is-${a.kind}`}>
              <td className="history-when">
                <time dateTime={a.answeredAt}>
                  {formatDay(a.answeredAt)} <span className="history-time">{formatTime(a.answeredAt)}</span>
                </time>
              </td>
              <td className="history-subject">
                {href ? (
                  <a
                    href={href}
                    className="history-title"
                    data-attempt={a.id}
                    onClick={() => {
                      lastOpened = a.id;
                    }}
                  >
                    {a.title}
                  </a>
                ) : (
                  <span className="history-title">{a.title}</span>
                )}
                {place && <span className="history-place">{place}</span>}
              </td>
              <td>{MODE_LABEL[a.mode]}</td>
              <td>
                <ResultMark correct={a.correct} />
                <span className="history-time">in {answerTime(a.timeMs)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function AttemptReview({ attemptId, onPractise }: { attemptId: number; onPractise: (session: QuizSessionView) => void }) {
  const review = useAsync(() => api['quiz.attempt']({ attemptId }), [attemptId]);
  const [error, setError] = useState<Error>();
  const heading = useRef<HTMLHeadingElement>(null);
  // The list's link is gone once the review shows: focus its heading, so a screen reader reads it and Tab starts here.
  useEffect(() => {
    if (review.data) heading.current?.focus({ preventScroll: true });
  }, [review.data]);

  const back = (
    <p className="attempt-back">
      <a href={routeHref({ view: 'quiz', tab: 'history' })}>← All answers</a>
    </p>
  );
  if (review.error) {
    return (
      <div className="attempt-review">
        {back}
        <ErrorMessage error={review.error} onRetry={review.reload} />
      </div>
    );
  }
  if (!review.data) return <Loading what="answer" />;
  const { attempt, question } = review.data;
  const practise = async () => {
    setError(undefined);
    try {
      onPractise(await api['quiz.start']({ mode: 'practice', questionIds: [question.id], count: 1 }));
      navigate({ view: 'quiz', tab: 'practice' });
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <article className="attempt-review" aria-labelledby="attempt-review-heading">
      {back}
      <h2 id="attempt-review-heading" ref={heading} tabIndex={-1}>
        <ResultMark correct={attempt.correct} />{' '}
        <span className="attempt-when">
          in {MODE_LABEL[attempt.mode].toLowerCase()}, {formatWhen(attempt.answeredAt)}
        </span>
      </h2>
      <p className="history-place">{placeInCourse(attempt)}</p>
      {review.data.earlierWording ? (
        <p data-testid="attempt-answers" className="callout callout-since">
          You answered an earlier wording of this question, and were {attempt.correct ? 'right' : 'wrong'}. The course has rewritten it
          since; here it is as it reads now, with its key.
        </p>
      ) : (
        <p data-testid="attempt-answers">
          Your answer: <strong>{lettersOf(question.options, attempt.chosen)}</strong> · Correct answer:{' '}
          <strong>{lettersOf(question.options, review.data.correctOptionIds)}</strong>
        </p>
      )}
      <QuestionCard
        question={question}
        chosen={review.data.earlierWording ? [] : attempt.chosen}
        onToggle={() => {}}
        feedback={review.data}
        disabled
      />
      <p>
        <StudyLinks topics={question.topics} diagrams={review.data.diagrams} />
      </p>
      {error && <ErrorMessage error={error} />}
      <div className="attempt-actions">
        <button type="button" className="primary" onClick={() => void practise()}>
          Practise this question again
        </button>
      </div>
    </article>
  );
}
