import { describe, expect, it } from 'vitest';
import { newVersionShare, shiftDuration, simulateEbPolicy, simulateInPlaceDeployment, TRAFFIC_SHIFT_CONFIGS } from './simulations';

const set = (...xs: number[]) => new Set(xs);

describe('CodeDeploy in-place configurations', () => {
  it('AllAtOnce fails only when every instance fails', () => {
    expect(simulateInPlaceDeployment('AllAtOnce', 9, set(0, 1, 2, 3, 4, 5, 6, 7)).result).toBe('Succeeded');
    expect(simulateInPlaceDeployment('AllAtOnce', 3, set(0, 1, 2)).result).toBe('Failed');
    expect(simulateInPlaceDeployment('AllAtOnce', 9, set()).batches).toEqual([[0, 1, 2, 3, 4, 5, 6, 7, 8]]);
  });

  it('HalfAtATime deploys 4 at a time of 9 and needs 5 healthy', () => {
    const ok = simulateInPlaceDeployment('HalfAtATime', 9, set(0, 1, 2, 3));
    expect(ok.minimumHealthy).toBe(5);
    expect(ok.batches.map((b) => b.length)).toEqual([4, 4, 1]);
    expect(ok.result).toBe('Succeeded');
    const bad = simulateInPlaceDeployment('HalfAtATime', 9, set(0, 1, 2, 3, 4));
    expect(bad.result).toBe('Failed');
    expect(bad.batches).toHaveLength(2);
  });

  it('OneAtATime stops at the first failure, except on the last instance', () => {
    const early = simulateInPlaceDeployment('OneAtATime', 5, set(1));
    expect(early).toMatchObject({ result: 'Failed' });
    expect(early.batches).toEqual([[0], [1]]);
    expect(simulateInPlaceDeployment('OneAtATime', 5, set(4)).result).toBe('Succeeded');
    expect(simulateInPlaceDeployment('OneAtATime', 1, set(0)).result).toBe('Failed');
  });
});

describe('traffic shifting', () => {
  const byName = (n: string) => TRAFFIC_SHIFT_CONFIGS.find((c) => c.name.endsWith(n)) as (typeof TRAFFIC_SHIFT_CONFIGS)[number];

  it('canary sends 10% until the wait ends, then everything', () => {
    const canary = byName('LambdaCanary10Percent5Minutes');
    expect([0, 4, 5, 6].map((m) => newVersionShare(canary, m))).toEqual([10, 10, 100, 100]);
    expect(shiftDuration(canary)).toBe(5);
  });

  it('linear adds 10% every interval and reaches 100% after nine intervals', () => {
    const linear = byName('LambdaLinear10PercentEvery3Minutes');
    expect([0, 2, 3, 6, 27, 40].map((m) => newVersionShare(linear, m))).toEqual([10, 10, 20, 30, 100, 100]);
    expect(shiftDuration(linear)).toBe(27);
  });

  it('all at once moves everything immediately', () => {
    expect(newVersionShare(byName('LambdaAllAtOnce'), 0)).toBe(100);
  });
});

describe('Elastic Beanstalk deployment policies', () => {
  const capacity = (policy: Parameters<typeof simulateEbPolicy>[0]) => simulateEbPolicy(policy, 4, 2).map((s) => s.serving);

  it('all at once has a moment with no capacity', () => {
    expect(capacity('all-at-once')).toEqual([4, 0, 4]);
  });

  it('rolling loses one batch of capacity at a time', () => {
    expect(capacity('rolling')).toEqual([4, 2, 2, 4]);
  });

  it('rolling with additional batch never drops below full capacity and ends at normal size', () => {
    const steps = simulateEbPolicy('rolling-additional-batch', 4, 2);
    expect(Math.min(...steps.map((s) => s.serving))).toBe(4);
    expect(steps.at(-1)?.instances).toEqual(['new', 'new', 'new', 'new']);
  });

  it('immutable doubles capacity briefly and never mixes versions in place', () => {
    expect(capacity('immutable')).toEqual([4, 4, 8, 4]);
    expect(simulateEbPolicy('immutable', 4, 2).some((s) => s.instances.includes('updating'))).toBe(false);
  });
});
