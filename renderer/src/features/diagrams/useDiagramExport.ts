// PNG and SVG export of the whole diagram. Off-screen nodes and edges are culled while zoomed in
// (renderEverything is false), so an export first draws them all, then takes the picture.
import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { exportDiagram, nextFrames } from './export-image';

export function useDiagramExport(
  diagramId: string,
  onMessage: (message: string) => void,
): { renderEverything: boolean; exportAs: (format: 'png' | 'svg') => Promise<void> } {
  const { getNodes } = useReactFlow();
  const [renderEverything, setRenderEverything] = useState(false);
  const exportAs = async (format: 'png' | 'svg') => {
    try {
      const background = getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
      flushSync(() => setRenderEverything(true));
      await nextFrames(2);
      const file = await exportDiagram(format, getNodes(), diagramId, background);
      onMessage(`Exported ${file}`);
    } catch (err) {
      onMessage(`Export failed: ${(err as Error).message}`);
    } finally {
      setRenderEverything(false);
    }
  };
  return { renderEverything, exportAs };
}
