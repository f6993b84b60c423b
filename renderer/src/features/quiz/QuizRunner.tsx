// Runs a practice, diagnostic or review session: one question at a time, checked and stored by
// the Node side at once, with explanations and links to study.

import type { AnswerFeedback, QuizSessionView, ReviewRatingName } from '@common/contract';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/Status';
import { QuestionCard, RatingButtons, StudyLinks } from './QuestionCard';

export function QuizRunner({ session, onAnswered, onDone }: { session: QuizSessionView; onAnswered: () => void; onDone: () => void }) {
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<AnswerFeedback>();
  const [rating, setRating] = useState<ReviewRatingName>();
  const [score, setScore] = useState(0);
  const [error, setError] = useState<Error>();
  const shownAt = useRef(performance.now());
  const question = session.questions[index];
  // Each new question takes focus, so the keyboard and screen readers start at its number.
  const metaRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (index >= 0) metaRef.current?.focus();
  }, [index]);

  if (!question) {
    return (
      <div className="quiz-result" role="status">
        <h2>
          You scored {score} of {session.questions.length}
        </h2>
        <p className="muted">Every answer is in your history and spaced-review queue.</p>
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    );
  }

  const multi = question.format === 'multi';
  const toggle = (id: string) => setChosen((c) => (multi ? (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]) : [id]));

  const submit = async () => {
    setError(undefined);
    try {
      const result = await api['quiz.answer']({
        sessionId: session.sessionId,
        questionId: question.id,
        chosen,
        timeMs: Math.round(performance.now() - shownAt.current),
      });
      setFeedback(result);
      if (result.correct) setScore((s) => s + 1);
      onAnswered();
    } catch (err) {
      setError(err as Error);
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
    setIndex((i) => i + 1);
    setChosen([]);
    setFeedback(undefined);
    setRating(undefined);
    shownAt.current = performance.now();
  };

  return (
    <form
      className="question"
      onSubmit={(e) => {
        e.preventDefault();
        if (feedback) next();
        else if (chosen.length > 0) void submit();
      }}
    >
      <p className="muted" data-testid="question-meta" ref={metaRef} tabIndex={-1}>
        Question {index + 1} of {session.questions.length} · {question.domain} · difficulty {question.difficulty}
        {multi ? ` · choose ${question.selectCount}` : ''}
      </p>
      <QuestionCard question={question} chosen={chosen} onToggle={toggle} feedback={feedback} />
      {error && <ErrorMessage error={error} />}
      {feedback && (
        <div className={`verdict ${feedback.correct ? 'is-correct' : 'is-wrong'}`} role="status">
          <p>
            {feedback.correct
              ? 'Correct.'
              : `Not quite: the answer is ${feedback.correctOptionIds.map((x) => x.toUpperCase()).join(', ')}.`}{' '}
            <StudyLinks topics={question.topics} diagrams={feedback.diagrams} />
          </p>
          {session.mode === 'review' && <RatingButtons suggested={feedback.rating} chosen={rating} onRate={(r) => void rate(r)} />}
        </div>
      )}
      <button
        type="submit"
        className="primary"
        disabled={!feedback && (multi ? chosen.length !== question.selectCount : chosen.length === 0)}
      >
        {feedback ? (index + 1 < session.questions.length ? 'Next question' : 'See result') : 'Check answer'}
      </button>
    </form>
  );
}
