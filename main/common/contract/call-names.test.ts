import { describe, expect, it } from 'vitest';
import { API_CALL_NAMES } from './call-names';
import { apiContract } from './index';

describe('call names', () => {
  it('lists each call of the contract exactly once', () => {
    expect(new Set(API_CALL_NAMES).size).toBe(API_CALL_NAMES.length);
    expect([...API_CALL_NAMES].sort()).toEqual(Object.keys(apiContract).sort());
  });
});
