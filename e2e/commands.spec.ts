// The command registry as a learner meets it: commands in the palette, the same keys everywhere
// (Ctrl+1…6 for the views, Ctrl+K for the palette, never Ctrl+0, which resets the zoom), and the
// "Keyboard shortcuts" sheet opened and closed from the keyboard.
import { COMMANDS, displayBinding } from '../main/common/commands';
import { expect, test } from './support/fixtures';

test('the palette lists commands above search hits, and Enter runs one', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  const input = palette.getByRole('combobox');
  await input.pressSequentially('stats', { delay: 20 });
  const first = palette.getByRole('option').first();
  await expect(first).toContainText('Go to');
  await expect(first).toContainText('Stats');
  await expect(first).toContainText('Ctrl 6');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
  await input.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(app.nav('Stats')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible();

  // A topic search still opens the note: no command claims the words.
  await page.keyboard.press('Control+k');
  await input.fill('dead-letter');
  await expect(palette.getByRole('option').first()).toContainText('SQS dead-letter queues');
});

test('Ctrl+1 to Ctrl+6 open the views, Ctrl+K toggles the palette, Ctrl+0 is left to the zoom', async ({ app }) => {
  const { page } = app;
  for (const [index, name] of (['Today', 'Library', 'Diagrams', 'Quiz', 'My notes', 'Stats'] as const).entries()) {
    await expect(app.nav(name)).toHaveAttribute('aria-keyshortcuts', `Control+${index + 1}`);
  }
  await page.keyboard.press('Control+6');
  await expect(app.nav('Stats')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+1');
  await expect(app.nav('Today')).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Control+0');
  await page.keyboard.press('Control+3');
  await expect(app.nav('Diagrams')).toHaveAttribute('aria-current', 'page');

  const palette = page.getByRole('dialog', { name: 'Search' });
  await page.keyboard.press('Control+k');
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(palette).toHaveCount(0);
  // A view key works from inside the palette's box, and closes the palette.
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+6');
  await expect(palette).toHaveCount(0);
  await expect(app.nav('Stats')).toHaveAttribute('aria-current', 'page');
});

test('"?" opens the keyboard shortcuts sheet, which lists every command and closes from the keyboard', async ({ app }) => {
  const { page } = app;
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const command of COMMANDS) {
    const row = sheet.locator('.shortcut-row').filter({ has: page.getByText(command.label, { exact: true }) });
    const first = command.keys[0];
    await expect(row, command.id).toContainText(first ? displayBinding(first, false).replaceAll(' ', '') : 'from the palette');
  }
  await expect(sheet.getByRole('heading', { name: 'In the note editor' })).toBeVisible();
  // A modal: Tab stays inside.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // '?' again closes it, and F1 opens it too.
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('?');
  await expect(sheet).toHaveCount(0);
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');

  // Typed into a text box, '?' is text.
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog', { name: 'Search' }).getByRole('combobox');
  await page.keyboard.press('?');
  await expect(input).toHaveValue('?');
  await expect(sheet).toHaveCount(0);

  await page.keyboard.press('Escape');

  // From the palette: the sheet replaces it, and closing the sheet gives focus back to the button
  // that opened the palette, not to <body>.
  const opener = page.getByRole('button', { name: /^Search…/ });
  await opener.click();
  await input.fill('keyboard');
  await input.press('Enter');
  await expect(sheet).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Search' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('the keys typed straight after Ctrl+K go into the search box, however fast they come', async ({ app }) => {
  const { page } = app;
  // The next key can arrive as the very next task. So focus must be in the search box once the
  // task that handled Ctrl+K and its microtasks are done, not after a timer or a paint.
  const focused = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', ctrlKey: true, bubbles: true, cancelable: true }),
        );
        queueMicrotask(() => queueMicrotask(() => resolve(document.activeElement?.getAttribute('role') ?? null)));
      }),
  );
  expect(focused).toBe('combobox');
  await expect(page.getByRole('dialog', { name: 'Search' })).toBeVisible();
});
