// @vitest-environment happy-dom
// The last view is remembered without a write per click: once the learner settles on a view,
// and at once when the page is hidden or closed; search results are never remembered.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const update = vi.hoisted(() => vi.fn(() => Promise.resolve({})));
vi.mock('../api/client', () => ({ api: { 'settings.update': update } }));
const { useRememberRoute } = await import('./useRememberRoute');

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('remembering the last route', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    update.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('saves once after quick navigation settles, not once per view', async () => {
    const hook = renderHook(({ href }) => useRememberRoute(href, true), { initialProps: { href: '#/today' } });
    for (const href of ['#/library', '#/diagrams', '#/stats']) {
      hook.rerender({ href });
      await advance(300);
    }
    expect(update).not.toHaveBeenCalled();
    await advance(2_000);
    expect(update.mock.calls).toEqual([[{ lastRoute: '#/stats' }]]);
  });

  it('saves at once when the page is hidden, and not again for the same route', async () => {
    const hook = renderHook(({ href }) => useRememberRoute(href, true), { initialProps: { href: '#/quiz/mock' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(update.mock.calls).toEqual([[{ lastRoute: '#/quiz/mock' }]]);
    await advance(5_000);
    expect(update).toHaveBeenCalledTimes(1);
    hook.unmount();
  });

  it('never remembers a transient route such as search results', async () => {
    const hook = renderHook(({ href, remember }) => useRememberRoute(href, remember), {
      initialProps: { href: '#/notes', remember: true },
    });
    await advance(2_500);
    hook.rerender({ href: '#/search?q=kms', remember: false });
    await advance(2_500);
    window.dispatchEvent(new Event('pagehide'));
    expect(update.mock.calls).toEqual([[{ lastRoute: '#/notes' }]]);
  });
});
