// The diagram index: a thumbnail per diagram, filter by exam domain, and search by title.

import { DOMAIN_INFO, type DomainId } from '@common/content-schema';
import type { DiagramSummary } from '@common/contract';
import { useMemo, useState } from 'react';
import { routeHref } from '../../app/router';
import { useCourseContent } from '../../ui/course-content';
import { ErrorMessage, Loading } from '../../ui/Status';

function Thumbnail({ thumbnail }: { thumbnail: DiagramSummary['thumbnail'] }) {
  const xs = thumbnail.boxes.map((b) => b.x);
  const ys = thumbnail.boxes.map((b) => b.y);
  const minX = Math.min(...xs) - 20;
  const minY = Math.min(...ys) - 20;
  const width = Math.max(...thumbnail.boxes.map((b) => b.x + b.width)) + 20 - minX;
  const height = Math.max(...thumbnail.boxes.map((b) => b.y + b.height)) + 20 - minY;
  return (
    <svg className="thumbnail" viewBox={`${minX} ${minY} ${width} ${height}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {thumbnail.lines.map(([x1, y1, x2, y2], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static drawing, never reordered
        <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} className="thumbnail-edge" />
      ))}
      {thumbnail.boxes.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static drawing, never reordered
        <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} rx={10} className={`thumbnail-node thumbnail-${b.kind}`} />
      ))}
    </svg>
  );
}

export function DiagramIndex() {
  const { data, error, loading, reload } = useCourseContent('diagrams.list', {});
  const [domain, setDomain] = useState<DomainId | 'all'>('all');
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return (data ?? []).filter(
      (d) => (domain === 'all' || d.domain === domain) && words.every((w) => `${d.title} ${d.summary} ${d.id}`.toLowerCase().includes(w)),
    );
  }, [data, domain, query]);
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="diagrams" />;
  return (
    <div className="page">
      <h1>Diagrams</h1>
      <div className="filters">
        <input
          type="search"
          aria-label="Filter diagrams"
          placeholder="Filter by name…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <select aria-label="Domain" value={domain} onChange={(e) => setDomain(e.target.value as DomainId | 'all')}>
          <option value="all">All domains</option>
          {DOMAIN_INFO.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id} {d.name}
            </option>
          ))}
        </select>
        <span className="muted" role="status">
          {shown.length} of {data.length}
        </span>
      </div>
      <ul className="card-grid">
        {shown.map((d) => (
          <li key={d.id} className="card">
            <a href={routeHref({ view: 'diagrams', diagramId: d.id })} className="card-link">
              <Thumbnail thumbnail={d.thumbnail} />
              <h2>{d.title}</h2>
            </a>
            <p>{d.summary}</p>
            <p className="muted">
              {d.domain} · {d.nodeCount} nodes
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
