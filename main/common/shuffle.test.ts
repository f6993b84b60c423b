// The shuffle draws practice questions, mock exams and the drill's answer choices: it must keep
// every item exactly once, leave the caller's list alone, and favour no position.
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import { shuffle } from './shuffle';

describe('shuffle', () => {
  it('returns a permutation and leaves the input untouched', () => {
    const items = Object.freeze(['a', 'b', 'c', 'd', 'e', 'f']);
    const out = shuffle(items, seededRandom(3));
    expect(out).not.toBe(items);
    expect([...out].sort()).toEqual([...items]);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffle([], seededRandom(1))).toEqual([]);
    expect(shuffle(['only'], seededRandom(1))).toEqual(['only']);
  });

  it('follows the random source: all-low draws rotate, all-high draws keep the order', () => {
    // j = floor(r * (i + 1)): r → 1 keeps each item in place, r = 0 swaps each with the first.
    expect(shuffle([1, 2, 3, 4], () => 0.999)).toEqual([1, 2, 3, 4]);
    expect(shuffle([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
  });

  it('puts each item in each position about equally often', () => {
    const next = seededRandom(99);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 8_000; i++) {
      const first = shuffle([0, 1, 2, 3], next)[0] ?? -1;
      counts[first] = (counts[first] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(1_800);
  });
});
