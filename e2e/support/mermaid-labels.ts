// Finds mermaid labels that are cut off: text drawn wider or taller than the foreignObject that
// holds it (the foreignObject clips, so the reader sees "Application Load Balance").
import type { Page } from '@playwright/test';

/**
 * Every label inside `svgSelector` (mermaid's SVGs) whose text runs past its foreignObject, as
 * "label text: text W×H px in a box of W×H px", and every label box mermaid sized for text that has
 * none (a sanitizer that drops the label's HTML leaves it empty). Measures the laid-out text itself,
 * line by line, so a label that wraps inside its box passes and one that overflows it does not.
 */
export function clippedMermaidLabels(page: Page, svgSelector = 'pre.mermaid svg'): Promise<string[]> {
  return page.evaluate((selector) => {
    const SLACK = 1;
    const found: string[] = [];
    for (const fo of Array.from(document.querySelectorAll(`${selector} foreignObject`))) {
      const label = (fo.textContent ?? '').replace(/\s+/g, ' ').trim();
      const box = fo.getBoundingClientRect();
      if (!label) {
        if (box.width > SLACK && box.height > SLACK) found.push(`a label box of ${box.width.toFixed(0)} px has no text`);
        continue;
      }
      const ink = { left: Number.POSITIVE_INFINITY, top: Number.POSITIVE_INFINITY, right: -Infinity, bottom: -Infinity };
      const walker = document.createTreeWalker(fo, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects())) {
          if (r.width === 0 && r.height === 0) continue;
          ink.left = Math.min(ink.left, r.left);
          ink.top = Math.min(ink.top, r.top);
          ink.right = Math.max(ink.right, r.right);
          ink.bottom = Math.max(ink.bottom, r.bottom);
        }
      }
      if (ink.right < ink.left) continue;
      const outside =
        ink.left < box.left - SLACK || ink.right > box.right + SLACK || ink.top < box.top - SLACK || ink.bottom > box.bottom + SLACK;
      if (outside) {
        const size = (w: number, h: number) => `${w.toFixed(0)}×${h.toFixed(0)} px`;
        found.push(`${label}: text ${size(ink.right - ink.left, ink.bottom - ink.top)} in a box of ${size(box.width, box.height)}`);
      }
    }
    return found;
  }, svgSelector);
}
