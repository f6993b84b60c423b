import { describe, expect, it } from 'vitest';
import {
  acceptableBacklogPerInstance,
  crossZoneShares,
  desiredForBacklog,
  evaluateIamRequest,
  type IamRequest,
  kinesisShardsNeeded,
  newVersionShare,
  shiftDuration,
  simulateEbPolicy,
  simulateInPlaceDeployment,
  simulateKinesisWrites,
  simulateLambdaBurst,
  simulateQueueScaling,
  TRAFFIC_SHIFT_CONFIGS,
} from './simulations';

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

describe('IAM policy evaluation', () => {
  const base: IamRequest = {
    crossAccount: false,
    resourcePrincipal: 'session',
    rcp: 'none',
    scp: 'allow',
    boundary: 'none',
    session: 'none',
    identity: 'allow',
    resource: 'absent',
  };
  const run = (r: Partial<IamRequest>) => evaluateIamRequest({ ...base, ...r });

  it('an explicit deny in any policy wins over every allow', () => {
    for (const key of ['rcp', 'scp', 'boundary', 'session', 'identity', 'resource'] as const) {
      const d = run({ resource: 'allow', [key]: 'deny' });
      expect(d).toMatchObject({ decision: 'Deny', kind: 'explicit', decidedBy: 'deny' });
    }
  });

  it('an SCP or RCP without an Allow is an implicit deny, even for an allowed identity', () => {
    expect(run({ scp: 'silent' })).toMatchObject({ decision: 'Deny', kind: 'implicit', decidedBy: 'scp' });
    expect(run({ rcp: 'silent', resource: 'allow' })).toMatchObject({ decision: 'Deny', decidedBy: 'rcp' });
    // No SCP at all (no organization, or the management account): nothing to cap.
    expect(run({ scp: 'none' }).decision).toBe('Allow');
  });

  it('same account: identity OR resource policy suffices', () => {
    expect(run({ identity: 'allow', resource: 'absent' }).decision).toBe('Allow');
    expect(run({ identity: 'absent', resource: 'allow' }).decision).toBe('Allow');
    expect(run({ identity: 'absent', resource: 'absent' })).toMatchObject({ decision: 'Deny', kind: 'implicit', decidedBy: 'idp' });
  });

  it('a boundary or session policy caps the identity policy, never grants', () => {
    expect(run({ boundary: 'silent' })).toMatchObject({ decision: 'Deny', decidedBy: 'pb' });
    expect(run({ session: 'silent' })).toMatchObject({ decision: 'Deny', decidedBy: 'sess' });
    expect(run({ identity: 'absent', boundary: 'allow', session: 'allow' }).decision).toBe('Deny');
  });

  it('same account: a resource policy naming the session ARN is not limited by boundary or session policy; naming the role ARN is', () => {
    const r = { identity: 'absent', resource: 'allow', boundary: 'silent', session: 'silent' } as const;
    expect(run({ ...r, resourcePrincipal: 'session' })).toMatchObject({ decision: 'Allow', decidedBy: 'rbp' });
    expect(run({ ...r, resourcePrincipal: 'role' })).toMatchObject({ decision: 'Deny', decidedBy: 'pb' });
    expect(run({ ...r, boundary: 'allow', resourcePrincipal: 'role' })).toMatchObject({ decision: 'Deny', decidedBy: 'sess' });
    expect(run({ identity: 'absent', resource: 'allow', resourcePrincipal: 'role' }).decision).toBe('Allow');
  });

  it('cross-account: both the identity policy and the resource policy must allow', () => {
    expect(run({ crossAccount: true, identity: 'allow', resource: 'allow' }).decision).toBe('Allow');
    expect(run({ crossAccount: true, identity: 'allow', resource: 'absent' })).toMatchObject({ decision: 'Deny', decidedBy: 'rbp' });
    expect(run({ crossAccount: true, identity: 'absent', resource: 'allow' })).toMatchObject({ decision: 'Deny', decidedBy: 'idp' });
    expect(run({ crossAccount: true, resource: 'allow', boundary: 'silent' })).toMatchObject({ decision: 'Deny', decidedBy: 'pb' });
  });
});

describe('ELB cross-zone load balancing', () => {
  it("the note's worked numbers: 2 targets in AZ A, 8 in AZ B", () => {
    const off = crossZoneShares([2, 8], false);
    expect(off.nodeShare).toEqual([50, 50]);
    expect(off.perTarget).toEqual([25, 6.25]);
    expect(off.flows).toEqual([
      [50, 0],
      [0, 50],
    ]);
    const on = crossZoneShares([2, 8], true);
    expect(on.perTarget).toEqual([10, 10]);
    expect(on.flows).toEqual([
      [10, 40],
      [10, 40],
    ]);
  });

  it('equal target counts give equal shares either way; an AZ without targets gets none', () => {
    expect(crossZoneShares([3, 3], false).perTarget).toEqual(crossZoneShares([3, 3], true).perTarget);
    expect(crossZoneShares([0, 4], false).perTarget).toEqual([0, 25]);
  });
});

describe('Lambda concurrency pools', () => {
  it('the course scenario: Dev 200 and QA 600 leave only 200 for Prod', () => {
    const out = simulateLambdaBurst(1000, [
      { name: 'Dev', demand: 200 },
      { name: 'QA', demand: 600 },
      { name: 'Prod', demand: 400 },
    ]);
    expect(out.functions.map((f) => [f.cold, f.throttled])).toEqual([
      [200, 0],
      [600, 0],
      [200, 200],
    ]);
  });

  it('a reservation guarantees Prod its share and the noisy function is throttled instead', () => {
    const out = simulateLambdaBurst(1000, [
      { name: 'Dev', demand: 200 },
      { name: 'QA', demand: 600 },
      { name: 'Prod', demand: 400, reserved: 400 },
    ]);
    expect(out.unreservedPool).toBe(600);
    expect(out.functions.map((f) => f.throttled)).toEqual([0, 200, 0]);
  });

  it('reserved concurrency also caps, and provisioned environments serve warm', () => {
    const out = simulateLambdaBurst(1000, [{ name: 'Prod', demand: 500, reserved: 200, provisioned: 50 }]);
    expect(out.functions[0]).toEqual({ name: 'Prod', warm: 50, cold: 150, throttled: 300 });
    expect(simulateLambdaBurst(1000, [{ name: 'Prod', demand: 10, reserved: 0 }]).functions[0]?.throttled).toBe(10);
  });

  it('at least 100 stay unreserved, and provisioned cannot exceed reserved', () => {
    expect(simulateLambdaBurst(1000, [{ name: 'Prod', demand: 1, reserved: 900 }]).error).toBeUndefined();
    expect(simulateLambdaBurst(1000, [{ name: 'Prod', demand: 1, reserved: 901 }]).error).toMatch(/at least 100/);
    expect(simulateLambdaBurst(1000, [{ name: 'Prod', demand: 1, reserved: 100, provisioned: 150 }]).error).toMatch(/above its reserved/);
  });

  it('without a reservation, demand beyond provisioned spills into the unreserved pool', () => {
    const out = simulateLambdaBurst(1000, [{ name: 'Prod', demand: 300, provisioned: 100 }]);
    expect(out.functions[0]).toEqual({ name: 'Prod', warm: 100, cold: 200, throttled: 0 });
  });
});

describe('SQS backlog per instance', () => {
  it("AWS's worked example: 0.1 s a message and 10 s acceptable latency give a target of 100; 1,500 messages on 10 instances → 15", () => {
    expect(acceptableBacklogPerInstance(10, 0.1)).toBe(100);
    expect(desiredForBacklog(1500, 100, 1, 50)).toBe(15);
    const first = simulateQueueScaling({
      arrivalsPerSecond: 0,
      processingSeconds: 0.1,
      acceptableLatencySeconds: 10,
      initialBacklog: 1500,
      initialInstances: 10,
      minSize: 1,
      maxSize: 50,
      minutes: 3,
    });
    expect(first[0]).toMatchObject({ backlog: 1500, inService: 10, backlogPerInstance: 150, desired: 15 });
    // 10 workers at 10 messages a second clear 1,500 within the minute; the group then shrinks to its minimum.
    expect(first[1]).toMatchObject({ backlog: 0, inService: 15, desired: 1 });
  });

  it('a steady arrival rate settles where workers keep up, capped by the maximum size', () => {
    const points = simulateQueueScaling({
      arrivalsPerSecond: 200,
      processingSeconds: 0.1,
      acceptableLatencySeconds: 10,
      initialBacklog: 0,
      initialInstances: 2,
      minSize: 2,
      maxSize: 30,
      minutes: 30,
    });
    expect(Math.max(...points.map((p) => p.desired))).toBeLessThanOrEqual(30);
    // 200 messages a second need 20 workers at 10 a second each.
    expect(points.at(-1)?.inService).toBeGreaterThanOrEqual(20);
  });
});

describe('Kinesis shard write limits', () => {
  it('each shard takes 1 MB/s or 1,000 records/s, whichever is reached first', () => {
    expect(kinesisShardsNeeded(3, 2500)).toBe(3);
    expect(kinesisShardsNeeded(0.5, 4200)).toBe(5);
    const two = simulateKinesisWrites({ mbPerSecond: 3, recordsPerSecond: 2500, shards: 2, hotPercent: 50, splitHot: false });
    expect(two.shards.map((s) => s.mb)).toEqual([1.5, 1.5]);
    expect(two.throttledRecords).toBe(833);
    expect(
      simulateKinesisWrites({ mbPerSecond: 3, recordsPerSecond: 2500, shards: 3, hotPercent: 0, splitHot: false }).throttledRecords,
    ).toBe(0);
  });

  it('splitting a hot shard spreads its load over two shards', () => {
    const input = { mbPerSecond: 2.4, recordsPerSecond: 2000, shards: 4, hotPercent: 60, splitHot: false };
    const hot = simulateKinesisWrites(input);
    expect(hot.shards[0]).toMatchObject({ name: 'Shard 1', records: 1200 });
    expect(hot.throttledRecords).toBeGreaterThan(0);
    const split = simulateKinesisWrites({ ...input, splitHot: true });
    expect(split.shards.slice(0, 2).map((s) => s.records)).toEqual([600, 600]);
    expect(split.throttledRecords).toBe(0);
  });
});
