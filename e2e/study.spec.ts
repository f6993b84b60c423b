// Practice with explanations, the mock exam surviving a reload, stats, and a review session.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const clockSeconds = async (page: Page) => {
  const [h, m, s] = ((await page.getByTestId('exam-clock').textContent()) ?? '0:00:00').split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
};

test('a 10-question practice shows explanations and links for every answer', async ({ app }) => {
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('checkbox', { name: /D1 SDLC Automation/ }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await app.answerPractice(10, {
    afterCheck: async (n) => {
      await expect(page.getByTestId('question-meta')).toContainText(`Question ${n} of 10 · D1`);
      const options = await page.locator('.option').count();
      await expect(page.locator('.explanation')).toHaveCount(options);
      await expect(page.locator('.study-links a').first()).toHaveAttribute('href', /#\/library\//);
    },
  });
  await expect(page.getByRole('heading', { name: /You scored \d+ of 10/ })).toBeVisible();

  // Each topic answered has its own accuracy over time on the stats page.
  await app.go('Stats');
  const picker = page.getByRole('combobox', { name: 'Topic' });
  await expect(picker).toBeVisible();
  const labels = await picker.locator('option').allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  const counts = labels.map((l) => Number(/of (\d+)\)$/.exec(l)?.[1]));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
  const second = labels[1] ?? '';
  await picker.selectOption({ label: second });
  const trend = page.getByTestId('topic-trend');
  // Only the last bracket is the score: titles such as "AppSpec lifecycle hooks (EC2/on-prem, …)" have their own.
  const secondTitle = second.replace(/ \([^()]*\)$/, '');
  await expect(trend.locator('figcaption')).toContainText(`${secondTitle} (solid)`);
  await expect(trend.locator('figcaption')).toContainText(`${counts[1]} answer`);
  await expect(trend.locator('.recharts-line-dots circle').first()).toBeVisible();
});

test('the Trend button of a weak topic charts that topic over time', async ({ app }) => {
  const { page } = app;
  // Two questions on each of two topics, so both are listed among the weakest. (Every question of
  // these two topics lists it first, and an answer is filed under its question's first topic.)
  await app.go('Quiz');
  for (const topic of ['codeartifact', 'sns-message-filtering']) {
    await page.getByRole('listbox', { name: /Topics/ }).selectOption(topic);
    await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await app.answerPractice(2);
    await page.getByRole('button', { name: 'Done' }).click();
  }
  await app.go('Stats');
  const picker = page.getByRole('combobox', { name: 'Topic' });
  const weakest = page.locator('.stats-weakest tbody tr');
  await expect(weakest).toHaveCount(2);
  const rows = await weakest.locator('th a').allTextContents();
  // The chart starts on the weakest topic; the other row's Trend button switches to it.
  const other = rows[1] ?? '';
  await expect(picker.locator('option:checked')).not.toContainText(other);
  await page.getByRole('button', { name: `Show ${other} over time` }).click();
  await expect(picker.locator('option:checked')).toContainText(other);
  await expect(picker).toBeFocused();
  await expect(page.getByTestId('topic-trend').locator('figcaption')).toContainText(`${other} (solid)`);
});

test('a mock exam resumes after a reload with its answers and time, then scores with a breakdown', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/quiz/mock`);
  await page.getByRole('button', { name: 'Start a mock exam' }).click();
  await expect(page.getByTestId('exam-clock')).toHaveText(/^2:59:5\d$|^3:00:00$/);
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  await expect(navigator.getByRole('button')).toHaveCount(75);
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.exam-question > p.muted')).toContainText(`Question ${i + 1} of 75`);
    await app.tickOptions();
    if (i === 1) await page.getByRole('button', { name: 'Flag for review' }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  // Let the clock run 5 s, then past a heartbeat (every 5 s): the saved time is what the reload resumes from.
  await expect.poll(() => clockSeconds(page), { timeout: 15_000 }).toBeLessThan(3 * 3600 - 5);
  await page.waitForResponse((r) => r.url().endsWith('/api/exam.heartbeat') && r.ok(), { timeout: 15_000 });
  const before = await clockSeconds(page);

  await page.reload();
  await expect(navigator.getByRole('button', { name: /answered/ })).toHaveCount(3);
  await expect(navigator.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  const after = await clockSeconds(page);
  // The clock resumes from the last saved time: never back to the start, never more than a
  // heartbeat (5 s) behind what was on screen.
  expect(after).toBeLessThanOrEqual(before + 2);
  expect(after).toBeGreaterThan(before - 15);

  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('72 questions are unanswered');
  await page.getByRole('button', { name: 'Submit and score' }).click();
  await expect(page.getByTestId('exam-score')).toHaveText(/^\d{3,4}$/);
  await expect(page.getByRole('table', { name: 'Score by domain' }).getByRole('row')).toHaveCount(7);
  await expect(page.locator('.exam-review > li')).toHaveCount(75);

  await app.go('Stats');
  await expect(page.getByTestId('mock-list').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('stat-answered')).toHaveText('3');
});

test('a due review session runs with the learner rating each answer', async ({ app }) => {
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await app.answerPractice(3, { pick: 'last' });
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'Review' }).click();
  await expect(page.getByTestId('review-due')).toContainText('3 cards in all');
  await page.getByRole('button', { name: 'Review due questions' }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of');
  await app.tickOptions();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const rating = page.getByRole('group', { name: /How well did you know it/ });
  await expect(rating.getByRole('button')).toHaveCount(4);
  await rating.getByRole('button', { name: 'Hard' }).click();
  await expect(rating.getByRole('button', { name: 'Hard' })).toHaveAttribute('aria-pressed', 'true');
});

test('Today guides a first-time learner and plans to the exam date', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New here? Start with a diagnostic' })).toBeVisible();
  const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  await page.locator('input[type="date"]').fill(inTenDays);
  await page.getByRole('button', { name: 'Save study plan' }).click();
  await expect(page.getByTestId('days-to-exam')).toHaveText(/^(9|10) days to go$/);
  await page.getByRole('button', { name: 'Take the 20-question diagnostic' }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 20');
});
