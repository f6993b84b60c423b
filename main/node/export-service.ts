// Turns personal notes into one printable HTML document and hands it to whichever PDF printer
// the shell provides (Electron's printToPDF or headless Chromium). Both print this same HTML.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { ExportDelivery, PersonalNote } from '../common/contract';
import { ApiError } from '../common/result';
import { parseWikilinks, topicIdResolver } from '../common/wikilinks';
import type { ContentIndex } from './content';
import { buildExportHtml } from './export-html';
import type { PageSize } from './export-page';

export interface PrintOptions {
  pageSize: PageSize;
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

const FOOTER =
  '<div style="width:100%;font-size:9px;color:#666;text-align:center;font-family:sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

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

  buildNotesHtml(
    notes: PersonalNote[],
    now = new Date(),
    options: { appendix?: boolean; title?: string; pageSize?: PageSize } = {},
  ): string {
    const topicId = topicIdResolver(this.content.topics);
    return buildExportHtml({
      notes,
      appendix: options.appendix ? this.linkedCourseNotes(notes) : [],
      title: options.title ?? (notes.length === 1 ? (notes[0]?.title ?? 'My notes') : 'My notes'),
      now,
      pageSize: options.pageSize ?? 'A4',
      content: this.content,
      topicId,
      nonce: randomBytes(16).toString('base64'),
      mermaidSource: () => this.mermaid(),
      readyFlag: PRINT_READY_FLAG,
    });
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
    const html = this.buildNotesHtml(notes, new Date(), { appendix: options.appendix, title: options.title, pageSize: options.pageSize });
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
