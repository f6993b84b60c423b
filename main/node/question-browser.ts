// Every question with the learner's record on it, for the question browser.
import type { QuestionBrowserRow } from '../common/contract';
import type { ContentIndex } from './content';
import type { Db } from './database';
import { flaggedQuestionIds } from './store/question-flags';
import { questionDueDates, questionStats } from './store/question-stats';

export function browseQuestions(db: Db, content: ContentIndex): QuestionBrowserRow[] {
  const stats = questionStats(db);
  const due = questionDueDates(db);
  const flagged = flaggedQuestionIds(db);
  const titles = new Map(content.topics.map((t) => [t.id, t.title]));
  return [...content.questions.values()].map((q) => {
    const s = stats.get(q.id);
    return {
      id: q.id,
      domain: q.domain,
      topics: q.topics.map((id) => ({ id, title: titles.get(id) ?? id })),
      format: q.format,
      difficulty: q.difficulty,
      stem: q.stem,
      attempts: s?.attempts ?? 0,
      correct: s?.correct ?? 0,
      lastAnsweredAt: s?.lastAnsweredAt ?? null,
      lastCorrect: s ? s.lastCorrect : null,
      due: due.get(q.id) ?? null,
      flagged: flagged.has(q.id),
    };
  });
}
