// Interactive models of the behaviours the course teaches: traffic shifting, blue/green weights,
// Elastic Beanstalk policies batch by batch, CodeDeploy in-place success rules, and (in
// BehaviourSimulations) IAM evaluation, cross-zone shares, Lambda pools, queue scaling and Kinesis
// shards. The maths is in main/common/simulations.ts; this draws it and feeds traffic shares and
// lit paths back onto the diagram.

import type { DiagramSpec } from '@common/content-schema';
import { newVersionShare, shiftDuration, TRAFFIC_SHIFT_CONFIGS } from '@common/simulations';
import { useEffect, useState } from 'react';
import { ElbCrossZone, IamEvaluation, KinesisShards, LambdaConcurrency, SqsScaling } from './BehaviourSimulations';
import { EbPolicies, InPlaceConfigs } from './InstanceSimulations';

export type TrafficOverlay = Record<string, number> | undefined;
/** Nodes and edges a simulation lights (the path to a decision); the rest of the diagram dims. */
export type SimulationHighlight = { nodes: string[]; edges: string[] } | undefined;

export function SimulationPanel({
  spec,
  onTraffic,
  onHighlight,
  onClose,
}: {
  spec: DiagramSpec;
  onTraffic: (t: TrafficOverlay) => void;
  onHighlight: (h: SimulationHighlight) => void;
  onClose: () => void;
}) {
  useEffect(() => () => onTraffic(undefined), [onTraffic]);
  useEffect(() => () => onHighlight(undefined), [onHighlight]);
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
      {spec.simulation === 'iam-evaluation' && <IamEvaluation onHighlight={onHighlight} />}
      {spec.simulation === 'elb-cross-zone' && <ElbCrossZone onTraffic={onTraffic} />}
      {spec.simulation === 'lambda-concurrency' && <LambdaConcurrency onHighlight={onHighlight} />}
      {spec.simulation === 'sqs-scaling' && <SqsScaling />}
      {spec.simulation === 'kinesis-shards' && <KinesisShards onHighlight={onHighlight} />}
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
