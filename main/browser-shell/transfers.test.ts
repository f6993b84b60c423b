// Files waiting in the browser shell (downloads, uploads) are taken once, by an id nobody can
// guess, and are dropped after two minutes even if never taken.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRANSFER_TTL_MS, TransferStore } from './transfers';

afterEach(() => {
  vi.useRealTimers();
});

describe('TransferStore', () => {
  it('hands a value back once, under a fresh 32-byte base64url id', () => {
    const store = new TransferStore<string>();
    const ids = [store.put('a'), store.put('b')];
    for (const id of ids) expect(id).toMatch(/^[\w-]{43}$/);
    expect(ids[0]).not.toBe(ids[1]);
    expect(store.take(ids[1] ?? '')).toBe('b');
    expect(store.take(ids[1] ?? '')).toBeUndefined();
    expect(store.take('not-an-id')).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('forgets a value two minutes after it was put, taken or not', () => {
    vi.useFakeTimers();
    const store = new TransferStore<Buffer>();
    const id = store.put(Buffer.alloc(10));
    const taken = store.put(Buffer.alloc(10));
    store.take(taken);
    vi.advanceTimersByTime(TRANSFER_TTL_MS - 1);
    expect(store.size).toBe(1);
    vi.advanceTimersByTime(1);
    expect(store.size).toBe(0);
    expect(store.take(id)).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });
});
