// Pure shaping of the stats overview for the charts: weekly pivots, the calendar grid and number
// formatting. No React here, so the date arithmetic can be unit tested.
import { DOMAINS, type DomainId } from '@common/content-schema';
import type { StatsOverview, TopicTrend } from '@common/contract';
import { addDays, dayKey, daysBetween, parseDay } from '@common/dates';

/** A share (0..1) as a whole percentage; null stays null. */
export const toPercent = (share: number | null | undefined): number | null =>
  share === null || share === undefined ? null : Math.round(share * 100);

export const formatPercent = (share: number | null | undefined): string => {
  const p = toPercent(share);
  return p === null ? '—' : `${p}%`;
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

// The charts' callers take the day helpers from here, with the rest of the stats shaping.
export { addDays, dayKey, parseDay };

/** "Mar 4" style label for a YYYY-MM-DD day. */
export const shortDay = (day: string) => parseDay(day).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/**
 * The Monday that starts a SQLite `%Y-W%W` week (weeks start on Monday; week 00 holds the days
 * before the year's first Monday). Week 00 and the previous year's last week share a Monday, so
 * keying by it joins the week that straddles New Year.
 */
export function weekStart(week: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2]);
  const jan1 = new Date(year, 0, 1, 12);
  const toFirstMonday = (8 - jan1.getDay()) % 7;
  return dayKey(new Date(year, 0, 1 + toFirstMonday + (n - 1) * 7, 12));
}

export interface WeekPoint {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  /** Accuracy in whole percent per domain; missing when the domain had no answers that week. */
  accuracy: Partial<Record<DomainId, number>>;
  attempts: Partial<Record<DomainId, number>>;
}

/** One point per week, oldest first, with each domain's accuracy that week. */
export function weeklyAccuracy(weekly: StatsOverview['weekly']): WeekPoint[] {
  const byWeek = new Map<string, Map<DomainId, { attempts: number; correct: number }>>();
  for (const row of weekly) {
    const start = weekStart(row.week);
    if (!start || row.attempts <= 0) continue;
    const domains = byWeek.get(start) ?? new Map<DomainId, { attempts: number; correct: number }>();
    const sum = domains.get(row.domain) ?? { attempts: 0, correct: 0 };
    sum.attempts += row.attempts;
    sum.correct += row.correct;
    domains.set(row.domain, sum);
    byWeek.set(start, domains);
  }
  return [...byWeek.keys()].sort().map((week) => {
    const point: WeekPoint = { week, accuracy: {}, attempts: {} };
    for (const [domain, sum] of byWeek.get(week) ?? []) {
      point.accuracy[domain] = Math.round((sum.correct / sum.attempts) * 100);
      point.attempts[domain] = sum.attempts;
    }
    return point;
  });
}

export interface TopicWeekPoint {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  /** The topic's accuracy that week in whole percent, and how many answers it rests on. */
  topic: number;
  answers: number;
  /** The whole domain's accuracy the same week, for comparison; missing without data. */
  domain?: number;
}

/** The weeks a topic was practised, oldest first, beside its domain's accuracy those weeks. */
export function topicWeeklyAccuracy(weeks: TopicTrend['weeks'], domainWeeks: WeekPoint[], domain: DomainId): TopicWeekPoint[] {
  const domainByWeek = new Map(domainWeeks.map((p) => [p.week, p.accuracy[domain]]));
  // The topic's weeks are bucketed exactly like a domain's, so reuse that pivot.
  return weeklyAccuracy(weeks.map((w) => ({ ...w, domain }))).flatMap((p) => {
    const topic = p.accuracy[domain];
    const answers = p.attempts[domain];
    return topic === undefined || answers === undefined ? [] : [{ week: p.week, topic, answers, domain: domainByWeek.get(p.week) }];
  });
}

/** Domains that appear in at least one week, in exam order. */
export const domainsWithData = (points: WeekPoint[]): DomainId[] => DOMAINS.filter((d) => points.some((p) => p.accuracy[d] !== undefined));

export interface CalendarCell {
  day: string;
  attempts: number;
  /** 0 = nothing that day, 1..4 = quarters of the busiest day. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Week column, 0 = oldest. */
  col: number;
  /** Weekday row, 0 = Sunday. */
  row: number;
}

export interface CalendarGrid {
  cells: CalendarCell[];
  /** Month names over the column where each month begins. */
  months: { col: number; label: string }[];
  weeks: number;
  total: number;
  activeDays: number;
  max: number;
}

export const CALENDAR_DAYS = 365;

export function heatLevel(attempts: number, max: number): CalendarCell['level'] {
  if (attempts <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((attempts / max) * 4))) as CalendarCell['level'];
}

/** The last 365 days ending today, laid out GitHub-style: a column per week, Sunday on top. */
export function calendarGrid(calendar: StatsOverview['calendar'], today: Date): CalendarGrid {
  const counts = new Map(calendar.map((c) => [c.day, c.attempts]));
  const end = new Date(today.getFullYear(), today.getMonth(), today.getDate(), 12);
  const start = addDays(end, -(CALENDAR_DAYS - 1));
  const firstSunday = addDays(start, -start.getDay());
  const days = Array.from({ length: CALENDAR_DAYS }, (_, i) => addDays(start, i));
  const inRange = days.map((d) => counts.get(dayKey(d)) ?? 0);
  const max = Math.max(0, ...inRange);
  const cells = days.map((date, i): CalendarCell => {
    const attempts = inRange[i] ?? 0;
    return {
      day: dayKey(date),
      attempts,
      level: heatLevel(attempts, max),
      col: Math.floor(daysBetween(firstSunday, date) / 7),
      row: date.getDay(),
    };
  });
  const weeks = (cells.at(-1)?.col ?? 0) + 1;

  const months: CalendarGrid['months'] = [];
  let lastMonth = -1;
  for (const cell of cells) {
    const date = parseDay(cell.day);
    if (date.getMonth() === lastMonth) continue;
    lastMonth = date.getMonth();
    // Label the first column that is wholly in the month (or the first column of the grid).
    const col = cell.row === 0 || cell.col === 0 ? cell.col : cell.col + 1;
    if (col < weeks) months.push({ col, label: date.toLocaleDateString(undefined, { month: 'short' }) });
  }
  // Drop a label that would collide with the next one (a month that only just started the grid).
  const spaced = months.filter((m, i) => {
    const next = months[i + 1];
    return !next || next.col - m.col >= 3;
  });

  return {
    cells,
    months: spaced,
    weeks,
    total: inRange.reduce((s, n) => s + n, 0),
    activeDays: inRange.filter((n) => n > 0).length,
    max,
  };
}

export interface ForecastPoint {
  day: string;
  label: string;
  count: number;
}

export const forecastSeries = (forecast: { day: string; count: number }[]): ForecastPoint[] =>
  forecast.map((f, i) => ({ day: f.day, label: i === 0 ? 'Today' : shortDay(f.day), count: f.count }));
