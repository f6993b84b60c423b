// Options are lettered by where they are shown, not by their ids: a session shuffles each
// question's options (common/option-order.ts), so the option with id "c" may be shown as A.

/** The letter of the option shown at this position: A, B, C, … */
export const letterAt = (index: number): string => String.fromCharCode(65 + index);

/** The shown letters of these options ("A, C"), in the order they are shown; "?" for an unknown id. */
export function lettersOf(options: readonly { id: string }[], ids: readonly string[]): string {
  const positions = ids.map((id) => options.findIndex((o) => o.id === id)).sort((a, b) => a - b);
  return positions.map((i) => (i < 0 ? '?' : letterAt(i))).join(', ');
}
