// The printable HTML of a notes export: title page and contents (for more than one note), the
// notes, the appendix of linked course notes, the print CSS, and the script that draws diagrams
// and arranges the page before the printer is told it may print.
import type { PersonalNote } from '../common/contract';
import { createMarkdown } from '../common/markdown';
import type { ContentIndex } from './content';
import { arrangeScript, PAGE_MARGINS_MM, type PageSize, pageCss } from './export-page';

export interface AppendixNote {
  id: string;
  title: string;
  markdown: string;
}

export interface ExportDocument {
  notes: PersonalNote[];
  appendix: AppendixNote[];
  title: string;
  now: Date;
  pageSize: PageSize;
  content: ContentIndex;
  /** Maps a link target (a topic id or title) to its topic id. */
  topicId: (target: string) => string | undefined;
  /** Script elements get this nonce; the page's CSP allows nothing else. */
  nonce: string;
  /** The mermaid bundle, asked for only when a diagram is printed. */
  mermaidSource: () => string;
  readyFlag: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PRINT_CSS = `
  @page { margin: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm; }
  body { margin: 0; font: 11pt/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #111; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  /* Chromium builds the PDF outline from the text it paints, line by line: without this, a heading
     that wraps loses the space at the wrap ("deploymentconfigurations") in the bookmarks. */
  h1, h2, h3, h4, h5, h6 { white-space: pre-wrap; }
  /* Note headings print one level down (see printMarkdown); these sizes keep them apart. */
  h1 { font-size: 1.9em; } h2 { font-size: 1.5em; } h3 { font-size: 1.3em; } h4 { font-size: 1.12em; } h5, h6 { font-size: 1em; }
  pre, table, .mermaid, blockquote, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  /* Set by the page script on blocks taller than a page: they split at a row or line instead of
     moving whole and leaving the page before them half empty. Rows stay whole either way. */
  .split-ok { break-inside: auto; page-break-inside: auto; }
  thead { display: table-header-group; }
  pre { background: #f5f5f5; padding: 8px; border-radius: 4px; white-space: pre-wrap; font-size: 9pt; }
  pre.mermaid { background: none; padding: 0; text-align: center; }
  table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 3px 6px; }
  .title-page { height: 90vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .note { break-before: page; }
  .note.first { break-before: auto; }
  .byline { color: #555; font-size: 9pt; margin-top: -0.4em; }
  .toc { break-after: page; } .toc h1 { font-size: 1.5em; } .toc li { margin: 2px 0; }
  .callout { border-left: 4px solid #4a7; padding: 4px 12px; margin: 8px 0; background: #f3faf5; }
  .callout-title { font-weight: bold; margin: 0; }
  .hljs-keyword, .hljs-attr { color: #a626a4; } .hljs-string { color: #50a14f; } .hljs-number, .hljs-literal { color: #986801; }
`;

/**
 * Markdown for print. [[links]] to a topic in the appendix become internal PDF links; any other
 * link prints as plain text (the topic's title), because a link that goes nowhere in a PDF is
 * only a promise the reader cannot follow. Headings drop one level so that every note's
 * headings nest under its title (an h1) in the PDF outline, whatever levels the note uses.
 */
function printMarkdown(doc: ExportDocument, lineBreaks: boolean) {
  const inAppendix = new Set(doc.appendix.map((a) => a.id));
  const md = createMarkdown({
    lineBreaks,
    resolveLink: (target, nodeId) => {
      if (nodeId) {
        const diagram = doc.content.diagrams.get(target);
        const node = diagram?.nodes.find((n) => n.id === nodeId);
        return diagram ? { label: node ? `${node.label} (${diagram.title})` : diagram.title, href: '' } : undefined;
      }
      const id = doc.topicId(target) ?? target;
      const note = doc.content.notes.get(id);
      if (!note) return undefined;
      return { label: note.meta.title, href: inAppendix.has(id) ? `#topic-${id}` : '' };
    },
  });
  md.renderer.rules.wikilink = (tokens, idx) => {
    const { label = '', href = '' } = (tokens[idx]?.meta ?? {}) as { label?: string; href?: string };
    return href
      ? `<a class="wikilink" href="${escapeHtml(href)}">${escapeHtml(label)}</a>`
      : `<span class="wikilink-text">${escapeHtml(label)}</span>`;
  };
  md.core.ruler.push('print_heading_levels', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 1)}`;
    }
  });
  return md;
}

export function buildExportHtml(doc: ExportDocument): string {
  // The learner's notes break lines at single newlines, as on screen; the course notes do not.
  const md = printMarkdown(doc, true);
  const courseMd = printMarkdown(doc, false);
  const { notes, appendix, nonce } = doc;
  const date = doc.now.toISOString().slice(0, 10);
  const appendixCount = appendix.length ? `${appendix.length} course note${appendix.length === 1 ? '' : 's'} in the appendix` : '';
  // One note prints as that note: no title page that repeats its title and no contents listing a
  // single entry, so page 1 is the note itself (a cheat sheet printed for the desk stays one
  // sheet). Its bookmarks and its own links still reach the appendix.
  const single = notes.length === 1;
  const sections = notes
    .map((n, i) => {
      const byline = single
        ? `<p class="byline">Exported from DevOps Pro Companion on ${date}${appendixCount ? `, with ${appendixCount}` : ''}</p>`
        : '';
      return `<section class="note${i === 0 && single ? ' first' : ''}" id="note-${i + 1}"><h1>${escapeHtml(n.title)}</h1>${byline}\n${md.render(n.body)}</section>`;
    })
    .join('\n');
  const appendixHtml = appendix
    .map(
      (a) =>
        `<section class="note appendix" id="topic-${a.id}"><h1>Appendix: ${escapeHtml(a.title)}</h1>\n${courseMd.render(a.markdown)}</section>`,
    )
    .join('\n');
  const toc = [
    ...notes.map((n, i) => `<li><a href="#note-${i + 1}">${escapeHtml(n.title)}</a></li>`),
    ...appendix.map((a) => `<li><a href="#topic-${a.id}">Appendix: ${escapeHtml(a.title)}</a></li>`),
  ].join('');
  const front = single
    ? ''
    : `<div class="title-page"><h1>${escapeHtml(doc.title)}</h1>
<p>Exported from DevOps Pro Companion on ${date}</p>
<p>${notes.length} notes${appendixCount ? `, ${appendixCount}` : ''}</p></div>
<nav class="toc"><h1>Contents</h1><ol>${toc}</ol></nav>`;
  const needsMermaid = [...notes.map((n) => n.body), ...appendix.map((a) => a.markdown)].some((text) => /```mermaid/i.test(text));
  // The printers wait for the flag; it is set even if drawing or arranging fails, so a broken
  // diagram prints as its source rather than hanging the export.
  const ready = `const ready = () => Promise.resolve().then(() => ${arrangeScript(doc.pageSize)})
    .catch(() => {}).finally(() => { window.${doc.readyFlag} = true; });`;
  const script = needsMermaid
    ? `<script nonce="${nonce}">${doc.mermaidSource()}</script>
         <script nonce="${nonce}">${ready}
           for (const pre of document.querySelectorAll('pre.mermaid')) pre.dataset.source = pre.textContent;
           mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', flowchart: { htmlLabels: false } });
           mermaid.run({ querySelector: 'pre.mermaid' }).catch(() => {}).then(() => document.fonts.ready).then(ready, ready);
         </script>`
    : `<script nonce="${nonce}">${ready} document.fonts.ready.then(ready, ready);</script>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(doc.title)}</title><style>${PRINT_CSS}${pageCss(doc.pageSize)}</style></head>
<body>
${front}
${sections}
${appendixHtml}
${script}
</body></html>`;
}
