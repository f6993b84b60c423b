// The Stats page with data, as a learner sees it: the frame never scrolls as a whole (only the
// main panel does), hidden table captions stay inside their scroll areas, and every month label of
// the calendar fits in the picture.
import type { Page } from '@playwright/test';
import type { RunningShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/seed';

/** Answers a practice of `count` questions, alternately right-ish and wrong-ish, straight through the API. */
async function seedAnswers(shell: RunningShell, count: number): Promise<void> {
  const call = apiCaller(shell);
  const session = await call('quiz.start', { mode: 'practice', count });
  for (const [i, q] of session.questions.entries()) {
    const chosen = q.options.slice(i % 2, (i % 2) + q.selectCount).map((o) => o.id);
    await call('quiz.answer', { sessionId: session.sessionId, questionId: q.id, chosen, timeMs: 20_000 });
  }
}

async function openStats(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' }).click();
  await expect(page.getByTestId('stat-answered')).toBeVisible();
  await expect(page.locator('.heatmap-svg')).toBeVisible();
}

const documentScroll = (page: Page) =>
  page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    return { top: doc.scrollTop, left: doc.scrollLeft, tall: doc.scrollHeight - doc.clientHeight, wide: doc.scrollWidth - doc.clientWidth };
  });

test('wheeling over the sidebar never scrolls the frame; only the main panel scrolls', async ({ app }) => {
  const { page } = app;
  await seedAnswers(app.shell, 30);
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(viewport);
    await openStats(page);
    // Nothing may make the document itself taller or wider than the window.
    expect(await documentScroll(page)).toEqual({ top: 0, left: 0, tall: 0, wide: 0 });

    await page.mouse.move(100, viewport.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(await documentScroll(page)).toMatchObject({ top: 0, left: 0 });
    expect((await page.locator('.sidebar').boundingBox())?.y).toBe(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stats' })).toBeInViewport();

    await page.mouse.move(700, viewport.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 600);
    await expect.poll(() => page.locator('#main').evaluate((m) => m.scrollTop)).toBeGreaterThan(0);
    expect(await documentScroll(page)).toMatchObject({ top: 0, left: 0 });
    expect((await page.locator('.sidebar').boundingBox())?.y).toBe(0);
  }
});

test('hidden table captions stay inside their scroll areas, which never scroll sideways', async ({ app }) => {
  const { page } = app;
  await seedAnswers(app.shell, 30);
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 760 });
    await openStats(page);
    // Every data table, including those folded away under "Show the data as a table".
    for (const details of await page.locator('.stats details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
    const findings = await page.locator('.stats').evaluate((root) => {
      const out: string[] = [];
      const scrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
      // A hidden text is placed against its offset parent: that box must sit inside the nearest
      // scroll area, or the text escapes it and stretches whatever scrolls further out (the document).
      for (const hidden of Array.from(root.querySelectorAll<HTMLElement>('.visually-hidden'))) {
        let area = hidden.parentElement;
        while (area && !scrolls(area)) area = area.parentElement;
        const anchor = hidden.offsetParent;
        if (!area || !anchor || !area.contains(anchor))
          out.push(`"${hidden.textContent}" is placed against ${anchor?.tagName ?? 'nothing'}, outside its scroll area ${area?.className}`);
      }
      for (const el of [root.closest('.main'), ...Array.from(root.querySelectorAll('*'))]) {
        if (!el || !['auto', 'scroll'].includes(getComputedStyle(el).overflowX)) continue;
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
      }
      return out;
    });
    expect(findings, `at ${width} px`).toEqual([]);
  }
});

test('every month label of the calendar fits inside the picture', async ({ app }) => {
  const { page } = app;
  await seedAnswers(app.shell, 5);
  // Days on which a month starts in the grid's last column (the label that was cut to "De") and
  // an ordinary day, so the check does not depend on when it runs.
  for (const day of ['2026-12-06T12:00:00', '2027-03-02T12:00:00', '2026-07-15T12:00:00']) {
    await page.clock.setFixedTime(new Date(day));
    await openStats(page);
    const outside = await page.locator('.heatmap-svg').evaluate((svg: SVGSVGElement) => {
      const view = svg.viewBox.baseVal;
      return Array.from(svg.querySelectorAll<SVGTextElement>('text'))
        .map((t) => ({ label: t.textContent, box: t.getBBox() }))
        .filter(
          ({ box }) =>
            box.x < view.x || box.y < view.y || box.x + box.width > view.x + view.width || box.y + box.height > view.y + view.height,
        )
        .map(({ label, box }) => `${label} at ${box.x.toFixed(1)}+${box.width.toFixed(1)} of ${view.width}`);
    });
    expect(outside, `on ${day}`).toEqual([]);
  }
});
