// The only SQL on topic_progress: the learner's status per course topic (new, read, confident).
import type { TopicStatus } from '../../common/contract';
import type { Db } from '../database';

/** Every topic with a stored status; a topic without one is 'new'. */
export function topicStatuses(db: Db): Map<string, TopicStatus> {
  const rows = db.prepare('SELECT topic_id, status FROM topic_progress').all() as { topic_id: string; status: TopicStatus }[];
  return new Map(rows.map((r) => [r.topic_id, r.status]));
}

export function setTopicStatus(db: Db, topicId: string, status: TopicStatus, at: string): void {
  db.prepare(
    `INSERT INTO topic_progress (topic_id, status, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (topic_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
  ).run(topicId, status, at);
}
