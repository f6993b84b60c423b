// The exam-date promise: "every card comes back before the exam" holds for cards scheduled before
// the date was set or moved, not only for reviews made afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../common/dates';
import type { ReviewRating } from '../common/review-rating';
import { createDispatcher, createHandlers } from './api-handlers';
import type { AppServices } from './app-services';
import { fakePlatform, makeServices } from './testing';

const opened: AppServices[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

const RATINGS: ReviewRating[] = ['again', 'hard', 'good', 'easy', 'easy', 'good'];
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** A profile with one card per rating, reviewed a moment ago, and the API to change settings. */
function profile(examDate?: string) {
  const services = makeServices();
  opened.push(services);
  const dispatch = createDispatcher(createHandlers(services, fakePlatform()));
  const setExamDate = async (date: string | null) => {
    const reply = await dispatch('settings.update', { examDate: date });
    expect(reply).toMatchObject({ ok: true });
  };
  return { services, setExamDate, examDate };
}

async function reviewedCards(examDate?: string, now = new Date()) {
  const p = profile(examDate);
  if (examDate) await p.setExamDate(examDate);
  p.services.db
    .prepare("INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES ('s', 'practice', '[]', ?)")
    .run(now.toISOString());
  RATINGS.forEach((rating, i) => {
    const attempt = p.services.db
      .prepare(
        "INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at) VALUES ('s', ?, '[]', 1, 1, 'practice', ?)",
      )
      .run(`q-${i}`, now.toISOString());
    p.services.scheduler.review(
      { cardId: `q-${i}`, kind: 'question', domain: 'D1', topic: 'codebuild' },
      rating,
      rating !== 'again',
      Number(attempt.lastInsertRowid),
      now,
    );
  });
  return p;
}

const dues = (s: AppServices) => RATINGS.map((_, i) => s.scheduler.getCard(`q-${i}`)?.due.getTime() ?? Number.NaN);
const examEnd = (date: string) => new Date(`${date}T23:59:59`).getTime();

describe('setting or moving the exam date reschedules the cards already booked', () => {
  it('brings every card due after an exam date set later back before it', async () => {
    const p = await reviewedCards();
    const free = dues(p.services);
    const exam = dayFromNow(4);
    // Some cards (the easy ones) were booked past that date before it was set.
    expect(free.some((due) => due > examEnd(exam))).toBe(true);
    await p.setExamDate(exam);
    for (const due of dues(p.services)) expect(due).toBeLessThanOrEqual(examEnd(exam) - DAY_MS + 1000);
    // A card already due sooner (the one just failed) keeps its date.
    expect(dues(p.services)[0]).toBe(free[0]);
  });

  it('moving the date earlier pulls every card in again', async () => {
    const p = await reviewedCards(dayFromNow(20));
    const earlier = dayFromNow(3);
    await p.setExamDate(earlier);
    for (const due of dues(p.services)) expect(due).toBeLessThanOrEqual(examEnd(earlier) - DAY_MS + 1000);
  });

  it('moving the date later lets the cards it had pulled in go back to their own intervals', async () => {
    const now = new Date();
    const control = await reviewedCards(undefined, now);
    const p = await reviewedCards(dayFromNow(4), now);
    const capped = dues(p.services);
    await p.setExamDate(dayFromNow(365));
    const after = dues(p.services);
    expect(after).toEqual(dues(control.services));
    // The easy cards were the capped ones: they now come back later than before.
    expect(after[3]).toBeGreaterThan(capped[3] as number);
  });

  it('clearing the date does the same, and leaves untouched cards alone', async () => {
    const now = new Date();
    const control = await reviewedCards(undefined, now);
    const p = await reviewedCards(dayFromNow(4), now);
    await p.setExamDate(null);
    expect(dues(p.services)).toEqual(dues(control.services));
  });

  it('a new date that every card already meets moves nothing', async () => {
    const p = await reviewedCards();
    const before = dues(p.services);
    expect(p.services.scheduler.rescheduleForExamDate(undefined, dayFromNow(900))).toBe(0);
    expect(dues(p.services)).toEqual(before);
  });
});
