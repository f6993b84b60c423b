// Calendar days for the stats, the review forecast and the Today view, on both sides of the API.
// Days are the learner's local YYYY-MM-DD; arithmetic on them goes through local noon, so that a
// daylight-saving change (a 23- or 25-hour day) never moves a date onto the wrong day.
export const DAY_MS = 86_400_000;

/** The local calendar day of a moment, as YYYY-MM-DD (the key the stats tables use). */
export function dayKey(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A YYYY-MM-DD day at local noon. */
export function parseDay(day: string): Date {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d, 12);
}

/** The local noon `n` calendar days after `date`'s day (before it when `n` is negative). */
export const addDays = (date: Date, n: number): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + n, 12);

/** The YYYY-MM-DD day `n` days after `day`. */
export const shiftDay = (day: string, n: number): string => dayKey(addDays(parseDay(day), n));

/** Whole calendar days from `from` to `to`, both taken at the same time of day (such as noon). */
export const daysBetween = (from: Date, to: Date): number => Math.round((to.getTime() - from.getTime()) / DAY_MS);
