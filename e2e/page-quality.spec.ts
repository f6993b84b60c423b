// The page-quality check: every main view holding data, at two window sizes in light and dark,
// and every course note, looked at the way a learner sees them. Fails on duplicated text,
// sideways scrolling, clipped controls or text, text over text, cut mermaid labels, characters no
// font draws, missing focus indicators, focus lost to <body>, and console errors or failed requests.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { auditFocusRing, auditView, formatFindings, type ViewFinding, watchConsole } from './support/page-quality';
import { apiCaller, seedStudyProfile } from './support/seed';

const go = (page: Page, hash: string) =>
  page.evaluate((h) => {
    window.location.hash = h;
  }, hash);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const size = `${viewport.width}×${viewport.height} ${colorScheme}`;
    test.describe(size, () => {
      test.use({ viewport, colorScheme });

      test(`every main view holding data passes the page-quality check (${size})`, async ({ app }) => {
        test.setTimeout(120_000);
        const { page } = app;
        const { noteId } = await seedStudyProfile(app.shell);
        let view = 'start-up';
        const findings: ViewFinding[] = watchConsole(page, () => view);
        await page.reload();
        // Each view is audited once its own heading shows, never while the previous view lingers.
        const check = async (name: string, hash?: string, heading?: string | RegExp, quizTab?: string) => {
          view = `${name} (${size})`;
          if (hash) await go(page, hash);
          if (heading) await expect(page.locator('main h1').last()).toHaveText(heading);
          if (quizTab) {
            const tab = page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: quizTab });
            await expect(tab).toHaveAttribute('aria-current', 'page');
          }
          findings.push(...(await auditView(page, view)));
        };

        await check('Today', '#/today', 'Today');
        await check('Library index', '#/library', 'Library');
        await check('Course note with callouts and mermaid', '#/library/blue-green-deployment', /Blue\/green/);
        await check('Diagram index', '#/diagrams', 'Diagrams');
        await check('Diagram with a node panel', '#/diagrams/sns-fanout?node=topic', /SNS/);
        await check('Practice setup', '#/quiz/practice', 'Quiz', 'Practice');
        await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
        await page.getByRole('button', { name: 'Start practice' }).click();
        await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 2');
        await app.tickOptions();
        await page.getByRole('button', { name: 'Check answer' }).click();
        await expect(page.locator('.explanation').first()).toBeVisible();
        await check('Practice answer with explanations');
        await page.getByRole('button', { name: 'Next question' }).click();
        await expect(page.getByTestId('question-meta')).toContainText('Question 2 of 2');
        await app.tickOptions('last');
        await page.getByRole('button', { name: 'Check answer' }).click();
        await page.getByRole('button', { name: 'See result' }).click();
        await check('Practice result');
        await check('Mock exam tab with a past result', '#/quiz/mock', 'Quiz', 'Mock exam');
        await check('Review', '#/quiz/review', 'Quiz', 'Review');
        await check('History', '#/quiz/history', 'Quiz', 'History');
        await check('Question browser', '#/quiz/browse', 'Quiz', 'Questions');
        await apiCaller(app.shell)('notes.create', {
          title: 'My cards on deployment configurations',
          body: 'Q: Which CodeDeploy configuration shifts 10% first, then the rest after five minutes?\nA: **Canary10Percent5Minutes**.\n\nAll-at-once moves {{c1::every instance at the same time}}.',
        });
        await check('Review with cards from my notes', '#/quiz/review', 'Quiz', 'Review');
        await page.getByRole('button', { name: 'Review my note cards' }).click();
        await page.getByRole('button', { name: /Show answer/ }).click();
        await expect(page.locator('.note-card-back')).toBeVisible();
        await check('Note card with its answer and grade buttons');
        const answers = await apiCaller(app.shell)('quiz.history', { limit: 500 });
        const answer = answers.find((a) => a.kind === 'question' && !a.correct);
        await check('History answer review', `#/quiz/history?attempt=${answer?.id}`, 'Quiz', 'History');
        await expect(page.locator('.attempt-review .explanation').first()).toBeVisible();
        const mock = answers.find((a) => a.mode === 'mock');
        await check('Mock exam result', `#/quiz/mock?exam=${mock?.sessionId}`, 'Quiz', 'Mock exam');
        await page.locator('.exam-review > li.is-wrong summary').first().click();
        await page.locator('.exam-review > li.is-unanswered summary').first().click();
        await check('Mock exam review with a wrong and an unanswered question open');
        await check('My notes with the editor and preview', `#/notes/${noteId}`, 'My notes');
        await check('Stats', '#/stats', 'Stats');
        await check('Search results', `#/search?q=${encodeURIComponent('codedeploy rollback')}`, 'Search');
        view = `Search palette (${size})`;
        await page.keyboard.press('Control+k');
        await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('canary');
        await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('option').first()).toBeVisible();
        await check('Search palette');
        await page.keyboard.press('Escape');
        view = `Keyboard shortcuts sheet (${size})`;
        // '?' opens the sheet unless focus is in a text box, as the search view's box may be.
        await page.locator('main h1').first().focus();
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
        await check('Keyboard shortcuts sheet');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
        await go(page, '#/quiz/mock');
        await page.getByRole('button', { name: 'Start a mock exam' }).click();
        await expect(page.getByTestId('exam-clock')).toBeVisible();
        await check('Running mock exam');

        expect(findings, formatFindings(findings)).toEqual([]);
      });
    });
  }
}

function courseNotes(): { id: string; title: string }[] {
  const root = path.join(REPO_ROOT, 'assets', 'notes');
  return fs
    .readdirSync(root)
    .sort()
    .flatMap((domain) =>
      fs
        .readdirSync(path.join(root, domain))
        .sort()
        .map((file) => path.join(root, domain, file)),
    )
    .map((file) => ({ id: path.basename(file, '.md'), title: /^title: "?(.*?)"?$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '' }));
}

const NOTES = courseNotes();
const PARTS = 4;
for (let part = 0; part < PARTS; part++) {
  test(`course notes, part ${part + 1} of ${PARTS}, pass the page-quality check at 1280×800`, async ({ app }) => {
    test.setTimeout(150_000);
    const { page } = app;
    let view = 'start-up';
    const findings: ViewFinding[] = watchConsole(page, () => view);
    const mine = NOTES.filter((_, i) => i % PARTS === part);
    expect(mine.length).toBeGreaterThan(30);
    for (const { id, title } of mine) {
      view = `note ${id}`;
      await go(page, `#/library/${id}`);
      await expect(page.locator('#note-title')).toHaveText(title);
      findings.push(...(await auditView(page, view)));
    }
    expect(findings, formatFindings(findings)).toEqual([]);
  });
}

test('the keyboard: a skip link first, a visible focus everywhere, focus kept in the palette and moved to each view', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { noteId } = await seedStudyProfile(app.shell);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const findings: ViewFinding[] = [];

  // The first Tab of a fresh page reaches "Skip to content", shown on screen; Enter moves into the view.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

  // Opening a view from the sidebar puts focus on the view, not on <body> or the link left behind.
  for (const name of ['Today', 'Library', 'Diagrams', 'Quiz', 'My notes', 'Stats'] as const) {
    await app.go(name);
    await expect(page.locator('main h1').first()).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('main') !== null), { message: `focus moves into ${name}` })
      .toBe(true);
    findings.push(...(await auditFocusRing(page, name, 25)));
  }
  await page.evaluate((id) => {
    window.location.hash = `#/notes/${id}`;
  }, noteId);
  await expect(page.getByRole('textbox', { name: 'Note title' })).toBeVisible();
  findings.push(...(await auditFocusRing(page, 'Note editor', 25)));
  await page.evaluate(() => {
    window.location.hash = '#/diagrams/sns-fanout';
  });
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  findings.push(...(await auditFocusRing(page, 'Diagram', 25)));

  // Starting a practice moves focus to the first question.
  await app.go('Quiz');
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 2');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('.question, main h1, main h2') !== null), {
      message: 'focus moves to the question',
    })
    .toBe(true);

  // The palette is a modal: Tab and Shift+Tab stay inside it.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('combobox').fill('rollback');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    expect(
      await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null),
      `focus stays in the palette after ${key}`,
    ).toBe(true);
  }
  expect(findings, formatFindings(findings)).toEqual([]);
});
