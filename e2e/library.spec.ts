// The course library and its search, as a learner uses them.
import { expect, test } from './support/fixtures';

test('browse to a topic, mark it confident and watch the domain progress move', async ({ app }) => {
  const { page } = app;
  await app.go('Library');
  const d5 = page.getByRole('region', { name: 'D5 Incident and Event Response' });
  const progress = page.getByTestId('progress-D5');
  await expect(progress).toHaveAttribute('value', '0');
  await expect(page.getByTestId('overall-progress')).toHaveText('0%');

  await d5.getByRole('link', { name: 'Amazon SNS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amazon SNS' })).toBeVisible();
  await page.getByRole('radio', { name: 'Confident' }).check();

  // One of ten D5 topics confident: 10% of the domain, 1.4% of the exam-weighted total.
  await expect(progress).toHaveAttribute('value', '0.1');
  await expect(page.getByTestId('overall-progress')).toHaveText('1%');
  await expect(d5.getByRole('link', { name: 'Amazon SNS' }).locator('.status-confident')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('progress-D5')).toHaveAttribute('value', '0.1');
  await expect(page.getByRole('radio', { name: 'Confident' })).toBeChecked();
});

test('a note shows its table of contents, related topics, diagrams and neighbours', async ({ app }) => {
  const { page } = app;
  await app.go('Library');
  await page.getByRole('link', { name: 'SQS dead-letter queues' }).click();
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('button', { name: 'Exam traps' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Related topics' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'My notes on this topic' })).toContainText('None yet');

  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).not.toHaveText('SQS dead-letter queues');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { level: 1, name: 'SQS dead-letter queues' })).toBeVisible();

  // "Appears in diagrams" opens the diagram with this topic's node already selected.
  await page.getByRole('region', { name: 'Appears in diagrams' }).getByRole('link').first().click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.getByTestId('linked-note-title')).toHaveText('SQS dead-letter queues');
});

test('"dlq redrive" in the palette opens the SQS dead-letter queue note from the first results', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox');
  await input.pressSequentially('dlq redrive', { delay: 20 });
  const first = page.getByRole('option').first();
  await expect(first).toContainText('SQS dead-letter queues');
  await expect(first.locator('mark').first()).toBeVisible();
  await input.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'SQS dead-letter queues' })).toBeVisible();
});

test('the full results page groups hits by kind', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('codedeploy');
  await page.getByRole('combobox').press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Course notes' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quiz questions' })).toBeVisible();
});
