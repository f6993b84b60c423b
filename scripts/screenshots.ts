// `npm run screenshots`: the README's pictures, at 1280×800 in light and dark, taken from the
// browser shell on a throwaway profile that holds answers, a mock exam and notes (the same
// seeded profile the page-quality check uses), in the machine's Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { REPO_ROOT, startBrowserShell } from '../e2e/support/browser-shell';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { waitForSettled } from '../e2e/support/page-quality';
import { seedStudyProfile } from '../e2e/support/seed';

const out = path.join(REPO_ROOT, 'docs', 'screenshots');

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
];

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
    for (const scene of SCENES) {
      await page.goto(`${shell.baseUrl}${scene.hash(noteId)}`);
      await waitForSettled(page);
      await scene.prepare?.(page);
      await waitForSettled(page);
      await page.screenshot({ path: path.join(out, `${scene.name}-${colorScheme}.png`) });
    }
    // A whole diagram as the Export PNG button writes it (1600 × 1000).
    await page.goto(`${shell.baseUrl}#/diagrams/dr-strategies`);
    await waitForSettled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    await download.saveAs(path.join(out, `diagram-export-${colorScheme}.png`));
    await page.close();
  }
  console.log(`Screenshots written to ${path.relative(REPO_ROOT, out)}/`);
} finally {
  await browser.close();
  await shell.stop();
}
