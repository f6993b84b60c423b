// @vitest-environment happy-dom
// Keyboard answering: digits and letters choose options before the check and digits grade after
// it in a review, Enter checks or moves on, F flags; text fields, dialogs, buttons (for Enter) and
// Ctrl/Cmd/Alt combinations keep their keys.

import { VIEW_SHORTCUTS } from '@common/commands';
import type { ReviewRatingName } from '@common/contract';
import { cleanup, render, renderHook } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerKeys } from './AnswerKeys';
import { type AnswerKeyHandlers, answerKeyAction, GRADE_KEYS, OPTION_LETTERS, useAnswerKeys } from './useAnswerKeys';

const FOUR = ['a', 'b', 'c', 'd'];
const SIX = ['a', 'b', 'c', 'd', 'e', 'f'];

function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

function field(html: string): HTMLElement {
  document.body.innerHTML = html;
  const el = document.body.querySelector<HTMLElement>('[data-target]');
  if (!el) throw new Error('no target');
  return el;
}

const spies = () => ({
  onToggle: vi.fn<(optionId: string) => void>(),
  onEnter: vi.fn<() => void>(),
  onFlag: vi.fn<() => void>(),
  onGrade: vi.fn<(rating: ReviewRatingName) => void>(),
});
let handlers: ReturnType<typeof spies>;

function mount(overrides: Partial<AnswerKeyHandlers> = {}) {
  handlers = spies();
  const props: AnswerKeyHandlers = { optionIds: FOUR, checked: false, ...handlers, ...overrides };
  const hook = renderHook((p: AnswerKeyHandlers) => useAnswerKeys(p), { initialProps: props });
  return { ...hook, props };
}

beforeEach(() => {
  vi.spyOn(navigator, 'platform', 'get').mockReturnValue('Linux x86_64');
});
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('keyboard answering', () => {
  it('chooses options by number and by letter, and keeps the key from the page', () => {
    mount();
    const event = press(document.body, '2');
    expect(event.defaultPrevented).toBe(true);
    press(document.body, 'd');
    press(document.body, 'A', { shiftKey: true });
    expect(handlers.onToggle.mock.calls).toEqual([['b'], ['d'], ['a']]);
  });

  it('ignores numbers and letters the question has no option for', () => {
    mount();
    for (const key of ['5', '9', '0', 'e', 'g', 'x']) expect(press(document.body, key).defaultPrevented).toBe(false);
    expect(handlers.onToggle).not.toHaveBeenCalled();
  });

  it('leaves F to the flag: option F is chosen by its number', () => {
    mount({ optionIds: SIX });
    press(document.body, 'f');
    press(document.body, '6');
    press(document.body, 'e');
    expect(handlers.onFlag).toHaveBeenCalledTimes(1);
    expect(handlers.onToggle.mock.calls).toEqual([['f'], ['e']]);
  });

  it('takes no F where there are no flags', () => {
    mount({ optionIds: SIX, onFlag: undefined });
    expect(press(document.body, 'f').defaultPrevented).toBe(false);
    expect(handlers.onToggle).not.toHaveBeenCalled();
  });

  it('checks with Enter, from the page or from an option, but not from a button or link, which Enter activates', () => {
    mount();
    press(document.body, 'Enter');
    const radio = field('<form><input type="radio" data-target name="q"></form>');
    expect(press(radio, 'Enter').defaultPrevented).toBe(true);
    expect(handlers.onEnter).toHaveBeenCalledTimes(2);
    for (const html of [
      '<button data-target>Next</button>',
      '<a href="#/library" data-target>Study</a>',
      '<details><summary data-target>More</summary></details>',
    ]) {
      expect(press(field(html), 'Enter').defaultPrevented).toBe(false);
    }
    press(document.body, 'Enter', { shiftKey: true });
    expect(handlers.onEnter).toHaveBeenCalledTimes(2);
  });

  it('grades with 1–4 once the answer is shown, and no longer changes the options', () => {
    const { rerender, props } = mount();
    press(document.body, '3');
    rerender({ ...props, checked: true });
    press(document.body, '3');
    press(document.body, '1');
    press(document.body, 'b');
    press(document.body, '5');
    expect(handlers.onToggle.mock.calls).toEqual([['c']]);
    expect(handlers.onGrade.mock.calls).toEqual([['good'], ['again']]);
    press(document.body, 'Enter');
    expect(handlers.onEnter).toHaveBeenCalledTimes(1);
  });

  it('takes no digit after the check where there are no grades (a practice)', () => {
    mount({ checked: true, onGrade: undefined });
    expect(press(document.body, '3').defaultPrevented).toBe(false);
    expect(handlers.onToggle).not.toHaveBeenCalled();
  });

  it('leaves keys typed into a text field as text, and keys inside a dialog to the dialog', () => {
    mount();
    for (const html of [
      '<input type="search" data-target>',
      '<input type="number" data-target>',
      '<textarea data-target></textarea>',
      '<div contenteditable="true"><p data-target>x</p></div>',
      '<div role="dialog"><button data-target>Close</button></div>',
      '<div role="alertdialog"><p data-target tabindex="-1">Submit?</p></div>',
    ]) {
      const target = field(html);
      for (const key of ['1', 'a', 'f', 'Enter']) expect(press(target, key).defaultPrevented, `${key} in ${html}`).toBe(false);
    }
    expect(handlers.onToggle).not.toHaveBeenCalled();
    expect(handlers.onEnter).not.toHaveBeenCalled();
    expect(handlers.onFlag).not.toHaveBeenCalled();
    // A checkbox is no text field: its keys choose.
    press(field('<input type="checkbox" data-target>'), '1');
    expect(handlers.onToggle.mock.calls).toEqual([['a']]);
  });

  it('never takes a Ctrl, Cmd or Alt combination (the command registry has them), a held key or one already handled', () => {
    mount();
    press(document.body, '1', { ctrlKey: true });
    press(document.body, '4', { metaKey: true });
    press(document.body, 'a', { altKey: true });
    press(document.body, 'f', { ctrlKey: true });
    press(document.body, 'Enter', { metaKey: true });
    press(document.body, '2', { repeat: true });
    press(document.body, 'Enter', { repeat: true });
    const handled = new KeyboardEvent('keydown', { key: '3', bubbles: true, cancelable: true });
    handled.preventDefault();
    document.body.dispatchEvent(handled);
    for (const fn of [handlers.onToggle, handlers.onEnter, handlers.onFlag, handlers.onGrade]) expect(fn).not.toHaveBeenCalled();
  });

  it('stops listening when the question goes', () => {
    const { unmount } = mount();
    unmount();
    press(document.body, '1');
    expect(handlers.onToggle).not.toHaveBeenCalled();
  });

  it('decides the same without a DOM target (the pure rule)', () => {
    const base = {
      target: null,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      repeat: false,
      isComposing: false,
      defaultPrevented: false,
    };
    const state = { optionIds: FOUR, checked: false, canFlag: true, canGrade: true };
    expect(answerKeyAction({ ...base, key: 'c' }, state)).toEqual({ type: 'toggle', optionId: 'c' });
    expect(answerKeyAction({ ...base, key: '4' }, { ...state, checked: true })).toEqual({ type: 'grade', rating: 'easy' });
    expect(answerKeyAction({ ...base, key: 'F' }, state)).toEqual({ type: 'flag' });
    expect(answerKeyAction({ ...base, key: 'Enter', isComposing: true }, state)).toBeUndefined();
  });
});

describe('the key legend under the question', () => {
  const legend = (props: Partial<AnswerKeyHandlers> & { enterLabel: string }) => {
    const { container } = render(
      createElement(AnswerKeys, { optionIds: FOUR, checked: false, onToggle: () => {}, onEnter: () => {}, ...props }),
    );
    return container.querySelector('[data-testid="answer-keys"]')?.textContent;
  };

  it('says which keys choose, check and flag', () => {
    expect(legend({ enterLabel: 'check', onFlag: () => {} })).toBe('1–4 or A–D choose · Enter check · F flag');
    cleanup();
    expect(legend({ enterLabel: 'check', optionIds: SIX })).toBe('1–6 or A–E choose · Enter check');
    cleanup();
    expect(legend({ enterLabel: 'next', optionIds: ['a', 'b', 'c', 'd', 'e'], onFlag: () => {} })).toBe(
      '1–5 or A–E choose · Enter next · F flag',
    );
  });

  it('says 1–4 grade once a review shows its answer, and only Enter in a practice', () => {
    expect(legend({ enterLabel: 'next', checked: true, onGrade: () => {} })).toBe('1–4 grade · Enter next');
    cleanup();
    expect(legend({ enterLabel: 'next', checked: true })).toBe('Enter next');
  });
});

describe('the shortcuts sheet', () => {
  const keysOf = (scope: string, label: RegExp) => VIEW_SHORTCUTS.find((s) => s.scope === scope && label.test(s.label))?.keys;

  it('lists the keys this hook takes', () => {
    expect(keysOf('In a quiz question', /letter/)).toEqual(OPTION_LETTERS.map((l) => l.toUpperCase()));
    expect(keysOf('In a quiz question', /Flag/)).toEqual(['F']);
    expect(keysOf('In a quiz question', /Check/)).toEqual(['Enter']);
    expect(keysOf('In a review, once answered', /Grade/)).toEqual(GRADE_KEYS.map((g) => g.key));
  });
});
