import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DAYS,
  calendarGrid,
  dayKey,
  formatPercent,
  heatLevel,
  topicWeeklyAccuracy,
  weeklyAccuracy,
  weekStart,
} from './stats-data';

describe('weekStart', () => {
  it('maps SQLite %W weeks to their Monday', () => {
    // 2025-01-01 is a Wednesday: week 00 is Jan 1-5, week 01 starts Monday Jan 6.
    expect(weekStart('2025-W01')).toBe('2025-01-06');
    expect(weekStart('2025-W52')).toBe('2025-12-29');
    // 2026-01-01 is a Thursday: its week 00 is the tail of the week that began 2025-12-29.
    expect(weekStart('2026-W00')).toBe('2025-12-29');
    // 2024-01-01 is a Monday: week 01 starts that day.
    expect(weekStart('2024-W01')).toBe('2024-01-01');
    expect(weekStart('nonsense')).toBeNull();
  });
});

describe('weeklyAccuracy', () => {
  it('pivots by week, joins the week split by New Year and keeps gaps', () => {
    const points = weeklyAccuracy([
      { week: '2025-W52', domain: 'D1', attempts: 4, correct: 1 },
      { week: '2026-W00', domain: 'D1', attempts: 4, correct: 3 },
      { week: '2026-W00', domain: 'D2', attempts: 3, correct: 3 },
      { week: '2026-W01', domain: 'D2', attempts: 2, correct: 1 },
    ]);
    expect(points).toEqual([
      { week: '2025-12-29', accuracy: { D1: 50, D2: 100 }, attempts: { D1: 8, D2: 3 } },
      { week: '2026-01-05', accuracy: { D2: 50 }, attempts: { D2: 2 } },
    ]);
  });
});

describe('topicWeeklyAccuracy', () => {
  it("puts a topic's weeks beside its domain's, joining the New Year week", () => {
    const domainWeeks = weeklyAccuracy([
      { week: '2025-W52', domain: 'D1', attempts: 10, correct: 6 },
      { week: '2026-W00', domain: 'D1', attempts: 10, correct: 8 },
      { week: '2026-W03', domain: 'D2', attempts: 5, correct: 5 },
    ]);
    const points = topicWeeklyAccuracy(
      [
        { week: '2025-W52', attempts: 2, correct: 0 },
        { week: '2026-W00', attempts: 2, correct: 1 },
        { week: '2026-W03', attempts: 4, correct: 3 },
      ],
      domainWeeks,
      'D1',
    );
    expect(points).toEqual([
      { week: '2025-12-29', topic: 25, answers: 4, domain: 70 },
      { week: '2026-01-19', topic: 75, answers: 4, domain: undefined },
    ]);
  });
});

describe('calendarGrid', () => {
  it('lays out the last 365 days in 53 week columns ending today', () => {
    const today = new Date(2026, 2, 18, 9); // a Wednesday
    const grid = calendarGrid(
      [
        { day: dayKey(today), attempts: 8 },
        { day: '2026-03-01', attempts: 2 },
        { day: '2024-01-01', attempts: 50 }, // outside the window
      ],
      today,
    );
    expect(grid.cells).toHaveLength(CALENDAR_DAYS);
    expect(grid.weeks).toBe(53);
    const last = grid.cells.at(-1);
    expect(last).toMatchObject({ day: '2026-03-18', attempts: 8, level: 4, col: 52, row: 3 });
    expect(grid.cells[0]).toMatchObject({ day: '2025-03-19', col: 0, row: 3, level: 0 });
    expect(grid.cells.find((c) => c.day === '2026-03-01')).toMatchObject({ attempts: 2, level: 1, row: 0 });
    expect(grid.total).toBe(10);
    expect(grid.activeDays).toBe(2);
    expect(new Set(grid.cells.map((c) => `${c.col}/${c.row}`)).size).toBe(CALENDAR_DAYS);
    const cols = grid.months.map((m) => m.col);
    expect(cols).toEqual([...cols].sort((a, b) => a - b));
    expect(cols.every((c, i) => i === 0 || c - (cols[i - 1] ?? 0) >= 3)).toBe(true);
  });

  it('scales levels to the busiest day', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(5, 10)).toBe(2);
    expect(heatLevel(10, 10)).toBe(4);
  });
});

describe('formatPercent', () => {
  it('rounds shares and marks missing data', () => {
    expect(formatPercent(0.666)).toBe('67%');
    expect(formatPercent(null)).toBe('—');
  });
});
