/// <reference lib="dom.iterable" />
// The page-quality check any spec can call: wait until the view has settled (data loaded, mermaid
// drawn, fonts in), run the in-page audit, and report each finding with the view, the selector
// and a screenshot path. Console errors and failed requests are collected alongside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type AuditOptions, auditPage, type Finding } from './page-audit';

export type { Finding } from './page-audit';

export interface ViewFinding extends Finding {
  view: string;
  screenshot?: string;
}

const SHOTS = process.env.PAGE_QUALITY_SHOTS ?? path.join(os.tmpdir(), 'page-quality');

/** Resolves once nothing is loading, mermaid is drawn, fonts are in, and the DOM has been quiet for 150 ms. */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main h1, [role="dialog"] input') !== null &&
      document.querySelector('[aria-busy="true"]') === null &&
      ![...document.querySelectorAll('[role="status"]')].some((s) => /^Loading\b/.test(s.textContent ?? '')) &&
      document.querySelector('pre.mermaid:not([data-rendered])') === null,
    undefined,
    { timeout: 15_000 },
  );
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => {
      let timer = setTimeout(done, 150);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, 150);
      });
      const limit = setTimeout(done, 5_000);
      function done() {
        observer.disconnect();
        clearTimeout(limit);
        resolve();
      }
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

/** Audits the page as it is now; findings carry a screenshot of the view when there are any. */
export async function auditView(page: Page, view: string, options: Partial<AuditOptions> = {}): Promise<ViewFinding[]> {
  await waitForSettled(page);
  const found = await page.evaluate(auditPage, { skipCanvasOverlap: true, ...options });
  logFindings(found.map((f) => ({ ...f, view })));
  // PAGE_QUALITY_ALL_SHOTS=1 keeps a picture of every view, for a person to look at.
  if (found.length === 0 && !process.env.PAGE_QUALITY_ALL_SHOTS) return [];
  fs.mkdirSync(SHOTS, { recursive: true });
  const screenshot = path.join(SHOTS, `${view.replace(/[^\w.-]+/g, '_').slice(0, 100)}.png`);
  await page.screenshot({ path: screenshot });
  return found.map((f) => ({ ...f, view, screenshot }));
}

/** Console errors, page errors and failed requests, as findings of the view that caused them. */
export function watchConsole(page: Page, currentView: () => string): ViewFinding[] {
  const findings: ViewFinding[] = [];
  const push = (detail: string) => findings.push({ rule: 'console', view: currentView(), selector: '(console)', detail });
  page.on('console', (message) => {
    if (message.type() === 'error') push(`console error: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => push(`page error: ${String(error).slice(0, 200)}`));
  page.on('response', (response) => {
    if (response.status() >= 400) push(`${response.status()} for ${new URL(response.url()).pathname}`);
  });
  page.on('requestfailed', (request) => {
    // A download or a superseded fetch aborts by design; anything else failing is a defect.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') push(`request failed: ${new URL(request.url()).pathname}`);
  });
  return findings;
}

/** Tabs through the page and reports stops that show no focus indicator. */
export async function auditFocusRing(page: Page, view: string, stops = 30): Promise<ViewFinding[]> {
  const findings: ViewFinding[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    // Let a frame pass: some widgets (CodeMirror) mark themselves focused on the next frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // The ring may be drawn by a close wrapper through :focus-within (CodeMirror outlines its editor box).
      const hasRing = (e: Element) => {
        const style = getComputedStyle(e);
        return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      let ring = false;
      for (let e: Element | null = el, depth = 0; e && depth < 4 && !ring; e = e.parentElement, depth++) ring = hasRing(e);
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return { ring, label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"` };
    });
    if (stop && !stop.ring)
      findings.push({ rule: 'focus', view, selector: stop.label, detail: 'focused without a visible focus indicator' });
  }
  return findings;
}

/** PAGE_QUALITY_LOG=file collects every finding as a JSON line, for counting across a whole run. */
function logFindings(findings: ViewFinding[]): void {
  if (process.env.PAGE_QUALITY_LOG && findings.length > 0) {
    fs.appendFileSync(process.env.PAGE_QUALITY_LOG, findings.map((f) => `${JSON.stringify(f)}\n`).join(''));
  }
}

/** One line per finding, for the test's failure message. */
export function formatFindings(findings: ViewFinding[]): string {
  logFindings(findings.filter((f) => f.rule === 'console' || f.rule === 'focus'));
  return findings
    .map((f) => `[${f.rule}] ${f.view} :: ${f.selector} :: ${f.detail}${f.screenshot ? ` (screenshot: ${f.screenshot})` : ''}`)
    .join('\n');
}
