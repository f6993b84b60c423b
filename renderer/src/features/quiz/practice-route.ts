// The practice tab's address names the practice (or diagnostic) running in it,
// #/quiz/practice?session=<id>, so a reload, the Back button or the app's next start brings the
// learner straight back into it. The session itself lives on the Node side; this only keeps the
// address and the page in step.

import type { OpenQuizView, QuizSessionView } from '@common/contract';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { routeHref } from '../../app/router';

const practiceHref = (sessionId?: string) => routeHref({ view: 'quiz', tab: 'practice', sessionId });

/** Changes the address without a new history entry: the learner is still on the same page. */
const replaceHref = (href: string) => window.location.replace(href);

const isResumable = (s: QuizSessionView) => s.mode === 'practice' || s.mode === 'diagnostic';

/**
 * While `active` (the practice tab, with no single question open in it): names the running
 * practice in the address, and with none running, resumes the one the address names if it is
 * still unfinished (else drops the stale name). `restoring` is true while that is being asked.
 */
export function usePracticeRoute({
  active,
  routeSessionId,
  running,
  resume,
}: {
  active: boolean;
  routeSessionId: string | undefined;
  running: QuizSessionView | undefined;
  resume: (quiz: OpenQuizView) => void;
}): { restoring: boolean } {
  const [restoring, setRestoring] = useState(false);
  // The session that last ran here: once it is done, its name leaves the address at once.
  const last = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!active) return;
    if (running) {
      if (!isResumable(running)) return;
      last.current = running.sessionId;
      if (routeSessionId !== running.sessionId) replaceHref(practiceHref(running.sessionId));
      return;
    }
    if (!routeSessionId) return;
    if (last.current === routeSessionId) {
      last.current = undefined;
      replaceHref(practiceHref());
      return;
    }
    let current = true;
    setRestoring(true);
    api['quiz.current']({}).then(
      (open) => {
        if (!current) return;
        setRestoring(false);
        if (open && open.sessionId === routeSessionId) resume(open);
        else replaceHref(practiceHref());
      },
      () => {
        // The practice tab asks again and shows what went wrong; the address keeps the practice's name.
        if (current) setRestoring(false);
      },
    );
    return () => {
      current = false;
      setRestoring(false);
    };
  }, [active, routeSessionId, running, resume]);

  return { restoring };
}
