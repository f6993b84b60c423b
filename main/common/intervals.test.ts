import { describe, expect, it } from 'vitest';
import { formatInterval } from './intervals';

describe('formatInterval', () => {
  it('writes the wait as Anki does on its grade buttons', () => {
    const at = (ms: number) => formatInterval(0, ms);
    expect(at(10 * 60_000)).toBe('10 m');
    expect(at(5_000)).toBe('1 m');
    expect(at(5 * 3_600_000)).toBe('5 h');
    expect(at(3 * 86_400_000)).toBe('3 d');
    expect(at(62 * 86_400_000)).toBe('2 mo');
    expect(at(548 * 86_400_000)).toBe('1.5 y');
    expect(formatInterval(1000, 0)).toBe('1 m');
  });

  it('names the unit after rounding: a day less a few seconds is 1 d, an hour less a few seconds 1 h', () => {
    const at = (ms: number) => formatInterval(0, ms);
    expect(at(86_400_000 - 3_000)).toBe('1 d');
    expect(at(86_400_000 - 20 * 60_000)).toBe('1 d');
    expect(at(86_400_000 - 2 * 3_600_000)).toBe('22 h');
    expect(at(3_600_000 - 10_000)).toBe('1 h');
    expect(at(59 * 60_000)).toBe('59 m');
    expect(at(30 * 86_400_000 - 3_000)).toBe('1 mo');
  });
});
