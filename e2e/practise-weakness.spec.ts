// One click from a weakness to a practice: Stats' weakest topics and readiness rows, and Today.
import { expect, test } from './support/fixtures';
import { seedStudyProfile } from './support/seed';

test('Stats and Today start a practice on the weakest topics or a domain in one click', async ({ app }) => {
  const { page, shell } = app;
  await seedStudyProfile(shell);

  await app.go('Stats');
  await page.getByRole('button', { name: /^Practise my \d weakest topics: / }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of');
  await expect(page).toHaveURL(/#\/quiz\/practice\?session=/);

  await app.go('Stats');
  await page.getByRole('button', { name: 'Practise D3: ten Resilient Cloud Solutions questions' }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 10');
  await expect(page.getByTestId('question-meta')).toContainText('D3');

  await app.go('Today');
  await page.getByRole('button', { name: /^Practise my (\d weakest topics|weakest topic)$/ }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of');
});
