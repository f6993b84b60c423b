// Cards from my own notes: a Q:/A: pair and a cloze written in a personal note come due in the
// Review tab and are reviewed from the keyboard, Anki style, each grade saying when it returns.
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/seed';

test('a cloze and a Q:/A: pair from a personal note come due and are reviewed from the keyboard', async ({ app }) => {
  const { page, shell } = app;
  await apiCaller(shell)('notes.create', {
    title: 'Deployment configs',
    body: [
      'Q: Which CodeDeploy configuration shifts 10% first, then the rest after five minutes?',
      'A: Canary10Percent5Minutes',
      '',
      'All-at-once moves {{c1::every instance at the same time}}.',
    ].join('\n'),
  });
  await page.goto(`${shell.baseUrl}#/quiz/review`);
  await expect(page.getByTestId('note-cards-due')).toHaveText('2 due now · 2 in all');
  await page.getByRole('button', { name: 'Review my note cards' }).click();

  const review = page.getByRole('region', { name: 'Note card review' });
  await expect(review.getByTestId('note-card-meta')).toContainText('Card 1 of 2 · from Deployment configs');
  await expect(review).toContainText('Which CodeDeploy configuration shifts 10% first');
  await expect(review).not.toContainText('Canary10Percent5Minutes');
  await expect(review.getByRole('button', { name: /Show answer/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(review).toContainText('Canary10Percent5Minutes');
  // Each grade says when the card would come back; Easy sends a new card days ahead.
  await expect(review.getByRole('button', { name: /^Again \d+ m/ })).toBeVisible();
  await expect(review.getByRole('button', { name: /^Easy \d+ d/ })).toBeVisible();
  await page.keyboard.press('4');

  await expect(review.getByTestId('note-card-meta')).toContainText('Card 2 of 2');
  await expect(review).toContainText('All-at-once moves […].');
  await page.keyboard.press('Space');
  await expect(review.locator('.note-card-back strong')).toHaveText('every instance at the same time');
  await page.keyboard.press('4');

  await expect(page.getByRole('status')).toHaveText('Done: 2 cards reviewed.');
  await page.getByRole('button', { name: 'Back to the review summary' }).click();
  await expect(page.getByTestId('note-cards-due')).toHaveText('0 due now · 2 in all');

  // The question browser lists them too, with their note and when they come back.
  await page.getByRole('link', { name: 'Questions' }).click();
  const listed = page.getByTestId('browser-note-card');
  await expect(listed).toHaveCount(2);
  await expect(listed.first()).toContainText('Deployment configs');
  await expect(listed.first()).toContainText(/in \d+ d/);
});
