// One fixture for every spec: a fresh app (browser shell + empty profile) and page objects that
// let tests read as a learner's actions. Selectors are roles and accessible names.
import { test as base, expect, type Page } from '@playwright/test';
import { type RunningShell, startBrowserShell } from './browser-shell';

export class CompanionApp {
  constructor(
    readonly page: Page,
    readonly shell: RunningShell,
  ) {}

  async open(): Promise<void> {
    const errors: string[] = [];
    this.page.on('pageerror', (e) => errors.push(String(e)));
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
}

export const test = base.extend<{ app: CompanionApp }>({
  app: async ({ page }, use) => {
    const shell = await startBrowserShell();
    const app = new CompanionApp(page, shell);
    await app.open();
    await use(app);
    await shell.stop();
  },
});

export { expect };
