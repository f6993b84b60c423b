// Flags: a question the learner marks to come back to, kept on the Node side across sessions
// (question_flags), practised from the setup's "Only flagged" and found in the question browser.
// `useQuestionFlags` is the one toggle: the Flag button and the F key both call its `toggle`.

import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import { Icon } from '../../ui/Icon';
import './question-flags.css';

export interface QuestionFlags {
  /** The questions flagged now, as this page knows them. */
  flagged: ReadonlySet<string>;
  isFlagged: (questionId: string) => boolean;
  /** Flags the question, or takes the flag off (`to` forces a state); shown at once, saved in order, undone if saving fails. */
  toggle: (questionId: string, to?: boolean) => Promise<void>;
  /** Why the last change could not be saved. */
  error: Error | undefined;
}

const withFlag = (set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> => {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/** The flags of the questions on a page, starting from those the server said were flagged. */
export function useQuestionFlags(initial: readonly string[] = []): QuestionFlags {
  const [flagged, setFlagged] = useState<ReadonlySet<string>>(() => new Set(initial));
  const [error, setError] = useState<Error>();
  const latest = useRef(flagged);
  latest.current = flagged;
  // Saves go one after another, so quick toggles end in the state shown last.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const toggle = useCallback((questionId: string, to?: boolean) => {
    const on = to ?? !latest.current.has(questionId);
    latest.current = withFlag(latest.current, questionId, on);
    setFlagged((s) => withFlag(s, questionId, on));
    setError(undefined);
    const save = saving.current.then(() => api['quiz.flag']({ questionId, flagged: on }));
    saving.current = save.catch(() => undefined);
    return save.then(
      () => undefined,
      (err: unknown) => {
        latest.current = withFlag(latest.current, questionId, !on);
        setFlagged((s) => withFlag(s, questionId, !on));
        setError(err as Error);
      },
    );
  }, []);
  const isFlagged = useCallback((questionId: string) => flagged.has(questionId), [flagged]);
  return { flagged, isFlagged, toggle, error };
}

/** The Flag toggle: its name stays "Flag", its pressed state says whether the question is flagged. */
export function FlagButton({ flagged, onToggle, className }: { flagged: boolean; onToggle: () => void; className?: string }) {
  return (
    <button
      type="button"
      className={`flag-button${className ? ` ${className}` : ''}`}
      aria-pressed={flagged}
      title={
        flagged ? 'Flagged: practise it again from “Only flagged”. Press to take the flag off.' : 'Flag this question to come back to it'
      }
      onClick={onToggle}
    >
      <Icon name={flagged ? 'flag' : 'flag-outline'} /> Flag
    </button>
  );
}

/** A small flag beside a flagged question in a list, named for screen readers. */
export function FlagMark() {
  return <Icon name="flag" className="flag-mark" label="Flagged" />;
}
