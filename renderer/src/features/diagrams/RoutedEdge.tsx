// An edge drawn along the route the layout computed (ELK's orthogonal sections and bend points,
// or a straight line in mesh and hub diagrams), with its label in the box the layout reserved for
// it, so labels never land on nodes or on each other.

import type { Point } from '@common/contract';
import { DIAGRAM_FONT_FAMILY, EDGE_LABEL, TEXT } from '@common/diagram-style';
import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RoutedEdgeData } from './flow-model';
import { TextLines } from './TextLines';

const CORNER_RADIUS = 8;

/** An SVG path through the points, with each bend rounded off. */
export function roundedPath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  rest.forEach((p, i) => {
    const prev = points[i] as Point;
    const next = rest[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      return;
    }
    const r = Math.min(CORNER_RADIUS, distance(prev, p) / 2, distance(p, next) / 2);
    const before = towards(p, prev, r);
    const after = towards(p, next, r);
    d += ` L ${before.x} ${before.y} Q ${p.x} ${p.y} ${after.x} ${after.y}`;
  });
  return d;
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);
const towards = (from: Point, to: Point, by: number): Point => {
  const length = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * by) / length, y: from.y + ((to.y - from.y) * by) / length };
};

export const RoutedEdge = memo(function RoutedEdge({
  id,
  data,
  label,
  style,
  markerEnd,
  sourceX,
  sourceY,
  targetX,
  targetY,
}: EdgeProps<Edge<RoutedEdgeData>>) {
  if (!data) return null;
  const points =
    data.points.length >= 2
      ? data.points
      : [
          { x: sourceX, y: sourceY },
          { x: targetX, y: targetY },
        ];
  const box = data.labelBox;
  return (
    <>
      <BaseEdge id={id} path={roundedPath(points)} markerEnd={markerEnd} style={style} />
      {box && label && (
        <EdgeLabelRenderer>
          <div
            className={`routed-edge-label${data.showsShare ? ' is-share' : ''}`}
            style={{
              transform: `translate(${box.x}px, ${box.y}px)`,
              // A traffic share is not the text the layout measured, so its box may grow.
              width: data.showsShare ? undefined : box.width,
              minWidth: box.width,
              height: box.height,
              padding: `${EDGE_LABEL.paddingY}px ${EDGE_LABEL.paddingX}px`,
              fontFamily: DIAGRAM_FONT_FAMILY,
              fontSize: TEXT.edgeLabel.size,
              lineHeight: `${TEXT.edgeLabel.lineHeight}px`,
              fontWeight: data.showsShare ? 600 : TEXT.edgeLabel.weight,
              opacity: data.dimmed ? 0.35 : 1,
            }}
          >
            {data.showsShare ? <span>{label}</span> : <TextLines lines={box.lines} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

export const EDGE_TYPES = { routed: RoutedEdge };
