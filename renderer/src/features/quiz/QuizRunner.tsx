// Runs a practice, diagnostic or review session: one question at a time, checked and stored by
// the Node side at once, with explanations and links to study. A resumed session comes with the
// answers already given: it opens at the first unanswered question and counts the earlier ones.
// A "Study:" link opens its note in a reading panel beside the question.

import type { AnswerFeedback, GivenAnswer, QuizSessionView, ReviewRatingName } from '@common/contract';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/Status';
import { AnswerKeys } from './AnswerKeys';
import { lettersOf } from './option-letters';
import { QuestionCard, RatingButtons, StudyLinks } from './QuestionCard';
import { FlagButton, useQuestionFlags } from './question-flags';
import { ReadingPanel } from './ReadingPanel';
import { SessionResults } from './SessionResults';
import './practice.css';

/** Where the runner starts: the first question not answered yet (past the end when all are). */
const firstUnanswered = (session: QuizSessionView, answered: ReadonlyMap<string, unknown>, from = 0) => {
  const next = session.questions.findIndex((q, i) => i >= from && !answered.has(q.id));
  return next === -1 ? session.questions.length : next;
};

export function QuizRunner({
  session,
  onAnswered,
  onDone,
  onPractise,
}: {
  /** A new session, or one resumed with the answers already given. */
  session: QuizSessionView & { answers?: GivenAnswer[] };
  onAnswered: () => void;
  onDone: () => void;
  /** Runs a practice started from the results page (the ones missed, or a topic). */
  onPractise?: (session: QuizSessionView) => void;
}) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, AnswerFeedback>>(
    () => new Map((session.answers ?? []).map((a) => [a.questionId, a])),
  );
  const [index, setIndex] = useState(() => firstUnanswered(session, answers));
  const [chosen, setChosen] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<AnswerFeedback>();
  const [rating, setRating] = useState<ReviewRatingName>();
  const [ended, setEnded] = useState(false);
  const [error, setError] = useState<Error>();
  // The note open beside the question, and the link that opened it (focus goes back there on close).
  const [reading, setReading] = useState<{ topicId: string; opener: HTMLElement }>();
  // Flags last across sessions; the Flag button (and the F key) toggle the question on screen.
  const flags = useQuestionFlags(session.flaggedQuestionIds);
  const shownAt = useRef(performance.now());
  const question = ended ? undefined : session.questions[index];
  const total = session.questions.length;
  const score = [...answers.values()].filter((a) => a.correct).length;
  // Only a practice or diagnostic of several questions can be ended early (a review is drawn fresh each time).
  const canEnd = (session.mode === 'practice' || session.mode === 'diagnostic') && total > 1;
  // Each new question takes focus, so the keyboard and screen readers start at its number.
  const metaRef = useRef<HTMLParagraphElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const checking = useRef(false);
  useEffect(() => {
    if (index >= 0) metaRef.current?.focus();
  }, [index]);

  const closeReading = () => {
    const opener = reading?.opener;
    setReading(undefined);
    if (opener?.isConnected) opener.focus();
  };

  if (!question) {
    return <SessionResults session={session} answered={answers.size} score={score} ended={ended} onDone={onDone} onPractise={onPractise} />;
  }

  const multi = question.format === 'multi';
  const toggle = (id: string) => setChosen((c) => (multi ? (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]) : [id]));

  const submit = async () => {
    // A second Enter (or click) while the answer is on its way would send it twice.
    if (checking.current) return;
    checking.current = true;
    setError(undefined);
    try {
      const result = await api['quiz.answer']({
        sessionId: session.sessionId,
        questionId: question.id,
        chosen,
        timeMs: Math.round(performance.now() - shownAt.current),
      });
      setFeedback(result);
      setAnswers((a) => new Map(a).set(question.id, result));
      onAnswered();
    } catch (err) {
      setError(err as Error);
    } finally {
      checking.current = false;
    }
  };

  const rate = async (value: ReviewRatingName) => {
    if (!feedback) return;
    try {
      await api['review.rate']({ attemptId: feedback.attemptId, rating: value });
      setRating(value);
    } catch (err) {
      setError(err as Error);
    }
  };

  const next = () => {
    setIndex((i) => firstUnanswered(session, answers, i + 1));
    setChosen([]);
    setFeedback(undefined);
    setRating(undefined);
    setReading(undefined);
    shownAt.current = performance.now();
  };

  const end = async () => {
    setError(undefined);
    try {
      await api['quiz.finish']({ sessionId: session.sessionId });
      setReading(undefined);
      setEnded(true);
    } catch (err) {
      setError(err as Error);
    }
  };

  const isLast = firstUnanswered(session, answers, index + 1) >= total;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape bubbles here from the question or the open note
    <div
      className={`quiz-runner${reading ? ' is-reading' : ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && reading) {
          e.stopPropagation();
          closeReading();
        }
      }}
    >
      <div className="quiz-runner-main">
        <div className="quiz-progress">
          <progress max={total} value={answers.size} aria-label="Questions answered" />
          <span data-testid="quiz-progress">
            {answers.size} of {total} answered · {score} correct
          </span>
          {canEnd && (
            <button type="button" className="quiz-end" onClick={() => void end()}>
              End {session.mode}
            </button>
          )}
        </div>
        <form
          className="question"
          onSubmit={(e) => {
            e.preventDefault();
            if (feedback) next();
            else if (chosen.length > 0) void submit();
          }}
        >
          <div className="question-head">
            <p className="muted" data-testid="question-meta" ref={metaRef} tabIndex={-1}>
              Question {index + 1} of {total} · {question.domain} · difficulty {question.difficulty}
              {multi ? ` · choose ${question.selectCount}` : ''}
            </p>
            <FlagButton flagged={flags.isFlagged(question.id)} onToggle={() => void flags.toggle(question.id)} />
          </div>
          {flags.error && <ErrorMessage error={flags.error} />}
          <QuestionCard question={question} chosen={chosen} onToggle={toggle} feedback={feedback} keyHints />
          {error && <ErrorMessage error={error} />}
          {feedback && (
            <div className={`verdict ${feedback.correct ? 'is-correct' : 'is-wrong'}`} role="status">
              <p>
                {feedback.correct ? 'Correct.' : `Not quite: the answer is ${lettersOf(question.options, feedback.correctOptionIds)}.`}{' '}
                <StudyLinks
                  topics={question.topics}
                  diagrams={feedback.diagrams}
                  openTopicId={reading?.topicId}
                  onOpenNote={(topicId, opener) => (reading?.topicId === topicId ? closeReading() : setReading({ topicId, opener }))}
                />
              </p>
              {session.mode === 'review' && (
                <RatingButtons suggested={feedback.rating} chosen={rating} onRate={(r) => void rate(r)} next={feedback.next} />
              )}
            </div>
          )}
          <button
            ref={submitRef}
            type="submit"
            className="primary"
            disabled={!feedback && (multi ? chosen.length !== question.selectCount : chosen.length === 0)}
          >
            {feedback ? (isLast ? 'See result' : 'Next question') : 'Check answer'}
          </button>
          {/* Keys: options, Enter as the button above (nothing while it is disabled), F the Flag, grades in a review. */}
          <AnswerKeys
            optionIds={question.options.map((o) => o.id)}
            checked={!!feedback}
            onToggle={toggle}
            onEnter={() => submitRef.current?.click()}
            onFlag={() => void flags.toggle(question.id)}
            onGrade={session.mode === 'review' ? (r) => void rate(r) : undefined}
            enterLabel={feedback ? (isLast ? 'see the result' : 'next') : 'check'}
          />
        </form>
      </div>
      {reading && <ReadingPanel topicId={reading.topicId} onClose={closeReading} />}
    </div>
  );
}
