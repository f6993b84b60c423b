// One fixture for every spec: a fresh app (browser shell + empty profile) and page objects that
// let tests read as a learner's actions. Selectors are roles and accessible names.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type RunningShell, startBrowserShell } from './browser-shell';

export class CompanionApp {
  /** Uncaught errors in the page; the fixture fails the test on any. */
  readonly pageErrors: string[] = [];

  constructor(
    readonly page: Page,
    readonly shell: RunningShell,
  ) {}

  async open(): Promise<void> {
    this.page.on('pageerror', (e) => this.pageErrors.push(String(e)));
    await this.page.goto(this.shell.launchUrl);
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }

  nav(name: 'Today' | 'Library' | 'Diagrams' | 'Quiz' | 'My notes' | 'Stats') {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }

  async go(name: 'Today' | 'Library' | 'Diagrams' | 'Quiz' | 'My notes' | 'Stats'): Promise<void> {
    await this.nav(name).click();
    await expect(this.nav(name)).toHaveAttribute('aria-current', 'page');
  }

  /** Clicks a button that downloads a file; returns the name the app gave it and where it was saved. */
  async downloadFrom(button: string): Promise<{ suggestedName: string; file: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const done = await download;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'download-')), done.suggestedFilename());
    await done.saveAs(file);
    return { suggestedName: done.suggestedFilename(), file };
  }

  /**
   * Ticks as many options as the question on screen asks for ("choose 2" and so on): the first
   * ones, or the last ones. Works in practice, review and the mock exam.
   */
  async tickOptions(pick: 'first' | 'last' = 'first'): Promise<void> {
    const meta = (await this.page.locator('[data-testid="question-meta"], .exam-question > p.muted').first().textContent()) ?? '';
    const count = Number(/choose (\d)/.exec(meta)?.[1] ?? 1);
    const inputs = this.page.locator('.option input');
    const total = await inputs.count();
    for (let k = 0; k < count; k++) await inputs.nth(pick === 'first' ? k : total - 1 - k).check();
  }

  /**
   * Answers every question of a started practice of `total` questions, each after its number shows,
   * then moves on; `afterCheck` runs while question `n` shows its answer.
   */
  async answerPractice(
    total: number,
    { pick = 'first', afterCheck }: { pick?: 'first' | 'last'; afterCheck?: (n: number) => Promise<void> } = {},
  ): Promise<void> {
    for (let n = 1; n <= total; n++) {
      await expect(this.page.getByTestId('question-meta')).toContainText(`Question ${n} of ${total}`);
      await this.tickOptions(pick);
      await this.page.getByRole('button', { name: 'Check answer' }).click();
      await afterCheck?.(n);
      await this.page.getByRole('button', { name: /Next question|See result/ }).click();
    }
  }
}

export const test = base.extend<{ app: CompanionApp }>({
  app: async ({ page }, use) => {
    const shell = await startBrowserShell();
    const app = new CompanionApp(page, shell);
    await app.open();
    try {
      await use(app);
      expect(app.pageErrors, 'uncaught errors in the page').toEqual([]);
    } finally {
      await shell.stop();
    }
  },
});

export { expect };
