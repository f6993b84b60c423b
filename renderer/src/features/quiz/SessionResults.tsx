// "Review your mistakes": the end of every practice, diagnostic and review, and (through
// ResultsReview) the mock exam's review. Every question of the session with the learner's answer,
// the key and the explanations, filtered to the wrong, flagged or unanswered ones; "Retry the ones I
// missed" starts a practice of exactly the wrong and unanswered questions, and a topic's practice is
// one click away (per question, or the session's weakest topic).

import type { QuizMode, QuizSessionView, ReviewedQuestion } from '@common/contract';
import { domainLabel, oneLine } from '@common/readable-text';
import {
  filterCounts,
  matchesFilter,
  missedQuestionIds,
  RESULTS_FILTERS,
  type ResultsFilter,
  retryLabel,
  reviewOutcome,
  weakestTopic,
} from '@common/session-review';
import { type ReactNode, useState } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { lettersOf } from './option-letters';
import { QuestionCard, StudyLinks } from './QuestionCard';
import { FlagButton, FlagMark, useQuestionFlags } from './question-flags';
import './results.css';

/** A topic's practice from the results: as many questions as a practice starts with. */
export const TOPIC_PRACTICE_SIZE = 10;

const FILTER_LABEL: Record<ResultsFilter, string> = { wrong: 'Wrong', flagged: 'Flagged', unanswered: 'Unanswered', all: 'All' };

const REVIEW_MARK = {
  correct: { symbol: '✓', label: 'Correct', className: 'is-correct', visible: false },
  wrong: { symbol: '✗', label: 'Wrong', className: 'is-wrong', visible: false },
  unanswered: { symbol: '—', label: 'Not answered', className: 'is-unanswered', visible: true },
} as const;

/** What a session is called in sentences ("this practice"). */
const NOUN: Record<QuizMode, string> = { practice: 'practice', diagnostic: 'diagnostic', review: 'review', mock: 'exam', diagram: 'drill' };

/** The end of a practice, diagnostic or review run in the QuizRunner: the score, then every question to look back on. */
export function SessionResults({
  session,
  answered,
  score,
  ended,
  onDone,
  onPractise,
}: {
  session: QuizSessionView;
  /** How many questions were answered, and how many of those right. */
  answered: number;
  score: number;
  /** Ended early by the learner: the rest count as unanswered. */
  ended: boolean;
  onDone: () => void;
  /** Runs a practice started from the results (a retry or a topic). */
  onPractise?: (session: QuizSessionView) => void;
}) {
  const results = useAsync(() => api['quiz.results']({ sessionId: session.sessionId }), [session.sessionId]);
  const total = session.questions.length;
  const unanswered = total - answered;
  return (
    <div className="quiz-result session-results">
      <div role="status">
        <h2>
          You scored {score} of {ended ? answered : total}
          {ended ? ' answered' : ''}
        </h2>
        {ended && unanswered > 0 && (
          <p>
            You ended this {session.mode} with {unanswered} question{unanswered === 1 ? '' : 's'} unanswered.
          </p>
        )}
        <p className="muted">Every answer is in your history and spaced-review queue.</p>
      </div>
      {results.error && <ErrorMessage error={results.error} onRetry={results.reload} />}
      {results.data ? (
        <ResultsReview
          items={results.data.items}
          mode={session.mode}
          onPractise={onPractise}
          extraActions={<DoneButton onDone={onDone} />}
        />
      ) : (
        <>
          {results.loading && <Loading what="results" />}
          <DoneButton onDone={onDone} />
        </>
      )}
    </div>
  );
}

function DoneButton({ onDone }: { onDone: () => void }) {
  return (
    <button type="button" onClick={onDone}>
      Done
    </button>
  );
}

/**
 * Every question of a finished session or a submitted mock exam, filtered (wrong, flagged,
 * unanswered, all; each with its count), each opening to the learner's answer, the key and the
 * explanations; with "Retry the ones I missed" and the topic practices when `onPractise` is given.
 */
export function ResultsReview({
  items,
  mode,
  onPractise,
  extraActions,
}: {
  items: ReviewedQuestion[];
  mode: QuizMode;
  onPractise?: (session: QuizSessionView) => void;
  /** Shown after the practice buttons (the runner's Done). */
  extraActions?: ReactNode;
}) {
  const { byId } = useCourseIndex();
  const flags = useQuestionFlags(items.filter((r) => r.flagged).map((r) => r.question.id));
  const [filter, setFilter] = useState<ResultsFilter>('all');
  // Under "Flagged", a question whose flag is taken off stays in the list until the filter changes.
  const [keptFlagged, setKeptFlagged] = useState<ReadonlySet<string>>(() => new Set());
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<Error>();
  const flaggedNow = (r: ReviewedQuestion) => flags.isFlagged(r.question.id) || r.flaggedInExam === true;
  const counts = filterCounts(items, flaggedNow);
  const shown = items
    .map((r, i) => ({ r, number: i + 1 }))
    .filter(({ r }) => matchesFilter(r, filter, flaggedNow(r) || (filter === 'flagged' && keptFlagged.has(r.question.id))));
  const missed = missedQuestionIds(items);
  const weakest = weakestTopic(items);
  const topicTitle = (id: string) => byId.get(id)?.title ?? 'this topic';
  const noun = NOUN[mode];

  const practise = async (input: { questionIds: string[] } | { topic: string }) => {
    if (!onPractise || starting) return;
    setError(undefined);
    setStarting(true);
    try {
      onPractise(
        await api['quiz.start'](
          'questionIds' in input
            ? { mode: 'practice', questionIds: input.questionIds, only: 'all' }
            : { mode: 'practice', topics: [input.topic], only: 'all', count: TOPIC_PRACTICE_SIZE },
        ),
      );
    } catch (err) {
      setError(err as Error);
    } finally {
      setStarting(false);
    }
  };

  const choose = (f: ResultsFilter) => {
    setFilter(f);
    setKeptFlagged(new Set(items.filter(flaggedNow).map((r) => r.question.id)));
  };

  return (
    <div className="results-review">
      <div className="results-actions">
        {onPractise && missed.length > 0 && (
          <button type="button" className="primary" disabled={starting} onClick={() => void practise({ questionIds: missed })}>
            {retryLabel(items)}
          </button>
        )}
        {onPractise && weakest && (
          <button type="button" disabled={starting} onClick={() => void practise({ topic: weakest.topicId })}>
            Practise your weakest topic: {topicTitle(weakest.topicId)}
          </button>
        )}
        {missed.length === 0 && <p className="muted">Nothing missed: every question right.</p>}
        {extraActions}
      </div>
      {error && <ErrorMessage error={error} />}
      {flags.error && <ErrorMessage error={flags.error} />}
      <fieldset className="results-filters">
        <legend className="visually-hidden">Show questions</legend>
        {RESULTS_FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => choose(f)}>
            {FILTER_LABEL[f]} ({counts[f]})
          </button>
        ))}
      </fieldset>
      {shown.length === 0 && (
        <p className="muted results-empty">
          {filter === 'flagged'
            ? `No flagged questions in this ${noun}.`
            : filter === 'unanswered'
              ? `Every question of this ${noun} was answered.`
              : `No wrong answers in this ${noun}.`}
        </p>
      )}
      <ol className="exam-review">
        {shown.map(({ r, number }) => {
          const outcome = reviewOutcome(r);
          const mark = REVIEW_MARK[outcome];
          const topic = r.question.topics[0];
          const isFlagged = flags.isFlagged(r.question.id);
          return (
            <li key={r.question.id} value={number} className={mark.className}>
              <details>
                <summary>
                  <span className="review-mark" aria-hidden="true">
                    {mark.symbol}
                  </span>{' '}
                  <span className={mark.visible ? 'review-status' : 'visually-hidden'}>{mark.label}: </span>
                  <span className="review-stem">{oneLine(r.question.stem, 140)}</span>
                  {flaggedNow(r) && (
                    <>
                      {' '}
                      <FlagMark />
                    </>
                  )}
                  <span className="review-answer">
                    {outcome === 'unanswered'
                      ? ''
                      : r.earlierWording
                        ? 'Answered when it read differently · '
                        : `Your answer: ${lettersOf(r.question.options, r.chosen)} · `}
                    Correct answer: {lettersOf(r.question.options, r.correctOptionIds)}
                  </span>
                </summary>
                <p className="muted">{domainLabel(r.question.domain)}</p>
                <QuestionCard question={r.question} chosen={r.chosen} onToggle={() => {}} feedback={r} disabled />
                <p>
                  <StudyLinks topics={r.question.topics} diagrams={[]} />
                </p>
                <div className="review-item-actions">
                  <FlagButton flagged={isFlagged} onToggle={() => void flags.toggle(r.question.id)} />
                  {onPractise && topic && (
                    <button type="button" disabled={starting} onClick={() => void practise({ topic })}>
                      Practise this topic: {topicTitle(topic)}
                    </button>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
