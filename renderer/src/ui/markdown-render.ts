// Markdown to safe HTML for the page: the shared dialect (raw HTML off), then DOMPurify as a
// second wall, then mermaid diagrams drawn in strict mode.
import DOMPurify from 'dompurify';
import { createMarkdown, type MarkdownOptions } from '../../../main/common/markdown';

const cache = new Map<string, ReturnType<typeof createMarkdown>>();

export function renderMarkdownToSafeHtml(markdown: string, resolveLink: MarkdownOptions['resolveLink'], cacheKey: string): string {
  let md = cache.get(cacheKey);
  if (!md) {
    md = createMarkdown({ resolveLink });
    cache.set(cacheKey, md);
  }
  return DOMPurify.sanitize(md.render(markdown), {
    USE_PROFILES: { html: true },
    ALLOWED_URI_REGEXP: /^(?:#|https:)/i,
    FORBID_TAGS: ['style', 'form', 'input', 'iframe', 'object', 'embed'],
  });
}

let mermaidModule: Promise<typeof import('mermaid')> | undefined;
let mermaidTheme: string | undefined;
let renderCounter = 0;

/** Draws every pre.mermaid inside root. A diagram that fails to parse keeps its source visible. */
export async function renderMermaidIn(root: HTMLElement, dark: boolean): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>('pre.mermaid:not([data-rendered])')];
  if (blocks.length === 0) return;
  mermaidModule ??= import('mermaid');
  const mermaid = (await mermaidModule).default;
  const theme = dark ? 'dark' : 'neutral';
  if (mermaidTheme !== theme) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme, flowchart: { htmlLabels: false } });
    mermaidTheme = theme;
  }
  for (const block of blocks) {
    const source = block.textContent ?? '';
    block.dataset.rendered = 'pending';
    try {
      const { svg } = await mermaid.render(`mermaid-${++renderCounter}`, source);
      block.innerHTML = DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_TAGS: ['foreignObject'] });
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
