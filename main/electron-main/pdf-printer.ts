// PDF printing in Electron: a hidden, sandboxed window with no preload loads the export HTML
// from app://print/<job> and webContents.printToPDF turns it into a PDF.
import { randomUUID } from 'node:crypto';
import { BrowserWindow } from 'electron';
import { PAGE_MARGINS_MM } from '../node/export-page';
import { exportCancelled, type PdfPrinter, PRINT_READY_FLAG, type PrintOptions } from '../node/export-service';
import { hardenWebContents, PRINT_ORIGIN, secureWebPreferences } from './security';

const RENDER_TIMEOUT_MS = 60_000;
const MM_PER_INCH = 25.4;

export class ElectronPdfPrinter implements PdfPrinter {
  constructor(private readonly printJobs: Map<string, string>) {}

  async print(html: string, options: PrintOptions, signal?: AbortSignal): Promise<Buffer> {
    if (signal?.aborted) throw exportCancelled();
    const job = `${randomUUID()}.html`;
    this.printJobs.set(job, html);
    const win = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(), javascript: true } });
    hardenWebContents(win.webContents, () => {});
    // Cancelling destroys the hidden window. A destroyed window's pending executeJavaScript and
    // printToPDF never settle, so every step also races the signal: a cancel ends the print at once.
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        if (!win.isDestroyed()) win.destroy();
        reject(exportCancelled());
      };
    });
    aborted.catch(() => {});
    signal?.addEventListener('abort', onAbort, { once: true });
    const step = <T>(work: Promise<T>): Promise<T> => (signal ? Promise.race([work, aborted]) : work);
    try {
      await step(win.loadURL(`${PRINT_ORIGIN}/${job}`));
      await step(
        win.webContents.executeJavaScript(
          `new Promise((resolve, reject) => {
           const started = Date.now();
           const poll = () => window.${PRINT_READY_FLAG} === true ? resolve(true)
             : Date.now() - started > ${RENDER_TIMEOUT_MS} ? reject(new Error('print render timeout')) : setTimeout(poll, 50);
           poll();
         })`,
        ),
      );
      return await step(
        win.webContents.printToPDF({
          pageSize: options.pageSize,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: options.footerTemplate,
          margins: {
            top: PAGE_MARGINS_MM.top / MM_PER_INCH,
            bottom: PAGE_MARGINS_MM.bottom / MM_PER_INCH,
            left: PAGE_MARGINS_MM.left / MM_PER_INCH,
            right: PAGE_MARGINS_MM.right / MM_PER_INCH,
          },
          generateDocumentOutline: true,
          generateTaggedPDF: true,
        }),
      );
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.printJobs.delete(job);
      if (!win.isDestroyed()) win.destroy();
    }
  }
}
