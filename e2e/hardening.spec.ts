// Hostile content in personal notes must never run, in any view that shows it; and every main
// view passes axe with no serious or critical accessibility violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { waitForSettled } from './support/page-quality';
import { MAIN_VIEW_ROUTES } from './support/views';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=1;alert(1)</script>',
  '<svg onload="window.__pwned=1"><circle r=5></circle></svg>',
  '"><iframe src="javascript:window.__pwned=1"></iframe>',
  '[click me](javascript:window.__pwned=1)',
  '[data](data:text/html,<script>alert(1)</script>)',
  '<a href="javascript:window.__pwned=1">raw link</a>',
  '[[kms|<b onmouseover=alert(1)>label</b>]]',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '```mermaid\nflowchart LR\n  A["<img src=x onerror=alert(1)>"] --> B\n  click A "javascript:alert(1)"\n  click B call alert(1)\n```',
  '```mermaid\nflowchart LR\n  X[Zebra] --> Y["<a href=javascript:alert(1)>y</a>"]\n```',
  '[AWS docs](https://docs.aws.amazon.com/)',
];

test('hostile markdown never runs in the preview, search, backlinks or PDF export', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const origin = new URL(app.shell.baseUrl).origin;
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).origin !== origin) navigations.push(frame.url());
  });

  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('<img src=x onerror=alert(1)> Xylophone hostile [[kms]]');
  await page.getByRole('textbox', { name: 'Note text (markdown)' }).fill(`Xylophone [[kms]]\n\n${PAYLOADS.join('\n\n')}`);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('pre.mermaid[data-rendered]')).toHaveCount(2);
  await expect(preview.locator('script, iframe, [onerror], [onload], [onmouseover], a[href^="javascript:"], a[href^="data:"]')).toHaveCount(
    0,
  );
  await preview.getByText('click me').click();
  await preview
    .getByText('raw link')
    .click()
    .catch(() => {});
  await preview.locator('pre.mermaid svg').first().click({ force: true });
  // An https link opens beside the app (a new tab here; the OS browser in Electron), never in its place.
  await expect(preview.getByRole('link', { name: 'AWS docs' })).toHaveAttribute('target', '_blank');
  await expect(preview.getByRole('link', { name: 'AWS docs' })).toHaveAttribute('rel', 'noopener noreferrer');

  // Search snippets and results.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('combobox').fill('xylophone');
  await expect(palette.getByRole('option').first()).toContainText('Xylophone hostile');
  await page.keyboard.press('Escape');

  // Backlinks on the course note.
  await page.goto(`${app.shell.baseUrl}#/library/kms`);
  await expect(page.getByRole('region', { name: 'My notes on this topic' }).getByRole('link', { name: /Xylophone hostile/ })).toBeVisible();

  // PDF export prints the same content in a page of its own: it must still produce a PDF.
  await page.goto(`${app.shell.baseUrl}#/notes`);
  await page.getByRole('link', { name: /Xylophone hostile/ }).click();
  expect((await app.downloadFrom('Export PDF')).suggestedName).toMatch(/\.pdf$/);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(navigations).toEqual([]);
  expect(errors).toEqual([]);
});

async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')})`,
    );
}

for (const hash of MAIN_VIEW_ROUTES) {
  test(`axe finds no serious or critical violations on ${hash}`, async ({ app }) => {
    const { page } = app;
    await page.goto(`${app.shell.baseUrl}${hash}`);
    await expect(page.locator('main h1').first()).toBeVisible();
    await waitForSettled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
}

// Empty views hide most of the interface: check again with an answered quiz, charts, an open
// editor with a preview, a running mock exam and a diagram node's panel.
test('axe finds no serious or critical violations once the views hold data', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await app.answerPractice(3, {
    afterCheck: async () => expect(await seriousAxeViolations(page), 'a checked answer with explanations').toEqual([]),
  });
  expect(await seriousAxeViolations(page), 'the practice result').toEqual([]);

  await app.go('Stats');
  await expect(page.getByTestId('topic-trend')).toBeVisible();
  await waitForSettled(page);
  expect(await seriousAxeViolations(page), 'stats with charts').toEqual([]);

  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Axe note');
  await page
    .getByRole('textbox', { name: 'Note text (markdown)' })
    .fill('## Heading\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n[[kms]]');
  await expect(page.getByRole('region', { name: 'Preview' }).locator('pre.mermaid[data-rendered="svg"]')).toBeVisible();
  expect(await seriousAxeViolations(page), 'the note editor with a preview').toEqual([]);

  await page.goto(`${app.shell.baseUrl}#/diagrams/sns-fanout`);
  await page.locator('.react-flow__node-service').first().click();
  await expect(page.getByRole('complementary').first()).toBeVisible();
  expect(await seriousAxeViolations(page), 'a diagram with a node panel open').toEqual([]);

  await page.goto(`${app.shell.baseUrl}#/quiz/mock`);
  await page.getByRole('button', { name: 'Start a mock exam' }).click();
  await expect(page.getByTestId('exam-clock')).toBeVisible();
  expect(await seriousAxeViolations(page), 'a running mock exam').toEqual([]);
});

test('a damaged data file is set aside and the learner is told at start', async ({ page }) => {
  const { makeDataDir, startBrowserShell } = await import('./support/browser-shell');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const dataDir = makeDataDir();
  fs.writeFileSync(path.join(dataDir, 'companion.sqlite3'), 'not a database at all'.repeat(50));
  const shell = await startBrowserShell(dataDir);
  try {
    await page.goto(shell.launchUrl);
    await expect(page.getByRole('alert').filter({ hasText: 'data file was damaged' })).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  } finally {
    await shell.stop();
  }
});

test('the access token never reaches redirected output; it is kept in a private file', async () => {
  const { spawn } = await import('node:child_process');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { makeDataDir, REPO_ROOT } = await import('./support/browser-shell');
  const { LAUNCH_URL_FILE, READY_PREFIX } = await import('../main/node/constants');
  const dataDir = makeDataDir();
  const env: NodeJS.ProcessEnv = { ...process.env, COMPANION_DATA_DIR: dataDir };
  delete env.COMPANION_PRINT_URL;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'main', 'browser-shell.cjs')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  try {
    await expect.poll(() => output, { timeout: 20_000 }).toContain(READY_PREFIX);
    const file = path.join(dataDir, LAUNCH_URL_FILE);
    const launchUrl = fs.readFileSync(file, 'utf8');
    const token = launchUrl.split('#token=')[1] ?? '';
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(output).not.toContain(token);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const base = launchUrl.replace(/#.*/, '');
    const ok = await fetch(`${base}api/app.getInfo`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(ok.status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
});

test('the keyboard reaches every main view, with a visible focus on each stop', async ({ app }) => {
  const { page } = app;
  const seen = new Set<string>();
  const invisible: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const name =
        el.getAttribute('aria-label') ?? (el.getAttribute('type') ? `[${el.getAttribute('type')}]` : el.textContent?.trim().slice(0, 30));
      return { label: `${el.tagName} ${name}`, visible, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    if (!focus) continue;
    seen.add(focus.label);
    if (!focus.visible) invisible.push(`${focus.label} (${focus.outline})`);
  }
  for (const view of ['Today', 'Library', 'Diagrams', 'Quiz', 'My notes', 'Stats'])
    expect(
      [...seen].some((l) => l.endsWith(view)),
      view,
    ).toBe(true);
  expect(invisible).toEqual([]);
  // And the palette opens from the keyboard and returns focus when closed.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
});
