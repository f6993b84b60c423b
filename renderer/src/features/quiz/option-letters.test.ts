import { describe, expect, it } from 'vitest';
import { letterAt, lettersOf } from './option-letters';

describe('option letters', () => {
  it('letters options by their shown position, whatever their ids', () => {
    const shown = [{ id: 'c' }, { id: 'a' }, { id: 'd' }, { id: 'b' }];
    expect(letterAt(0)).toBe('A');
    expect(lettersOf(shown, ['a'])).toBe('B');
    expect(lettersOf(shown, ['b', 'c'])).toBe('A, D');
  });
});
