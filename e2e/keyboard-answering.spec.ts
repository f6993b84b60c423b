// Keyboard answering, as on practice-exam sites and in Anki: a whole practice without the mouse
// (letters or digits choose, Enter checks, Enter moves on), a review whose grade buttons say when
// the card comes back and take 1–4, and Today's "Start reviewing" landing in a running review
// (issue 13).
import type { Locator, Page } from '@playwright/test';
import { type CompanionApp, expect, test } from './support/fixtures';

const meta = (page: Page) => page.getByTestId('question-meta');

/** How many options the question on screen asks for ("choose 2"), 1 for a single answer. */
async function asked(page: Page): Promise<number> {
  return Number(/choose (\d)/.exec((await meta(page).textContent()) ?? '')?.[1] ?? 1);
}

/** Presses Tab until `target` has focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let tabs = 0; tabs < 40 && !(await target.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** A practice of three answered with the mouse (the last options), so that reviews fall due today. */
async function answerThreeToReview(app: CompanionApp): Promise<void> {
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await app.answerPractice(3, { pick: 'last' });
}

test('a five-question practice is started and answered from the keyboard alone', async ({ app }) => {
  const { page } = app;
  // Quiz by its shortcut; Tab to the "Apply" difficulty (its draw mixes single and multiple
  // response) and tick it with Space, Tab on to the number of questions, type 5 and press Enter.
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Quiz' })).toBeFocused();
  const apply = page.getByRole('checkbox', { name: 'Apply' });
  await tabTo(page, apply);
  await page.keyboard.press('Space');
  await expect(apply).toBeChecked();
  const count = page.getByRole('spinbutton', { name: 'Number of questions' });
  await tabTo(page, count);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');

  const formats: string[] = [];
  for (let n = 1; n <= 5; n++) {
    await expect(meta(page)).toContainText(`Question ${n} of 5`);
    // The question takes focus; each option shows its number key, and a line says the keys.
    await expect(meta(page)).toBeFocused();
    const options = page.locator('.option input');
    const total = await options.count();
    await expect(page.locator('.option-key')).toHaveText(Array.from({ length: total }, (_, i) => String(i + 1)));
    await expect(page.getByTestId('answer-keys')).toContainText(`1–${total} or A–${total >= 5 ? 'E' : 'D'} choose · Enter check`);

    const choose = await asked(page);
    formats.push(choose === 1 ? 'single' : 'multi');
    if (choose === 1) {
      // A single answer is a radio: the last key pressed wins.
      await page.keyboard.press('c');
      await page.keyboard.press(n % 2 ? '2' : 'B');
      await expect(options.nth(1)).toBeChecked();
      await expect(options.nth(2)).not.toBeChecked();
    } else {
      // Multiple response: as many keys as it asks for, by number or by letter.
      for (let k = 0; k < choose; k++) await page.keyboard.press(n % 2 ? String(k + 1) : ('abcde'[k] ?? ''));
      for (let k = 0; k < choose; k++) await expect(options.nth(k)).toBeChecked();
    }
    if (n === 1) {
      // F flags the question to come back to, and F again takes the flag off.
      await expect(page.getByTestId('answer-keys')).toContainText('Enter check · F flag');
      const flag = page.getByRole('button', { name: 'Flag', exact: true });
      await page.keyboard.press('f');
      await expect(flag).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('F');
      await expect(flag).toHaveAttribute('aria-pressed', 'false');
      await page.keyboard.press('f');
      await expect(flag).toHaveAttribute('aria-pressed', 'true');
    }
    await page.keyboard.press('Enter');
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(page.getByTestId('quiz-progress')).toContainText(`${n} of 5 answered`);
    // Once checked the options stay as answered, and Enter moves on.
    await page.keyboard.press('a');
    if (choose === 1) await expect(options.nth(1)).toBeChecked();
    await expect(page.getByTestId('answer-keys')).toContainText(n < 5 ? 'Enter next' : 'Enter see the result');
    await expect(page.getByTestId('answer-keys')).not.toContainText('choose');
    await page.keyboard.press('Enter');
  }
  // The seeded draw has both kinds of question, so both were answered by key.
  expect(new Set(formats)).toEqual(new Set(['single', 'multi']));
  // The results: all five answered (none left out, as when a practice is ended early).
  await expect(page.getByRole('heading', { name: /^You scored \d of 5$/ })).toBeVisible();
  await expect(page.getByText(/questions? unanswered/)).toHaveCount(0);
});

test('a review shows when each grade brings the card back, and 3 grades it Good', async ({ app }) => {
  const { page } = app;
  await answerThreeToReview(app);
  await page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Review due questions' }).click();
  await expect(meta(page)).toContainText('Question 1 of');
  await expect(meta(page)).toBeFocused();
  const due = Number(/Question 1 of (\d+)/.exec((await meta(page).textContent()) ?? '')?.[1]);

  const choose = await asked(page);
  for (let k = 1; k <= choose; k++) await page.keyboard.press(String(k));
  await page.keyboard.press('Enter');

  const grades = page.getByRole('group', { name: /How well did you know it/ });
  const intervals: Record<string, string> = {};
  for (const [label, key] of [
    ['Again', '1'],
    ['Hard', '2'],
    ['Good', '3'],
    ['Easy', '4'],
  ] as const) {
    const button = grades.getByRole('button', { name: label });
    await expect(button).toHaveText(new RegExp(`^${label} \\d+(\\.\\d)? (m|h|d|mo|y)${key}$`));
    await expect(button).toHaveAttribute('aria-keyshortcuts', key);
    intervals[label] = (await button.locator('.rating-interval').textContent())?.trim() ?? '';
  }
  // Again comes back soonest: minutes, while Easy is days away.
  expect(intervals.Again).toMatch(/ m$/);
  expect(intervals.Easy).toMatch(/ d$/);
  await expect(page.getByTestId('answer-keys')).toContainText(`1–4 grade · Enter ${due > 1 ? 'next' : 'see the result'}`);

  // Digits now grade instead of choosing.
  await page.keyboard.press('3');
  await expect(grades.getByRole('button', { name: 'Good' })).toHaveAttribute('aria-pressed', 'true');
  await expect(grades.locator('button[aria-pressed="true"]')).toHaveCount(1);
  await expect(page.locator('.option input:checked')).toHaveCount(choose);

  await page.keyboard.press('Enter');
  if (due > 1) await expect(meta(page)).toContainText('Question 2 of');
  else await expect(page.getByRole('heading', { name: /^You scored \d of 1$/ })).toBeVisible();
});

test("Today's Start reviewing lands in a running review, focus on its first question", async ({ app }) => {
  const { page } = app;
  await answerThreeToReview(app);
  await app.go('Today');
  await expect(page.getByTestId('today-due')).not.toHaveText('0');
  await page.getByRole('link', { name: 'Start reviewing' }).click();

  await expect(meta(page)).toContainText('Question 1 of');
  await expect(meta(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/quiz\/review$/);
  await expect(page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'Review' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // Back returns to Today, rather than starting the review again.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('in the mock exam, keys choose and flag, and Enter goes to the next question', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/quiz/mock`);
  await page.getByRole('button', { name: 'Start a mock exam' }).click();
  const heading = page.locator('.exam-question > p.muted');
  await expect(heading).toContainText('Question 1 of 75');
  await expect(page.getByTestId('answer-keys')).toContainText('choose · Enter next · F flag');

  const choose = Number(/choose (\d)/.exec((await heading.textContent()) ?? '')?.[1] ?? 1);
  for (let k = 1; k <= choose; k++) await page.keyboard.press(String(k));
  await page.keyboard.press('f');
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  await expect(navigator.getByRole('button', { name: 'Question 1, answered, flagged' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unflag' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Enter');
  await expect(heading).toContainText('Question 2 of 75');
  await page.keyboard.press('b');
  await expect(page.locator('.option input').nth(1)).toBeChecked();
});
