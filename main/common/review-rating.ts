// How an answer becomes a spaced-review rating when the learner does not pick one: wrong is
// Again; right is Easy when quick, Good at a normal pace, Hard when slow. "Normal" depends on
// what was asked: a scenario with one answer, a multiple-response scenario, or a diagram label.

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

export const EXPECTED_ANSWER_MS = { single: 60_000, multi: 90_000, diagram: 15_000 } as const;

export function ratingFromAnswer(correct: boolean, timeMs: number, kind: keyof typeof EXPECTED_ANSWER_MS): ReviewRating {
  if (!correct) return 'again';
  const expected = EXPECTED_ANSWER_MS[kind];
  if (timeMs <= expected * 0.5) return 'easy';
  if (timeMs <= expected * 1.5) return 'good';
  return 'hard';
}
