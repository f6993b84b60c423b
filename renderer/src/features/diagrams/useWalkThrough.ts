// The walk-through's step: undefined when none runs. While one runs, the arrow keys step through
// it and Escape ends it, wherever focus is (except in a form field).
import { useEffect, useState } from 'react';

export function useWalkThrough(stepCount: number): {
  step: number | undefined;
  setStep: (step: number | undefined) => void;
} {
  const [step, setStep] = useState<number | undefined>();
  useEffect(() => {
    if (step === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')) return;
      if (event.key === 'ArrowRight') setStep((s) => Math.min((s ?? 0) + 1, stepCount - 1));
      else if (event.key === 'ArrowLeft') setStep((s) => Math.max((s ?? 0) - 1, 0));
      else if (event.key === 'Escape') setStep(undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, stepCount]);
  return { step, setStep };
}
