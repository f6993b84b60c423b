// The two capacity simulations, instance by instance: Elastic Beanstalk deployment policies batch
// by batch, and which CodeDeploy in-place configurations succeed when chosen instances fail.

import { EB_POLICY_LABELS, type EbPolicy, type InPlaceConfig, simulateEbPolicy, simulateInPlaceDeployment } from '@common/simulations';
import { useMemo, useState } from 'react';

const EB_STATE_LABEL = {
  old: 'old version, serving',
  updating: 'updating, not serving',
  new: 'new version, serving',
  launching: 'launching',
};

export function EbPolicies() {
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

export function InPlaceConfigs() {
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
