import { describe, expect, it } from 'vitest';
import { addDays, DAY_MS, dayKey, daysBetween, parseDay, shiftDay } from './dates';

describe('dates', () => {
  it('keys a moment by its local day', () => {
    expect(dayKey(new Date(2026, 0, 5, 0, 1))).toBe('2026-01-05');
    expect(dayKey(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('parses a day to local noon and back', () => {
    const noon = parseDay('2026-03-08');
    expect([noon.getFullYear(), noon.getMonth(), noon.getDate(), noon.getHours()]).toEqual([2026, 2, 8, 12]);
    expect(dayKey(noon)).toBe('2026-03-08');
  });

  it('shifts days across month, year and leap-day boundaries', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2028-03-01', -1)).toBe('2028-02-29');
    expect(shiftDay('2026-01-10', -364)).toBe('2025-01-11');
    expect(dayKey(addDays(new Date(2026, 0, 31, 23), 1))).toBe('2026-02-01');
  });

  it('counts whole days between two noons, a daylight-saving change included', () => {
    expect(daysBetween(parseDay('2026-03-01'), parseDay('2026-04-01'))).toBe(31);
    expect(daysBetween(parseDay('2026-11-10'), parseDay('2026-10-20'))).toBe(-21);
    expect(DAY_MS).toBe(24 * 3_600_000);
  });
});
