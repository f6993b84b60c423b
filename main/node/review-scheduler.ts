// Spaced review with FSRS (ts-fsrs). Every answered question and every drilled diagram node is a
// card. Intervals follow the learner's desired retention, and an exam date caps them so that every
// card comes back before the exam.
import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { DAY_MS } from '../common/dates';
import type { ReviewRating } from '../common/review-rating';
import type { Db } from './database';
import {
  allCards,
  type CardKind,
  findCard,
  findReviewLog,
  insertReviewLog,
  type ScheduleColumns,
  saveCard,
  setCardDue,
  setReviewLogRating,
} from './store/review-cards';

export interface ReviewSettings {
  desiredRetention: number;
  /** YYYY-MM-DD, or undefined. */
  examDate?: string;
}

const GRADES: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

export interface CardKey {
  cardId: string;
  kind: CardKind;
  domain: string;
  topic: string;
}

/** Whole days from `now` until the end of the exam day (at least 1). */
export function daysUntilExam(examDate: string | undefined, now: Date): number | undefined {
  if (!examDate) return undefined;
  const end = new Date(`${examDate}T23:59:59`);
  if (Number.isNaN(end.getTime())) return undefined;
  return Math.max(1, Math.floor((end.getTime() - now.getTime()) / DAY_MS));
}

/**
 * When "recall" is measured: a week ahead, or the exam morning if that comes sooner. Measured
 * today, a card answered a minute ago (even wrongly) would count as certain to be remembered.
 */
export const RECALL_HORIZON_DAYS = 7;
export function recallHorizon(examDate: string | undefined, now: Date): Date {
  const inAWeek = new Date(now.getTime() + RECALL_HORIZON_DAYS * DAY_MS);
  const examMorning = examDate ? new Date(`${examDate}T09:00:00`) : undefined;
  return examMorning && !Number.isNaN(examMorning.getTime()) && examMorning > now && examMorning < inAWeek ? examMorning : inAWeek;
}

export function latestReviewBefore(examDate: string | undefined, now: Date): Date | undefined {
  if (!examDate) return undefined;
  const examEnd = new Date(`${examDate}T23:59:59`);
  if (Number.isNaN(examEnd.getTime()) || examEnd <= now) return undefined;
  const dayBefore = new Date(examEnd.getTime() - DAY_MS);
  return dayBefore > now ? dayBefore : examEnd;
}

/** The columns a card's FSRS state is stored in: toCard's inverse. */
export function scheduleColumns(card: Card): ScheduleColumns {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

export function toCard(row: ScheduleColumns): Card {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.last_review ? new Date(row.last_review) : undefined,
  };
}

/** A card as the review log keeps it (JSON, dates as strings), or undefined before its first review. */
function parseCardBefore(json: string | null): Card | undefined {
  if (!json) return undefined;
  const card = JSON.parse(json) as Card;
  card.due = new Date(card.due);
  if (card.last_review) card.last_review = new Date(card.last_review);
  return card;
}

export class ReviewScheduler {
  constructor(
    private readonly db: Db,
    private readonly settings: () => ReviewSettings,
  ) {}

  private scheduler(now: Date) {
    const { desiredRetention, examDate } = this.settings();
    const cap = daysUntilExam(examDate, now);
    return fsrs({ request_retention: desiredRetention, maximum_interval: cap ?? 36_500, enable_fuzz: false });
  }

  getCard(cardId: string): Card | undefined {
    const row = findCard(this.db, cardId);
    return row ? toCard(row) : undefined;
  }

  /** Every card with its domain, in one query (for readiness over all cards). */
  allCards(): { domain: string; card: Card }[] {
    return allCards(this.db).map((row) => ({ domain: row.domain, card: toCard(row) }));
  }

  /** Applies a review; must run inside the caller's transaction, with the attempt it belongs to. */
  review(key: CardKey, rating: ReviewRating, correct: boolean, attemptId: number, now = new Date()): Card {
    const before = this.getCard(key.cardId);
    const next = this.schedule(before, rating, now);
    this.save(key, next, correct);
    insertReviewLog(this.db, attemptId, key.cardId, GRADES[rating], before ? JSON.stringify(before) : null, now.toISOString());
    return next;
  }

  /** The learner changes the rating of a review they just made: replay it from the card before. */
  rerate(attemptId: number, rating: ReviewRating, now = new Date()): Card | undefined {
    const log = findReviewLog(this.db, attemptId);
    const row = log && findCard(this.db, log.card_id);
    if (!log || !row) return undefined;
    const before = parseCardBefore(log.card_before);
    const next = this.schedule(before, rating, now);
    this.save({ cardId: row.card_id, kind: row.kind, domain: row.domain, topic: row.topic }, next, rating !== 'again');
    setReviewLogRating(this.db, attemptId, GRADES[rating]);
    return next;
  }

  /**
   * The exam date was set, moved or cleared: keep the promise that every card comes back before
   * the exam. A card due after the latest review before the new date comes forward to it. A card
   * that the old date had pulled in (due exactly at its cap) goes back to where FSRS would have put
   * it, then under the new cap if there is one. Cards the dates never touched keep their due date.
   * Must run inside the caller's transaction. Returns how many cards moved.
   */
  rescheduleForExamDate(oldExamDate: string | undefined, newExamDate: string | undefined, now = new Date()): number {
    const oldEnd = oldExamDate ? new Date(`${oldExamDate}T23:59:59`).getTime() : Number.NaN;
    const wasCapped = (due: number) => Math.abs(due - oldEnd) < 1000 || Math.abs(due - (oldEnd - DAY_MS)) < 1000;
    const newCap = latestReviewBefore(newExamDate, now);
    const { desiredRetention } = this.settings();
    const uncapped = fsrs({ request_retention: desiredRetention, maximum_interval: 36_500, enable_fuzz: false });
    let moved = 0;
    for (const row of allCards(this.db)) {
      const card = toCard(row);
      let due = card.due;
      if (wasCapped(due.getTime()) && card.state === State.Review && card.last_review) {
        due = new Date(card.last_review.getTime() + uncapped.next_interval(card.stability, 0) * DAY_MS);
      }
      if (newCap && due > newCap) due = newCap;
      if (Math.abs(due.getTime() - card.due.getTime()) < 1000) continue;
      const from = card.last_review ?? now;
      setCardDue(this.db, row.card_id, due.toISOString(), Math.max(0, Math.round((due.getTime() - from.getTime()) / DAY_MS)));
      moved++;
    }
    return moved;
  }

  /** The card after a grade, under the learner's retention and the exam-date cap (nothing saved). */
  nextCard(before: Card | undefined, rating: ReviewRating, now = new Date()): Card {
    return this.schedule(before, rating, now);
  }

  /** When a card would come back after each grade: what the grade buttons show. */
  preview(before: Card | undefined, now = new Date()): Record<ReviewRating, string> {
    const at = (rating: ReviewRating) => this.schedule(before ? { ...before } : undefined, rating, now).due.toISOString();
    return { again: at('again'), hard: at('hard'), good: at('good'), easy: at('easy') };
  }

  /**
   * What each grade would do to the card an answer reviewed, replayed from the card as it was
   * before that answer (as a re-rating does): the grade buttons shown after a question. Undefined
   * for an attempt that reviewed no card.
   */
  previewAttempt(attemptId: number, now = new Date()): Record<ReviewRating, string> | undefined {
    const log = findReviewLog(this.db, attemptId);
    return log ? this.preview(parseCardBefore(log.card_before), now) : undefined;
  }

  retrievability(card: Card, now = new Date()): number {
    return this.scheduler(now).get_retrievability(card, now, false);
  }

  private schedule(before: Card | undefined, rating: ReviewRating, now: Date): Card {
    const card = this.scheduler(now).next(before ?? createEmptyCard(now), now, GRADES[rating]).card;
    // Every card comes back before the exam: by the end of the day before it while that is
    // still ahead, else by the end of the exam day.
    const latest = latestReviewBefore(this.settings().examDate, now);
    if (latest && card.due > latest) {
      card.due = latest;
      card.scheduled_days = Math.max(0, Math.floor((latest.getTime() - now.getTime()) / DAY_MS));
    }
    return card;
  }

  private save(key: CardKey, card: Card, correct: boolean): void {
    saveCard(this.db, {
      card_id: key.cardId,
      kind: key.kind,
      domain: key.domain,
      topic: key.topic,
      ...scheduleColumns(card),
      last_correct: correct ? 1 : 0,
    });
  }
}
