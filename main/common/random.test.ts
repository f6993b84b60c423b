import { describe, expect, it } from 'vitest';
import { randomSourceFor, seededRandom } from './random';
import { shuffle } from './shuffle';

describe('seeded random draws', () => {
  it('repeat for the same seed and differ between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('stay in [0, 1) and spread over the range', () => {
    const next = seededRandom(42);
    const values = Array.from({ length: 10_000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = new Array(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]++;
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });

  it('make a shuffle repeatable when a seed is given, and stay random without one', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffle(items, randomSourceFor('123'))).toEqual(shuffle(items, randomSourceFor('123')));
    expect(randomSourceFor(undefined)).toBe(Math.random);
    expect(randomSourceFor('not a number')).toBe(Math.random);
  });
});
