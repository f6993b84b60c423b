// `npm run screenshots`: the README's pictures, at 1280×800 in light and dark, taken from the
// browser shell on a throwaway profile that holds answers, a mock exam and notes (the same
// seeded profile the page-quality check uses), in the machine's Chromium.
// `npm run screenshots -- results stats` retakes only the scenes named.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { answerKeys } from '../e2e/support/answer-keys';
import { REPO_ROOT, startBrowserShell } from '../e2e/support/browser-shell';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { waitForSettled } from '../e2e/support/page-quality';
import { seedStudyProfile } from '../e2e/support/seed';
import type { QuizSessionView } from '../main/common/contract';

const out = path.join(REPO_ROOT, 'docs', 'screenshots');

/** A six-question practice answered with every third answer wrong, then its results filtered to the wrong ones. */
async function practiceResults(page: Page): Promise<void> {
  const keys = answerKeys();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('6');
  const started = page.waitForResponse((r) => r.url().endsWith('/api/quiz.start'));
  await page.getByRole('button', { name: 'Start practice' }).click();
  const { value: session } = (await (await started).json()) as { value: QuizSessionView };
  for (const [i, q] of session.questions.entries()) {
    const key = keys.get(q.id) ?? [];
    const wrong = [...q.options.map((o) => o.id).filter((id) => !key.includes(id)), ...key].slice(0, q.selectCount);
    for (const id of i % 3 === 1 ? wrong : key) await page.locator(`.option input[value="${id}"]`).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: /Next question|See result/ }).click();
  }
  await page
    .getByRole('group', { name: 'Show questions' })
    .getByRole('button', { name: /^Wrong/ })
    .click();
  await page.locator('.exam-review > li summary').first().click();
}

interface Scene {
  name: string;
  hash: (noteId: string) => string;
  /** Brings the view to the state worth showing, once it has loaded. */
  prepare?: (page: Page) => Promise<void>;
}

const SCENES: Scene[] = [
  { name: 'library', hash: () => '#/library/codedeploy-deployment-configs' },
  {
    name: 'diagram',
    hash: () => '#/diagrams/cross-account-codepipeline',
    prepare: async (page) => {
      await page.getByRole('button', { name: /Walk through/ }).click();
      for (let step = 1; step < 4; step++) await page.getByRole('button', { name: 'Next' }).click();
    },
  },
  { name: 'notes', hash: (noteId) => `#/notes/${noteId}` },
  { name: 'stats', hash: () => '#/stats' },
  { name: 'results', hash: () => '#/quiz/practice', prepare: practiceResults },
  {
    name: 'questions',
    hash: () => '#/quiz/browse',
    prepare: async (page) => {
      await page.getByRole('combobox', { name: 'Seen' }).selectOption('seen');
      await page.getByRole('button', { name: /^Answers/ }).click();
    },
  },
];

const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

const shell = await startBrowserShell();
const browser = await chromium.launch(chromiumLaunchOptions());
fs.mkdirSync(out, { recursive: true });
try {
  const { noteId } = await seedStudyProfile(shell);
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme, deviceScaleFactor: 1 });
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'window.__name = (target) => target;' });
    await page.goto(shell.launchUrl);
    for (const scene of SCENES.filter((s) => wanted(s.name))) {
      await page.goto(`${shell.baseUrl}${scene.hash(noteId)}`);
      await waitForSettled(page);
      await scene.prepare?.(page);
      await waitForSettled(page);
      await page.screenshot({ path: path.join(out, `${scene.name}-${colorScheme}.png`) });
    }
    // A whole diagram as the Export PNG button writes it (1600 × 1000).
    if (wanted('diagram-export')) {
      await page.goto(`${shell.baseUrl}#/diagrams/dr-strategies`);
      await waitForSettled(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
      await download.saveAs(path.join(out, `diagram-export-${colorScheme}.png`));
    }
    await page.close();
  }
  console.log(`Screenshots written to ${path.relative(REPO_ROOT, out)}/`);
} finally {
  await browser.close();
  await shell.stop();
}
