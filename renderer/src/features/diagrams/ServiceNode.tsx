// One diagram node: service, actor or concept. Memoised and defined outside any render, as
// React Flow re-renders nodes often while panning.
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { ServiceNodeData } from './flow-model';

function initials(service?: string): string {
  if (!service) return '';
  return service
    .replace(/^(Amazon|AWS)\s+/, '')
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 3)
    .toUpperCase();
}

export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<Node<ServiceNodeData>>) {
  const classes = ['diagram-node', `diagram-node-${data.kind}`];
  if (data.highlighted) classes.push('is-highlighted');
  if (data.dimmed) classes.push('is-dimmed');
  if (selected) classes.push('is-selected');
  return (
    <div className={classes.join(' ')}>
      <Handle type="target" position={Position.Left} />
      {data.kind === 'service' ? (
        <span className="node-icon" aria-hidden="true">
          {initials(data.service)}
        </span>
      ) : (
        <span className="node-icon node-icon-neutral" aria-hidden="true">
          {data.kind === 'actor' ? '●' : '◇'}
        </span>
      )}
      <span className="node-text">
        <span className="node-label">{data.label}</span>
        {data.service && <span className="node-service">{data.service}</span>}
      </span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

export const NODE_TYPES = { service: ServiceNode };
