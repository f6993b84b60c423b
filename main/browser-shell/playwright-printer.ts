// PDF printing for the browser shell: headless Chromium through playwright-core's page.pdf().
// The browser starts on first use and stays up briefly so that exports in a row are quick.
import { type Browser, chromium } from 'playwright-core';
import { ApiError } from '../common/result';
import { PAGE_MARGINS_MM } from '../node/export-page';
import { exportCancelled, type PdfPrinter, PRINT_READY_FLAG, type PrintOptions } from '../node/export-service';
import { findChromium, QUIET_CHROMIUM_ARGS, sandboxArgs } from './chromium';

const IDLE_CLOSE_MS = 60_000;
const RENDER_TIMEOUT_MS = 60_000;

export class PlaywrightPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  async print(html: string, options: PrintOptions, signal?: AbortSignal): Promise<Buffer> {
    const browser = await this.getBrowser();
    clearTimeout(this.idleTimer);
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    // Cancelling closes the page under the print job, which makes it fail at once.
    const onAbort = () => void context.close().catch(() => {});
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      if (signal?.aborted) throw exportCancelled();
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
      await page.waitForFunction(`window.${PRINT_READY_FLAG} === true`, undefined, { timeout: RENDER_TIMEOUT_MS });
      return await page.pdf({
        format: options.pageSize,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: options.footerTemplate,
        margin: {
          top: `${PAGE_MARGINS_MM.top}mm`,
          bottom: `${PAGE_MARGINS_MM.bottom}mm`,
          left: `${PAGE_MARGINS_MM.left}mm`,
          right: `${PAGE_MARGINS_MM.right}mm`,
        },
        outline: true,
        tagged: true,
      });
    } finally {
      signal?.removeEventListener('abort', onAbort);
      await context.close().catch(() => {});
      this.idleTimer = setTimeout(() => void this.close(), IDLE_CLOSE_MS);
      this.idleTimer.unref();
    }
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  private getBrowser(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium();
      if (!executablePath) {
        throw new ApiError('unavailable', 'PDF export needs Chrome or Chromium on this machine (or set COMPANION_CHROMIUM to its path).');
      }
      this.browser = chromium.launch({ executablePath, headless: true, args: [...QUIET_CHROMIUM_ARGS, ...sandboxArgs()] });
      this.browser.catch(() => {
        this.browser = undefined;
      });
    }
    return this.browser;
  }
}
