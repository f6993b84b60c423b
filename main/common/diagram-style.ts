// The typography and box metrics diagrams are drawn with. The layout (in Node) sizes every box
// from these numbers, and the renderer draws with the same ones, so text always fits its box.

export const DIAGRAM_FONT_FAMILY = '"Inter", system-ui, sans-serif';

export const TEXT = {
  /** Node title: 14 px semibold, up to three lines. */
  nodeLabel: { size: 14, weight: 600, lineHeight: 18, maxLines: 3 },
  /** The AWS service under a node title. */
  nodeService: { size: 12, weight: 400, lineHeight: 16, maxLines: 2 },
  edgeLabel: { size: 12, weight: 400, lineHeight: 15, maxLines: 3 },
  groupLabel: { size: 13, weight: 600, lineHeight: 17, maxLines: 2 },
} as const;

export const NODE = {
  width: 232,
  minHeight: 64,
  paddingX: 10,
  paddingY: 9,
  iconSize: 34,
  iconGap: 10,
  border: 2,
} as const;

/** Width available to a node's text: the box less padding, border and icon. */
export const NODE_TEXT_WIDTH = NODE.width - 2 * NODE.paddingX - 2 * NODE.border - NODE.iconSize - NODE.iconGap;

/** Edge labels wrap past this width; their box gets this padding around the text. */
export const EDGE_LABEL = { maxWidth: 150, paddingX: 4, paddingY: 2 } as const;

/** The group title strip at the top of a group box (icon + label). */
export const GROUP = { paddingX: 14, headerIcon: 24, headerGap: 8, headerPaddingY: 8, padding: 22 } as const;

/** The smallest text on the canvas; the view never opens a diagram at a zoom that draws it under 11 px. */
export const SMALLEST_TEXT_PX = Math.min(TEXT.nodeService.size, TEXT.edgeLabel.size);
export const MIN_READABLE_PX = 11;
