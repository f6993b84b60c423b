// Options are shuffled per attempt, never shown in file order: the same question opened twice shows
// its options in two orders, and an attempt keeps its order when it is reviewed from the history
// and when a mock exam resumes after a reload. Letters follow the shown order.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const QUESTION = 'd3-rds-read-replicas-1';

/** The option texts of the question on screen, top to bottom. */
const shownOrder = (page: Page, scope = page.locator('.question-card')) =>
  scope.locator('.option label > span:not(.option-key)').allTextContents();

test('a question shows its options in a new order in each fresh attempt, and keeps it in the review', async ({ app }) => {
  const { page, shell } = app;
  await page.goto(`${shell.baseUrl}#/quiz/practice?question=${QUESTION}`);
  await expect(page.locator('.question-card .option')).toHaveCount(4);
  const first = await shownOrder(page);
  // Letters are positions: whatever option comes first is A.
  expect(first.map((t) => t.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.']);

  // Answer it with the third option shown, and see the verdict name the key by its shown letter.
  await page.locator('.question-card .option input').nth(2).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const verdict = page.locator('.verdict');
  await expect(verdict).toBeVisible();
  const keyIndex = await page
    .locator('.question-card .option')
    .evaluateAll((els) => els.findIndex((el) => el.classList.contains('is-correct')));
  if (keyIndex !== 2) await expect(verdict).toContainText(`the answer is ${'ABCD'[keyIndex]}.`);

  // A second, fresh attempt at the same question: the same options in another order.
  await page.goto(`${shell.baseUrl}#/quiz/history`);
  await page.goto(`${shell.baseUrl}#/quiz/practice?question=${QUESTION}`);
  await expect(page.locator('.question-card .option')).toHaveCount(4);
  const second = await shownOrder(page);
  const texts = (order: string[]) => order.map((t) => t.slice(3)).sort();
  expect(texts(second)).toEqual(texts(first));
  expect(second.map((t) => t.slice(3))).not.toEqual(first.map((t) => t.slice(3)));

  // The first attempt, opened from the history, shows the order it was answered in, with the
  // learner's answer under the letter it had then.
  await page.goto(`${shell.baseUrl}#/quiz/history`);
  await expect(page.getByTestId('attempt-row')).toHaveCount(1);
  await page.getByTestId('attempt-row').locator('a.history-title').click();
  const review = page.locator('.question-card');
  await expect(review.locator('.option')).toHaveCount(4);
  expect((await shownOrder(page, review)).map((t) => t.slice(3))).toEqual(first.map((t) => t.slice(3)));
  await expect(page.getByTestId('attempt-answers')).toContainText(`Your answer: C · Correct answer: ${'ABCD'[keyIndex]}`);
});

test('a mock exam resumes with every question in the order it was first shown', async ({ app }) => {
  const { page, shell } = app;
  await page.goto(`${shell.baseUrl}#/quiz/mock`);
  await expect(page.getByTestId('mock-unseen')).toContainText(/\d+ of the \d+ questions are still new to you/);
  await page.getByRole('button', { name: 'Start a mock exam' }).click();
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  const orders: string[][] = [];
  for (const n of [1, 2, 3]) {
    await navigator.getByRole('button', { name: new RegExp(`^Question ${n}\\b`) }).click();
    await expect(page.locator('.exam-question > p.muted')).toContainText(`Question ${n} of 75`);
    orders.push(await shownOrder(page));
  }
  await page.reload();
  for (const [i, order] of orders.entries()) {
    await navigator.getByRole('button', { name: new RegExp(`^Question ${i + 1}\\b`) }).click();
    await expect(page.locator('.exam-question > p.muted')).toContainText(`Question ${i + 1} of 75`);
    expect(await shownOrder(page)).toEqual(order);
  }
});
