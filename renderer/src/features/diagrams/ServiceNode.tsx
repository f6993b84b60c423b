// Diagram node types. Memoised and defined outside any render, as React Flow re-renders nodes
// often while panning. Text is drawn in the lines the layout measured, so it always fits its box.
import { DIAGRAM_FONT_FAMILY } from '@common/diagram-style';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { GroupNodeData, ServiceNodeData } from './flow-model';
import { TextLines } from './TextLines';

export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<Node<ServiceNodeData>>) {
  // Culled (useOverscanCulling): the node is display: none, so nothing inside it would be seen.
  if (data.culled) return null;
  const classes = ['diagram-node', `diagram-node-${data.kind}`];
  if (data.highlighted) classes.push('is-highlighted');
  if (data.dimmed) classes.push('is-dimmed');
  if (selected) classes.push('is-selected');
  const hidden = data.hiddenLabel;
  if (hidden) classes.push(hidden.answered ? (hidden.answered.correct ? 'is-drill-correct' : 'is-drill-wrong') : 'is-drill-hidden');
  return (
    <div
      className={classes.join(' ')}
      style={{ fontFamily: DIAGRAM_FONT_FAMILY }}
      title={hidden ? undefined : `${data.label}${data.service ? ` — ${data.service}` : ''}`}
    >
      <Handle type="target" position={Position.Left} />
      {data.icon ? (
        <img className="node-icon" src={data.icon} alt="" width={34} height={34} draggable={false} />
      ) : (
        <span className="node-icon node-icon-neutral" aria-hidden="true">
          {data.kind === 'actor' ? '●' : data.kind === 'service' ? 'AWS' : '◇'}
        </span>
      )}
      <span className="node-text">
        {hidden ? (
          <span className="node-label">{hidden.answered ? <TextLines lines={data.labelLines} /> : '?'}</span>
        ) : (
          <>
            <span className="node-label">
              <TextLines lines={data.labelLines} />
            </span>
            {data.serviceLines.length > 0 && (
              <span className="node-service">
                <TextLines lines={data.serviceLines} />
              </span>
            )}
          </>
        )}
      </span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

export const GroupNode = memo(function GroupNode({ data }: NodeProps<Node<GroupNodeData>>) {
  return (
    <div className={`diagram-group diagram-group-${data.kind}`} style={{ fontFamily: DIAGRAM_FONT_FAMILY }}>
      <div className="diagram-group-label">
        {data.icon ? (
          <img src={data.icon} alt="" width={24} height={24} draggable={false} />
        ) : (
          <span className="diagram-group-icon" aria-hidden="true" />
        )}
        <span className="diagram-group-title">
          <TextLines lines={data.labelLines} />
        </span>
      </div>
    </div>
  );
});

export const NODE_TYPES = { service: ServiceNode, container: GroupNode };
