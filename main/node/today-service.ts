// The Today view: what to do now. Due reviews, the weakest domain, what to read next, a diagram
// not drilled yet, the last mock and any exam or practice in progress, from the stats and the small tables.
import type { DiagramSpec } from '../common/content-schema';
import { DOMAIN_INFO } from '../common/content-schema';
import type { TodaySummary } from '../common/contract';
import { cardDiagramId } from './card-id';
import type { ContentIndex } from './content';
import type { Db } from './database';
import type { ExamService } from './exam-service';
import type { QuizService } from './quiz-service';
import { readNext } from './read-next';
import { daysUntilExam } from './review-scheduler';
import type { SettingsService } from './settings-service';
import type { StatsService } from './stats-service';
import { hasAnyAttempt, totalsByTopic } from './store/attempt-totals';
import { diagramCardIds } from './store/review-cards';
import { topicStatuses } from './store/topic-progress';

export class TodayService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly settings: SettingsService,
    private readonly stats: StatsService,
    private readonly exams: ExamService,
    private readonly quiz: QuizService,
  ) {}

  summary(now = new Date()): TodaySummary {
    const { examDate } = this.settings.get();
    const review = this.stats.reviewSummary(now);
    const readiness = this.stats.readiness(now);
    const progress = [...topicStatuses(this.db)].filter(([, status]) => status !== 'new');
    const read = new Set(progress.map(([topic]) => topic));
    // The weakest domain: lowest readiness among domains with activity, else the heaviest unread one.
    const scored = readiness.filter((r) => r.readiness !== null).sort((a, b) => (a.readiness ?? 0) - (b.readiness ?? 0));
    const unreadByWeight = [...DOMAIN_INFO]
      .sort((a, b) => b.weight - a.weight)
      .find((d) => this.content.topics.some((t) => t.domain === d.id && !read.has(t.id)));
    const weakestDomain = scored[0]?.domain ?? unreadByWeight?.id ?? null;
    const nextTopics = readNext({
      topics: this.content.topics.flatMap((t) => {
        const note = this.content.notes.get(t.id);
        return note ? [{ id: t.id, title: t.title, domain: t.domain, retired: note.meta.retired === true }] : [];
      }),
      read,
      confident: new Set(progress.filter(([, status]) => status === 'confident').map(([topic]) => topic)),
      answered: totalsByTopic(this.db),
    });
    const drilled = new Set(diagramCardIds(this.db).map(cardDiagramId));
    const diagrams = [...this.content.diagrams.values()];
    const diagram: DiagramSpec | undefined =
      diagrams.find((d) => d.domain === weakestDomain && !drilled.has(d.id)) ?? diagrams.find((d) => !drilled.has(d.id)) ?? diagrams[0];
    const open = this.exams.current();
    const openQuiz = this.quiz.current();
    return {
      examDate,
      daysToExam: examDate ? (daysUntilExam(examDate, now) ?? null) : null,
      due: review.dueToday,
      weakestDomain,
      nextTopics,
      diagram: diagram ? { id: diagram.id, title: diagram.title } : null,
      lastMock: this.stats.mockResults().at(-1) ?? null,
      openExam: open
        ? {
            sessionId: open.sessionId,
            answered: open.answers.filter((a) => a.chosen.length > 0).length,
            total: open.questions.length,
            timeLeftMs: open.timeLimitMs - open.timeUsedMs,
          }
        : null,
      openQuiz: openQuiz
        ? { sessionId: openQuiz.sessionId, mode: openQuiz.mode, answered: openQuiz.answers.length, total: openQuiz.questions.length }
        : null,
      hasActivity: hasAnyAttempt(this.db),
    };
  }
}
