// What the learner has done: stats, readiness and the spaced-review queue (the Today view is
// built from these in today-service.ts). Everything reads the small running-total tables and the
// review cards, never the raw attempts, so it stays fast with a million attempts.
import { DOMAIN_INFO } from '../common/content-schema';
import { READINESS_MIN_ANSWERS, type ReviewSummary, type StatsOverview, type TopicTrend } from '../common/contract';
import { dayKey, daysBetween, parseDay, shiftDay } from '../common/dates';
import { ApiError } from '../common/result';
import { parseCardId } from './card-id';
import type { ContentIndex } from './content';
import type { Db } from './database';
import { type ReviewScheduler, recallHorizon } from './review-scheduler';
import type { SettingsService } from './settings-service';
import { attemptsPerDay, overallTotals, topicTotals, topicWeeks, totalsByDomainSince, weeklyByDomain } from './store/attempt-totals';
import { submittedMocks } from './store/quiz-sessions';
import { cardDueTimes } from './store/review-cards';
import { diagramLinksForTopics } from './topic-diagrams';

/** Days of history that count as "recent" for readiness. */
const RECENT_DAYS = 30;
const FORECAST_DAYS = 30;

export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly content: ContentIndex,
    private readonly scheduler: ReviewScheduler,
    private readonly settings: SettingsService,
  ) {}

  overview(now = new Date()): StatsOverview {
    const today = dayKey(now);
    const totals = overallTotals(this.db);
    const weekly: StatsOverview['weekly'] = weeklyByDomain(this.db, shiftDay(today, -7 * 26));
    const titles = new Map(this.content.topics.map((t) => [t.id, t.title]));
    const topics = topicTotals(this.db).map((r) => ({ ...r, title: titles.get(r.topic) ?? r.topic }));
    const calendar: StatsOverview['calendar'] = attemptsPerDay(this.db, shiftDay(today, -364));
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
        diagrams: diagramLinksForTopics(this.content.diagrams.values(), [t.topic], 2),
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
      mocks: this.mockResults(),
      readiness: this.readiness(now),
      weakest,
    };
  }

  /** One topic's answers week by week over the last six months, from its running totals. */
  topicTrend(topicId: string, now = new Date()): TopicTrend {
    const topic = this.content.topics.find((t) => t.id === topicId);
    if (!topic) throw new ApiError('not_found', `There is no course topic "${topicId}".`);
    const weeks: TopicTrend['weeks'] = topicWeeks(this.db, topicId, shiftDay(dayKey(now), -7 * 26));
    return { topic: topic.id, title: topic.title, domain: topic.domain, weeks };
  }

  reviewSummary(now = new Date()): ReviewSummary {
    const endOfToday = new Date(`${dayKey(now)}T23:59:59.999`);
    const cards = cardDueTimes(this.db);
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
          const ref = parseCardId(card.cardId);
          const [diagramId, nodeId] = ref.kind === 'diagram' ? [ref.diagramId, ref.nodeId] : [card.cardId, ''];
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

  /** Every submitted mock exam's score, oldest first. */
  mockResults(): StatsOverview['mocks'] {
    return submittedMocks(this.db).map((r) => {
      const result = JSON.parse(r.result) as { scaledScore: number; passed: boolean };
      return { sessionId: r.id, submittedAt: r.submittedAt, scaledScore: result.scaledScore, passed: result.passed };
    });
  }

  /** Per domain: recent accuracy, mean recall probability of its cards, and their average. */
  readiness(now: Date): StatsOverview['readiness'] {
    const recent = new Map(totalsByDomainSince(this.db, shiftDay(dayKey(now), -RECENT_DAYS)).map((r) => [r.domain, r]));
    const recall = new Map<string, { sum: number; n: number }>();
    const horizon = recallHorizon(this.settings.get().examDate ?? undefined, now);
    for (const { domain, card } of this.scheduler.allCards()) {
      const entry = recall.get(domain) ?? { sum: 0, n: 0 };
      entry.sum += this.scheduler.retrievability(card, horizon);
      entry.n++;
      recall.set(domain, entry);
    }
    return DOMAIN_INFO.map((d) => {
      const totals = recent.get(d.id);
      const recentAnswers = totals?.attempts ?? 0;
      const accuracy = totals && totals.attempts > 0 ? totals.correct / totals.attempts : null;
      const r = recall.get(d.id);
      const retrievability = r ? r.sum / r.n : null;
      const parts = [accuracy, retrievability].filter((x): x is number => x !== null);
      const enough = recentAnswers >= READINESS_MIN_ANSWERS && parts.length > 0;
      return {
        domain: d.id,
        recentAccuracy: accuracy,
        recentAnswers,
        retrievability,
        readiness: enough ? parts.reduce((s, x) => s + x, 0) / parts.length : null,
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
}
