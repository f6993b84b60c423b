// Pure models of the deployment behaviours the course teaches, behind the diagram simulations.
// Each follows the rules stated in our notes (codedeploy-deployment-configs,
// eb-deployment-policies), so the interactive view and the notes cannot disagree.

// ---------- CodeDeploy in-place configurations (EC2/on-premises) ----------

export type InPlaceConfig = 'AllAtOnce' | 'HalfAtATime' | 'OneAtATime';

export interface InPlaceOutcome {
  /** Instance indexes deployed in each batch, in order, up to where the deployment stopped. */
  batches: number[][];
  result: 'Succeeded' | 'Failed';
  /** Instances that must succeed for the deployment to succeed. */
  minimumHealthy: number;
  explanation: string;
}

/** Runs an in-place deployment over `total` instances where the instances in `failing` fail. */
export function simulateInPlaceDeployment(config: InPlaceConfig, total: number, failing: ReadonlySet<number>): InPlaceOutcome {
  const all = Array.from({ length: total }, (_, i) => i);
  const failed = (batch: number[]) => batch.filter((i) => failing.has(i)).length;
  if (config === 'AllAtOnce') {
    const ok = failed(all) < total;
    return {
      batches: [all],
      result: ok ? 'Succeeded' : 'Failed',
      minimumHealthy: Math.min(1, total),
      explanation: ok
        ? 'All at once succeeds when the revision reaches at least one instance.'
        : 'All at once fails only when every instance fails.',
    };
  }
  if (config === 'HalfAtATime') {
    const batchSize = Math.max(1, Math.floor(total / 2));
    const minimumHealthy = Math.ceil(total / 2);
    const batches: number[][] = [];
    let failures = 0;
    for (let start = 0; start < total; start += batchSize) {
      const batch = all.slice(start, start + batchSize);
      batches.push(batch);
      failures += failed(batch);
      if (total - failures < minimumHealthy) {
        return {
          batches,
          result: 'Failed',
          minimumHealthy,
          explanation: `Half at a time needs ${minimumHealthy} of ${total} instances healthy; after batch ${batches.length} only ${total - failures} can be.`,
        };
      }
    }
    return { batches, result: 'Succeeded', minimumHealthy, explanation: `At least ${minimumHealthy} of ${total} instances succeeded.` };
  }
  const batches: number[][] = [];
  for (const i of all) {
    batches.push([i]);
    if (failing.has(i) && (i < total - 1 || total === 1)) {
      return {
        batches,
        result: 'Failed',
        minimumHealthy: total === 1 ? 1 : total - 1,
        explanation: `One at a time stops at the first failure: instance ${i + 1} failed before the last one.`,
      };
    }
  }
  const lastFailed = failing.has(total - 1) && total > 1;
  return {
    batches,
    result: 'Succeeded',
    minimumHealthy: total === 1 ? 1 : total - 1,
    explanation: lastFailed
      ? 'A failure on the last instance still leaves a one-at-a-time deployment Succeeded.'
      : 'Every instance succeeded.',
  };
}

// ---------- CodeDeploy traffic shifting (Lambda and ECS) ----------

export interface TrafficShiftConfig {
  name: string;
  kind: 'canary' | 'linear' | 'all-at-once';
  percent: number;
  minutes: number;
}

export const TRAFFIC_SHIFT_CONFIGS: readonly TrafficShiftConfig[] = [
  { name: 'CodeDeployDefault.LambdaCanary10Percent5Minutes', kind: 'canary', percent: 10, minutes: 5 },
  { name: 'CodeDeployDefault.LambdaCanary10Percent30Minutes', kind: 'canary', percent: 10, minutes: 30 },
  { name: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute', kind: 'linear', percent: 10, minutes: 1 },
  { name: 'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes', kind: 'linear', percent: 10, minutes: 3 },
  { name: 'CodeDeployDefault.ECSCanary10Percent5Minutes', kind: 'canary', percent: 10, minutes: 5 },
  { name: 'CodeDeployDefault.ECSLinear10PercentEvery1Minutes', kind: 'linear', percent: 10, minutes: 1 },
  { name: 'CodeDeployDefault.LambdaAllAtOnce', kind: 'all-at-once', percent: 100, minutes: 0 },
];

/** Share of traffic (0–100) on the new version `minute` minutes after the shift starts. */
export function newVersionShare(config: TrafficShiftConfig, minute: number): number {
  if (config.kind === 'all-at-once') return 100;
  if (config.kind === 'canary') return minute < config.minutes ? config.percent : 100;
  return Math.min(100, config.percent * (Math.floor(minute / config.minutes) + 1));
}

/** Minutes until all traffic is on the new version. */
export function shiftDuration(config: TrafficShiftConfig): number {
  if (config.kind === 'all-at-once') return 0;
  if (config.kind === 'canary') return config.minutes;
  return config.minutes * (Math.ceil(100 / config.percent) - 1);
}

// ---------- Elastic Beanstalk deployment policies ----------

export type EbPolicy = 'all-at-once' | 'rolling' | 'rolling-additional-batch' | 'immutable';

export type EbInstanceState = 'old' | 'updating' | 'new' | 'launching';

export interface EbStep {
  caption: string;
  instances: EbInstanceState[];
  /** Instances serving traffic in this step. */
  serving: number;
}

export const EB_POLICY_LABELS: Record<EbPolicy, string> = {
  'all-at-once': 'All at once',
  rolling: 'Rolling',
  'rolling-additional-batch': 'Rolling with additional batch',
  immutable: 'Immutable',
};

const serving = (states: EbInstanceState[]) => states.filter((s) => s === 'old' || s === 'new').length;
const step = (caption: string, instances: EbInstanceState[]): EbStep => ({ caption, instances, serving: serving(instances) });

/** The batches of a deployment to `size` instances, with batches of `batchSize` for the rolling policies. */
export function simulateEbPolicy(policy: EbPolicy, size: number, batchSize: number): EbStep[] {
  const batch = Math.max(1, Math.min(batchSize, size));
  const steps: EbStep[] = [step('Before: every instance runs the old version.', Array(size).fill('old'))];
  if (policy === 'all-at-once') {
    steps.push(step('Every instance updates at the same time: nothing serves (short outage).', Array(size).fill('updating')));
    steps.push(step('Done: every instance runs the new version.', Array(size).fill('new')));
    return steps;
  }
  if (policy === 'immutable') {
    steps.push(
      step('A temporary Auto Scaling group launches a full set of new instances.', [
        ...Array(size).fill('old'),
        ...Array(size).fill('launching'),
      ]),
    );
    steps.push(
      step('New instances pass health checks and join: double capacity for a moment.', [
        ...Array(size).fill('old'),
        ...Array(size).fill('new'),
      ]),
    );
    steps.push(step('The old instances are terminated: full capacity, all new.', Array(size).fill('new')));
    return steps;
  }
  const states: EbInstanceState[] = Array(size).fill('old');
  if (policy === 'rolling-additional-batch') {
    states.push(...Array<EbInstanceState>(batch).fill('launching'));
    steps.push(step(`An extra batch of ${batch} launches first, so capacity never drops.`, [...states]));
    states.fill('new', size);
    steps.push(step('The extra batch runs the new version and serves.', [...states]));
  }
  for (let start = 0; start < size; start += batch) {
    const end = Math.min(size, start + batch);
    states.fill('updating', start, end);
    steps.push(step(`Batch ${start / batch + 1}: instances ${start + 1}–${end} are out of service while they update.`, [...states]));
    states.fill('new', start, end);
  }
  if (policy === 'rolling-additional-batch') {
    states.splice(size);
    steps.push(step("One batch's worth of instances is removed: back to normal size, all new.", [...states]));
  } else steps.push(step('Done: every batch runs the new version.', [...states]));
  return steps;
}

// ---------- IAM policy evaluation (one request, one action) ----------
// Follows AWS's "Policy evaluation logic" (IAM User Guide): an explicit Deny in any policy wins;
// then RCPs (resource account) and SCPs (requesting account) must allow when they apply; then, in
// one account, an Allow in either the identity policy or the resource policy suffices, and across
// accounts both must allow. The resource policy's reach depends on the principal it names (IAM User
// Guide, session policies and permissions boundaries): naming the role session ARN grants on its
// own, while naming the role ARN is still capped by the role's boundary and the session policy.
// Simplifications: one role session makes the request (so a session policy can apply), conditions
// are taken as matching, and the special cases (role trust policies, KMS key policies, the root
// user, service-linked roles) are left out.

/** A guardrail policy (SCP, RCP, permissions boundary, session policy). */
export type GuardrailSetting = 'allow' | 'deny' | 'silent' | 'none';
/** A granting policy (identity policy, resource policy). */
export type GrantSetting = 'allow' | 'deny' | 'absent';

export interface IamRequest {
  crossAccount: boolean;
  /** Which principal the resource policy's Allow names. */
  resourcePrincipal: 'session' | 'role';
  rcp: GuardrailSetting;
  scp: GuardrailSetting;
  boundary: GuardrailSetting;
  session: GuardrailSetting;
  identity: GrantSetting;
  resource: GrantSetting;
}

export type IamStage = 'deny' | 'rcp' | 'scp' | 'rbp' | 'idp' | 'pb' | 'sess';

export interface IamDecision {
  decision: 'Allow' | 'Deny';
  /** The checks passed through, in order, ending at the one that decided. */
  path: IamStage[];
  /** The stage that decided (the last of `path`). */
  decidedBy: IamStage;
  /** Whether a Deny decision is explicit (a Deny statement) or implicit (no Allow). */
  kind: 'explicit' | 'implicit' | 'allow';
  rule: string;
}

export const IAM_POLICY_NAMES: Record<Exclude<IamStage, 'deny'>, string> = {
  rcp: 'resource control policy (RCP)',
  scp: 'service control policy (SCP)',
  rbp: 'resource-based policy',
  idp: 'identity-based policy',
  pb: 'permissions boundary',
  sess: 'session policy',
};

export function evaluateIamRequest(r: IamRequest): IamDecision {
  const path: IamStage[] = ['deny'];
  const end = (decision: 'Allow' | 'Deny', kind: IamDecision['kind'], rule: string): IamDecision => ({
    decision,
    path,
    decidedBy: path[path.length - 1] ?? 'deny',
    kind,
    rule,
  });
  const denies = (
    [
      ['rcp', r.rcp],
      ['scp', r.scp],
      ['rbp', r.resource],
      ['idp', r.identity],
      ['pb', r.boundary],
      ['sess', r.session],
    ] as const
  ).filter(([, v]) => v === 'deny');
  if (denies.length > 0) {
    const names = denies.map(([s]) => IAM_POLICY_NAMES[s]).join(', ');
    return end('Deny', 'explicit', `Explicit deny in the ${names}: a Deny anywhere overrides every Allow.`);
  }
  const capped = (stage: 'rcp' | 'scp' | 'pb' | 'sess', v: GuardrailSetting, what: string) => {
    path.push(stage);
    return v === 'silent'
      ? end('Deny', 'implicit', `Implicit deny: the ${IAM_POLICY_NAMES[stage]} applies but has no Allow for this action. ${what}`)
      : undefined;
  };
  const rcp = capped('rcp', r.rcp, 'An RCP caps what anyone may do to resources in its account.');
  if (rcp) return rcp;
  const scp = capped('scp', r.scp, 'An SCP caps what principals in its account may do; it grants nothing.');
  if (scp) return scp;
  const limits = () =>
    capped('pb', r.boundary, 'A boundary caps what the identity policy can give; it grants nothing.') ??
    capped('sess', r.session, 'A session policy caps the session; it grants nothing.');

  path.push('rbp');
  if (!r.crossAccount && r.resource === 'allow') {
    if (r.resourcePrincipal === 'session')
      return end(
        'Allow',
        'allow',
        'Same account: the resource policy allows the role session by its session ARN, which is enough on its own. No boundary or session policy limits that grant.',
      );
    // Naming the role ARN: the grant joins the role's permissions before the session exists, so
    // the boundary and the session policy still cap it.
    const limited = limits();
    if (limited) return limited;
    return end(
      'Allow',
      'allow',
      'Same account: the resource policy allows the role (by role ARN), within its boundary and session policy.',
    );
  }
  if (r.crossAccount && r.resource !== 'allow')
    return end(
      'Deny',
      'implicit',
      'Implicit deny: across accounts the resource policy in the other account must also allow the request, and it does not.',
    );
  path.push('idp');
  if (r.identity !== 'allow')
    return end(
      'Deny',
      'implicit',
      r.crossAccount
        ? 'Implicit deny: across accounts the identity policy in the requesting account must allow too; the resource policy alone is not enough.'
        : 'Implicit deny: nothing allows the action (no identity-policy Allow, no resource-policy Allow).',
    );
  const limited = limits();
  if (limited) return limited;
  return end(
    'Allow',
    'allow',
    r.crossAccount
      ? 'Cross-account: the identity policy allows (within boundary and session policy) and the resource policy allows too.'
      : 'Same account: the identity policy allows, within the permissions boundary and the session policy.',
  );
}

// ---------- Elastic Load Balancing cross-zone load balancing ----------
// As in our note elb-az-cross-zone: DNS spreads clients evenly over the load balancer nodes (one per
// enabled AZ); with cross-zone off each node splits its share over its own AZ's targets, with it on
// every node spreads over all targets. Simplification: an AZ with no targets gets no node share (its
// node drops out of DNS), and every target is healthy.

export interface CrossZoneShares {
  /** Share (percent of all traffic) each AZ's node receives. */
  nodeShare: number[];
  /** Share each single target in the AZ receives. */
  perTarget: number[];
  /** flows[from][to]: share node `from` sends to the targets of AZ `to`. */
  flows: number[][];
}

export function crossZoneShares(targetsPerAz: readonly number[], crossZone: boolean): CrossZoneShares {
  const live = targetsPerAz.filter((n) => n > 0).length;
  const total = targetsPerAz.reduce((a, b) => a + b, 0);
  const nodeShare = targetsPerAz.map((n) => (n > 0 && live > 0 ? 100 / live : 0));
  const flows = targetsPerAz.map((_, from) =>
    targetsPerAz.map((n, to) => {
      const share = nodeShare[from] ?? 0;
      if (crossZone) return total > 0 ? (share * n) / total : 0;
      return from === to ? share : 0;
    }),
  );
  const perTarget = targetsPerAz.map((n, to) => (n > 0 ? flows.reduce((sum, row) => sum + (row[to] ?? 0), 0) / n : 0));
  return { nodeShare, perTarget, flows };
}

// ---------- Lambda concurrency: reserved and provisioned ----------
// As in our note lambda-concurrency: one Regional pool (1,000 by default); a reservation carves a
// share out for one function and is also its cap; at least 100 stay unreserved; provisioned
// concurrency keeps environments initialised (no cold start) and comes out of the function's
// reservation, or out of the unreserved pool when it has none. Simplifications: one burst at a single
// moment (no burst scaling rate), every new on-demand environment starts cold, and the unreserved
// pool goes to the functions in the order listed (the first burst takes what it needs).

export interface LambdaFunctionLoad {
  name: string;
  /** Concurrent requests arriving in the burst. */
  demand: number;
  reserved?: number;
  provisioned?: number;
}

export interface LambdaFunctionOutcome {
  name: string;
  warm: number;
  cold: number;
  throttled: number;
}

export interface LambdaPoolOutcome {
  functions: LambdaFunctionOutcome[];
  unreservedPool: number;
  /** Why a configuration was refused, as Lambda would refuse it; the burst is then not run. */
  error?: string;
}

export const LAMBDA_MIN_UNRESERVED = 100;

export function simulateLambdaBurst(accountLimit: number, loads: readonly LambdaFunctionLoad[]): LambdaPoolOutcome {
  const reservedTotal = loads.reduce((s, f) => s + (f.reserved ?? 0), 0);
  const unreservedProvisioned = loads.reduce((s, f) => s + (f.reserved === undefined ? (f.provisioned ?? 0) : 0), 0);
  const unreservedPool = accountLimit - reservedTotal;
  const refuse = (error: string): LambdaPoolOutcome => ({ functions: [], unreservedPool, error });
  if (unreservedPool < LAMBDA_MIN_UNRESERVED)
    return refuse(
      `Refused: reservations total ${reservedTotal}, but at least ${LAMBDA_MIN_UNRESERVED} of the ${accountLimit} must stay unreserved (at most ${accountLimit - LAMBDA_MIN_UNRESERVED} can be reserved).`,
    );
  const over = loads.find((f) => f.reserved !== undefined && (f.provisioned ?? 0) > f.reserved);
  if (over)
    return refuse(
      `Refused: ${over.name}'s provisioned concurrency (${over.provisioned}) is above its reserved concurrency (${over.reserved}).`,
    );
  if (unreservedPool - unreservedProvisioned < LAMBDA_MIN_UNRESERVED)
    return refuse(
      `Refused: provisioned concurrency on functions without a reservation would leave fewer than ${LAMBDA_MIN_UNRESERVED} unreserved.`,
    );
  let shared = unreservedPool - unreservedProvisioned;
  const functions = loads.map((f) => {
    const warm = Math.min(f.demand, f.provisioned ?? 0);
    const rest = f.demand - warm;
    let cold: number;
    if (f.reserved !== undefined) cold = Math.min(rest, f.reserved - (f.provisioned ?? 0));
    else {
      cold = Math.min(rest, shared);
      shared -= cold;
    }
    return { name: f.name, warm, cold, throttled: rest - cold };
  });
  return { functions, unreservedPool };
}

// ---------- SQS backlog per instance and target tracking ----------
// As in our note sqs-buffering-scaling and AWS's "Scaling based on Amazon SQS": the target is the
// acceptable backlog per instance (acceptable latency ÷ processing time per message); target tracking
// sets desired capacity so that backlog ÷ instances comes back to the target, i.e.
// ceil(backlog ÷ target), within the group's min and max. Simplifications: one-minute steps, new
// instances start working the minute after they are launched, scale-in is as prompt as scale-out
// (real target tracking scales in more cautiously), and each instance works one message at a time.

export interface QueueScalingInput {
  arrivalsPerSecond: number;
  processingSeconds: number;
  acceptableLatencySeconds: number;
  initialBacklog: number;
  initialInstances: number;
  minSize: number;
  maxSize: number;
  minutes: number;
}

export interface QueueScalingPoint {
  minute: number;
  backlog: number;
  inService: number;
  backlogPerInstance: number;
  desired: number;
}

export function acceptableBacklogPerInstance(acceptableLatencySeconds: number, processingSeconds: number): number {
  return acceptableLatencySeconds / processingSeconds;
}

export function desiredForBacklog(backlog: number, target: number, minSize: number, maxSize: number): number {
  return Math.max(minSize, Math.min(maxSize, Math.ceil(backlog / target)));
}

export function simulateQueueScaling(input: QueueScalingInput): QueueScalingPoint[] {
  const target = acceptableBacklogPerInstance(input.acceptableLatencySeconds, input.processingSeconds);
  const perInstancePerMinute = 60 / input.processingSeconds;
  let backlog = input.initialBacklog;
  let inService = input.initialInstances;
  const points: QueueScalingPoint[] = [];
  for (let minute = 0; minute <= input.minutes; minute++) {
    const desired = desiredForBacklog(backlog, target, input.minSize, input.maxSize);
    points.push({
      minute,
      backlog: Math.round(backlog),
      inService,
      backlogPerInstance: inService > 0 ? backlog / inService : backlog,
      desired,
    });
    backlog = Math.max(0, backlog + input.arrivalsPerSecond * 60 - inService * perInstancePerMinute);
    inService = desired;
  }
  return points;
}

// ---------- Kinesis Data Streams shard write limits ----------
// As in our note kinesis: each shard accepts up to 1 MB/s and 1,000 records/s of writes; more is
// refused with ProvisionedThroughputExceededException. A hot shard takes a larger share of the
// partition keys' traffic; splitting it (SplitShard) halves its hash-key range into two shards.
// Simplifications: records are all the same size, the other shards share the rest evenly, and the
// hot shard's traffic comes from many keys, so a split divides it evenly (one single hot key could
// not be split).

export const KINESIS_SHARD_MB = 1;
export const KINESIS_SHARD_RECORDS = 1000;

export interface KinesisInput {
  mbPerSecond: number;
  recordsPerSecond: number;
  shards: number;
  /** Percent of all writes that land on shard 1 (at least an even share). */
  hotPercent: number;
  splitHot: boolean;
}

export interface KinesisShardLoad {
  name: string;
  mb: number;
  records: number;
  /** Percent of this shard's writes refused. */
  throttledPercent: number;
}

export interface KinesisOutcome {
  shards: KinesisShardLoad[];
  /** Records/s refused across the stream. */
  throttledRecords: number;
  /** The fewest evenly loaded shards that take the whole write rate. */
  shardsNeeded: number;
}

export function kinesisShardsNeeded(mbPerSecond: number, recordsPerSecond: number): number {
  return Math.max(1, Math.ceil(mbPerSecond / KINESIS_SHARD_MB - 1e-9), Math.ceil(recordsPerSecond / KINESIS_SHARD_RECORDS - 1e-9));
}

export function simulateKinesisWrites(input: KinesisInput): KinesisOutcome {
  const n = Math.max(1, input.shards);
  const hot = n === 1 ? 100 : Math.max(100 / n, Math.min(100, input.hotPercent));
  const shares: { name: string; share: number }[] = [];
  if (input.splitHot) shares.push({ name: 'Shard 1a', share: hot / 2 }, { name: 'Shard 1b', share: hot / 2 });
  else shares.push({ name: 'Shard 1', share: hot });
  for (let i = 2; i <= n; i++) shares.push({ name: `Shard ${i}`, share: (100 - hot) / (n - 1) });
  let throttledRecords = 0;
  const shards = shares.map(({ name, share }) => {
    const mb = (input.mbPerSecond * share) / 100;
    const records = (input.recordsPerSecond * share) / 100;
    const accepted = Math.min(1, mb > 0 ? KINESIS_SHARD_MB / mb : 1, records > 0 ? KINESIS_SHARD_RECORDS / records : 1);
    throttledRecords += records * (1 - accepted);
    return { name, mb, records, throttledPercent: Math.round((1 - accepted) * 1000) / 10 };
  });
  return {
    shards,
    throttledRecords: Math.round(throttledRecords),
    shardsNeeded: kinesisShardsNeeded(input.mbPerSecond, input.recordsPerSecond),
  };
}
