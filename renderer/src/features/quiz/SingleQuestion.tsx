// One question on its own, as a search hit opens it: a one-question practice, answered and stored
// like any other (history, review card), with a way back to the search and on to more practice.

import type { QuizSessionView } from '@common/contract';
import { useState } from 'react';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { navigate, routeHref } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { QuizRunner } from './QuizRunner';
import './single-question.css';

export function SingleQuestion({
  questionId,
  searchQuery,
  onPractise,
}: {
  questionId: string;
  /** The search the question was found by, for the way back to its results. */
  searchQuery?: string;
  /** Hands a practice (on the question's topic, or from its results) to the quiz, which runs it in the practice tab. */
  onPractise: (session: QuizSessionView) => void;
}) {
  const started = useAsync(() => api['quiz.start']({ mode: 'practice', questionIds: [questionId], count: 1 }), [questionId]);
  const [answered, setAnswered] = useState(false);
  const [error, setError] = useState<Error>();
  const { byId } = useCourseIndex();
  const question = started.data?.questions[0];
  const topic = question?.topics[0];

  const practise = async () => {
    if (!topic) return;
    setError(undefined);
    try {
      onPractise(await api['quiz.start']({ mode: 'practice', topics: [topic], count: 10 }));
      navigate({ view: 'quiz', tab: 'practice' });
    } catch (err) {
      setError(err as Error);
    }
  };

  const back = searchQuery && <a href={routeHref({ view: 'search', query: searchQuery })}>← Search results for “{searchQuery}”</a>;

  return (
    <div className="single-question">
      {back && <p className="single-question-back">{back}</p>}
      {started.error && <ErrorMessage error={started.error} onRetry={started.reload} />}
      {started.loading && <Loading what="question" />}
      {started.data && (
        <QuizRunner
          key={started.data.sessionId}
          session={started.data}
          onAnswered={() => setAnswered(true)}
          onDone={() => navigate({ view: 'quiz', tab: 'practice' })}
          onPractise={onPractise}
        />
      )}
      {answered && topic && (
        <div className="single-question-next">
          <button type="button" onClick={() => void practise()}>
            Practise more on {byId.get(topic)?.title ?? topic}
          </button>
          {back}
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
