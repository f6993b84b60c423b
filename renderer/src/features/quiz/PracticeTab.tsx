// The practice tab when no practice runs in it: the practice (or diagnostic) left unfinished, to
// resume or end, above the setup for a new one. Starting a new one ends the unfinished one, as the
// setup says beside its buttons; its answers stay in the history either way.

import type { OpenQuizView, QuizSessionView } from '@common/contract';
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { PracticeSetup } from './PracticeSetup';
import './practice.css';

/** "Resume practice (2 of 5 answered)": the one label for an unfinished quiz, wherever it is offered. */
export function resumeLabel(quiz: { mode: 'practice' | 'diagnostic'; answered: number; total: number }): string {
  return `Resume ${quiz.mode === 'diagnostic' ? 'the diagnostic' : 'practice'} (${quiz.answered} of ${quiz.total} answered)`;
}

export function PracticeTab({ onStart }: { onStart: (session: QuizSessionView) => void }) {
  const open = useAsync(() => api['quiz.current']({}), []);
  const quiz = open.data ?? null;

  const startNew = async (session: QuizSessionView) => {
    // The learner was told: the unfinished one ends. Should that fail, it is simply offered again later.
    if (quiz) await api['quiz.finish']({ sessionId: quiz.sessionId }).catch(() => undefined);
    onStart(session);
  };

  return (
    <>
      {open.error && <ErrorMessage error={open.error} onRetry={open.reload} />}
      {quiz && <ResumePractice quiz={quiz} onResume={() => onStart(quiz)} onEnded={() => open.setData(null)} />}
      <PracticeSetup
        onStart={(session) => void startNew(session)}
        note={
          quiz ? (
            <p className="muted">
              Starting a new one ends the {quiz.mode} in progress; its {quiz.answers.length} answer{quiz.answers.length === 1 ? '' : 's'}{' '}
              stay in your history.
            </p>
          ) : undefined
        }
      />
    </>
  );
}

function ResumePractice({ quiz, onResume, onEnded }: { quiz: OpenQuizView; onResume: () => void; onEnded: () => void }) {
  const titleId = useId();
  const [error, setError] = useState<Error>();
  const correct = quiz.answers.filter((a) => a.correct).length;
  const end = async () => {
    setError(undefined);
    try {
      await api['quiz.finish']({ sessionId: quiz.sessionId });
      onEnded();
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <section className="resume-practice" aria-labelledby={titleId}>
      <h2 id={titleId}>{quiz.mode === 'diagnostic' ? 'Diagnostic in progress' : 'Practice in progress'}</h2>
      <p className="muted">
        Started {new Date(quiz.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} · {quiz.answers.length}{' '}
        answered, {correct} correct
      </p>
      {error && <ErrorMessage error={error} />}
      <div className="resume-actions">
        <button type="button" className="primary" onClick={onResume}>
          {resumeLabel({ mode: quiz.mode, answered: quiz.answers.length, total: quiz.questions.length })}
        </button>
        <button type="button" onClick={() => void end()}>
          End this {quiz.mode}
        </button>
      </div>
    </section>
  );
}
