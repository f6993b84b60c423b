// Repeatable random draws for tests: COMPANION_RANDOM_SEED makes question, exam and drill draws
// the same on every run, so an end-to-end test never depends on which questions came up.
// Never used for anything secret.

/** mulberry32: a tiny, well-spread 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random source for a seed given as text (an environment variable): seeded when it is a whole number. */
export function randomSourceFor(seed: string | undefined): () => number {
  if (seed === undefined || !/^\d{1,10}$/.test(seed.trim())) return Math.random;
  return seededRandom(Number(seed.trim()));
}
