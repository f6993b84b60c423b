// Straight edges for mesh and hub layouts: a line between the two boxes' borders, and a label
// slid along it to the first spot that covers no node and no other label.
import type { Box, Point } from '../common/contract';
import { boxesOverlap } from './diagram-geometry';

/** Where along the line a label may sit, best first. */
const LABEL_STOPS = [0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75, 0.18, 0.82];
const LABEL_MARGIN = 4;

export function placeStraightEdge(
  from: Box,
  to: Box,
  label: { width: number; height: number } | undefined,
  obstacles: Box[],
): { points: Point[]; label?: Box } {
  const a = centre(from);
  const b = centre(to);
  const start = exitPoint(from, a, b);
  const end = exitPoint(to, b, a);
  if (!label) return { points: [start, end] };
  let best: { box: Box; clash: number } | undefined;
  for (const t of LABEL_STOPS) {
    const at = { x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t };
    const box = { x: at.x - label.width / 2, y: at.y - label.height / 2, width: label.width, height: label.height };
    const padded = {
      x: box.x - LABEL_MARGIN,
      y: box.y - LABEL_MARGIN,
      width: box.width + 2 * LABEL_MARGIN,
      height: box.height + 2 * LABEL_MARGIN,
    };
    const clash = obstacles.filter((o) => boxesOverlap(padded, o)).length;
    if (clash === 0) return { points: [start, end], label: box };
    if (!best || clash < best.clash) best = { box, clash };
  }
  return { points: [start, end], label: best?.box };
}

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Where the ray from a box's centre towards a point leaves the box. */
function exitPoint(box: Box, from: Point, towards: Point): Point {
  const dx = towards.x - from.x;
  const dy = towards.y - from.y;
  const scaleX = dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy);
  const s = Math.min(scaleX, scaleY);
  return { x: from.x + dx * s, y: from.y + dy * s };
}
