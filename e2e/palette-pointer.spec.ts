// A resting mouse pointer must not steal the palette's keyboard selection: results that appear
// under a still pointer leave the first result selected; only moving the mouse selects.
import { expect, test } from './support/fixtures';

test('results appearing under a resting pointer do not change what Enter opens', async ({ app }) => {
  const { page } = app;
  const palette = page.getByRole('dialog', { name: 'Search' });
  // Find where the third result sits, then close the palette and park the pointer there.
  await page.keyboard.press('Control+k');
  await palette.getByRole('combobox').fill('dead letter queue');
  const third = palette.getByRole('option').nth(2);
  await expect(third).toBeVisible();
  const box = await third.boundingBox();
  if (!box) throw new Error('no third result');
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

  // Reopen and search again: the results appear under the resting pointer.
  await page.keyboard.press('Control+k');
  await palette.getByRole('combobox').fill('dead letter queue');
  await expect(palette.getByRole('option').nth(2)).toBeVisible();
  // Give the browser its frames to deliver any hover events for what appeared under the pointer.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(palette.getByRole('option').nth(2)).toHaveAttribute('aria-selected', 'false');

  // Moving the mouse does select what it is over.
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2);
  await expect(palette.getByRole('option').nth(2)).toHaveAttribute('aria-selected', 'true');
  // And the arrows take over again.
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option').nth(3)).toHaveAttribute('aria-selected', 'true');
});
