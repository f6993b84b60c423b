import { describe, expect, it } from 'vitest';
import { inDisplayOrder, newOptionSeed } from './option-order';
import { seededRandom } from './random';

const options = ['a', 'b', 'c', 'd'];

describe('option order', () => {
  it('keeps file order for a session without a seed (shown before shuffling existed)', () => {
    expect(inDisplayOrder(options, null, 'q-1')).toEqual(options);
  });

  it('gives the same order for the same seed and question, and a permutation of the options', () => {
    const order = inDisplayOrder(options, 1234, 'd1-codebuild-2');
    expect(inDisplayOrder(options, 1234, 'd1-codebuild-2')).toEqual(order);
    expect([...order].sort()).toEqual(options);
  });

  it('spreads orders over sessions and over the questions of one session', () => {
    const random = seededRandom(7);
    const bySession = new Set(Array.from({ length: 48 }, () => inDisplayOrder(options, newOptionSeed(random), 'q-1').join('')));
    const byQuestion = new Set(Array.from({ length: 48 }, (_, i) => inDisplayOrder(options, 99, `q-${i}`).join('')));
    // 24 orders exist; 48 draws that reached fewer than 12 of them would mean the seed barely matters.
    expect(bySession.size).toBeGreaterThanOrEqual(12);
    expect(byQuestion.size).toBeGreaterThanOrEqual(12);
    // The key is not parked in one place: over those draws, option a is shown first in some and last in others.
    const firstPlaces = new Set(Array.from({ length: 48 }, (_, i) => inDisplayOrder(options, i * 7919, 'q-1').indexOf('a')));
    expect(firstPlaces).toEqual(new Set([0, 1, 2, 3]));
  });
});
