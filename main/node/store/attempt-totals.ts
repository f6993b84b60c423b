// The only SQL on the running-total tables (attempt_day_domain, attempt_topic, attempt_week_topic).
// Triggers on quiz_attempts fill them (migrations.ts); stats and the Today view read them, so
// neither ever scans the raw attempts.
import type { DomainId } from '../../common/content-schema';
import type { Db } from '../database';

export interface Tally {
  attempts: number;
  correct: number;
}

export function overallTotals(db: Db): Tally & { days: number } {
  return db
    .prepare(
      'SELECT coalesce(sum(attempts), 0) AS attempts, coalesce(sum(correct), 0) AS correct, count(DISTINCT day) AS days FROM attempt_day_domain',
    )
    .get() as Tally & { days: number };
}

/** Per week (SQLite's %Y-W%W) and domain, from `sinceDay` (YYYY-MM-DD) on. */
export function weeklyByDomain(db: Db, sinceDay: string): ({ week: string; domain: DomainId } & Tally)[] {
  return db
    .prepare(
      `SELECT strftime('%Y-W%W', day) AS week, domain, sum(attempts) AS attempts, sum(correct) AS correct
       FROM attempt_day_domain WHERE day >= ? GROUP BY week, domain ORDER BY week`,
    )
    .all(sinceDay) as ({ week: string; domain: DomainId } & Tally)[];
}

/** Attempts per local day from `sinceDay` on, oldest first. */
export function attemptsPerDay(db: Db, sinceDay: string): { day: string; attempts: number }[] {
  return db
    .prepare('SELECT day, sum(attempts) AS attempts FROM attempt_day_domain WHERE day >= ? GROUP BY day ORDER BY day')
    .all(sinceDay) as { day: string; attempts: number }[];
}

/** Per domain, from `sinceDay` on (domains without answers are absent). */
export function totalsByDomainSince(db: Db, sinceDay: string): ({ domain: DomainId } & Tally)[] {
  return db
    .prepare('SELECT domain, sum(attempts) AS attempts, sum(correct) AS correct FROM attempt_day_domain WHERE day >= ? GROUP BY domain')
    .all(sinceDay) as ({ domain: DomainId } & Tally)[];
}

/** Per topic and domain, all time. */
export function topicTotals(db: Db): ({ topic: string; domain: DomainId } & Tally)[] {
  return db.prepare('SELECT topic, domain, attempts, correct FROM attempt_topic').all() as ({ topic: string; domain: DomainId } & Tally)[];
}

/** Per topic over all its domains, all time. */
export function totalsByTopic(db: Db): Map<string, { topic: string } & Tally> {
  const rows = db.prepare('SELECT topic, sum(attempts) AS attempts, sum(correct) AS correct FROM attempt_topic GROUP BY topic').all() as ({
    topic: string;
  } & Tally)[];
  return new Map(rows.map((r) => [r.topic, r]));
}

export function hasAnyAttempt(db: Db): boolean {
  return (db.prepare('SELECT EXISTS (SELECT 1 FROM attempt_topic) AS any').get() as { any: number }).any === 1;
}

/** One topic week by week, from the week of `sinceDay` on. */
export function topicWeeks(db: Db, topicId: string, sinceDay: string): ({ week: string } & Tally)[] {
  return db
    .prepare(
      `SELECT week, attempts, correct FROM attempt_week_topic
       WHERE topic = ? AND week >= strftime('%Y-W%W', ?) ORDER BY week`,
    )
    .all(topicId, sinceDay) as ({ week: string } & Tally)[];
}
