// Exports the whole diagram (not just what is on screen) as PNG or SVG, following React Flow's
// documented recipe: fit the nodes' bounds into a fixed-size image and render the viewport.
import inter400 from '@fontsource/inter/files/inter-latin-400-normal.woff2';
import inter600 from '@fontsource/inter/files/inter-latin-600-normal.woff2';
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/**
 * The diagram font, inlined for the image. html-to-image would otherwise look for the font files
 * next to the page (our CSP forbids the base-URI trick it uses to resolve them) and draw the
 * labels in a fallback font the layout did not measure.
 */
let fontCss: Promise<string> | undefined;
function diagramFontCss(): Promise<string> {
  const face = async (url: string, weight: number) => {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return `@font-face{font-family:'Inter';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2')}`;
  };
  fontCss ??= Promise.all([face(inter400, 400), face(inter600, 600)]).then((faces) => faces.join('\n'));
  return fontCss;
}

export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 1000;

export async function exportDiagram(format: 'png' | 'svg', nodes: Node[], fileBase: string, background: string): Promise<string> {
  const viewportElement = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!viewportElement) throw new Error('The diagram is not on screen.');
  const bounds = getNodesBounds(nodes);
  const viewport = getViewportForBounds(bounds, EXPORT_WIDTH, EXPORT_HEIGHT, 0.1, 2, 0.05);
  const options = {
    fontEmbedCSS: await diagramFontCss(),
    backgroundColor: background,
    width: EXPORT_WIDTH,
    height: EXPORT_HEIGHT,
    pixelRatio: 1,
    style: {
      width: `${EXPORT_WIDTH}px`,
      height: `${EXPORT_HEIGHT}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  const dataUrl = format === 'png' ? await toPng(viewportElement, options) : await toSvg(viewportElement, options);
  const fileName = `${fileBase}.${format}`;
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  link.click();
  return fileName;
}

/** Resolves after the browser has painted `count` more frames. */
export const nextFrames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
