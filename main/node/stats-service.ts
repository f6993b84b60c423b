// What the learner has done and what to do next: stats, the spaced-review queue and the Today
// view. Everything reads the small running-total tables and the review cards, never the raw
// attempts, so it stays fast with a million attempts.
import type { DiagramSpec, DomainId } from '../common/content-schema';
import { DOMAIN_INFO } from '../common/content-schema';
import type { ReviewSummary, StatsOverview, TodaySummary, TopicTrend } from '../common/contract';
import { dayKey, daysBetween, parseDay, shiftDay } from '../common/dates';
import { ApiError } from '../common/result';
import type { ContentIndex } from './content';
import type { Db } from './database';
import type { ExamService } from './exam-service';
import { readNext } from './read-next';
import { daysUntilExam, type ReviewScheduler, recallHorizon } from './review-scheduler';
import type { SettingsService } from './settings-service';

/** Days of history that count as "recent" for readiness. */
const RECENT_DAYS = 30;
const FORECAST_DAYS = 30;

export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly scheduler: ReviewScheduler,
    private readonly settings: SettingsService,
    private readonly exams: ExamService,
  ) {}

  overview(now = new Date()): StatsOverview {
    const today = dayKey(now);
    const totals = this.db
      .prepare(
        'SELECT coalesce(sum(attempts), 0) AS attempts, coalesce(sum(correct), 0) AS correct, count(DISTINCT day) AS days FROM attempt_day_domain',
      )
      .get() as { attempts: number; correct: number; days: number };
    const weekly = this.db
      .prepare(
        `SELECT strftime('%Y-W%W', day) AS week, domain, sum(attempts) AS attempts, sum(correct) AS correct
         FROM attempt_day_domain WHERE day >= ? GROUP BY week, domain ORDER BY week`,
      )
      .all(shiftDay(today, -7 * 26)) as StatsOverview['weekly'];
    const topicRows = this.db.prepare('SELECT topic, domain, attempts, correct FROM attempt_topic').all() as {
      topic: string;
      domain: DomainId;
      attempts: number;
      correct: number;
    }[];
    const titles = new Map(this.content.topics.map((t) => [t.id, t.title]));
    const topics = topicRows.map((r) => ({ ...r, title: titles.get(r.topic) ?? r.topic }));
    const calendar = this.db
      .prepare('SELECT day, sum(attempts) AS attempts FROM attempt_day_domain WHERE day >= ? GROUP BY day ORDER BY day')
      .all(shiftDay(today, -364)) as StatsOverview['calendar'];
    const weakest = topics
      .filter((t) => t.attempts >= 2)
      .map((t) => ({ ...t, accuracy: t.correct / t.attempts }))
      .sort((a, b) => a.accuracy - b.accuracy || b.attempts - a.attempts)
      .slice(0, 10)
      .map((t) => ({
        topic: t.topic,
        title: t.title,
        domain: t.domain,
        accuracy: t.accuracy,
        attempts: t.attempts,
        diagrams: this.diagramsFor(t.topic),
      }));
    return {
      totals,
      weekly,
      topics,
      calendar,
      streak: this.streak(
        calendar.map((c) => c.day),
        today,
      ),
      mocks: this.mocks(),
      readiness: this.readiness(now),
      weakest,
    };
  }

  /** One topic's answers week by week over the last six months, from its running totals. */
  topicTrend(topicId: string, now = new Date()): TopicTrend {
    const topic = this.content.topics.find((t) => t.id === topicId);
    if (!topic) throw new ApiError('not_found', `There is no course topic "${topicId}".`);
    const weeks = this.db
      .prepare(
        `SELECT week, attempts, correct FROM attempt_week_topic
         WHERE topic = ? AND week >= strftime('%Y-W%W', ?) ORDER BY week`,
      )
      .all(topicId, shiftDay(dayKey(now), -7 * 26)) as TopicTrend['weeks'];
    return { topic: topic.id, title: topic.title, domain: topic.domain, weeks };
  }

  reviewSummary(now = new Date()): ReviewSummary {
    const endOfToday = new Date(`${dayKey(now)}T23:59:59.999`);
    const cards = this.db.prepare('SELECT card_id, kind, due FROM review_cards').all() as {
      card_id: string;
      kind: 'question' | 'diagram';
      due: string;
    }[];
    const today = dayKey(now);
    const forecast = Array.from({ length: FORECAST_DAYS }, (_, i) => ({ day: shiftDay(today, i), count: 0 }));
    let dueNow = 0;
    const dueToday = { questions: 0, diagramNodes: 0 };
    const dueNodes = new Map<string, string[]>();
    for (const card of cards) {
      const due = new Date(card.due);
      if (due <= now) dueNow++;
      if (due <= endOfToday) {
        if (card.kind === 'question') dueToday.questions++;
        else {
          dueToday.diagramNodes++;
          const [diagramId = '', nodeId = ''] = card.card_id.split('#');
          dueNodes.set(diagramId, [...(dueNodes.get(diagramId) ?? []), nodeId]);
        }
      }
      const offset = Math.max(0, daysBetween(parseDay(today), parseDay(dayKey(due))));
      const slot = forecast[offset];
      if (slot) slot.count++;
    }
    return {
      totalCards: cards.length,
      dueNow,
      dueToday,
      forecast,
      dueDiagrams: [...dueNodes].map(([diagramId, nodeIds]) => ({
        diagramId,
        title: this.content.diagrams.get(diagramId)?.title ?? diagramId,
        nodeIds,
      })),
    };
  }

  today(now = new Date()): TodaySummary {
    const { examDate } = this.settings.get();
    const review = this.reviewSummary(now);
    const readiness = this.readiness(now);
    const progress = this.db.prepare("SELECT topic_id, status FROM topic_progress WHERE status != 'new'").all() as {
      topic_id: string;
      status: string;
    }[];
    const read = new Set(progress.map((r) => r.topic_id));
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
      confident: new Set(progress.filter((r) => r.status === 'confident').map((r) => r.topic_id)),
      answered: new Map(
        (
          this.db.prepare('SELECT topic, sum(attempts) AS attempts, sum(correct) AS correct FROM attempt_topic GROUP BY topic').all() as {
            topic: string;
            attempts: number;
            correct: number;
          }[]
        ).map((r) => [r.topic, r]),
      ),
    });
    const drilled = new Set(
      (
        this.db
          .prepare("SELECT DISTINCT substr(card_id, 1, instr(card_id, '#') - 1) AS d FROM review_cards WHERE kind = 'diagram'")
          .all() as { d: string }[]
      ).map((r) => r.d),
    );
    const diagrams = [...this.content.diagrams.values()];
    const diagram: DiagramSpec | undefined =
      diagrams.find((d) => d.domain === weakestDomain && !drilled.has(d.id)) ?? diagrams.find((d) => !drilled.has(d.id)) ?? diagrams[0];
    const mocks = this.mocks();
    const open = this.exams.current();
    const hasActivity = (this.db.prepare('SELECT EXISTS (SELECT 1 FROM attempt_topic) AS any').get() as { any: number }).any === 1;
    return {
      examDate,
      daysToExam: examDate ? (daysUntilExam(examDate, now) ?? null) : null,
      due: review.dueToday,
      weakestDomain,
      nextTopics,
      diagram: diagram ? { id: diagram.id, title: diagram.title } : null,
      lastMock: mocks.at(-1) ?? null,
      openExam: open
        ? {
            sessionId: open.sessionId,
            answered: open.answers.filter((a) => a.chosen.length > 0).length,
            total: open.questions.length,
            timeLeftMs: open.timeLimitMs - open.timeUsedMs,
          }
        : null,
      hasActivity,
    };
  }

  private mocks(): StatsOverview['mocks'] {
    return (
      this.db
        .prepare(
          "SELECT id, submitted_at, result FROM quiz_sessions WHERE mode = 'mock' AND submitted_at IS NOT NULL ORDER BY submitted_at",
        )
        .all() as { id: string; submitted_at: string; result: string }[]
    ).map((r) => {
      const result = JSON.parse(r.result) as { scaledScore: number; passed: boolean };
      return { sessionId: r.id, submittedAt: r.submitted_at, scaledScore: result.scaledScore, passed: result.passed };
    });
  }

  /** Per domain: recent accuracy, mean recall probability of its cards, and their average. */
  private readiness(now: Date): StatsOverview['readiness'] {
    const recent = new Map(
      (
        this.db
          .prepare(
            'SELECT domain, sum(attempts) AS attempts, sum(correct) AS correct FROM attempt_day_domain WHERE day >= ? GROUP BY domain',
          )
          .all(shiftDay(dayKey(now), -RECENT_DAYS)) as { domain: DomainId; attempts: number; correct: number }[]
      ).map((r) => [r.domain, r.correct / r.attempts]),
    );
    const recall = new Map<string, { sum: number; n: number }>();
    const horizon = recallHorizon(this.settings.get().examDate ?? undefined, now);
    for (const { domain, card } of this.scheduler.allCards()) {
      const entry = recall.get(domain) ?? { sum: 0, n: 0 };
      entry.sum += this.scheduler.retrievability(card, horizon);
      entry.n++;
      recall.set(domain, entry);
    }
    return DOMAIN_INFO.map((d) => {
      const accuracy = recent.get(d.id) ?? null;
      const r = recall.get(d.id);
      const retrievability = r ? r.sum / r.n : null;
      const parts = [accuracy, retrievability].filter((x): x is number => x !== null);
      return {
        domain: d.id,
        recentAccuracy: accuracy,
        retrievability,
        readiness: parts.length ? parts.reduce((s, x) => s + x, 0) / parts.length : null,
      };
    });
  }

  private streak(days: string[], today: string): { current: number; longest: number } {
    const set = new Set(days);
    let current = 0;
    // A streak is still alive today if yesterday counted and today has no activity yet.
    let cursor = set.has(today) ? today : shiftDay(today, -1);
    while (set.has(cursor)) {
      current++;
      cursor = shiftDay(cursor, -1);
    }
    let longest = 0;
    let run = 0;
    let previous: string | undefined;
    for (const day of [...set].sort()) {
      run = previous && shiftDay(previous, 1) === day ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = day;
    }
    return { current, longest };
  }

  private diagramsFor(topic: string): { id: string; title: string; nodeId: string }[] {
    const out: { id: string; title: string; nodeId: string }[] = [];
    for (const d of this.content.diagrams.values()) {
      const node = d.nodes.find((n) => n.topics.includes(topic));
      if (node) out.push({ id: d.id, title: d.title, nodeId: node.id });
    }
    return out.slice(0, 2);
  }
}
