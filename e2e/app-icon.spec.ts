// What the app shows around its content: its own icon (so no launch asks for a missing
// /favicon.ico) and drawn icons, not emoji, for UI symbols such as a note's pin.
import { startBrowserShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/seed';

test('a launch loads the app icon and no request fails', async ({ page }) => {
  const shell = await startBrowserShell();
  try {
    const failures: string[] = [];
    const icons: { status: number; type: string | undefined }[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`${m.text()} (${m.location().url})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
      if (/\/assets\/icon-[\w-]+\.svg$/.test(r.url())) icons.push({ status: r.status(), type: r.headers()['content-type'] });
    });
    page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
    await page.goto(shell.launchUrl);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    // The browser asks for its icon after the page has loaded: wait until it has, or has failed to.
    await expect.poll(() => icons.length + failures.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(failures).toEqual([]);
    expect(icons[0]).toEqual({ status: 200, type: 'image/svg+xml' });
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /^\.\/assets\/icon-[\w-]+\.svg$/);
  } finally {
    await shell.stop();
  }
});

test('a pinned note shows a drawn pin named "Pinned", not an emoji', async ({ app }) => {
  const { page } = app;
  const call = apiCaller(app.shell);
  const note = await call('notes.create', { title: 'Pinned study plan', body: 'Blue/green first.' });
  await call('notes.setMeta', { id: note.id, pinned: true });
  await app.go('My notes');
  const item = page.locator('.note-item', { hasText: 'Pinned study plan' });
  const pin = item.getByRole('img', { name: 'Pinned' });
  await expect(pin).toBeVisible();
  expect(await pin.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  expect(await item.textContent()).not.toMatch(/\p{Emoji_Presentation}/u);
  // Drawn in the text's colour, at the text's size.
  const [fill, iconHeight, fontSize] = await pin.evaluate((el) => [
    getComputedStyle(el).fill,
    el.getBoundingClientRect().height,
    Number.parseFloat(getComputedStyle(el.parentElement as Element).fontSize),
  ]);
  expect(fill).toBe(await item.locator('a').evaluate((a) => getComputedStyle(a).color));
  expect(iconHeight).toBeCloseTo(Number(fontSize), 0);
});
