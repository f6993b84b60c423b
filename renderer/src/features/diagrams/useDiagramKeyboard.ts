// Keyboard on the canvas: Enter (or Space) on a focused node opens its panel, like a click;
// elsewhere on the canvas the arrows pan (unless a walk-through is using them), + and - zoom,
// and 0 fits the whole diagram.
import { useReactFlow } from '@xyflow/react';
import type React from 'react';

const PAN_STEP = 80;
const PAN: Record<string, [number, number]> = {
  ArrowLeft: [PAN_STEP, 0],
  ArrowRight: [-PAN_STEP, 0],
  ArrowUp: [0, PAN_STEP],
  ArrowDown: [0, -PAN_STEP],
};

export function useDiagramKeyboard({
  canSelect,
  canPan,
  onSelect,
}: {
  /** Nodes open their panel (explore mode only). */
  canSelect: boolean;
  /** The arrows pan (not while a walk-through steps with them). */
  canPan: boolean;
  onSelect: (nodeId: string) => void;
}): (event: React.KeyboardEvent) => void {
  const { fitView, getViewport, setViewport, zoomIn, zoomOut } = useReactFlow();
  return (event) => {
    const target = event.target as HTMLElement;
    const nodeId = target.closest<HTMLElement>('.react-flow__node-service')?.dataset.id;
    if ((event.key === 'Enter' || event.key === ' ') && nodeId && canSelect) {
      event.preventDefault();
      onSelect(nodeId);
      return;
    }
    if (nodeId || target.closest('input, select, textarea, button')) return;
    const delta = PAN[event.key];
    if (delta && canPan) {
      event.preventDefault();
      const v = getViewport();
      void setViewport({ x: v.x + delta[0], y: v.y + delta[1], zoom: v.zoom }, { duration: 120 });
    } else if (event.key === '+' || event.key === '=') void zoomIn({ duration: 120 });
    else if (event.key === '-') void zoomOut({ duration: 120 });
    else if (event.key === '0') void fitView({ duration: 200 });
  };
}
