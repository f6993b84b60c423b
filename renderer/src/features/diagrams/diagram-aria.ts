// What a screen reader hears about the canvas. React Flow's defaults describe an editor (move
// nodes with the arrow keys, remove them with Delete); here nodes open their notes and the keys
// move the view, so the text says that instead.
import type { AriaLabelConfig } from '@xyflow/react';

const NODE_HELP =
  'Press Enter to open this node and its course note in the side panel. Tab moves to the next node. Arrow keys pan the diagram, plus and minus zoom, 0 fits it to the window.';

export const DIAGRAM_ARIA_TEXT: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': NODE_HELP,
  'node.a11yDescription.keyboardDisabled': NODE_HELP,
  'edge.a11yDescription.default': 'A connection between two nodes.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.fitView.ariaLabel': 'Fit the whole diagram',
  'minimap.ariaLabel': 'Overview of the whole diagram',
};
