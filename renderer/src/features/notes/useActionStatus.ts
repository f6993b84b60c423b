// One status line for the notes view's actions (create, restore, export, import…): the running
// label while an action runs, then its result or its error.
import { useCallback, useState } from 'react';

/** Runs `action` under a "label…" status; the string it returns becomes the status afterwards. */
export type RunAction = (label: string, action: () => Promise<string | undefined>) => Promise<void>;

export function useActionStatus(): { run: RunAction; message?: string; error?: Error } {
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<Error>();
  const run = useCallback<RunAction>(async (label, action) => {
    setError(undefined);
    setMessage(`${label}…`);
    try {
      setMessage(await action());
    } catch (err) {
      setMessage(undefined);
      setError(err as Error);
    }
  }, []);
  return { run, message, error };
}
