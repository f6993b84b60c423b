// The same slice in the real Electron shell. It runs wherever the Electron binary is installed
// (`npx install-electron`, then `npm run native:electron`); elsewhere it is skipped with the reason.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { makeDataDir, REPO_ROOT } from './support/browser-shell';
import { electronAddonPresent, electronBinaryPath } from './support/electron-binary';

const binary = electronBinaryPath(REPO_ROOT);
if (!binary) console.log('Electron e2e skipped: the Electron binary is not installed here.');
test.skip(!binary, 'Electron binary not installed (run `npx install-electron`; it needs internet access)');
test.skip(!!binary && !electronAddonPresent(REPO_ROOT), 'Electron build of better-sqlite3 missing (run `npm run native:electron`)');

test('the Electron shell runs the slice: note, diagram node, quiz, note and PDF', async () => {
  const dataDir = makeDataDir();
  const app = await electron.launch({
    executablePath: binary,
    // The app folder, as npm start launches it, so Electron reads package.json (name, version).
    args: [REPO_ROOT],
    env: { ...process.env, COMPANION_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    // No Node in the page, and the bridge is the API contract only.
    const pageGlobals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { companion: object }).companion),
    }));
    expect(pageGlobals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['shell', 'api'] });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByRole('link', { name: 'SQS dead-letter queues' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SQS dead-letter queues' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diagrams' }).click();
    await page.getByRole('link', { name: /SNS fanout/ }).click();
    await page.locator('.react-flow__node[data-id="fulfilment"]').click();
    await expect(page.getByRole('complementary', { name: 'About Fulfilment queue' })).toBeVisible();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My notes' }).click();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('textbox', { name: 'Note text (markdown)' }).fill('Electron note body');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

    // Stub the native save dialog in the main process, as a learner would pick a path.
    const target = path.join(dataDir, 'export.pdf');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, target);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByText(`Saved to ${target}`)).toBeVisible({ timeout: 30_000 });
    expect(fs.existsSync(target)).toBe(true);
    expect(execFileSync('pdftotext', [target, '-']).toString()).toContain('Electron note body');
  } finally {
    await app.close();
  }
});
