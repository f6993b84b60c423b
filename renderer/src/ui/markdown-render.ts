// Markdown to safe HTML for the page: the shared dialect (raw HTML off), then DOMPurify as a
// second wall, then mermaid diagrams drawn in strict mode.

import { createMarkdown, type MarkdownOptions } from '@common/markdown';
import DOMPurify from 'dompurify';

const cache = new Map<string, ReturnType<typeof createMarkdown>>();

export function renderMarkdownToSafeHtml(
  markdown: string,
  resolveLink: MarkdownOptions['resolveLink'],
  cacheKey: string,
  lineBreaks = false,
): string {
  const key = `${cacheKey}${lineBreaks ? ':breaks' : ''}`;
  let md = cache.get(key);
  if (!md) {
    md = createMarkdown({ resolveLink, lineBreaks });
    cache.set(key, md);
  }
  return DOMPurify.sanitize(md.render(markdown), {
    USE_PROFILES: { html: true },
    ALLOWED_URI_REGEXP: /^(?:#|https:)/i,
    FORBID_TAGS: ['style', 'form', 'input', 'iframe', 'object', 'embed'],
  });
}

let mermaidModule: Promise<typeof import('mermaid')> | undefined;
let mermaidConfigKey: string | undefined;
let renderCounter = 0;

/**
 * Mermaid's HTML labels: a div > span > p inside each foreignObject carries the label's width limit,
 * wrapping and centring. Without them the bare text inherits the <pre>'s `white-space: pre`, runs
 * on one line and is cut off by its box ("Application Load Balance").
 */
const MERMAID_LABEL_TAGS = ['foreignObject', 'div', 'span', 'p', 'br', 'b', 'strong', 'i', 'em'];

export function sanitizeMermaidSvg(svg: string): string {
  return DOMPurify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: MERMAID_LABEL_TAGS,
    // Without this DOMPurify drops any HTML element inside an SVG, label text and all.
    HTML_INTEGRATION_POINTS: { foreignobject: true },
  });
}

/** Draws every pre.mermaid inside root. A diagram that fails to parse keeps its source visible. */
export async function renderMermaidIn(root: HTMLElement, dark: boolean): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('pre.mermaid:not([data-rendered])')];
  if (blocks.length === 0) return;
  mermaidModule ??= import('mermaid');
  const mermaid = (await mermaidModule).default;
  // Mermaid sizes each label box from text it measures once: measure with the fonts the page will
  // show, after they have loaded, or the boxes come out narrower than the text drawn in them.
  await document.fonts.ready;
  const fontFamily = getComputedStyle(root).fontFamily;
  const theme = dark ? 'dark' : 'neutral';
  const key = `${theme} ${fontFamily}`;
  if (mermaidConfigKey !== key) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme,
      fontFamily,
      themeVariables: { fontFamily },
      flowchart: { htmlLabels: false },
    });
    mermaidConfigKey = key;
  }
  for (const block of blocks) {
    const source = block.textContent ?? '';
    block.dataset.rendered = 'pending';
    try {
      const { svg } = await mermaid.render(`mermaid-${++renderCounter}`, source);
      block.innerHTML = sanitizeMermaidSvg(svg);
      block.dataset.rendered = 'svg';
      block.setAttribute('role', 'img');
      block.setAttribute('aria-label', 'Diagram');
    } catch {
      block.textContent = source;
      block.dataset.rendered = 'error';
      block.title = 'This diagram could not be drawn; its source is shown instead.';
    }
  }
}
