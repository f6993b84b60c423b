// My notes end to end: editor with a mermaid block and a [[topic]] link, the backlink on the
// course note, PDF export checked with poppler, and backup → fresh profile → import.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { startBrowserShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';

const BODY = [
  '## Traffic shifting',
  '',
  'Canary moves 10% first. See [[codedeploy-deployment-configs]].',
  '',
  'Q: What does a canary shift first?',
  'A: A tenth of the traffic.',
  '',
  '```mermaid',
  'flowchart LR',
  '  A[Old fleet] --> B[Wombat fleet]',
  '```',
  '',
  '| Config | First step |',
  '|---|---|',
  '| Canary | 10% |',
].join('\n');

test('write a note with mermaid and a link, see the backlink, export a PDF and check it', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Shifting cheat sheet');
  await page.getByRole('textbox', { name: 'Note text (markdown)' }).fill(BODY);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Preview' }).locator('pre.mermaid[data-rendered="svg"]')).toBeVisible();
  // Two lines typed as two lines read as two lines, as in Obsidian (a Q:/A: card most of all).
  await expect(page.getByRole('region', { name: 'Preview' }).locator('p', { hasText: 'Q: What does' }).locator('br')).toHaveCount(1);
  await page.getByLabel('Tags').fill('deploy, exam');
  await page.getByLabel('Tags').blur();

  // [[ offers course topics as you type.
  const editor = page.getByRole('textbox', { name: 'Note text (markdown)' });
  await editor.press('Control+End');
  await editor.pressSequentially('\n[[sqs-dead');
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('sqs-dead-letter-queue');
  await editor.press('Enter');
  await expect(editor).toContainText('[[sqs-dead-letter-queue]]');
  // ...and diagram nodes, by diagram#node.
  await editor.pressSequentially(' [[cross-account-codepipeline#cm');
  await expect(page.locator('.cm-tooltip-autocomplete')).toContainText('cross-account-codepipeline#cmk');
  await editor.press('Enter');
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('link', { name: /cross-account-codepipeline/ })).toHaveAttribute(
    'href',
    '#/diagrams/cross-account-codepipeline?node=cmk',
  );
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.goto(`${app.shell.baseUrl}#/library/codedeploy-deployment-configs`);
  await expect(
    page.getByRole('region', { name: 'My notes on this topic' }).getByRole('link', { name: 'Shifting cheat sheet' }),
  ).toBeVisible();

  await page.goto(`${app.shell.baseUrl}#/notes`);
  // The list filters by tag and by what a note links to.
  const list = page.getByRole('navigation', { name: 'My notes' });
  await list.getByRole('combobox', { name: 'Links to' }).selectOption('sqs-dead-letter-queue');
  await expect(list.getByRole('link', { name: /Shifting cheat sheet/ })).toBeVisible();
  await list.getByRole('combobox', { name: 'Links to' }).selectOption('kms');
  await expect(list.getByText('No notes match these filters.')).toBeVisible();
  await list.getByRole('combobox', { name: 'Links to' }).selectOption('');
  await list.getByRole('combobox', { name: 'Tag' }).selectOption('exam');
  await page.getByRole('link', { name: /Shifting cheat sheet/ }).click();
  const { file } = await app.downloadFrom('Export PDF');
  const dir = path.dirname(file);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  // One note prints as itself: it opens page 1, with no title page or contents before it.
  expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-']).toString()).toMatch(/^Shifting cheat sheet/);
  expect(text).not.toContain('Contents');
  expect(text).toContain('Wombat fleet');
  expect(text).toMatch(/Q: What does a canary shift first\?\s*\n\s*A: A tenth of the traffic\./);
  expect(text).toMatch(new RegExp(`\\b1\\s*/\\s*${pages}\\b`));
  // Page 1 rendered to an image is not blank: it holds the note.
  execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
  const png = fs.readdirSync(dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
  expect(png).toBeTruthy();
  const pixels = await page.evaluate(
    async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx?.drawImage(img, 0, 0);
      const data = ctx?.getImageData(0, 0, img.width, img.height).data ?? new Uint8ClampedArray();
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
      return dark;
    },
    `data:image/png;base64,${fs.readFileSync(path.join(dir, png ?? '')).toString('base64')}`,
  );
  expect(pixels).toBeGreaterThan(100);
});

test('back up, start from an empty profile, import, and find the same notes and history', async ({ app, browser }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await app.answerPractice(2);
  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Portable note');
  await page.getByRole('textbox', { name: 'Note text (markdown)' }).fill('Survives a backup.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByText('Export and backup').click();
  const { file: backupFile } = await app.downloadFrom('Back up everything');
  // The files come through the browser shell's one-time download links byte for byte.
  expect(fs.readFileSync(backupFile, 'utf8')).toContain('Survives a backup.');
  const { suggestedName: zipName, file: zipFile } = await app.downloadFrom('Markdown folder (.zip)');
  expect(zipName).toMatch(/^my-notes-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipped = unzipSync(fs.readFileSync(zipFile));
  expect(strFromU8(zipped['my-notes/Portable-note.md'] ?? new Uint8Array())).toMatch(/^---\nid: [\s\S]*\nSurvives a backup\.$/);
  await page.goto(`${app.shell.baseUrl}#/quiz/history`);
  await expect(page.getByTestId('attempt-row')).toHaveCount(2);
  const history = await page.getByTestId('attempt-row').allTextContents();

  const empty = await startBrowserShell();
  const other = await browser.newPage();
  try {
    await other.goto(empty.launchUrl);
    await other.goto(`${empty.baseUrl}#/notes`);
    await expect(other.getByText('No notes yet')).toBeVisible();
    await other.getByText('Export and backup').click();
    await other.locator('input[type="file"]').setInputFiles(backupFile);
    await expect(other.getByRole('status').filter({ hasText: 'Imported: 1 notes added' })).toBeVisible();
    await other.getByRole('link', { name: /Portable note/ }).click();
    await expect(other.getByRole('textbox', { name: 'Note text (markdown)' })).toContainText('Survives a backup.');
    await other.goto(`${empty.baseUrl}#/quiz/history`);
    await expect(other.getByTestId('attempt-row')).toHaveCount(2);
    expect(await other.getByTestId('attempt-row').allTextContents()).toEqual(history);
  } finally {
    await other.close();
    await empty.stop();
  }
});

test('text survives the app being killed right after an autosave', async ({ browser }) => {
  const first = await startBrowserShell();
  const page = await browser.newPage();
  let second: Awaited<ReturnType<typeof startBrowserShell>> | undefined;
  try {
    await page.goto(first.launchUrl);
    await page.goto(`${first.baseUrl}#/notes`);
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByRole('textbox', { name: 'Note title' }).fill('Crash test');
    await page.getByRole('textbox', { name: 'Note text (markdown)' }).fill('Typed just before the crash.');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    first.process.kill('SIGKILL');
    await new Promise((resolve) => first.process.once('exit', resolve));

    second = await startBrowserShell(first.dataDir);
    await page.goto(second.launchUrl);
    await page.goto(`${second.baseUrl}#/notes`);
    await page.getByRole('link', { name: /Crash test/ }).click();
    await expect(page.getByRole('textbox', { name: 'Note text (markdown)' })).toContainText('Typed just before the crash.');
  } finally {
    await page.close();
    await second?.stop();
    await first.stop();
  }
});

test('two windows editing one note do not overwrite each other', async ({ app, browser }) => {
  const { page } = app;
  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Shared note');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const url = page.url();

  const other = await browser.newPage();
  try {
    await other.goto(app.shell.launchUrl);
    await other.goto(url);
    await expect(other.getByRole('textbox', { name: 'Note title' })).toHaveValue('Shared note');
    await page.getByRole('textbox', { name: 'Note text (markdown)' }).fill('Written in window one.');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await other.getByRole('textbox', { name: 'Note text (markdown)' }).fill('Written in window two.');
    await expect(other.getByRole('alert')).toContainText('changed elsewhere');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Note text (markdown)' })).toContainText('Written in window one.');
  } finally {
    await other.close();
  }
});

test('[[ offers topic titles, ids and diagram nodes at once; a chosen title links and counts as a backlink', async ({ app }) => {
  const { page } = app;
  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Swap notes');
  const editor = page.getByRole('textbox', { name: 'Note text (markdown)' });
  const completions = page.locator('.cm-tooltip-autocomplete');
  await editor.click();
  // The list opens on the second bracket, before any letter of the target is typed.
  await editor.pressSequentially('See [[');
  await expect(completions).toBeVisible();
  await expect(completions.getByRole('option', { name: /^AWS CodeCommit: repositories/ })).toBeVisible();
  await expect(completions.getByText('Course topics', { exact: true })).toBeVisible();

  // A title with a slash: typed in part, chosen, inserted whole and closed once.
  await editor.pressSequentially('blue/green dep');
  await expect(completions.getByRole('option').first()).toContainText('Blue/green deployment patterns');
  await editor.press('Enter');
  await expect(editor).toHaveText('See [[Blue/green deployment patterns]]');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('link', { name: 'Blue/green deployment patterns' })).toHaveAttribute(
    'href',
    '#/library/blue-green-deployment',
  );

  // Ids and diagram nodes are offered from the same list.
  await editor.press('End');
  await editor.pressSequentially(' and [[');
  await expect(completions).toBeVisible();
  await editor.pressSequentially('canary-dep');
  await expect(completions.getByRole('option').first()).toContainText('canary-deployment');
  await editor.press('Escape');
  await editor.pressSequentially('loyment]] on [[sns-fanout#top');
  await expect(completions.getByRole('option').first()).toContainText('sns-fanout#topic');
  await editor.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

  await page.goto(`${app.shell.baseUrl}#/library/blue-green-deployment`);
  await expect(page.getByRole('region', { name: 'My notes on this topic' }).getByRole('link', { name: 'Swap notes' })).toBeVisible();
});

test('the note editor keeps every control and the whole preview in the window at 1280×800 and 1024×700', async ({ app }) => {
  const { page } = app;
  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('A rather long note title about blue/green deployments and canaries');
  const longWord = 'CodeDeployDefault.LambdaCanary10Percent5Minutes.arn-aws-codedeploy';
  await page
    .getByRole('textbox', { name: 'Note text (markdown)' })
    .fill(`See https://docs.aws.amazon.com/codedeploy/latest/userguide/x.html\n\n${longWord}`);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(longWord);
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(viewport);
    for (const name of ['Pin', 'Export PDF', 'Move to trash']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width, `${name} at ${viewport.width}px`).toBe(true);
    }
    const box = await preview.boundingBox();
    expect(box && box.x + box.width <= viewport.width, `preview's right edge at ${viewport.width}px`).toBe(true);
    // A long word wraps inside the preview instead of widening it or being cut off.
    expect(await preview.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});
