// Interactive models of the behaviours the course teaches: traffic shifting, blue/green weights,
// Elastic Beanstalk policies batch by batch, and CodeDeploy in-place success rules. The maths is
// in main/common/simulations.ts; this draws it and feeds traffic shares back onto the edges.
import { useEffect, useMemo, useState } from 'react';
import type { DiagramSpec } from '../../../../main/common/content-schema';
import {
  EB_POLICY_LABELS,
  type EbPolicy,
  type InPlaceConfig,
  newVersionShare,
  shiftDuration,
  simulateEbPolicy,
  simulateInPlaceDeployment,
  TRAFFIC_SHIFT_CONFIGS,
} from '../../../../main/common/simulations';

export type TrafficOverlay = Record<string, number> | undefined;

export function SimulationPanel({
  spec,
  onTraffic,
  onClose,
}: {
  spec: DiagramSpec;
  onTraffic: (t: TrafficOverlay) => void;
  onClose: () => void;
}) {
  useEffect(() => () => onTraffic(undefined), [onTraffic]);
  return (
    <aside className="node-panel simulation-panel" aria-label="Simulation">
      <header>
        <h2>Simulate</h2>
        <button type="button" onClick={onClose} aria-label="Close simulation">
          ×
        </button>
      </header>
      {spec.simulation === 'traffic-shift' && <TrafficShift spec={spec} onTraffic={onTraffic} />}
      {spec.simulation === 'blue-green' && <BlueGreenWeights spec={spec} onTraffic={onTraffic} />}
      {spec.simulation === 'eb-policies' && <EbPolicies />}
      {spec.simulation === 'codedeploy-configs' && <InPlaceConfigs />}
    </aside>
  );
}

function overlayFor(spec: DiagramSpec, newShare: number): Record<string, number> {
  const edges = spec.simulationEdges ?? { old: [], new: [] };
  return {
    ...Object.fromEntries(edges.old.map((id) => [id, 100 - newShare])),
    ...Object.fromEntries(edges.new.map((id) => [id, newShare])),
  };
}

function TrafficShift({ spec, onTraffic }: { spec: DiagramSpec; onTraffic: (t: TrafficOverlay) => void }) {
  const [configName, setConfigName] = useState(TRAFFIC_SHIFT_CONFIGS[0]?.name ?? '');
  const config = TRAFFIC_SHIFT_CONFIGS.find((c) => c.name === configName) ?? TRAFFIC_SHIFT_CONFIGS[0];
  const duration = config ? shiftDuration(config) : 0;
  const [minute, setMinute] = useState(0);
  const share = config ? newVersionShare(config, Math.min(minute, duration)) : 0;
  useEffect(() => onTraffic(overlayFor(spec, share)), [spec, share, onTraffic]);
  return (
    <div className="simulation">
      <label>
        Deployment configuration
        <select
          value={configName}
          onChange={(e) => {
            setConfigName(e.target.value);
            setMinute(0);
          }}
        >
          {TRAFFIC_SHIFT_CONFIGS.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name.replace('CodeDeployDefault.', '')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Minutes since the shift started: <output data-testid="shift-minute">{Math.min(minute, duration)}</output>
        <input
          type="range"
          min={0}
          max={Math.max(duration, 1)}
          value={Math.min(minute, duration)}
          onChange={(e) => setMinute(Number(e.target.value))}
        />
      </label>
      <p className="traffic-split" data-testid="traffic-split">
        New version: <strong>{share}%</strong> · original: <strong>{100 - share}%</strong>
      </p>
      <p className="muted">
        {config?.kind === 'canary' && `Canary: ${config.percent}% for ${config.minutes} minutes, then the rest at once.`}
        {config?.kind === 'linear' &&
          `Linear: ${config.percent}% more every ${config.minutes} minute(s); all traffic after ${duration} minutes.`}
        {config?.kind === 'all-at-once' && 'All at once: every request moves immediately.'} An alarm during the shift rolls traffic back.
      </p>
    </div>
  );
}

function BlueGreenWeights({ spec, onTraffic }: { spec: DiagramSpec; onTraffic: (t: TrafficOverlay) => void }) {
  const [green, setGreen] = useState(0);
  useEffect(() => onTraffic(overlayFor(spec, green)), [spec, green, onTraffic]);
  return (
    <div className="simulation">
      <p>Route 53 weighted records split DNS answers between the blue and the green stack.</p>
      <label>
        Weight of green: <output>{green}</output> / 100
        <input type="range" min={0} max={100} step={10} value={green} onChange={(e) => setGreen(Number(e.target.value))} />
      </label>
      <p className="traffic-split" data-testid="traffic-split">
        Green: <strong>{green}%</strong> · blue: <strong>{100 - green}%</strong>
      </p>
      <p className="muted">Shift a little, watch the metrics, then move the rest; moving the weight back is the rollback.</p>
    </div>
  );
}

const EB_STATE_LABEL = {
  old: 'old version, serving',
  updating: 'updating, not serving',
  new: 'new version, serving',
  launching: 'launching',
};

function EbPolicies() {
  const [policy, setPolicy] = useState<EbPolicy>('rolling');
  const [size, setSize] = useState(6);
  const [batch, setBatch] = useState(2);
  const steps = useMemo(() => simulateEbPolicy(policy, size, batch), [policy, size, batch]);
  const [index, setIndex] = useState(0);
  const step = steps[Math.min(index, steps.length - 1)];
  return (
    <div className="simulation">
      <label>
        Policy
        <select
          value={policy}
          onChange={(e) => {
            setPolicy(e.target.value as EbPolicy);
            setIndex(0);
          }}
        >
          {Object.entries(EB_POLICY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Instances: <output>{size}</output>
        <input
          type="range"
          min={2}
          max={10}
          value={size}
          onChange={(e) => {
            setSize(Number(e.target.value));
            setIndex(0);
          }}
        />
      </label>
      {(policy === 'rolling' || policy === 'rolling-additional-batch') && (
        <label>
          Batch size: <output>{batch}</output>
          <input
            type="range"
            min={1}
            max={size}
            value={Math.min(batch, size)}
            onChange={(e) => {
              setBatch(Number(e.target.value));
              setIndex(0);
            }}
          />
        </label>
      )}
      {step && (
        <>
          <p data-testid="eb-step">
            Step {Math.min(index, steps.length - 1) + 1} of {steps.length}: {step.caption}
          </p>
          <ul className="instance-grid" aria-label="Instances">
            {step.instances.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: instances are positional
              <li key={i} className={`instance instance-${s}`} title={EB_STATE_LABEL[s]}>
                <span className="visually-hidden">{EB_STATE_LABEL[s]}</span>
              </li>
            ))}
          </ul>
          <p data-testid="eb-capacity">
            Serving capacity: <strong>{Math.round((step.serving / size) * 100)}%</strong> ({step.serving} of {size})
          </p>
        </>
      )}
      <div className="walkthrough-controls">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          Previous batch
        </button>
        <button type="button" onClick={() => setIndex((i) => Math.min(steps.length - 1, i + 1))} disabled={index >= steps.length - 1}>
          Next batch
        </button>
      </div>
    </div>
  );
}

function InPlaceConfigs() {
  const [config, setConfig] = useState<InPlaceConfig>('HalfAtATime');
  const [total, setTotal] = useState(9);
  const [failing, setFailing] = useState<Set<number>>(new Set());
  const outcome = useMemo(() => simulateInPlaceDeployment(config, total, failing), [config, total, failing]);
  const deployed = new Set(outcome.batches.flat());
  const toggle = (i: number) =>
    setFailing((f) => {
      const next = new Set(f);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <div className="simulation">
      <label>
        Deployment configuration
        <select value={config} onChange={(e) => setConfig(e.target.value as InPlaceConfig)}>
          <option value="AllAtOnce">CodeDeployDefault.AllAtOnce</option>
          <option value="HalfAtATime">CodeDeployDefault.HalfAtATime</option>
          <option value="OneAtATime">CodeDeployDefault.OneAtATime</option>
        </select>
      </label>
      <label>
        Instances: <output>{total}</output>
        <input
          type="range"
          min={1}
          max={12}
          value={total}
          onChange={(e) => {
            setTotal(Number(e.target.value));
            setFailing(new Set());
          }}
        />
      </label>
      <p className="muted">Click an instance to make its deployment fail.</p>
      <div className="instance-grid">
        {Array.from({ length: total }, (_, i) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: instances are positional
            key={i}
            type="button"
            className={`instance ${failing.has(i) ? 'instance-failing' : 'instance-ok'} ${deployed.has(i) ? '' : 'instance-skipped'}`}
            aria-pressed={failing.has(i)}
            aria-label={`Instance ${i + 1}${failing.has(i) ? ' fails' : ''}`}
            onClick={() => toggle(i)}
          >
            {i + 1}
          </button>
        ))}
      </div>
      <p data-testid="inplace-result" className={outcome.result === 'Succeeded' ? 'verdict is-correct' : 'verdict is-wrong'}>
        {outcome.result}: {outcome.explanation}
      </p>
      <p className="muted">
        Batches: {outcome.batches.map((b) => b.length).join(' + ')} · minimum healthy: {outcome.minimumHealthy}
      </p>
    </div>
  );
}
