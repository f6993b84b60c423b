// The mock exam after a restart and while the server is unreachable: it reopens on the question
// the learner was on, and a question only counts as answered once it is fully answered and saved.
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/seed';

test('after a reload the mock exam reopens on the question the learner was on', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/quiz/mock`);
  await page.getByRole('button', { name: 'Start a mock exam' }).click();
  await app.tickOptions();
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  const saved = page.waitForRequest((r) => r.url().endsWith('/api/exam.heartbeat') && /"position":4\b/.test(r.postData() ?? ''));
  await navigator.getByRole('button', { name: /^Question 5\b/ }).click();
  await expect(page.locator('.exam-question > p.muted')).toContainText('Question 5 of 75');
  await (await saved).response();

  await page.reload();
  await expect(page.locator('.exam-question > p.muted')).toContainText('Question 5 of 75');
  await expect(navigator.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
});

test('a half-answered multiple-response question, or an answer the server never got, is not "answered"', async ({ app }) => {
  const { page, shell } = app;
  const exam = await apiCaller(shell)('exam.start', {});
  const multi = exam.questions.findIndex((q) => q.format === 'multi');
  const single = exam.questions.findIndex((q) => q.format === 'single');
  expect(multi).toBeGreaterThanOrEqual(0);
  await page.goto(`${shell.baseUrl}#/quiz/mock`);
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });

  // One option of a "choose 2" (or 3) question: partly answered, and the count says so.
  await navigator.getByRole('button', { name: new RegExp(`^Question ${multi + 1}\\b`) }).click();
  await page.locator('.option input').first().check();
  const multiCell = navigator.getByRole('button', { name: new RegExp(`^Question ${multi + 1}\\b`) });
  await expect(multiCell).toHaveAttribute('aria-label', new RegExp(`^Question ${multi + 1}, partly answered \\(1 of \\d\\)$`));
  await expect(page.locator('.exam-bar')).toContainText('0 of 75 answered');

  // The server stops answering: the answer shows as not saved, never as answered.
  await page.route('**/api/exam.answer', (route) => route.abort());
  await navigator.getByRole('button', { name: new RegExp(`^Question ${single + 1}\\b`) }).click();
  await page.locator('.option input').first().check();
  const singleCell = navigator.getByRole('button', { name: new RegExp(`^Question ${single + 1}\\b`) });
  await expect(singleCell).toHaveAttribute('aria-label', `Question ${single + 1}, not saved`);
  await expect(page.locator('.exam-bar')).toContainText('0 of 75 answered');

  // It comes back: the next heartbeat sends the answer again, and only then it counts.
  await page.unroute('**/api/exam.answer');
  await expect(singleCell).toHaveAttribute('aria-label', `Question ${single + 1}, answered`, { timeout: 15_000 });
  await expect(page.locator('.exam-bar')).toContainText('1 of 75 answered');
});
