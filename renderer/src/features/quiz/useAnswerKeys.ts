// Keyboard answering, as on practice-exam sites and in Anki: 1–9 or A–E choose an option of the
// question on screen, Enter checks the answer (or moves on), F flags, and once a review shows its
// answer 1–4 grade it. Digits choose before the check and grade after it. Keys typed into a text
// field stay text, and Ctrl/Cmd/Alt combinations belong to the command registry.
// The keys are listed in VIEW_SHORTCUTS (common/commands.ts) for the shortcuts sheet.

import type { ReviewRatingName } from '@common/contract';
import { useEffect, useRef } from 'react';
import { isTextField } from '../../app/useCommandKeys';

/** The grades on 1–4, in the order of the buttons. */
export const GRADE_KEYS: readonly { key: string; rating: ReviewRatingName }[] = [
  { key: '1', rating: 'again' },
  { key: '2', rating: 'hard' },
  { key: '3', rating: 'good' },
  { key: '4', rating: 'easy' },
];

/** The letters that choose the option shown at their position: F is the flag key, so a sixth option is chosen by its number. */
export const OPTION_LETTERS = ['a', 'b', 'c', 'd', 'e'] as const;

export type AnswerKeyAction =
  | { type: 'toggle'; optionId: string }
  | { type: 'enter' }
  | { type: 'flag' }
  | { type: 'grade'; rating: ReviewRatingName };

export interface AnswerKeyState {
  /** The ids of the options of the question on screen, in the order shown (A is the first). */
  optionIds: readonly string[];
  /** The answer is shown: options no longer change; digits grade when grading is offered. */
  checked: boolean;
  canFlag: boolean;
  canGrade: boolean;
}

/** The fields of a keydown the decision reads. */
export type AnswerKeyPress = Pick<
  KeyboardEvent,
  'key' | 'target' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat' | 'isComposing' | 'defaultPrevented'
>;

// Where Enter already means something: activating a button, following a link, opening a summary.
const ENTER_TARGETS =
  'button, a[href], summary, [role="button"], [role="link"], input[type="button"], input[type="submit"], input[type="reset"]';
// Another layer owns the keyboard: the palette, the shortcuts sheet, the mock exam's submit question.
const OTHER_LAYERS = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** What a key press does to the question on screen; undefined when the key is not the question's. */
export function answerKeyAction(press: AnswerKeyPress, state: AnswerKeyState): AnswerKeyAction | undefined {
  if (press.defaultPrevented || press.isComposing || press.ctrlKey || press.metaKey || press.altKey) return undefined;
  const target = press.target instanceof Element ? press.target : null;
  if (isTextField(target) || target?.closest(OTHER_LAYERS)) return undefined;
  // A held key would check and skip several questions, or toggle an option on and off.
  if (press.repeat) return undefined;
  const key = press.key;
  if (key === 'Enter') return press.shiftKey || target?.closest(ENTER_TARGETS) ? undefined : { type: 'enter' };
  if (key === 'f' || key === 'F') return state.canFlag ? { type: 'flag' } : undefined;
  if (state.checked) {
    const grade = state.canGrade ? GRADE_KEYS.find((g) => g.key === key) : undefined;
    return grade && { type: 'grade', rating: grade.rating };
  }
  const optionId = /^[1-9]$/.test(key)
    ? state.optionIds[Number(key) - 1]
    : state.optionIds[(OPTION_LETTERS as readonly string[]).indexOf(key.toLowerCase())];
  return optionId ? { type: 'toggle', optionId } : undefined;
}

export interface AnswerKeyHandlers {
  optionIds: readonly string[];
  checked: boolean;
  onToggle: (optionId: string) => void;
  /** Enter: what the question's main button does (check the answer, or go to the next question). */
  onEnter: () => void;
  /** F: flag or unflag the question (where flags exist). */
  onFlag?: () => void;
  /** 1–4 once the answer is shown (review sessions). */
  onGrade?: (rating: ReviewRatingName) => void;
}

/** Answers the question on screen from the keyboard for as long as the caller is mounted. */
export function useAnswerKeys(handlers: AnswerKeyHandlers): void {
  // The latest handlers without re-adding the listener on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = latest.current;
      const action = answerKeyAction(event, {
        optionIds: h.optionIds,
        checked: h.checked,
        canFlag: !!h.onFlag,
        canGrade: !!h.onGrade,
      });
      if (!action) return;
      event.preventDefault();
      if (action.type === 'toggle') h.onToggle(action.optionId);
      else if (action.type === 'enter') h.onEnter();
      else if (action.type === 'flag') h.onFlag?.();
      else h.onGrade?.(action.rating);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
