// The question browser: every question with the learner's record, filtered and sorted, each row
// opening its question, and the filtered set one click from a practice.
import { expect, test } from './support/fixtures';
import { seedStudyProfile } from './support/seed';

test('the question browser filters by last result and domain, opens a question, and practises the filtered set', async ({ app }) => {
  const { page, shell } = app;
  await seedStudyProfile(shell);
  await page.goto(`${shell.baseUrl}#/quiz/browse`);
  const count = page.getByTestId('browser-count');
  await expect(count).toHaveText(/^(\d+) of \1 questions$/);
  const total = Number(/^(\d+)/.exec((await count.textContent()) ?? '')?.[1]);

  await page.getByRole('combobox', { name: 'Last result' }).selectOption('wrong');
  await expect(count).not.toHaveText(`${total} of ${total} questions`);
  const rows = page.getByTestId('browser-row');
  const wrong = await rows.count();
  expect(wrong).toBeGreaterThan(0);
  for (let i = 0; i < wrong; i++) await expect(rows.nth(i)).toContainText('last wrong');

  await page.getByRole('combobox', { name: 'Domain' }).selectOption('D1');
  await expect(rows.first()).toContainText('D1 · SDLC Automation');
  const shown = await rows.count();
  expect(shown).toBeLessThanOrEqual(wrong);

  // Sorting by a column says so to screen readers.
  await page.getByRole('button', { name: /^Right/ }).click();
  await expect(page.getByRole('columnheader', { name: /Right/ })).toHaveAttribute('aria-sort', 'ascending');

  // A row opens its question, ready to answer.
  const stem = (await rows.first().getByRole('link').getAttribute('title')) ?? '';
  await rows.first().getByRole('link').click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 1');
  await expect(page.locator('legend.stem').first()).toContainText(stem.slice(0, 40));
  await page.goBack();

  // The filtered set becomes a practice.
  await page.getByRole('combobox', { name: 'Last result' }).selectOption('wrong');
  await page.getByRole('combobox', { name: 'Domain' }).selectOption('D1');
  await page.getByRole('button', { name: /^Practise (these|this)/ }).click();
  await expect(page.getByTestId('question-meta')).toContainText(`Question 1 of ${shown}`);
});
