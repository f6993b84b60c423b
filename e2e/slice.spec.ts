// The thin vertical slice through every layer: library, diagram, quiz history, personal notes
// and PDF export, in the browser shell against a fresh profile.
import { execFileSync } from 'node:child_process';
import { expect, test } from './support/fixtures';

test('opens a course note with rendered markdown, tables and a mermaid diagram', async ({ app }) => {
  const { page } = app;
  await app.go('Library');
  await page.getByRole('link', { name: 'SQS dead-letter queues' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SQS dead-letter queues' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Exam traps' })).toBeVisible();
  await expect(page.locator('.markdown pre.mermaid[data-rendered="svg"] svg').first()).toBeVisible();
  await expect(page.locator('.markdown .code-block').first()).toBeVisible();
});

test('clicking a diagram node opens its note in the side panel', async ({ app }) => {
  const { page } = app;
  await app.go('Diagrams');
  await page.getByRole('link', { name: /SNS fanout/ }).click();
  // It opens readable, on the topic and the queues it fans out to.
  await expect(page.locator('.react-flow__node[data-id="topic"]')).toBeInViewport();
  await expect(page.locator('.react-flow__node[data-id="fulfilment"]')).toBeInViewport();
  await page.locator('.react-flow__node[data-id="fulfilment"]').click();
  const panel = page.getByRole('complementary', { name: 'About Fulfilment queue' });
  await expect(panel.getByTestId('linked-note-title')).toHaveText(/SQS/);
  await expect(panel.getByRole('link', { name: 'Open the full note' })).toHaveAttribute('href', '#/library/sqs-basics');

  // Keyboard: every node takes focus, even one off screen (the view pans to it); Enter opens it.
  const workers = page.locator('.react-flow__node[data-id="workers"]');
  await page.locator('.react-flow__node[data-id="fulfilment"]').focus();
  for (let tab = 0; tab < 10 && !(await workers.evaluate((el) => el === document.activeElement)); tab++) await page.keyboard.press('Tab');
  await expect(workers).toBeFocused();
  await expect(workers).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'About Order workers' })).toBeVisible();
});

test('quiz answers are stored and still listed after a reload', async ({ app }) => {
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('5');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await app.answerPractice(5, { afterCheck: () => expect(page.locator('.explanation')).not.toHaveCount(0) });
  await expect(page.getByRole('heading', { name: /You scored \d of 5/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByTestId('attempt-row')).toHaveCount(5);

  await page.reload();
  await expect(page.getByTestId('attempt-row')).toHaveCount(5);
});

test('a personal note autosaves, survives a reload and exports to a PDF with its text', async ({ app }) => {
  const { page } = app;
  await app.go('My notes');
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByRole('textbox', { name: 'Note title' }).fill('Deployment cheat sheet');
  await page
    .getByRole('textbox', { name: 'Note text (markdown)' })
    .fill(
      '## Rollouts\n\nHalfAtATime fails when more than half fail. See [[codedeploy-deployment-configs]].\n\n| Policy | Capacity |\n|---|---|\n| Rolling | reduced |\n',
    );
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByRole('link', { name: 'CodeDeploy deployment configurations' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Note text (markdown)' })).toContainText('HalfAtATime fails');
  await expect(page.getByRole('navigation', { name: 'My notes' }).getByRole('link', { name: /Deployment cheat sheet/ })).toBeVisible();

  const { suggestedName, file } = await app.downloadFrom('Export PDF');
  expect(suggestedName).toBe('Deployment-cheat-sheet.pdf');
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  expect(text).toContain('Deployment cheat sheet');
  expect(text).toContain('HalfAtATime fails when more than half fail');
  expect(text).toMatch(/Rolling\s+reduced/);
});

test('remembers the theme and the last view across a restart of the page', async ({ app }) => {
  const { page } = app;
  await app.go('Stats');
  const toggle = page.getByRole('button', { name: /Switch theme/ });
  await toggle.click(); // system -> light
  await toggle.click(); // light -> dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(app.shell.baseUrl);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(app.nav('Stats')).toHaveAttribute('aria-current', 'page');
});

test('the command palette finds a topic and opens it', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox');
  await input.fill('dead-letter');
  await expect(page.getByRole('option').first()).toContainText('SQS dead-letter queues');
  await input.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'SQS dead-letter queues' })).toBeVisible();
});
