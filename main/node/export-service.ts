// Turns personal notes into one printable HTML document and hands it to whichever PDF printer
// the shell provides (Electron's printToPDF or headless Chromium). Both print this same HTML.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { ExportDelivery, PersonalNote } from '../common/contract';
import { createMarkdown } from '../common/markdown';
import { ApiError } from '../common/result';
import { parseWikilinks, topicIdResolver } from '../common/wikilinks';
import type { ContentIndex } from './content';

export interface PrintOptions {
  pageSize: 'A4' | 'Letter';
  /** Footer with "page / total" on every page. */
  footerTemplate: string;
}

export interface PdfPrinter {
  /** Rejects with exportCancelled() when the signal aborts. */
  print(html: string, options: PrintOptions, signal?: AbortSignal): Promise<Buffer>;
}

/** How a finished file reaches the learner: a save dialog in Electron, a download in the browser. */
export interface FileDelivery {
  deliver(fileName: string, data: Buffer, mimeType: string): Promise<ExportDelivery>;
}

/** The error a cancelled export ends with, whichever layer notices the cancellation. */
export const exportCancelled = () => new ApiError('cancelled', 'The export was cancelled.');

/** A running export that the page can follow and cancel. */
export interface ExportJob {
  signal: AbortSignal;
  report(progress: { stage: 'preparing' | 'printing' | 'saving'; notes: number }): void;
  throwIfCancelled(): void;
}

/** The printed page sets this once mermaid has drawn every diagram; printers wait for it. */
export const PRINT_READY_FLAG = '__companionPrintReady';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FOOTER =
  '<div style="width:100%;font-size:9px;color:#666;text-align:center;font-family:sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

const PRINT_CSS = `
  @page { margin: 18mm 16mm 20mm 16mm; }
  body { font: 11pt/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #111; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  pre, table, .mermaid, blockquote, figure, tr { break-inside: avoid; page-break-inside: avoid; }
  pre { background: #f5f5f5; padding: 8px; border-radius: 4px; white-space: pre-wrap; font-size: 9pt; }
  table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 3px 6px; }
  .title-page { height: 90vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .note { break-before: page; }
  .toc { break-after: page; } .toc li { margin: 2px 0; }
  .callout { border-left: 4px solid #4a7; padding: 4px 12px; margin: 8px 0; background: #f3faf5; }
  .callout-title { font-weight: bold; margin: 0; }
  .hljs-keyword, .hljs-attr { color: #a626a4; } .hljs-string { color: #50a14f; } .hljs-number, .hljs-literal { color: #986801; }
`;

const safeFileName = (text: string) =>
  text
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);

export class ExportService {
  private mermaidSource: string | undefined;

  constructor(
    private readonly content: ContentIndex,
    private readonly mermaidScriptPath: string,
  ) {}

  /** Course notes the personal notes link to with [[topic]], in course order. */
  linkedCourseNotes(notes: PersonalNote[]): { id: string; title: string; markdown: string }[] {
    const topicId = topicIdResolver(this.content.topics);
    const linked = new Set<string>();
    for (const note of notes) for (const link of parseWikilinks(note.body)) if (!link.nodeId) linked.add(topicId(link.target) ?? '');
    return this.content.topics
      .filter((t) => linked.has(t.id) && this.content.notes.has(t.id))
      .map((t) => ({ id: t.id, title: t.title, markdown: this.content.notes.get(t.id)?.markdown ?? '' }));
  }

  buildNotesHtml(notes: PersonalNote[], now = new Date(), options: { appendix?: boolean; title?: string } = {}): string {
    const topicId = topicIdResolver(this.content.topics);
    const md = createMarkdown({
      resolveLink: (target) => {
        const note = this.content.notes.get(topicId(target) ?? target);
        return note ? { label: note.meta.title, href: `#topic-${note.meta.id}` } : undefined;
      },
    });
    const nonce = randomBytes(16).toString('base64');
    const appendix = options.appendix ? this.linkedCourseNotes(notes) : [];
    const needsMermaid = [...notes.map((n) => n.body), ...appendix.map((a) => a.markdown)].some((text) => /```mermaid/i.test(text));
    const sections = notes
      .map((n, i) => `<section class="note" id="note-${i + 1}"><h1>${escapeHtml(n.title)}</h1>\n${md.render(n.body)}</section>`)
      .join('\n');
    const appendixHtml = appendix
      .map(
        (a) =>
          `<section class="note appendix" id="topic-${a.id}"><h1>Appendix: ${escapeHtml(a.title)}</h1>\n${md.render(a.markdown)}</section>`,
      )
      .join('\n');
    const toc = [
      ...notes.map((n, i) => `<li><a href="#note-${i + 1}">${escapeHtml(n.title)}</a></li>`),
      ...appendix.map((a) => `<li><a href="#topic-${a.id}">Appendix: ${escapeHtml(a.title)}</a></li>`),
    ].join('');
    const title = options.title ?? (notes.length === 1 ? (notes[0]?.title ?? 'My notes') : 'My notes');
    const script = needsMermaid
      ? `<script nonce="${nonce}">${this.mermaid()}</script>
         <script nonce="${nonce}">
           mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', flowchart: { htmlLabels: false } });
           mermaid.run({ querySelector: 'pre.mermaid' }).catch(() => {}).finally(() => { window.${PRINT_READY_FLAG} = true; });
         </script>`
      : `<script nonce="${nonce}">window.${PRINT_READY_FLAG} = true;</script>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(title)}</title><style>${PRINT_CSS}</style></head>
<body>
<div class="title-page"><h1>${escapeHtml(title)}</h1>
<p>Exported from DevOps Pro Companion on ${now.toISOString().slice(0, 10)}</p>
<p>${notes.length} note${notes.length === 1 ? '' : 's'}${appendix.length ? `, ${appendix.length} course note${appendix.length === 1 ? '' : 's'} in the appendix` : ''}</p></div>
<nav class="toc"><h2>Contents</h2><ol>${toc}</ol></nav>
${sections}
${appendixHtml}
${script}
</body></html>`;
  }

  async exportNotes(
    notes: PersonalNote[],
    printer: PdfPrinter,
    delivery: FileDelivery,
    options: { pageSize: 'A4' | 'Letter'; appendix: boolean; title?: string } = { pageSize: 'A4', appendix: false },
    job?: ExportJob,
  ): Promise<ExportDelivery> {
    if (notes.length === 0) throw new ApiError('invalid_input', 'There are no notes to export.');
    job?.report({ stage: 'preparing', notes: notes.length });
    const html = this.buildNotesHtml(notes, new Date(), { appendix: options.appendix, title: options.title });
    job?.throwIfCancelled();
    job?.report({ stage: 'printing', notes: notes.length });
    const pdf = await printer.print(html, { pageSize: options.pageSize, footerTemplate: FOOTER }, job?.signal);
    job?.throwIfCancelled();
    job?.report({ stage: 'saving', notes: notes.length });
    const base = options.title ?? (notes.length === 1 ? (notes[0]?.title ?? 'note') : 'my-notes');
    return delivery.deliver(`${safeFileName(base) || 'note'}.pdf`, pdf, 'application/pdf');
  }

  /** Every note as a markdown file with YAML front matter, in one zip (a folder for Obsidian). */
  async exportMarkdown(notes: PersonalNote[], delivery: FileDelivery): Promise<ExportDelivery> {
    const { strToU8, zipSync } = await import('fflate');
    const used = new Set<string>();
    const files: Record<string, Uint8Array> = {};
    for (const note of notes) {
      const base = safeFileName(note.title) || 'note';
      let name = base;
      for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
      used.add(name.toLowerCase());
      const front = [
        '---',
        `id: ${note.id}`,
        `title: ${JSON.stringify(note.title)}`,
        `tags: [${note.tags.map((t) => JSON.stringify(t)).join(', ')}]`,
        `created: ${note.createdAt}`,
        `updated: ${note.updatedAt}`,
        '---',
        '',
      ].join('\n');
      files[`my-notes/${name}.md`] = strToU8(front + note.body);
    }
    const zip = Buffer.from(zipSync(files, { level: 6 }));
    return delivery.deliver(`my-notes-${new Date().toISOString().slice(0, 10)}.zip`, zip, 'application/zip');
  }

  private mermaid(): string {
    this.mermaidSource ??= fs.readFileSync(this.mermaidScriptPath, 'utf8').replace(/<\/script/gi, '<\\/script');
    return this.mermaidSource;
  }
}
