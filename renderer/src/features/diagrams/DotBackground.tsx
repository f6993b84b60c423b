// The canvas's dotted background, as React Flow's <Background /> draws it (same pattern, classes
// and colours) but cheap to pan. React Flow's moves the pattern's origin on every pan frame, so the
// whole canvas is painted and rasterised again each frame: without GPU rasterisation, a large
// part of every pan frame on every diagram. Here the dots are drawn once per zoom on a
// layer one dot spacing larger than the canvas, and panning only shifts that layer (a compositor
// transform, set outside React) by the pan modulo the spacing, rounded to whole pixels so the dots stay sharp.
import { type ReactFlowState, useStore, useStoreApi } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';

/** React Flow's defaults for the dots variant: 20 px apart, 1 px across, at zoom 1. */
const GAP = 20;
const SIZE = 1;

const zoomOf = (s: ReactFlowState) => s.transform[2];
const patternIdOf = (s: ReactFlowState) => `dot-background-${s.rfId}`;

export function DotBackground() {
  const zoom = useStore(zoomOf);
  const patternId = useStore(patternIdOf);
  const store = useStoreApi();
  const layer = useRef<SVGSVGElement>(null);
  const gap = GAP * zoom || 1;
  const radius = (SIZE * zoom) / 2;

  // Before paint, so a zoom never shows the dots shifted by the previous spacing.
  useLayoutEffect(() => {
    let last = '';
    // Runs on every store change: writes only when the shift does change.
    const shift = ({ transform: [x, y] }: ReactFlowState) => {
      const next = `translate(${Math.round(((x % gap) + gap) % gap)}px, ${Math.round(((y % gap) + gap) % gap)}px)`;
      if (next === last || !layer.current) return;
      last = next;
      layer.current.style.transform = next;
    };
    shift(store.getState());
    return store.subscribe(shift);
  }, [store, gap]);

  return (
    <svg
      ref={layer}
      className="react-flow__background dot-background"
      data-testid="rf__background"
      aria-hidden="true"
      style={{ position: 'absolute', left: -gap, top: -gap, width: `calc(100% + ${2 * gap}px)`, height: `calc(100% + ${2 * gap}px)` }}
    >
      {/* React Flow's dot: a circle of the dot's radius at the cell's corner, the cell shifted back by half a gap. */}
      <pattern
        id={patternId}
        width={gap}
        height={gap}
        patternUnits="userSpaceOnUse"
        patternTransform={`translate(-${gap / 2},-${gap / 2})`}
      >
        <circle cx={radius} cy={radius} r={radius} className="react-flow__background-pattern dots" />
      </pattern>
      <rect x="0" y="0" width="100%" height="100%" fill={`url(#${patternId})`} />
    </svg>
  );
}
