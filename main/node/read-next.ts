// What Today suggests reading next. The learner's weak topics come first (lowest accuracy among
// topics they have answered), then unread topics from the domains that weigh most in the exam.
// A topic about a retired service (CodeStar, OpsWorks) is never suggested before a live one:
// the exam no longer asks much about it, and a new learner should not start there.
import { DOMAIN_INFO, type DomainId } from '../common/content-schema';

export interface ReadNextTopic {
  id: string;
  title: string;
  domain: DomainId;
  retired: boolean;
}

export interface ReadNextInput {
  /** Topics with a note, in course order. */
  topics: readonly ReadNextTopic[];
  /** Topics marked read or confident. */
  read: ReadonlySet<string>;
  /** Topics the learner is confident in: not suggested again even when answers were weak. */
  confident: ReadonlySet<string>;
  /** Answers per topic. */
  answered: ReadonlyMap<string, { attempts: number; correct: number }>;
}

export interface ReadNextSuggestion {
  id: string;
  title: string;
  domain: DomainId;
  /** Share of questions answered right, when the topic is suggested for being weak. */
  accuracy: number | null;
}

/** Below this share of right answers a topic counts as weak, whether read or not. */
export const WEAK_ACCURACY = 0.7;

const WEIGHT = new Map(DOMAIN_INFO.map((d) => [d.id, d.weight]));

export function readNext(input: ReadNextInput, limit = 3): ReadNextSuggestion[] {
  const courseOrder = new Map(input.topics.map((t, i) => [t.id, i]));
  const accuracyOf = (id: string) => {
    const a = input.answered.get(id);
    return a && a.attempts > 0 ? a.correct / a.attempts : null;
  };
  const candidates = input.topics
    .map((t) => {
      const accuracy = accuracyOf(t.id);
      const weak = accuracy !== null && accuracy < WEAK_ACCURACY && !input.confident.has(t.id);
      return { topic: t, accuracy: weak ? accuracy : null, weak };
    })
    .filter((c) => c.weak || !(input.read.has(c.topic.id) || input.confident.has(c.topic.id)));
  candidates.sort(
    (a, b) =>
      Number(a.topic.retired) - Number(b.topic.retired) ||
      Number(b.weak) - Number(a.weak) ||
      (a.accuracy ?? 0) - (b.accuracy ?? 0) ||
      (WEIGHT.get(b.topic.domain) ?? 0) - (WEIGHT.get(a.topic.domain) ?? 0) ||
      (courseOrder.get(a.topic.id) ?? 0) - (courseOrder.get(b.topic.id) ?? 0),
  );
  return candidates.slice(0, limit).map(({ topic, accuracy }) => ({ id: topic.id, title: topic.title, domain: topic.domain, accuracy }));
}
