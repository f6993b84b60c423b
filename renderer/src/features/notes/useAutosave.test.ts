// @vitest-environment happy-dom
// Autosave is what keeps a learner's writing: it must save once after typing stops, at once on
// blur or hiding the page, never save an unchanged note, and stop (not overwrite) when another
// window saved first. The API is replaced by a fake that records each save.

import type { PersonalNote } from '@common/contract';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const save = vi.hoisted(() => vi.fn());

vi.mock('../../api/client', () => {
  class ApiCallError extends Error {
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  }
  return { ApiCallError, api: { 'notes.save': save } };
});

const { ApiCallError } = await import('../../api/client');
const { AUTOSAVE_DELAY_MS, useAutosave } = await import('./useAutosave');

const note = { id: 'n1', title: 'Title', body: 'Body', version: 3 } as PersonalNote;

function setup() {
  const onSaved = vi.fn();
  const hook = renderHook(() => useAutosave(note, onSaved));
  return { ...hook, onSaved };
}

/** Runs the timers and lets the save's promise chain settle inside act. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  save.mockReset();
  let version = 3;
  save.mockImplementation(async () => ({ version: ++version, updatedAt: `2026-01-0${version}` }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useAutosave debounce', () => {
  it('starts saved, with the note as given', () => {
    const { result } = setup();
    expect(result.current).toMatchObject({ title: 'Title', body: 'Body', state: 'saved' });
  });

  it('marks the note dirty at once and saves only after the delay', async () => {
    const { result } = setup();
    act(() => result.current.update({ body: 'B1' }));
    expect(result.current.state).toBe('dirty');
    expect(result.current.body).toBe('B1');
    await advance(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await advance(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('saved');
  });

  it('saves once, with the last text, after a burst of keystrokes', async () => {
    const { result, onSaved } = setup();
    for (const body of ['B', 'Bo', 'Bod', 'Body!']) {
      act(() => result.current.update({ body }));
      await advance(AUTOSAVE_DELAY_MS / 2);
    }
    expect(save).not.toHaveBeenCalled();
    await advance(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ id: 'n1', title: 'Title', body: 'Body!', baseVersion: 3 });
    expect(onSaved).toHaveBeenCalledWith('Title', '2026-01-04');
  });

  it('does not save when the text went back to what was saved', async () => {
    const { result } = setup();
    act(() => result.current.update({ title: 'Other' }));
    act(() => result.current.update({ title: 'Title' }));
    await advance(AUTOSAVE_DELAY_MS);
    expect(save).not.toHaveBeenCalled();
  });

  it('names the version of the previous save as the base of the next', async () => {
    const { result } = setup();
    act(() => result.current.update({ body: 'one' }));
    await advance(AUTOSAVE_DELAY_MS);
    act(() => result.current.update({ body: 'two' }));
    await advance(AUTOSAVE_DELAY_MS);
    expect(save.mock.calls.map(([input]) => input.baseVersion)).toEqual([3, 4]);
  });
});

describe('useAutosave flushing', () => {
  it('saves at once on flush (blur) without waiting for the delay', async () => {
    const { result } = setup();
    act(() => result.current.update({ body: 'now' }));
    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledTimes(1);
    await advance(AUTOSAVE_DELAY_MS * 2);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves when the page is hidden', async () => {
    const { result } = setup();
    act(() => result.current.update({ body: 'hidden' }));
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ body: 'hidden' }));
  });

  it('saves pending text when the editor closes', async () => {
    const { result, unmount } = setup();
    act(() => result.current.update({ body: 'closing' }));
    await act(async () => unmount());
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ body: 'closing' }));
  });

  it('runs saves one at a time: text typed during a save is saved next, on the new version', async () => {
    let finish: (value: { version: number; updatedAt: string }) => void = () => {};
    save.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const { result } = setup();
    act(() => result.current.update({ body: 'first' }));
    await advance(AUTOSAVE_DELAY_MS);
    expect(result.current.state).toBe('saving');
    act(() => result.current.update({ body: 'second' }));
    let second: Promise<void> = Promise.resolve();
    act(() => {
      second = result.current.flush();
    });
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish({ version: 4, updatedAt: 'u' });
      await second;
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]).toMatchObject({ body: 'second', baseVersion: 4 });
    expect(result.current.state).toBe('saved');
  });
});

describe('useAutosave failures', () => {
  it('stops saving after a conflict instead of overwriting the other window', async () => {
    save.mockRejectedValueOnce(new ApiCallError('conflict', 'Changed in another window'));
    const { result, onSaved } = setup();
    act(() => result.current.update({ body: 'mine' }));
    await advance(AUTOSAVE_DELAY_MS);
    expect(result.current).toMatchObject({ state: 'conflict', message: 'Changed in another window' });
    act(() => result.current.update({ body: 'mine, more' }));
    await advance(AUTOSAVE_DELAY_MS);
    await act(() => result.current.flush());
    expect(save).toHaveBeenCalledTimes(1);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('reports other errors and tries again on the next edit', async () => {
    save.mockRejectedValueOnce(new ApiCallError('internal', 'Disk full'));
    const { result } = setup();
    act(() => result.current.update({ body: 'x' }));
    await advance(AUTOSAVE_DELAY_MS);
    expect(result.current).toMatchObject({ state: 'error', message: 'Disk full' });
    act(() => result.current.update({ body: 'xy' }));
    await advance(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(result.current).toMatchObject({ state: 'saved', message: undefined });
  });
});
