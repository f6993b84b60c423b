// A practice is never lost: a "Study:" link opens its note beside the question, and a reload or a
// trip to another view brings the learner back to the first unanswered question with the earlier
// answers counted (issue 13, defect 1).
import type { Page } from '@playwright/test';
import { type CompanionApp, expect, test } from './support/fixtures';

/** Starts a practice of `total` questions from the practice tab. */
async function startPractice(app: CompanionApp, total: number): Promise<void> {
  await app.go('Quiz');
  await app.page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(total));
  await app.page.getByRole('button', { name: 'Start practice' }).click();
  await expect(app.page.getByTestId('question-meta')).toContainText(`Question 1 of ${total}`);
}

/** Answers question `n` of `total` (the first options), and tells whether it was right. */
async function answer(app: CompanionApp, n: number, total: number): Promise<boolean> {
  await expect(app.page.getByTestId('question-meta')).toContainText(`Question ${n} of ${total}`);
  await app.tickOptions();
  await app.page.getByRole('button', { name: 'Check answer' }).click();
  const verdict = app.page.locator('.verdict');
  await expect(verdict).toBeVisible();
  return (await verdict.getAttribute('class'))?.includes('is-correct') ?? false;
}

const next = (page: Page) => page.getByRole('button', { name: /Next question|See result/ }).click();

test('a Study link opens its note beside the question, and closing it gives focus back to the link', async ({ app }) => {
  const { page } = app;
  await startPractice(app, 5);
  await answer(app, 1, 5);
  await next(page);
  await answer(app, 2, 5);

  const link = page.locator('.study-links a.chip:not(.chip-diagram)').first();
  const title = (await link.textContent()) ?? '';
  await link.click();
  const panel = page.getByRole('complementary', { name: title });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await expect(panel.locator('.markdown')).not.toBeEmpty();
  await expect(panel.getByRole('link', { name: 'Open the full note' })).toHaveAttribute('href', /^#\/library\//);
  // The practice is still on screen beside it, answered, with the link marked as open.
  await expect(page).toHaveURL(/#\/quiz\/practice\?session=/);
  await expect(page.getByTestId('question-meta')).toContainText('Question 2 of 5');
  await expect(page.locator('.explanation').first()).toBeVisible();
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  const [questionBox, panelBox] = [await page.locator('form.question').boundingBox(), await panel.boundingBox()];
  expect(panelBox?.x ?? 0).toBeGreaterThanOrEqual((questionBox?.x ?? 0) + (questionBox?.width ?? 0));

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('aria-expanded', 'false');

  await link.click();
  await panel.getByRole('button', { name: 'Close the note' }).click();
  await expect(panel).toBeHidden();
  await expect(link).toBeFocused();

  // The full note is a real page; Back returns to the practice, at the next question.
  await link.click();
  await panel.getByRole('link', { name: 'Open the full note' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('question-meta')).toContainText('Question 3 of 5');
  await expect(page.getByTestId('quiz-progress')).toContainText('2 of 5 answered');
});

test('a reload in the middle of a practice comes back at the first unanswered question, earlier answers counted', async ({ app }) => {
  const { page } = app;
  await startPractice(app, 5);
  let correct = 0;
  for (const n of [1, 2]) {
    if (await answer(app, n, 5)) correct++;
    await next(page);
  }
  await expect(page.getByTestId('question-meta')).toContainText('Question 3 of 5');

  await page.reload();
  await expect(page.getByTestId('question-meta')).toContainText('Question 3 of 5');
  await expect(page.getByTestId('quiz-progress')).toHaveText(`2 of 5 answered · ${correct} correct`);
  await expect(page.getByRole('progressbar', { name: 'Questions answered' })).toHaveAttribute('value', '2');
  for (const n of [3, 4, 5]) {
    if (await answer(app, n, 5)) correct++;
    await next(page);
  }
  await expect(page.getByRole('heading', { name: `You scored ${correct} of 5` })).toBeVisible();

  // Finished: nothing is offered to resume any more.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Resume practice/ })).toHaveCount(0);
});

test('leaving a practice through the sidebar and coming back resumes it, from Today or the practice tab', async ({ app }) => {
  const { page } = app;
  await startPractice(app, 5);
  for (const n of [1, 2]) {
    await answer(app, n, 5);
    await next(page);
  }
  // "Quiz" in the sidebar while practising keeps the practice on screen.
  await app.go('Quiz');
  await expect(page.getByTestId('question-meta')).toContainText('Question 3 of 5');

  // Away to Today, which offers the practice once, and back into it.
  await app.go('Today');
  const todayEntry = page.getByRole('link', { name: 'Resume practice (2 of 5 answered)' });
  await expect(todayEntry).toHaveCount(1);
  await todayEntry.click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 3 of 5');
  await expect(page.getByTestId('quiz-progress')).toContainText('2 of 5 answered');

  // Away again, then "Quiz" in the sidebar: the practice tab offers it above the setup.
  await app.go('Library');
  await app.go('Quiz');
  const resume = page.getByRole('button', { name: 'Resume practice (2 of 5 answered)' });
  await expect(resume).toHaveCount(1);
  await expect(page.getByText('Starting a new one ends the practice in progress')).toBeVisible();
  await resume.click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 3 of 5');
  await answer(app, 3, 5);
  await next(page);
  await expect(page.getByTestId('question-meta')).toContainText('Question 4 of 5');
});

test('a practice ended early is no longer offered, and a new one ends the unfinished one out loud', async ({ app }) => {
  const { page } = app;
  await startPractice(app, 4);
  const right = await answer(app, 1, 4);
  await page.getByRole('button', { name: 'End practice' }).click();
  await expect(page.getByRole('heading', { name: `You scored ${right ? 1 : 0} of 1 answered` })).toBeVisible();
  await expect(page.getByText('You ended this practice with 3 questions unanswered.')).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: /^Resume practice/ })).toHaveCount(0);

  // A practice left open, then a new one started from the setup: the old one ends, the new one runs.
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await answer(app, 1, 3);
  await app.go('Library');
  await app.go('Quiz');
  await expect(page.getByRole('button', { name: 'Resume practice (1 of 3 answered)' })).toBeVisible();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 2');
  await page.reload();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 2');
  await app.go('Today');
  await expect(page.getByRole('link', { name: 'Resume practice (0 of 2 answered)' })).toHaveCount(1);
});
