// The edge legend, a strip above the canvas: one entry per edge kind, drawn as the edges are.
import { EDGE_COLOURS } from './flow-model';

export function Legend() {
  return (
    <ul className="legend" aria-label="Edge legend">
      {Object.entries(EDGE_COLOURS).map(([kind, colour]) => (
        <li key={kind}>
          <svg width="22" height="6" aria-hidden="true">
            <line
              x1="0"
              y1="3"
              x2="22"
              y2="3"
              stroke={colour}
              strokeWidth="2.5"
              strokeDasharray={kind === 'data' ? undefined : kind === 'control' ? '6 4' : kind === 'trust' ? '2 4' : '10 4 2 4'}
            />
          </svg>
          {kind}
        </li>
      ))}
      <li>
        <span className="legend-box legend-dashed" aria-hidden="true" /> actor / concept
      </li>
    </ul>
  );
}
