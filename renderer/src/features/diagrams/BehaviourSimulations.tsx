// Simulations where the idea is behaviour rather than boxes: how IAM reaches a decision, how
// cross-zone load balancing shares traffic, how Lambda's concurrency pool is carved up, how target
// tracking sizes queue workers, and when Kinesis shards throttle writes. The rules live in
// main/common/simulations.ts; these panels set their inputs and show what they return.

import {
  acceptableBacklogPerInstance,
  crossZoneShares,
  evaluateIamRequest,
  type GrantSetting,
  type GuardrailSetting,
  type IamRequest,
  type IamStage,
  kinesisShardsNeeded,
  simulateKinesisWrites,
  simulateLambdaBurst,
  simulateQueueScaling,
} from '@common/simulations';
import { useEffect, useMemo, useState } from 'react';
import type { SimulationHighlight, TrafficOverlay } from './SimulationPanel';

const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

// ---------- IAM policy evaluation ----------

const GUARDRAIL_OPTIONS: [GuardrailSetting, string][] = [
  ['allow', 'Allows the action'],
  ['deny', 'Denies the action'],
  ['silent', 'Applies, no Allow for it'],
  ['none', 'Not in use'],
];
const GRANT_OPTIONS: [GrantSetting, string][] = [
  ['allow', 'Allows the action'],
  ['deny', 'Denies the action'],
  ['absent', 'Absent (no statement)'],
];

const IAM_CONTROLS: { key: keyof IamRequest; label: string; options: [string, string][] }[] = [
  { key: 'scp', label: 'SCP (requesting account)', options: GUARDRAIL_OPTIONS },
  { key: 'rcp', label: 'RCP (resource account)', options: GUARDRAIL_OPTIONS },
  { key: 'boundary', label: 'Permissions boundary', options: GUARDRAIL_OPTIONS },
  { key: 'session', label: 'Session policy', options: GUARDRAIL_OPTIONS },
  { key: 'identity', label: 'Identity-based policy', options: GRANT_OPTIONS },
  { key: 'resource', label: 'Resource-based policy', options: GRANT_OPTIONS },
];

const IAM_STAGE_LABELS: Record<IamStage, string> = {
  deny: 'Explicit Deny in any policy?',
  rcp: 'RCP allows?',
  scp: 'SCP allows?',
  rbp: 'Resource-based policy allows?',
  idp: 'Identity-based policy allows?',
  pb: 'Permissions boundary allows?',
  sess: 'Session policy allows?',
};

export function IamEvaluation({ onHighlight }: { onHighlight: (h: SimulationHighlight) => void }) {
  const [request, setRequest] = useState<IamRequest>({
    crossAccount: false,
    resourcePrincipal: 'session',
    scp: 'allow',
    rcp: 'none',
    boundary: 'none',
    session: 'none',
    identity: 'allow',
    resource: 'absent',
  });
  const result = useMemo(() => evaluateIamRequest(request), [request]);
  useEffect(() => {
    const final = result.decision === 'Allow' ? 'ok' : 'no';
    const stops = ['req', ...result.path, final];
    onHighlight({ nodes: stops, edges: stops.slice(1).map((to, i) => `${stops[i]}-${to}`) });
  }, [result, onHighlight]);
  const set = (key: keyof IamRequest, value: string) => setRequest((r) => ({ ...r, [key]: value }));
  return (
    <div className="simulation">
      <p data-testid="iam-decision" className={result.decision === 'Allow' ? 'verdict is-correct' : 'verdict is-wrong'}>
        <strong>{result.decision}</strong>
        {result.kind === 'explicit' ? ' (explicit deny)' : result.kind === 'implicit' ? ' (implicit deny)' : ''}
      </p>
      <p data-testid="iam-rule">{result.rule}</p>
      <ol className="iam-path" aria-label="Checks on the path to the decision">
        {result.path.map((stage) => (
          <li key={stage} className={result.decision === 'Deny' && stage === result.decidedBy ? 'is-deciding' : undefined}>
            {IAM_STAGE_LABELS[stage]}
          </li>
        ))}
        <li className={result.decision === 'Allow' ? 'is-allowed' : 'is-denied'}>{result.decision === 'Allow' ? 'Allowed' : 'Denied'}</li>
      </ol>
      <label>
        Request
        <select
          value={request.crossAccount ? 'cross' : 'same'}
          onChange={(e) => setRequest((r) => ({ ...r, crossAccount: e.target.value === 'cross' }))}
        >
          <option value="same">Same account (role and resource together)</option>
          <option value="cross">Cross-account (resource in another account)</option>
        </select>
      </label>
      {IAM_CONTROLS.map((c) => (
        <label key={c.key}>
          {c.label}
          <select value={String(request[c.key])} onChange={(e) => set(c.key, e.target.value)}>
            {c.options.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label>
        The resource policy names
        <select value={request.resourcePrincipal} onChange={(e) => set('resourcePrincipal', e.target.value)}>
          <option value="session">the role session ARN</option>
          <option value="role">the role ARN</option>
        </select>
      </label>
      <p className="muted">
        Modelled: one role session calling one action, every condition matching. Role trust policies and KMS key policies, which must name
        the principal even in one account, are left out.
      </p>
    </div>
  );
}

// ---------- ELB cross-zone ----------

/** The diagram's edges: DNS to each node, and each node to each AZ's targets. */
const ELB_EDGES = {
  toNode: ['dns-a', 'dns-b'],
  flows: [
    ['a-a', 'a-b'],
    ['b-a', 'b-b'],
  ],
};
const AZ_NAMES = ['AZ a', 'AZ b'];

export function ElbCrossZone({ onTraffic }: { onTraffic: (t: TrafficOverlay) => void }) {
  const [targets, setTargets] = useState([2, 8]);
  const [crossZone, setCrossZone] = useState(false);
  const shares = useMemo(() => crossZoneShares(targets, crossZone), [targets, crossZone]);
  useEffect(() => {
    const overlay: Record<string, number> = {};
    ELB_EDGES.toNode.forEach((id, i) => {
      overlay[id] = round(shares.nodeShare[i] ?? 0);
    });
    ELB_EDGES.flows.forEach((row, from) => {
      row.forEach((id, to) => {
        overlay[id] = round(shares.flows[from]?.[to] ?? 0);
      });
    });
    onTraffic(overlay);
  }, [shares, onTraffic]);
  return (
    <div className="simulation">
      {AZ_NAMES.map((az, i) => (
        <label key={az}>
          Targets in {az}: <output>{targets[i]}</output>
          <input
            type="range"
            aria-label={`Targets in ${az}`}
            min={0}
            max={10}
            value={targets[i]}
            onChange={(e) => setTargets((t) => t.map((n, j) => (j === i ? Number(e.target.value) : n)))}
          />
        </label>
      ))}
      <label className="simulation-check">
        <input type="checkbox" checked={crossZone} onChange={(e) => setCrossZone(e.target.checked)} />
        Cross-zone load balancing
      </label>
      <p className="traffic-split" data-testid="elb-shares">
        {AZ_NAMES.map((az, i) => (
          <span key={az}>
            {i > 0 && ' · '}
            Each target in {az}: <strong>{targets[i] ? `${round(shares.perTarget[i] ?? 0)}%` : 'none'}</strong>
          </span>
        ))}
      </p>
      <ul className="share-bars" aria-label="Share of traffic per target">
        {targets.flatMap((n, az) =>
          Array.from({ length: n }, (_, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: targets are positional
            <li key={`${AZ_NAMES[az]}-${k}`} className={`share-bar az-${az}`} title={`${AZ_NAMES[az]} target ${k + 1}`}>
              <span style={{ width: `${Math.min(100, ((shares.perTarget[az] ?? 0) / 25) * 100)}%` }} />
            </li>
          )),
        )}
      </ul>
      <p className="muted">
        {crossZone
          ? 'On: every node spreads its share over the targets in all enabled AZs, so each target gets the same.'
          : "Off: DNS gives each AZ's node an equal share, and each node splits it among its own AZ's targets only."}{' '}
        ALB has cross-zone on at the load balancer level; NLB and GWLB start with it off.
      </p>
    </div>
  );
}

// ---------- Lambda concurrency ----------

const LAMBDA_FUNCTIONS = ['Dev', 'QA', 'Prod'] as const;

export function LambdaConcurrency({ onHighlight }: { onHighlight: (h: SimulationHighlight) => void }) {
  const [limit, setLimit] = useState(1000);
  const [demand, setDemand] = useState<Record<(typeof LAMBDA_FUNCTIONS)[number], number>>({ Dev: 200, QA: 600, Prod: 400 });
  const [reserve, setReserve] = useState(false);
  const [reserved, setReserved] = useState(400);
  const [provisioned, setProvisioned] = useState(0);
  const outcome = useMemo(
    () =>
      simulateLambdaBurst(limit, [
        { name: 'Dev', demand: demand.Dev },
        { name: 'QA', demand: demand.QA },
        { name: 'Prod', demand: demand.Prod, reserved: reserve ? reserved : undefined, provisioned },
      ]),
    [limit, demand, reserve, reserved, provisioned],
  );
  useEffect(() => {
    const throttled = outcome.functions.filter((f) => f.throttled > 0).map((f) => f.name.toLowerCase());
    onHighlight(throttled.length > 0 ? { nodes: [...throttled, 'thr'], edges: throttled.map((f) => `${f}-thr`) } : undefined);
  }, [outcome, onHighlight]);
  return (
    <div className="simulation">
      <RangeField
        label="Account concurrency limit (Region)"
        ariaLabel="Account concurrency limit"
        value={limit}
        onChange={setLimit}
        min={500}
        max={3000}
        step={100}
      />
      {LAMBDA_FUNCTIONS.map((fn) => (
        <RangeField
          key={fn}
          label={`${fn} burst (concurrent requests)`}
          ariaLabel={`${fn} burst`}
          value={demand[fn]}
          onChange={(n) => setDemand((d) => ({ ...d, [fn]: n }))}
          min={0}
          max={1500}
          step={50}
        />
      ))}
      <label className="simulation-check">
        <input type="checkbox" checked={reserve} onChange={(e) => setReserve(e.target.checked)} />
        Reserve concurrency for Prod
      </label>
      {reserve && <RangeField label="Prod reserved concurrency" value={reserved} onChange={setReserved} min={0} max={limit} step={50} />}
      <RangeField label="Prod provisioned concurrency" value={provisioned} onChange={setProvisioned} min={0} max={500} step={50} />
      {outcome.error ? (
        <p className="verdict is-wrong" data-testid="lambda-error">
          {outcome.error}
        </p>
      ) : (
        <table className="sim-table" data-testid="lambda-result">
          <caption>
            Unreserved pool: <strong data-testid="lambda-unreserved">{outcome.unreservedPool}</strong>
          </caption>
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">Warm</th>
              <th scope="col">Cold start</th>
              <th scope="col">Throttled</th>
            </tr>
          </thead>
          <tbody>
            {outcome.functions.map((f) => (
              <tr key={f.name} data-testid={`lambda-${f.name}`}>
                <th scope="row">{f.name}</th>
                <td>{f.warm}</td>
                <td>{f.cold}</td>
                <td className={f.throttled > 0 ? 'is-bad' : undefined}>{f.throttled}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        Warm: served by provisioned environments. Cold start: a new on-demand environment. One burst at one moment; the unreserved pool goes
        to Dev's burst first, then QA's, then Prod's.
      </p>
    </div>
  );
}

// ---------- SQS backlog per instance ----------

export function SqsScaling() {
  const [processing, setProcessing] = useState(0.1);
  const [latency, setLatency] = useState(10);
  const [arrivals, setArrivals] = useState(0);
  const [backlog, setBacklog] = useState(1500);
  const [instances, setInstances] = useState(10);
  const [maxSize, setMaxSize] = useState(30);
  const target = acceptableBacklogPerInstance(latency, processing);
  const points = useMemo(
    () =>
      simulateQueueScaling({
        arrivalsPerSecond: arrivals,
        processingSeconds: processing,
        acceptableLatencySeconds: latency,
        initialBacklog: backlog,
        initialInstances: instances,
        minSize: 1,
        maxSize,
        minutes: 10,
      }),
    [arrivals, processing, latency, backlog, instances, maxSize],
  );
  const now = points[0];
  const range = (label: string, value: number, set: (n: number) => void, min: number, max: number, step: number) => (
    <RangeField label={label} value={value} onChange={set} min={min} max={max} step={step} />
  );
  return (
    <div className="simulation">
      {range('Processing time per message (s)', processing, setProcessing, 0.05, 2, 0.05)}
      {range('Acceptable latency (s)', latency, setLatency, 1, 60, 1)}
      {range('Messages arriving per second', arrivals, setArrivals, 0, 500, 10)}
      {range('Messages waiting now', backlog, setBacklog, 0, 20000, 500)}
      {range('Workers in service now', instances, setInstances, 1, 50, 1)}
      {range('Group maximum size', maxSize, setMaxSize, 1, 50, 1)}
      <p data-testid="sqs-target">
        Target backlog per instance: {latency} s ÷ {processing} s = <strong>{round(target, 1)}</strong>
      </p>
      {now && (
        <p className="traffic-split" data-testid="sqs-desired">
          Now: {now.backlog} ÷ {now.inService} = {round(now.backlogPerInstance, 1)} per instance → desired capacity{' '}
          <strong>{now.desired}</strong>
        </p>
      )}
      <table className="sim-table" data-testid="sqs-timeline">
        <caption>Minute by minute</caption>
        <thead>
          <tr>
            <th scope="col">Minute</th>
            <th scope="col">Waiting</th>
            <th scope="col">In service</th>
            <th scope="col">Desired</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.minute}>
              <th scope="row">{p.minute}</th>
              <td>{p.backlog}</td>
              <td>{p.inService}</td>
              <td>{p.desired}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Target tracking keeps backlog ÷ in-service instances near the target. Here new workers start the minute after launch and scale-in is
        as quick as scale-out; real target tracking removes capacity more cautiously.
      </p>
    </div>
  );
}

// ---------- Kinesis shards ----------

export function KinesisShards({ onHighlight }: { onHighlight: (h: SimulationHighlight) => void }) {
  const [mb, setMb] = useState(2.4);
  const [records, setRecords] = useState(2000);
  const [shards, setShards] = useState(4);
  const [hot, setHot] = useState(60);
  const [split, setSplit] = useState(false);
  const outcome = useMemo(
    () => simulateKinesisWrites({ mbPerSecond: mb, recordsPerSecond: records, shards, hotPercent: hot, splitHot: split }),
    [mb, records, shards, hot, split],
  );
  useEffect(() => {
    onHighlight(outcome.throttledRecords > 0 ? { nodes: ['prod', 'kds'], edges: ['put'] } : undefined);
  }, [outcome, onHighlight]);
  const even = round(100 / shards, 0);
  return (
    <div className="simulation">
      <RangeField label="Producers write (MB/s)" ariaLabel="MB per second" value={mb} onChange={setMb} min={0.2} max={10} step={0.2} />
      <RangeField
        label="Producers write (records/s)"
        ariaLabel="Records per second"
        value={records}
        onChange={setRecords}
        min={100}
        max={10000}
        step={100}
      />
      <RangeField label="Shards" value={shards} onChange={setShards} min={1} max={10} step={1} />
      <label>
        Share of writes on shard 1 (%): <output>{Math.max(even, hot)}</output>
        <input
          type="range"
          aria-label="Share on shard 1"
          min={even}
          max={100}
          step={1}
          value={Math.max(even, hot)}
          onChange={(e) => setHot(Number(e.target.value))}
        />
      </label>
      <label className="simulation-check">
        <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} />
        Split shard 1 (SplitShard)
      </label>
      <ul className="shard-list" aria-label="Shards">
        {outcome.shards.map((s) => (
          <li key={s.name} className={s.throttledPercent > 0 ? 'is-bad' : undefined}>
            <strong>{s.name}</strong>: {round(s.mb)} MB/s, {Math.round(s.records)} records/s
            {s.throttledPercent > 0 ? ` · ${s.throttledPercent}% throttled` : ' · within limits'}
          </li>
        ))}
      </ul>
      <p data-testid="kinesis-result" className={outcome.throttledRecords > 0 ? 'verdict is-wrong' : 'verdict is-correct'}>
        {outcome.throttledRecords > 0
          ? `${outcome.throttledRecords} records/s refused (ProvisionedThroughputExceededException).`
          : 'No throttling: every shard is within 1 MB/s and 1,000 records/s.'}
      </p>
      <p className="muted" data-testid="kinesis-needed">
        Evenly spread, this rate needs at least {kinesisShardsNeeded(mb, records)} shard(s). Splitting helps only if the hot shard carries
        many partition keys; one hot key stays on one shard.
      </p>
    </div>
  );
}

/** A labelled slider that shows its value: the controls of every simulation above. */
function RangeField({
  label,
  ariaLabel = label,
  value,
  onChange,
  min,
  max,
  step,
}: {
  label: string;
  /** The slider's accessible name, when shorter than the visible label. */
  ariaLabel?: string;
  value: number;
  onChange: (value: number) => void;
  min: number;
  max: number;
  step: number;
}) {
  return (
    <label>
      {label}: <output>{value}</output>
      <input
        type="range"
        aria-label={ariaLabel}
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </label>
  );
}
