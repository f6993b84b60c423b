// Diagrams as a learner first sees them at 1280×800: no text over other text or cut by its box
// (the page-quality audit run inside the canvas), every label readable on opening, a camera that
// follows the walk-through, and a side panel that narrows the canvas instead of covering it.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { auditView, formatFindings, type ViewFinding, waitForSettled } from './support/page-quality';
import { apiCaller } from './support/seed';

const NAMED = ['cross-account-codepipeline', 'blue-green-deployment-options', 'sns-fanout', 'transit-gateway'];
/** Every diagram the course ships: each must open legible, not only the four walked through above. */
const ALL = fs
  .readdirSync(path.join(REPO_ROOT, 'assets', 'diagrams'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

async function openDiagram(page: Page, baseUrl: string, id: string) {
  await page.goto(`${baseUrl}#/diagrams/${id}`);
  await expect(page.locator('.react-flow__node-service').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await waitForSettled(page);
}

/** The smallest on-screen font size, in px, of any diagram text inside the canvas. */
function smallestTextOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
    let smallest = Number.POSITIVE_INFINITY;
    for (const el of document.querySelectorAll(
      '.react-flow__viewport .node-label span, .react-flow__viewport .node-service span, .routed-edge-label span, .diagram-group-title span',
    )) {
      const r = el.getBoundingClientRect();
      if (!canvas || r.right < canvas.left || r.left > canvas.right || r.bottom < canvas.top || r.top > canvas.bottom) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    return smallest;
  });
}

/** Whether every listed node lies wholly inside the canvas. */
function nodesInView(page: Page, ids: string[]): Promise<boolean> {
  return page.evaluate((wanted) => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!canvas) return false;
    return wanted.every((id) => {
      const r = document.querySelector(`.react-flow__node[data-id="${id}"]`)?.getBoundingClientRect();
      return !!r && r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
    });
  }, ids);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });
    for (const id of NAMED) {
      test(`${id}: no overlapping or clipped text on opening, at each walk-through step and fitted (${colorScheme})`, async ({ app }) => {
        test.setTimeout(90_000);
        const { page } = app;
        await openDiagram(page, app.shell.baseUrl, id);
        const findings: ViewFinding[] = [];
        const audit = async (view: string) =>
          findings.push(...(await auditView(page, `${id} ${view} (${colorScheme})`, { skipCanvasOverlap: false })));
        expect(await smallestTextOnScreen(page)).toBeGreaterThanOrEqual(11);
        await audit('on opening');
        await page.getByRole('button', { name: /Walk through/ }).click();
        const walk = page.getByRole('region', { name: 'Walk-through' });
        const total = Number(/of (\d+)/.exec((await walk.locator('strong').textContent()) ?? '')?.[1]);
        for (let step = 1; step <= total; step++) {
          await expect(walk).toContainText(`Step ${step} of ${total}.`);
          await audit(`step ${step}`);
          if (step < total) await walk.getByRole('button', { name: 'Next' }).click();
        }
        await walk.getByRole('button', { name: 'End' }).click();
        await page.getByRole('application', { name: /Diagram canvas/ }).focus();
        await page.keyboard.press('0');
        await audit('fitted');
        expect(formatFindings(findings)).toBe('');
      });
    }
  });
}

test('every diagram opens with readable text, nothing overlapping or clipped', async ({ app }) => {
  test.setTimeout(20_000 + ALL.length * 8_000);
  const { page } = app;
  const findings: ViewFinding[] = [];
  const tooSmall: string[] = [];
  for (const id of ALL) {
    await openDiagram(page, app.shell.baseUrl, id);
    const smallest = await smallestTextOnScreen(page);
    if (smallest < 11) tooSmall.push(`${id}: smallest text ${smallest.toFixed(1)} px`);
    findings.push(...(await auditView(page, `${id} on opening`, { skipCanvasOverlap: false })));
  }
  expect(tooSmall).toEqual([]);
  expect(formatFindings(findings)).toBe('');
});

test('the camera follows the walk-through, and the panel shows each step’s main node', async ({ app }) => {
  const { page, shell } = app;
  const spec = await apiCaller(shell)('diagrams.get', { id: 'cross-account-codepipeline' });
  await openDiagram(page, shell.baseUrl, 'cross-account-codepipeline');
  await page.getByRole('button', { name: /Walk through/ }).click();
  const walk = page.getByRole('region', { name: 'Walk-through' });
  for (const [i, step] of spec.steps.entries()) {
    await expect(walk).toContainText(`Step ${i + 1} of ${spec.steps.length}.`);
    await expect.poll(() => nodesInView(page, step.nodes)).toBe(true);
    const main = spec.nodes.find((n) => n.id === step.nodes[0]);
    await expect(page.getByRole('complementary', { name: `About ${main?.label}` })).toBeVisible();
    if (i < spec.steps.length - 1) await page.keyboard.press('ArrowRight');
  }
});

test('the side panel narrows the canvas instead of covering it, and the clicked node stays in view', async ({ app }) => {
  const { page } = app;
  await openDiagram(page, app.shell.baseUrl, 'sns-fanout');
  const canvas = page.locator('.diagram-canvas');
  const before = await canvas.boundingBox();
  const node = page.locator('.react-flow__node[data-id="topic"]');
  await node.click();
  const panel = page.getByRole('complementary', { name: /^About orders topic/ });
  await expect(panel).toBeVisible();
  await expect.poll(async () => (await canvas.boundingBox())?.width).toBeLessThan((before?.width ?? 0) - 200);
  const after = await canvas.boundingBox();
  const side = await panel.boundingBox();
  expect((after?.x ?? 0) + (after?.width ?? 0)).toBeLessThanOrEqual((side?.x ?? 0) + 1);
  await expect.poll(() => nodesInView(page, ['topic'])).toBe(true);
  // Its edges are listed in the panel, each a way on to the next node.
  await panel.getByRole('button', { name: 'Fulfilment queue' }).click();
  await expect(page.getByRole('complementary', { name: /^About Fulfilment queue/ })).toBeVisible();
});
