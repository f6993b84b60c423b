// The one way an answer is stored: the attempt row (committed at once), its daily aggregate (by
// trigger) and its spaced-review card, all in one transaction, so history and review never disagree.
import { type ReviewRating, ratingFromAnswer } from '../common/review-rating';
import type { Db } from './database';
import type { ReviewScheduler } from './review-scheduler';
import { insertAttempt } from './store/quiz-attempts';

export interface AttemptInput {
  sessionId: string;
  /** Question id, or diagram#node for drills. */
  cardId: string;
  kind: 'question' | 'diagram';
  format: 'single' | 'multi' | 'diagram';
  domain: string;
  topic: string;
  chosen: string[];
  correct: boolean;
  timeMs: number;
  mode: string;
  /** The question's wording when answered (question-version.ts); drills have none. */
  questionVersion?: string;
  /** Review sessions pass the learner's own rating; otherwise it comes from correctness and time. */
  rating?: ReviewRating;
}

export class AttemptRecorder {
  constructor(
    private readonly db: Db,
    private readonly scheduler: ReviewScheduler,
  ) {}

  record(input: AttemptInput, now = new Date()): { attemptId: number; rating: ReviewRating } {
    const rating = input.rating ?? ratingFromAnswer(input.correct, input.timeMs, input.format);
    return this.db.transaction(() => {
      const attemptId = insertAttempt(this.db, {
        sessionId: input.sessionId,
        questionId: input.cardId,
        chosen: input.chosen,
        correct: input.correct,
        timeMs: input.timeMs,
        mode: input.mode,
        answeredAt: now.toISOString(),
        domain: input.domain,
        topic: input.topic,
        questionVersion: input.questionVersion ?? null,
      });
      this.scheduler.review(
        { cardId: input.cardId, kind: input.kind, domain: input.domain, topic: input.topic },
        rating,
        input.correct,
        attemptId,
        now,
      );
      return { attemptId, rating };
    })();
  }

  /**
   * When the card an answer reviewed would come back after each grade, from the card as it was
   * before the answer (as for a new card when the review log does not have the attempt).
   */
  nextDue(attemptId: number, now = new Date()): Record<ReviewRating, string> {
    return this.scheduler.previewAttempt(attemptId, now) ?? this.scheduler.preview(undefined, now);
  }
}
