// "Review your mistakes": a practice ends on its results, filtered to the wrong ones, and "Retry the
// ones I missed" practises exactly those; a flag set during a practice lasts (a reload, the results'
// Flagged filter, the question browser, the setup's "Only flagged").
import type { Page } from '@playwright/test';
import type { QuizQuestionView, QuizSessionView } from '../main/common/contract';
import { answerKeys } from './support/answer-keys';
import { type CompanionApp, expect, test } from './support/fixtures';

const correctOptions = answerKeys();

/** Clicks `start` and returns the session the server answered with (questions in the order asked). */
async function sessionFrom(page: Page, start: () => Promise<void>): Promise<QuizSessionView> {
  const response = page.waitForResponse((r) => r.url().endsWith('/api/quiz.start'));
  await start();
  const body = (await (await response).json()) as { ok: boolean; value: QuizSessionView };
  expect(body.ok).toBe(true);
  return body.value;
}

/** Answers the question on screen right, or wrong on purpose; returns its stem as shown. */
async function answer(page: Page, q: QuizQuestionView, n: number, total: number, right: boolean): Promise<string> {
  await expect(page.getByTestId('question-meta')).toContainText(`Question ${n} of ${total}`);
  const key = correctOptions.get(q.id) ?? [];
  expect(key.length).toBeGreaterThan(0);
  const ids = q.options.map((o) => o.id);
  // Wrong: the options outside the key first, as many as the question asks for.
  const pick = right ? key : [...ids.filter((id) => !key.includes(id)), ...key].slice(0, q.selectCount);
  for (const id of pick) await page.locator(`.option input[value="${id}"]`).check();
  const stem = (await page.locator('.question-card legend.stem').textContent()) ?? '';
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.verdict')).toHaveClass(right ? /is-correct/ : /is-wrong/);
  await page.getByRole('button', { name: /Next question|See result/ }).click();
  return stem;
}

async function startPractice(app: CompanionApp, total: number): Promise<QuizSessionView> {
  await app.go('Quiz');
  await app.page.getByRole('spinbutton', { name: 'Number of questions' }).fill(String(total));
  const session = await sessionFrom(app.page, () => app.page.getByRole('button', { name: 'Start practice' }).click());
  expect(session.questions).toHaveLength(total);
  return session;
}

const filters = (page: Page) => page.getByRole('group', { name: 'Show questions' });
const items = (page: Page) => page.locator('.exam-review > li');
/** The start of a stem, as a results summary shows it on one line. */
const opening = (stem: string) => stem.replace(/\s+/g, ' ').trim().slice(0, 60);

test('the results filter to the wrong answers, and "Retry the ones I missed" practises exactly those', async ({ app }) => {
  const { page } = app;
  const session = await startPractice(app, 5);
  const wrongOnPurpose = new Set([2, 4]);
  const stems: string[] = [];
  for (const [i, q] of session.questions.entries()) stems.push(await answer(page, q, i + 1, 5, !wrongOnPurpose.has(i + 1)));
  const missedStems = stems.filter((_, i) => wrongOnPurpose.has(i + 1));

  await expect(page.getByRole('heading', { name: 'You scored 3 of 5' })).toBeVisible();
  await expect(filters(page).getByRole('button')).toHaveText(['Wrong (2)', 'Flagged (0)', 'Unanswered (0)', 'All (5)']);
  await expect(items(page)).toHaveCount(5);
  await filters(page).getByRole('button', { name: 'Wrong (2)' }).click();
  await expect(filters(page).getByRole('button', { name: 'Wrong (2)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(items(page)).toHaveCount(2);
  for (const [k, stem] of missedStems.entries()) {
    const summary = items(page).nth(k).locator('summary');
    await expect(summary).toContainText(opening(stem));
    await expect(summary).toContainText('Wrong:');
    await expect(summary).toContainText('Correct answer:');
  }
  // Opened, a wrong answer shows the learner's choice, the key and every option's explanation.
  await items(page).first().locator('summary').click();
  const firstMissed = session.questions[1];
  await expect(items(page).first().locator('.explanation')).toHaveCount(firstMissed?.options.length ?? 0);

  const retry = await sessionFrom(page, () => page.getByRole('button', { name: 'Retry the ones I missed (2)' }).click());
  expect(retry.questions.map((q) => q.id)).toEqual([session.questions[1]?.id, session.questions[3]?.id]);
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 2');
  await expect(page).toHaveURL(new RegExp(`session=${retry.sessionId}`));
  const retried: string[] = [];
  for (const [i, q] of retry.questions.entries()) retried.push(await answer(page, q, i + 1, 2, true));
  expect(retried).toEqual(missedStems);
  await expect(page.getByRole('heading', { name: 'You scored 2 of 2' })).toBeVisible();
  await expect(page.getByText('Nothing missed: every question right.')).toBeVisible();
});

test('a flag set during a practice survives a reload, shows under Flagged and is the Flagged practice source', async ({ app }) => {
  const { page } = app;
  const session = await startPractice(app, 3);
  const [first, second, third] = session.questions;
  if (!first || !second || !third) throw new Error('three questions');
  await answer(page, first, 1, 3, true);

  // Flag the second question, then reload before answering it: it comes back flagged.
  await expect(page.getByTestId('question-meta')).toContainText('Question 2 of 3');
  const flag = page.getByRole('button', { name: 'Flag', exact: true });
  await expect(flag).toHaveAttribute('aria-pressed', 'false');
  await flag.focus();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/quiz.flag'));
  await page.keyboard.press('Space');
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  expect((await saved).ok()).toBe(true);
  const flaggedStem = (await page.locator('.question-card legend.stem').textContent()) ?? '';
  await page.reload();
  await expect(page.getByTestId('question-meta')).toContainText('Question 2 of 3');
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
  await answer(page, second, 2, 3, true);
  await expect(flag).toHaveAttribute('aria-pressed', 'false');
  await answer(page, third, 3, 3, false);

  await expect(filters(page).getByRole('button')).toHaveText(['Wrong (1)', 'Flagged (1)', 'Unanswered (0)', 'All (3)']);
  await filters(page).getByRole('button', { name: 'Flagged (1)' }).click();
  await expect(items(page)).toHaveCount(1);
  await expect(items(page).locator('summary')).toContainText(opening(flaggedStem));
  await expect(items(page).getByRole('img', { name: 'Flagged' })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  // The question browser marks it and filters to it.
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'Questions' }).click();
  await page.getByRole('combobox', { name: 'Flagged' }).selectOption('flagged');
  await expect(page.getByTestId('browser-row')).toHaveCount(1);
  await expect(page.getByTestId('browser-row').getByRole('img', { name: 'Flagged' })).toBeVisible();

  // "Only flagged" practises exactly the flagged question.
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'Practice' }).click();
  await page.getByRole('radio', { name: 'Only flagged' }).check();
  await expect(page.locator('.practice-match')).toHaveText('Only 1 question matches these choices: the practice will have 1.');
  const flagged = await sessionFrom(page, () => page.getByRole('button', { name: 'Start practice' }).click());
  expect(flagged.questions.map((q) => q.id)).toEqual([second.id]);
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 1');
  await expect(page.locator('.question-card legend.stem')).toHaveText(flaggedStem);
  await expect(flag).toHaveAttribute('aria-pressed', 'true');
});
