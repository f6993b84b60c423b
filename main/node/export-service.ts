// Turns personal notes into one printable HTML document and hands it to whichever PDF printer
// the shell provides (Electron's printToPDF or headless Chromium). Both print this same HTML.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { ExportDelivery, PersonalNote } from '../common/contract';
import { createMarkdown } from '../common/markdown';
import { ApiError } from '../common/result';
import type { ContentIndex } from './content';

export interface PrintOptions {
  pageSize: 'A4' | 'Letter';
  /** Footer with "page / total" on every page. */
  footerTemplate: string;
}

export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<Buffer>;
}

/** How a finished file reaches the learner: a save dialog in Electron, a download in the browser. */
export interface FileDelivery {
  deliver(fileName: string, data: Buffer): Promise<ExportDelivery>;
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

export class ExportService {
  private mermaidSource: string | undefined;

  constructor(
    private readonly content: ContentIndex,
    private readonly mermaidScriptPath: string,
  ) {}

  buildNotesHtml(notes: PersonalNote[], now = new Date()): string {
    const md = createMarkdown({
      resolveLink: (target) => {
        const note = this.content.notes.get(target);
        return note ? { label: note.meta.title, href: `#topic-${target}` } : undefined;
      },
    });
    const nonce = randomBytes(16).toString('base64');
    const needsMermaid = notes.some((n) => /```mermaid/i.test(n.body));
    const sections = notes
      .map((n, i) => `<section class="note" id="note-${i + 1}"><h1>${escapeHtml(n.title)}</h1>\n${md.render(n.body)}</section>`)
      .join('\n');
    const toc = notes.map((n, i) => `<li><a href="#note-${i + 1}">${escapeHtml(n.title)}</a></li>`).join('');
    const title = notes.length === 1 ? (notes[0]?.title ?? 'My notes') : 'My notes';
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
<p>${notes.length} note${notes.length === 1 ? '' : 's'}</p></div>
<nav class="toc"><h2>Contents</h2><ol>${toc}</ol></nav>
${sections}
${script}
</body></html>`;
  }

  async exportNotes(notes: PersonalNote[], printer: PdfPrinter, delivery: FileDelivery): Promise<ExportDelivery> {
    if (notes.length === 0) throw new ApiError('invalid_input', 'Choose at least one note to export.');
    const pdf = await printer.print(this.buildNotesHtml(notes), { pageSize: 'A4', footerTemplate: FOOTER });
    const base = notes.length === 1 ? (notes[0]?.title ?? 'note') : 'my-notes';
    const fileName = `${
      base
        .replace(/[^\w\- ]+/g, '')
        .trim()
        .replace(/\s+/g, '-')
        .slice(0, 60) || 'note'
    }.pdf`;
    return delivery.deliver(fileName, pdf);
  }

  private mermaid(): string {
    this.mermaidSource ??= fs.readFileSync(this.mermaidScriptPath, 'utf8').replace(/<\/script/gi, '<\\/script');
    return this.mermaidSource;
  }
}
