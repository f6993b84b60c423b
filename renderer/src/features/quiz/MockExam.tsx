// The mock exam: 75 questions, a countdown, flags, a navigator, changeable answers. Every answer
// and a heartbeat every few seconds save state and time used, so a crash or reload resumes it.

import type { ExamQuestionState, ExamResult, ExamView, QuizQuestionView, QuizSessionView } from '@common/contract';
import { domainLabel } from '@common/readable-text';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { ErrorMessage } from '../../ui/Status';
import { AnswerKeys } from './AnswerKeys';
import { QuestionCard } from './QuestionCard';
import { ResultsReview } from './SessionResults';

const HEARTBEAT_MS = 5000;

const without = (set: ReadonlySet<string>, id: string): ReadonlySet<string> => {
  if (!set.has(id)) return set;
  const next = new Set(set);
  next.delete(id);
  return next;
};

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Fully answered: a multiple-response question needs as many options as it asks for. */
export function isFullyAnswered(question: QuizQuestionView, chosen: readonly string[]): boolean {
  return chosen.length >= (question.format === 'multi' ? question.selectCount : 1);
}

export function MockExam({ exam, onSubmitted }: { exam: ExamView; onSubmitted: (result: ExamResult) => void }) {
  // A restart reopens the question the learner was on.
  const [index, setIndex] = useState(() => Math.min(Math.max(0, exam.position), exam.questions.length - 1));
  const [answers, setAnswers] = useState(() => new Map(exam.answers.map((a) => [a.questionId, a])));
  // Answers the server has not confirmed (it was unreachable): shown as not saved, sent again.
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(() => new Set());
  const latest = useRef({ index, answers, unsaved });
  latest.current = { index, answers, unsaved };
  const [error, setError] = useState<Error>();
  const [confirming, setConfirming] = useState(false);
  // Time used = what was saved before + time since this screen opened.
  const base = useRef({ used: exam.timeUsedMs, at: performance.now() });
  const usedNow = useCallback(() => Math.round(base.current.used + performance.now() - base.current.at), []);
  const [left, setLeft] = useState(exam.timeLimitMs - exam.timeUsedMs);

  const send = useCallback(
    async (state: ExamQuestionState) => {
      try {
        await api['exam.answer']({ sessionId: exam.sessionId, ...state, timeUsedMs: Math.min(usedNow(), exam.timeLimitMs) });
        setUnsaved((u) => without(u, state.questionId));
        setError(undefined);
      } catch (err) {
        setUnsaved((u) => new Set(u).add(state.questionId));
        setError(err as Error);
      }
    },
    [exam.sessionId, exam.timeLimitMs, usedNow],
  );
  const submitting = useRef(false);

  const submit = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    try {
      onSubmitted(await api['exam.submit']({ sessionId: exam.sessionId, timeUsedMs: Math.min(usedNow(), exam.timeLimitMs) }));
    } catch (err) {
      submitting.current = false;
      setError(err as Error);
    }
  }, [exam.sessionId, exam.timeLimitMs, onSubmitted, usedNow]);

  useEffect(() => {
    const tick = setInterval(() => {
      const remaining = exam.timeLimitMs - usedNow();
      setLeft(remaining);
      if (remaining <= 0) void submit();
    }, 500);
    const beat = setInterval(() => {
      const { index: position, answers: all, unsaved: pending } = latest.current;
      void api['exam.heartbeat']({ sessionId: exam.sessionId, timeUsedMs: Math.min(usedNow(), exam.timeLimitMs), position })
        .then(() => {
          // The server answers again: send what it missed.
          for (const id of pending) {
            const a = all.get(id);
            if (a) void send(a);
          }
        })
        .catch(() => {});
    }, HEARTBEAT_MS);
    return () => {
      clearInterval(tick);
      clearInterval(beat);
    };
  }, [exam.sessionId, exam.timeLimitMs, submit, usedNow, send]);

  // Moving to another question is saved at once, so a restart comes back to it.
  useEffect(() => {
    void api['exam.heartbeat']({ sessionId: exam.sessionId, timeUsedMs: Math.min(usedNow(), exam.timeLimitMs), position: index }).catch(
      () => {},
    );
  }, [index, exam.sessionId, exam.timeLimitMs, usedNow]);

  const question = exam.questions[index];
  if (!question) return null;
  const state = answers.get(question.id) ?? { questionId: question.id, chosen: [], flagged: false };
  const answered = (q: QuizQuestionView) => {
    const a = answers.get(q.id);
    return !!a && isFullyAnswered(q, a.chosen) && !unsaved.has(q.id);
  };
  const answeredCount = exam.questions.filter(answered).length;
  const unanswered = exam.questions.length - answeredCount;
  const flaggedCount = [...answers.values()].filter((a) => a.flagged).length;

  const save = (chosen: string[], flagged: boolean) => {
    const next = { questionId: question.id, chosen, flagged };
    setAnswers((m) => new Map(m).set(question.id, next));
    void send(next);
  };

  const toggle = (id: string) => {
    const multi = question.format === 'multi';
    const chosen = multi ? (state.chosen.includes(id) ? state.chosen.filter((x) => x !== id) : [...state.chosen, id]) : [id];
    void save(chosen, state.flagged);
  };

  return (
    <div className="mock-exam">
      <header className="exam-bar">
        <span className={`exam-clock ${left < 10 * 60_000 ? 'is-low' : ''}`} role="timer" aria-label="Time left" data-testid="exam-clock">
          {formatClock(left)}
        </span>
        <span className="muted">
          {answeredCount} of {exam.questions.length} answered · {flaggedCount} flagged
        </span>
        <button type="button" className="primary" onClick={() => setConfirming(true)}>
          Submit exam
        </button>
      </header>
      {confirming && (
        <div className="status exam-confirm" role="alertdialog" aria-label="Submit the exam?">
          <p>
            {unanswered > 0
              ? `${unanswered} question${unanswered === 1 ? ' is' : 's are'} unanswered and will count as wrong.`
              : 'Every question has an answer.'}{' '}
            {flaggedCount > 0 ? `${flaggedCount} flagged for review.` : ''} Submit now?
          </p>
          <button type="button" className="primary" onClick={() => void submit()}>
            Submit and score
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep working
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="exam-body">
        <section className="exam-question" aria-label={`Question ${index + 1}`}>
          <p className="muted">
            Question {index + 1} of {exam.questions.length}
            {question.format === 'multi' ? ` · choose ${question.selectCount}` : ''}
          </p>
          <QuestionCard question={question} chosen={state.chosen} onToggle={toggle} keyHints />
          <div className="exam-controls">
            <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
              Previous
            </button>
            <button type="button" aria-pressed={state.flagged} onClick={() => void save(state.chosen, !state.flagged)}>
              {state.flagged ? 'Unflag' : 'Flag for review'}
            </button>
            <button
              type="button"
              onClick={() => setIndex((i) => Math.min(exam.questions.length - 1, i + 1))}
              disabled={index === exam.questions.length - 1}
            >
              Next
            </button>
          </div>
          {/* Keys: answers save as they change, so Enter moves on; F is the flag above. */}
          <AnswerKeys
            optionIds={question.options.map((o) => o.id)}
            checked={false}
            onToggle={toggle}
            onEnter={() => setIndex((i) => Math.min(exam.questions.length - 1, i + 1))}
            onFlag={() => save(state.chosen, !state.flagged)}
            enterLabel="next"
          />
        </section>
        <nav className="exam-navigator" aria-label="Question navigator">
          {exam.questions.map((q, i) => {
            const a = answers.get(q.id);
            const done = answered(q);
            const partly = !done && !!a && a.chosen.length > 0 && !unsaved.has(q.id);
            const pending = unsaved.has(q.id);
            const classes = [
              'nav-cell',
              done && 'is-answered',
              partly && 'is-partial',
              pending && 'is-unsaved',
              a?.flagged && 'is-flagged',
            ];
            if (i === index) classes.push('is-current');
            return (
              <button
                key={q.id}
                type="button"
                className={classes.filter(Boolean).join(' ')}
                aria-label={`Question ${i + 1}${done ? ', answered' : ''}${partly ? `, partly answered (${a?.chosen.length} of ${q.selectCount})` : ''}${pending ? ', not saved' : ''}${a?.flagged ? ', flagged' : ''}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => setIndex(i)}
              >
                {i + 1}
              </button>
            );
          })}
        </nav>
      </div>
    </div>
  );
}

export function ExamResultView({ result, onPractise }: { result: ExamResult; onPractise?: (session: QuizSessionView) => void }) {
  return (
    <div className="exam-result">
      <h2>
        Score: <span data-testid="exam-score">{result.scaledScore}</span> / 1000 —{' '}
        <span className={result.passed ? 'is-pass' : 'is-fail'}>{result.passed ? 'Pass' : 'Below the 750 pass line'}</span>
      </h2>
      <p className="muted">
        {result.correct} of {result.total} correct, {result.unanswered} unanswered, in {formatClock(result.timeUsedMs)}. The scaled score is
        an estimate: AWS does not publish its scaling.
      </p>
      <table className="breakdown" aria-label="Score by domain">
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Correct</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {result.byDomain.map((d) => (
            <tr key={d.domain}>
              <td>{domainLabel(d.domain)}</td>
              <td>
                {d.correct} / {d.total}
              </td>
              <td>{Math.round((d.correct / d.total) * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Review every question</h3>
      <ResultsReview items={result.review} mode="mock" onPractise={onPractise} />
      <button type="button" onClick={() => navigate({ view: 'quiz', tab: 'mock' })}>
        Back to mock exams
      </button>
    </div>
  );
}
