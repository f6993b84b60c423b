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
