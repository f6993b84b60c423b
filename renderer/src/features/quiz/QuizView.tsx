// Quiz: practice with filters, the timed mock exam, due reviews, the full history, and the
// question browser.

import type { ExamResult, ExamView, QuizSessionView } from '@common/contract';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { navigate, type QuizRoute, type QuizTab, routeHref } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/Status';
import { useAsync } from '../../ui/useAsync';
import { HistoryTab } from './HistoryTab';
import { ExamResultView, MockExam } from './MockExam';
import { NoteCardsSection } from './NoteCardReview';
import { PracticeTab } from './PracticeTab';
import { usePracticeRoute } from './practice-route';
import { QuestionBrowser } from './QuestionBrowser';
import { QuizRunner } from './QuizRunner';
import { ReviewForecast } from './ReviewForecast';
import { SingleQuestion } from './SingleQuestion';
import './quiz.css';

const TABS: { tab: QuizTab; label: string }[] = [
  { tab: 'practice', label: 'Practice' },
  { tab: 'mock', label: 'Mock exam' },
  { tab: 'review', label: 'Review' },
  { tab: 'history', label: 'History' },
  { tab: 'browse', label: 'Questions' },
];

export function QuizView({ tab, examId, start, questionId, searchQuery, attemptId, sessionId }: Omit<QuizRoute, 'view'>) {
  // A running quiz belongs to the tab it started in; other tabs show their own content.
  const [running, setRunning] = useState<{ session: QuizSessionView; tab: QuizTab }>();
  const session = running?.tab === tab ? running.session : undefined;
  const setSession = useCallback(
    (s: QuizSessionView | undefined) => setRunning(s ? { session: s, tab: s.mode === 'review' ? 'review' : 'practice' } : undefined),
    [],
  );
  // A practice started from a results page (the questions missed, a topic) runs in the practice tab.
  const practise = useCallback(
    (s: QuizSessionView) => {
      setSession(s);
      if (tab !== 'practice' || questionId) navigate({ view: 'quiz', tab: 'practice' });
    },
    [setSession, tab, questionId],
  );
  const [error, setError] = useState<Error>();
  // Arriving with ?start=diagnostic (from Today) starts the diagnostic at once.
  useEffect(() => {
    if (start !== 'diagnostic') return;
    api['quiz.start']({ mode: 'diagnostic', count: 20 }).then(setSession, setError);
    navigate({ view: 'quiz', tab: 'practice' });
  }, [start, setSession]);
  // Arriving with ?start=review (Today's "Start reviewing") starts the review of the due questions at
  // once. The address drops the start in place, so Back does not start another review.
  useEffect(() => {
    if (start !== 'review') return;
    api['review.start']({}).then(setSession, setError);
    window.location.replace(routeHref({ view: 'quiz', tab: 'review' }));
  }, [start, setSession]);
  const { restoring } = usePracticeRoute({
    active: tab === 'practice' && !questionId,
    routeSessionId: sessionId,
    running: session,
    resume: setSession,
  });
  return (
    <div className="page quiz">
      <h1>Quiz</h1>
      <nav className="tabs" aria-label="Quiz modes">
        {TABS.map((t) => (
          <a key={t.tab} href={routeHref({ view: 'quiz', tab: t.tab })} aria-current={t.tab === tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {error && <ErrorMessage error={error} />}
      {tab === 'practice' && questionId ? (
        <SingleQuestion key={questionId} questionId={questionId} searchQuery={searchQuery} onPractise={practise} />
      ) : session ? (
        <QuizRunner
          key={session.sessionId}
          session={session}
          onAnswered={() => {}}
          onDone={() => setSession(undefined)}
          onPractise={practise}
        />
      ) : tab === 'practice' ? (
        restoring ? (
          <Loading what="practice" />
        ) : (
          <PracticeTab onStart={setSession} />
        )
      ) : tab === 'mock' ? (
        <MockTab examId={examId} onPractise={practise} />
      ) : tab === 'review' ? (
        <ReviewTab onStart={setSession} />
      ) : tab === 'browse' ? (
        <QuestionBrowser
          onStart={(s) => {
            setSession(s);
            navigate({ view: 'quiz', tab: 'practice' });
          }}
        />
      ) : (
        <HistoryTab attemptId={attemptId} onPractise={setSession} />
      )}
    </div>
  );
}

/** Mirrors EXAM_QUESTIONS in main/node/exam-service.ts (the intro above states it too). */
const EXAM_QUESTION_COUNT = 75;

function MockTab({ examId, onPractise }: { examId?: string; onPractise: (session: QuizSessionView) => void }) {
  const current = useAsync(() => api['exam.current']({}), []);
  const unseen = useAsync(() => api['exam.unseen']({}), []);
  const result = useAsync(() => (examId ? api['exam.result']({ sessionId: examId }) : Promise.resolve(undefined)), [examId]);
  const [exam, setExam] = useState<ExamView | null>();
  const [error, setError] = useState<Error>();
  const onSubmitted = useCallback((r: ExamResult) => {
    setExam(null);
    navigate({ view: 'quiz', tab: 'mock', examId: r.sessionId });
  }, []);

  if (examId) {
    if (result.error) return <ErrorMessage error={result.error} />;
    if (!result.data) return <Loading what="result" />;
    return <ExamResultView result={result.data} onPractise={onPractise} />;
  }
  const active = exam ?? current.data;
  if (current.loading && exam === undefined) return <Loading what="mock exam" />;
  if (active && exam !== null) return <MockExam key={active.sessionId} exam={active} onSubmitted={onSubmitted} />;

  const start = async () => {
    setError(undefined);
    try {
      setExam(await api['exam.start']({}));
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <div className="mock-intro">
      <p>
        75 questions drawn by the exam's domain weights, 180 minutes, scored on the 100–1000 scale with 750 to pass. Your answers and the
        clock are saved as you go: if the app closes, the exam resumes where you left it.
      </p>
      <p data-testid="mock-unseen">
        Questions you have not seen yet come first, so about six whole exams go by before one repeats.
        {unseen.data &&
          ` ${unseen.data.unseen} of the ${unseen.data.total} questions are still new to you${
            unseen.data.unseen < EXAM_QUESTION_COUNT ? '; the rest of this exam takes the ones you met longest ago' : ''
          }.`}
      </p>
      {error && <ErrorMessage error={error} />}
      <button type="button" className="primary" onClick={() => void start()}>
        Start a mock exam
      </button>
    </div>
  );
}

function ReviewTab({ onStart }: { onStart: (s: QuizSessionView) => void }) {
  const summary = useAsync(() => api['review.summary']({}), []);
  const [error, setError] = useState<Error>();
  if (summary.error) return <ErrorMessage error={summary.error} onRetry={summary.reload} />;
  if (!summary.data) return <Loading what="reviews" />;
  const s = summary.data;
  const start = async () => {
    try {
      onStart(await api['review.start']({}));
    } catch (err) {
      setError(err as Error);
    }
  };
  return (
    <div className="review-tab">
      <p data-testid="review-due">
        <strong>{s.dueNow}</strong> due now · {s.dueToday.questions} questions and {s.dueToday.diagramNodes} diagram nodes due today ·{' '}
        {s.totalCards} cards in all
      </p>
      {error && <ErrorMessage error={error} />}
      <button type="button" className="primary" onClick={() => void start()} disabled={s.dueToday.questions === 0}>
        Review due questions
      </button>
      {s.dueDiagrams.length > 0 && (
        <ul className="due-diagrams">
          {s.dueDiagrams.map((d) => (
            <li key={d.diagramId}>
              <a href={routeHref({ view: 'diagrams', diagramId: d.diagramId, drill: d.nodeIds })}>
                Drill {d.nodeIds.length} due node{d.nodeIds.length === 1 ? '' : 's'} in {d.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <ReviewForecast forecast={s.forecast} />
      <p className="muted">
        Intervals follow FSRS with your desired retention; set an exam date on the Today page and every card comes back before it.
      </p>
      <NoteCardsSection />
    </div>
  );
}
