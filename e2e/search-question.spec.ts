// A question found by search opens on its own, ready to answer: from the Ctrl+K palette (Enter) and
// from the full results page (a click). The answer is stored like any practice answer.
import type { Page } from '@playwright/test';
import { answerKeys } from './support/answer-keys';
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/seed';

// Only one question's stem says "misspelled" (a custom metric named CheckoutLatncy), and only one
// says "misclassified" (an OpenSearch index moved to UltraWarm); no course note uses either word.
const METRIC = { id: 'd4-cloudwatch-metrics-concepts-2', phrase: 'misspelled metric', stem: /typo in its name, CheckoutLatncy/ };
const OPENSEARCH = { id: 'd4-opensearch-2', phrase: 'misclassified log entries', stem: /relabels misclassified log entries/ };

/** The option ids in the order shown (options are shuffled per attempt), and where the key and a wrong option sit. */
async function shownOptions(group: ReturnType<Page['getByRole']>, questionId: string) {
  const ids = await group.getByRole('radio').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
  const key = answerKeys().get(questionId) ?? [];
  return { keyIndex: ids.findIndex((id) => key.includes(id)), wrongIndex: ids.findIndex((id) => !key.includes(id)) };
}

// The History tab names each answer's question (by id or by the start of its stem).
const historyRow = (page: Page, id: string, stemStart: string) =>
  page.getByRole('row').filter({ hasText: new RegExp(`${id}|${stemStart}`) });

test('Enter on a question hit in the palette opens that question, answerable by keyboard, with its explanations', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox');
  await input.pressSequentially(METRIC.phrase, { delay: 20 });
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Quiz questions');
  await expect(first).toContainText('CheckoutLatncy');
  await input.press('Enter');

  // The question itself, not the practice setup: its stem, its four options, and focus on it.
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`question=${METRIC.id}`));
  const question = page.getByRole('group', { name: METRIC.stem });
  await expect(question).toBeVisible();
  await expect(question.getByRole('radio')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Start practice' })).toHaveCount(0);
  await expect(page.getByTestId('question-meta')).toBeFocused();
  await expect(page.getByTestId('question-meta')).toContainText(/Question 1 of 1 ·/);

  // Keyboard only: Tab past the Flag toggle to the options, Space picks the first, the arrows move
  // to a wrong one, Tab to Check answer, Enter.
  const { keyIndex, wrongIndex } = await shownOptions(question, METRIC.id);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Flag', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(question.getByRole('radio').first()).toBeChecked();
  for (let i = 0; i < wrongIndex; i++) await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio').nth(wrongIndex)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');

  // A wrong answer: the verdict names the key by its shown letter, and every option's explanation shows.
  await expect(page.getByRole('status').filter({ hasText: `Not quite: the answer is ${'ABCD'[keyIndex]}.` })).toBeVisible();
  await expect(question.locator('.explanation')).toHaveCount(4);
  // The way back to the results, above the question and again under the answer, and on to more practice.
  await expect(page.getByRole('link', { name: `Search results for “${METRIC.phrase}”` })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Practise more on Namespaces, metrics, dimensions, limits' })).toBeVisible();

  // Stored like any practice answer: in the history and in the review queue.
  const call = apiCaller(app.shell);
  const attempts = await call('quiz.history', { limit: 10 });
  expect(attempts.map((a) => [a.questionId, a.mode, a.correct])).toEqual([[METRIC.id, 'practice', false]]);
  expect((await call('review.summary', {})).totalCards).toBe(1);
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'History' }).click();
  await expect(historyRow(page, METRIC.id, 'A deployment script at a travel company')).toHaveCount(1);
  await expect(historyRow(page, METRIC.id, 'A deployment script at a travel company')).toContainText('Wrong');
});

test('a click on a question in the search results opens it; back returns to the results', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill(OPENSEARCH.phrase);
  await page.getByRole('combobox').press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await page
    .getByRole('region', { name: 'Quiz questions' })
    .getByRole('link', { name: /^A security analytics company keeps log indices/ })
    .click();

  const question = page.getByRole('group', { name: OPENSEARCH.stem });
  await expect(question).toBeVisible();
  await expect(question.getByRole('radio')).toHaveCount(4);
  const { keyIndex } = await shownOptions(question, OPENSEARCH.id);
  await question.getByRole('radio').nth(keyIndex).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct.' })).toBeVisible();
  await expect(question.locator('.explanation')).toHaveCount(4);

  // Browser back, and the link above the question, both lead to the same results.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(OPENSEARCH.phrase);
  await page.goForward();
  await page
    .getByRole('link', { name: `Search results for “${OPENSEARCH.phrase}”` })
    .last()
    .click();
  await expect(page.getByRole('region', { name: 'Quiz questions' })).toBeVisible();

  await app.go('Quiz');
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'History' }).click();
  await expect(historyRow(page, OPENSEARCH.id, 'A security analytics company keeps log indices')).toContainText('Correct');
});

test('after answering, "Practise more on" the topic starts a practice on it', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').pressSequentially(METRIC.phrase, { delay: 20 });
  await expect(page.getByRole('option').first()).toContainText('CheckoutLatncy');
  await page.getByRole('combobox').press('Enter');
  await app.tickOptions();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: /^Practise more on / }).click();
  // The topic has ten questions, so the practice is a full one, not the single question again.
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 10');
  await expect(page).not.toHaveURL(/question=/);
});

test('a link to a question that does not exist says so', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/quiz/practice?question=d9-no-such-question`);
  await expect(page.getByRole('alert')).toContainText('There is no question "d9-no-such-question"');
});
