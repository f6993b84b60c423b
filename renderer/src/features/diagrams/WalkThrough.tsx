// The walk-through bar under the canvas: the step's caption, previous/next, progress dots, end.
import type { LaidOutDiagram } from '@common/contract';

export function WalkThrough({
  steps,
  step,
  onStep,
}: {
  steps: LaidOutDiagram['steps'];
  step: number;
  onStep: (step: number | undefined) => void;
}) {
  const current = steps[step];
  if (!current) return null;
  return (
    <section className="walkthrough" aria-label="Walk-through" aria-live="polite">
      <p className="walkthrough-caption">
        <strong>
          Step {step + 1} of {steps.length}.
        </strong>{' '}
        {current.caption}
      </p>
      <div className="walkthrough-controls">
        <button type="button" onClick={() => onStep(Math.max(step - 1, 0))} disabled={step === 0}>
          Previous
        </button>
        <ol className="dots" aria-hidden="true">
          {steps.map((s, i) => (
            <li key={s.caption} className={i === step ? 'is-current' : i < step ? 'is-done' : ''} />
          ))}
        </ol>
        <button type="button" onClick={() => onStep(Math.min(step + 1, steps.length - 1))} disabled={step === steps.length - 1}>
          Next
        </button>
        <button type="button" onClick={() => onStep(undefined)}>
          End
        </button>
      </div>
    </section>
  );
}
