// The practice setup says what the choices leave before the learner starts: how many questions
// match, per difficulty too, and it will not start a practice that nothing matches. It opens with
// the choices of the last practice it started.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';

const bank = fs
  .readdirSync(path.join('assets', 'quiz'))
  .flatMap((file) => JSON.parse(fs.readFileSync(path.join('assets', 'quiz', file), 'utf8')).questions as { difficulty: number }[]);
const ofDifficulty = (d: number) => bank.filter((q) => q.difficulty === d).length;

test('the setup counts the questions the choices match and will not start an empty practice', async ({ app }) => {
  const { page } = app;
  await app.go('Quiz');
  const said = page.locator('.practice-match');
  await expect(said).toHaveText(`${bank.length} questions match these choices; the practice draws 10 of them at random.`);
  // Each difficulty says how many questions it holds, so a near-empty one is seen before it is chosen.
  for (const [d, name] of [
    [1, 'Recall'],
    [2, 'Apply'],
    [3, 'Multi-constraint'],
  ] as const) {
    await expect(page.locator('.practice-setup label').filter({ hasText: name })).toContainText(`(${ofDifficulty(d)})`);
  }
  await page.getByRole('checkbox', { name: 'Multi-constraint' }).check();
  await expect(said).toHaveText(`${ofDifficulty(3)} questions match these choices; the practice draws 10 of them at random.`);

  // Nothing flagged yet: the practice cannot start, and the page says how to flag one.
  await page.getByRole('radio', { name: 'Only flagged' }).check();
  await expect(said).toContainText('No flagged questions match these choices');
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeDisabled();
  await page.getByRole('radio', { name: 'All', exact: true }).check();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
});

test('the setup opens with the choices the last practice started with, after a reload too', async ({ app }) => {
  const { page } = app;
  await app.go('Quiz');
  await page.getByRole('checkbox', { name: 'D3 Resilient Cloud Solutions' }).check();
  await page.getByRole('checkbox', { name: 'Multi-constraint' }).check();
  await page.getByRole('radio', { name: 'Only unseen' }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('3');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 3 · D3 · difficulty 3');

  await page.reload();
  await page.getByRole('button', { name: 'End practice' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'D3 Resilient Cloud Solutions' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'D1 SDLC Automation' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Multi-constraint' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Only unseen' })).toBeChecked();
  await expect(page.getByRole('spinbutton', { name: 'Number of questions' })).toHaveValue('3');
});
