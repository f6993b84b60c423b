// Practice quiz: one question at a time, the answer checked by the Node side and committed at
// once, explanations for every option, and the learner's recent attempts below.
import { useEffect, useRef, useState } from 'react';
import type { AnswerFeedback, QuizSessionView } from '../../../../main/common/contract';
import { api } from '../../api/client';
import { useCourseIndex } from '../../app/course-index';
import { ErrorMessage } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';

export function QuizView() {
  const [session, setSession] = useState<QuizSessionView>();
  const [error, setError] = useState<Error>();
  const history = useAsync(() => api['quiz.history']({ limit: 20 }), []);

  const start = async () => {
    setError(undefined);
    try {
      setSession(await api['quiz.start']({ mode: 'practice', count: 5 }));
    } catch (err) {
      setError(err as Error);
    }
  };

  return (
    <div className="page quiz">
      <h1>Quiz</h1>
      {error && <ErrorMessage error={error} onRetry={start} />}
      {session ? (
        <QuizRunner key={session.sessionId} session={session} onAnswered={history.reload} onDone={() => setSession(undefined)} />
      ) : (
        <div className="quiz-start">
          <p>Five exam-style questions. Each answer is saved as you give it.</p>
          <button type="button" className="primary" onClick={start}>
            Start a 5-question quiz
          </button>
        </div>
      )}
      <section aria-labelledby="history-title" className="quiz-history">
        <h2 id="history-title">Recent attempts</h2>
        {history.error && <ErrorMessage error={history.error} onRetry={history.reload} />}
        {history.data && history.data.length === 0 && <p className="muted">No attempts yet.</p>}
        {history.data && history.data.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Question</th>
                <th scope="col">Result</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((a) => (
                <tr key={a.id} data-testid="attempt-row">
                  <td>{new Date(a.answeredAt).toLocaleString()}</td>
                  <td>{a.questionId}</td>
                  <td>{a.correct ? 'Correct' : 'Wrong'}</td>
                  <td>{Math.round(a.timeMs / 1000)} s</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

function QuizRunner({ session, onAnswered, onDone }: { session: QuizSessionView; onAnswered: () => void; onDone: () => void }) {
  const { byId } = useCourseIndex();
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<AnswerFeedback>();
  const [score, setScore] = useState(0);
  const [error, setError] = useState<Error>();
  const shownAt = useRef(performance.now());
  const question = session.questions[index];

  useEffect(() => {
    shownAt.current = performance.now();
  }, []);

  if (!question) {
    return (
      <div className="quiz-result" role="status">
        <h2>
          You scored {score} of {session.questions.length}
        </h2>
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    );
  }

  const multi = question.format === 'multi';
  const toggle = (id: string) => {
    if (feedback) return;
    setChosen((c) => (multi ? (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]) : [id]));
  };

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

  const next = () => {
    setIndex((i) => i + 1);
    setChosen([]);
    setFeedback(undefined);
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
      <p className="muted">
        Question {index + 1} of {session.questions.length} · {question.domain}
        {multi ? ` · choose ${question.selectCount}` : ''}
      </p>
      <fieldset>
        <legend className="stem">{question.stem}</legend>
        {question.options.map((o) => {
          const explanation = feedback?.explanations.find((e) => e.optionId === o.id);
          const state = feedback ? (explanation?.correct ? 'is-correct' : chosen.includes(o.id) ? 'is-wrong' : '') : '';
          return (
            <div key={o.id} className={`option ${state}`}>
              <label>
                <input
                  type={multi ? 'checkbox' : 'radio'}
                  name={`q-${question.id}`}
                  value={o.id}
                  checked={chosen.includes(o.id)}
                  onChange={() => toggle(o.id)}
                  disabled={!!feedback}
                />
                <span>
                  <strong>{o.id.toUpperCase()}.</strong> {o.text}
                </span>
              </label>
              {explanation && <p className="explanation">{explanation.explanation}</p>}
            </div>
          );
        })}
      </fieldset>
      {error && <ErrorMessage error={error} />}
      {feedback && (
        <p className={`verdict ${feedback.correct ? 'is-correct' : 'is-wrong'}`} role="status">
          {feedback.correct ? 'Correct.' : `Not quite: the answer is ${feedback.correctOptionIds.map((x) => x.toUpperCase()).join(', ')}.`}{' '}
          Study:{' '}
          {question.topics.map((t) => (
            <a key={t} href={`#/library/${t}`} className="chip">
              {byId.get(t)?.title ?? t}
            </a>
          ))}
        </p>
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
