// Autosave for the note editor: saves at most AUTOSAVE_DELAY_MS after the last keystroke, and
// at once on blur, on hiding the page and on leaving. Saves run one at a time, each naming the
// version it started from, so a save from another window is detected instead of overwritten.

import type { PersonalNote } from '@common/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError, api } from '../../api/client';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';

export function useAutosave(note: PersonalNote, onSaved: (title: string, updatedAt: string) => void) {
  const [title, setTitle] = useState(note.title);
  const [body, setBody] = useState(note.body);
  const [state, setState] = useState<SaveState>('saved');
  const [message, setMessage] = useState<string>();
  const latest = useRef({ title: note.title, body: note.body });
  const saved = useRef({ title: note.title, body: note.body, version: note.version });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<void> | undefined>(undefined);
  const blocked = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const { title: t, body: b } = latest.current;
    if (blocked.current || (t === saved.current.title && b === saved.current.body)) return;
    setState('saving');
    const run = api['notes.save']({ id: note.id, title: t, body: b, baseVersion: saved.current.version }).then(
      (result) => {
        saved.current = { title: t, body: b, version: result.version };
        onSaved(t, result.updatedAt);
        const clean = latest.current.title === t && latest.current.body === b;
        setState(clean ? 'saved' : 'dirty');
        setMessage(undefined);
      },
      (error: unknown) => {
        if (error instanceof ApiCallError && error.code === 'conflict') {
          blocked.current = true;
          setState('conflict');
        } else setState('error');
        setMessage(error instanceof Error ? error.message : String(error));
      },
    );
    inFlight.current = run.finally(() => {
      inFlight.current = undefined;
    });
    await inFlight.current;
  }, [note.id, onSaved]);

  const schedule = useCallback(() => {
    setState('dirty');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  const update = useCallback(
    (patch: { title?: string; body?: string }) => {
      latest.current = { ...latest.current, ...patch };
      if (patch.title !== undefined) setTitle(patch.title);
      if (patch.body !== undefined) setBody(patch.body);
      schedule();
    },
    [schedule],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onUnload = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onUnload);
      void flush();
    };
  }, [flush]);

  return { title, body, state, message, update, flush };
}
