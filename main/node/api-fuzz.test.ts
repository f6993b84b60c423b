// Every API call, fed hundreds of random and boundary inputs: each answer is a valid result or a
// typed error, nothing throws, and a rejected call leaves the database exactly as it was.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { API_CALL_NAMES } from '../common/contract';
import { createDispatcher, createHandlers } from './api-handlers';
import { USER_TABLES } from './backup-service';
import { fakePlatform, makeServices } from './testing';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const services = makeServices();
afterAll(() => services.close());

const dispatch = createDispatcher(createHandlers(services, fakePlatform()));

/** Every row of every user table, as one string: any change shows. */
const snapshot = () => USER_TABLES.map((t) => JSON.stringify(services.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join('\n');

const nasty = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    '',
    0,
    -1,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    true,
    [],
    {},
    '__proto__',
    'constructor',
    '\u0000',
    '😀'.repeat(1000),
    'x'.repeat(70_000),
    '../../etc/passwd',
    "'; DROP TABLE personal_notes; --",
    '<script>alert(1)</script>',
    '00000000-0000-4000-8000-000000000000',
  ),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.integer(),
  fc.double(),
);

/** Objects shaped like real inputs (right keys, wild values), plus anything at all. */
const inputFor = (name: string) => {
  const keys = [
    'id',
    'ids',
    'title',
    'body',
    'baseVersion',
    'query',
    'limit',
    'mode',
    'count',
    'sessionId',
    'questionId',
    'chosen',
    'timeMs',
    'status',
    'diagramId',
    'nodeId',
    'tags',
    'pinned',
    'view',
    'sort',
    'tag',
    'linksTo',
    'content',
    'uploadId',
    'jobId',
    'after',
    'waitMs',
    'examDate',
    'desiredRetention',
    'practice',
    'theme',
    'flagged',
    'timeUsedMs',
    'rating',
    'attemptId',
    'choice',
    'nodeIds',
    'pageSize',
    'appendix',
    'all',
    'topic',
  ];
  return fc.oneof(
    fc.anything(),
    fc.dictionary(fc.constantFrom(...keys), nasty, { maxKeys: 6 }),
    fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', ...keys), fc.anything(), { maxKeys: 4 }),
    fc.constant(Object.assign(Object.create(null), { __proto__: { polluted: true }, [name]: 1 })),
  );
};

describe('API fuzzing', () => {
  it.each(API_CALL_NAMES)(
    '%s answers every input with a result or a typed error',
    async (name) => {
      await fc.assert(
        fc.asyncProperty(inputFor(name), async (input) => {
          const before = snapshot();
          const result = await dispatch(name, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.code).toMatch(/^(invalid_input|not_found|conflict|cancelled|unavailable)$/);
            expect(typeof result.error.message).toBe('string');
            expect(snapshot()).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    120_000,
  );

  it('refuses unknown call names of every kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (name) => {
        if (typeof name === 'string' && (API_CALL_NAMES as readonly string[]).includes(name)) return;
        expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
      }),
      { numRuns: RUNS },
    );
  });
});
