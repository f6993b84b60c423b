// Diagrams: the index of every diagram, or one diagram on its live canvas (DiagramCanvas).
import { ReactFlowProvider } from '@xyflow/react';
// The diagram stylesheets come before React Flow's: where one of their rules and one of React
// Flow's are equally specific, React Flow's wins, as these rules were written for. The ones that
// must beat it (the node focus ring) are more specific instead.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import './diagrams.css';
import './diagram-nodes.css';
import './diagram-panels.css';
import '@xyflow/react/dist/style.css';
import { useCourseContent } from '../../ui/course-content';
import { ErrorMessage, Loading } from '../../ui/Status';
import { DiagramCanvas } from './DiagramCanvas';
import { DiagramIndex } from './DiagramIndex';

export function DiagramsView({ diagramId, nodeId, drill }: { diagramId?: string; nodeId?: string; drill?: string[] }) {
  if (diagramId) return <DiagramScreen key={diagramId} id={diagramId} nodeId={nodeId} drill={drill} />;
  return <DiagramIndex />;
}

function DiagramScreen({ id, nodeId, drill }: { id: string; nodeId?: string; drill?: string[] }) {
  const { data, error, loading, reload } = useCourseContent('diagrams.get', { id });
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || !data) return <Loading what="diagram" />;
  return (
    <ReactFlowProvider>
      <DiagramCanvas spec={data} initialNodeId={nodeId} drillNodes={drill} />
    </ReactFlowProvider>
  );
}
