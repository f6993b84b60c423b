// Interactive diagrams: walk-through, node notes, drills stored in history, simulations, export.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { MIN_READABLE_PX, SMALLEST_TEXT_PX } from '../main/common/diagram-style';
import { expect, test } from './support/fixtures';
import { waitForSettled } from './support/page-quality';
import { apiCaller } from './support/seed';

/** How many diagram nodes lie wholly inside the canvas. */
function nodesInsideCanvas(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!canvas) return 0;
    return [...document.querySelectorAll('.react-flow__node-service')].filter((n) => {
      const r = n.getBoundingClientRect();
      return r.left >= canvas.left - 1 && r.right <= canvas.right + 1 && r.top >= canvas.top - 1 && r.bottom <= canvas.bottom + 1;
    }).length;
  });
}

/** Zooms in step by step (each step animates) until some nodes are off screen. */
async function zoomInUntilSomeNodesAreOffScreen(page: Page) {
  const all = await page.locator('.react-flow__node-service').count();
  await page.getByRole('application', { name: /Diagram canvas/ }).focus();
  for (let step = 0; step < 20 && (await nodesInsideCanvas(page)) >= all; step++) {
    await page.keyboard.press('+');
    await waitForSettled(page);
  }
  expect(await nodesInsideCanvas(page)).toBeLessThan(all);
}

test('walk through the cross-account pipeline and open the KMS key note', async ({ app }) => {
  const { page } = app;
  await app.go('Diagrams');
  await page.getByRole('link', { name: /Cross-account CodePipeline/ }).click();
  await page.getByRole('button', { name: /Walk through \((\d+) steps\)/ }).click();
  const walkthrough = page.getByRole('region', { name: 'Walk-through' });
  const total = Number(/of (\d+)/.exec((await walkthrough.locator('strong').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(4);
  for (let step = 1; step <= total; step++) {
    await expect(walkthrough).toContainText(`Step ${step} of ${total}.`);
    await expect(page.locator('.diagram-node.is-highlighted').first()).toBeVisible();
    if (step < total) await page.keyboard.press('ArrowRight');
  }
  await expect(walkthrough.getByRole('button', { name: 'Next' })).toBeDisabled();
  await walkthrough.getByRole('button', { name: 'End' }).click();

  // The whole diagram (0 fits it) shows the key, wherever the walk-through left the view.
  await page.getByRole('application', { name: /Diagram canvas/ }).focus();
  await page.keyboard.press('0');
  await page.locator('.react-flow__node[data-id="cmk"]').click();
  const panel = page.getByRole('complementary', { name: /^About Customer managed key/ });
  await expect(panel.getByTestId('linked-note-title')).toHaveText('Artifact store encryption');
  await expect(panel.getByRole('heading', { name: 'Key facts' })).toBeVisible();
});

test('a drill hides labels, and its answers appear in the quiz history', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/diagrams/sns-fanout`);
  await page.getByRole('button', { name: 'Drill' }).click();
  const drill = page.getByRole('complementary', { name: 'Drill' });
  await expect(page.locator('.diagram-node.is-drill-hidden')).not.toHaveCount(0);
  // The asked node is in view beside the panel, at a zoom where the edge labels around it (the
  // clues) read at 11 px or more, not shrunk with the whole diagram.
  const canvas = page.locator('.react-flow');
  const asked = page.locator('.diagram-node.is-highlighted');
  await expect
    .poll(async () => {
      const [c, n] = [await canvas.boundingBox(), await asked.boundingBox()];
      const zoom = await page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
      const inside = !!c && !!n && n.x >= c.x && n.y >= c.y && n.x + n.width <= c.x + c.width && n.y + n.height <= c.y + c.height;
      return inside && zoom >= MIN_READABLE_PX / SMALLEST_TEXT_PX - 0.01;
    })
    .toBe(true);
  const total = Number(/of (\d+) answered/.exec((await drill.locator('p.muted').textContent()) ?? '')?.[1]);
  for (let i = 0; i < total; i++) {
    await drill.getByRole('group').getByRole('button').first().click();
    await expect(drill.locator('p.muted').first()).toContainText(`${i + 1} of ${total} answered`);
  }
  await expect(drill.getByRole('status')).toContainText(`of ${total} correct`);
  await expect(drill.locator('.drill-results li')).toHaveCount(total);

  await page.goto(`${app.shell.baseUrl}#/quiz/history`);
  await expect(page.getByTestId('attempt-row')).toHaveCount(total);
  // Rows name the diagram and node in words, and open the diagram at that node.
  const row = page.getByTestId('attempt-row').first();
  await expect(row).toContainText('SNS fanout to queues, a stream, a function and a webhook ›');
  await expect(row).not.toContainText('sns-fanout#');
  await expect(row.getByRole('link')).toHaveAttribute('href', /^#\/diagrams\/sns-fanout\?node=[a-z0-9-]+$/);
});

test('simulations: canary traffic on the edges, Beanstalk capacity, CodeDeploy failure rules', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/diagrams/codedeploy-traffic-shifting`);
  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect(page.getByTestId('traffic-split')).toContainText('New version: 10%');
  await expect(page.locator('.routed-edge-label', { hasText: '90% of traffic' }).first()).toBeVisible();
  await page.getByRole('slider').fill('5');
  await expect(page.getByTestId('traffic-split')).toContainText('New version: 100%');

  await page.goto(`${app.shell.baseUrl}#/diagrams/eb-deployment-policies`);
  await page.getByRole('button', { name: 'Simulate' }).click();
  await page.getByRole('combobox', { name: 'Policy' }).selectOption('all-at-once');
  await page.getByRole('button', { name: 'Next batch' }).click();
  await expect(page.getByTestId('eb-capacity')).toContainText('0%');
  await page.getByRole('combobox', { name: 'Policy' }).selectOption('rolling-additional-batch');
  // Full capacity is kept at every batch (the extra batch even lifts it above 100%).
  const next = page.getByRole('button', { name: 'Next batch' });
  const capacities: number[] = [];
  do {
    capacities.push(Number(/(\d+)%/.exec((await page.getByTestId('eb-capacity').textContent()) ?? '')?.[1]));
    if (await next.isDisabled()) break;
    await next.click();
  } while (capacities.length < 20);
  expect(capacities.length).toBeGreaterThan(3);
  expect(Math.min(...capacities)).toBeGreaterThanOrEqual(100);

  await page.goto(`${app.shell.baseUrl}#/diagrams/codedeploy-inplace-elb-hooks`);
  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect(page.getByTestId('inplace-result')).toContainText('Succeeded');
  for (const n of [1, 2, 3, 4]) await page.getByRole('button', { name: `Instance ${n}`, exact: true }).click();
  await expect(page.getByTestId('inplace-result')).toContainText('Succeeded');
  await page.getByRole('button', { name: 'Instance 5', exact: true }).click();
  await expect(page.getByTestId('inplace-result')).toContainText('Failed');
});

test('exports the diagram as a PNG of the expected size', async ({ app }) => {
  const { page } = app;
  const consoleErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  await page.goto(`${app.shell.baseUrl}#/diagrams/transit-gateway`);
  await expect(page.locator('.react-flow__node-service').first()).toBeVisible();
  const { suggestedName, file } = await app.downloadFrom('Export PNG');
  // No font files fetched from the wrong place, no CSP refusals.
  expect(consoleErrors).toEqual([]);
  expect(suggestedName).toBe('transit-gateway.png');
  const png = fs.readFileSync(file);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString()).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 1000]);
  expect(png.length).toBeGreaterThan(20_000);
});

test('exports the whole diagram as SVG, even when zoomed in on one corner', async ({ app }) => {
  const { page } = app;
  const spec = JSON.parse(fs.readFileSync(path.join('assets', 'diagrams', 'transit-gateway.json'), 'utf8')) as {
    nodes: { label: string }[];
  };
  await page.goto(`${app.shell.baseUrl}#/diagrams/transit-gateway`);
  await expect(page.locator('.react-flow__node-service').first()).toBeVisible();
  // Zoomed in on a corner, the export must still hold the whole diagram.
  await zoomInUntilSomeNodesAreOffScreen(page);
  const { suggestedName, file } = await app.downloadFrom('Export SVG');
  expect(suggestedName).toBe('transit-gateway.svg');
  const svg = fs.readFileSync(file, 'utf8');
  expect(svg).toMatch(/^<svg[^>]+width="1600"[^>]+height="1000"/);
  const escapeXml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const missing = spec.nodes.map((n) => n.label).filter((label) => !svg.includes(escapeXml(label)));
  expect(missing).toEqual([]);
  // The labels keep the font the layout measured them in: Inter travels inside the image.
  expect(svg).toContain('data:font/woff2;base64,');
});

test('the index filters by domain and by name', async ({ app }) => {
  const { page } = app;
  await app.go('Diagrams');
  const cards = page.locator('.card');
  await expect(cards.first()).toBeVisible();
  const all = await cards.count();
  expect(all).toBeGreaterThanOrEqual(24);
  await page.getByRole('combobox', { name: 'Domain' }).selectOption('D1');
  const d1 = await cards.count();
  expect(d1).toBeGreaterThan(0);
  expect(d1).toBeLessThan(all);
  await page.getByRole('searchbox', { name: 'Filter diagrams' }).fill('pipeline');
  await expect(cards.first()).toContainText(/pipeline/i);
});

test('pans and zooms by keyboard, mouse drag, trackpad scroll and pinch', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/diagrams/sns-fanout`);
  await expect(page.locator('.react-flow__node-service').first()).toBeVisible();
  const viewport = page.locator('.react-flow__viewport');
  const read = async () => {
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([-\d.]+)\)/.exec((await viewport.getAttribute('style')) ?? '');
    if (!m) throw new Error('no viewport transform');
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  };
  // A view that has come to rest: two reads 150 ms apart agree.
  const resting = async () => {
    let last = await read();
    await expect(async () => {
      await page.waitForTimeout(150);
      const now = await read();
      const still = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      expect(still).toBe(true);
    }).toPass();
    return last;
  };
  let start = await resting();

  // Keyboard: the canvas takes focus; arrows pan, + zooms, 0 fits the whole diagram.
  const total = (await apiCaller(app.shell)('diagrams.get', { id: 'sns-fanout' })).nodes.length;
  await page.getByRole('application', { name: /Diagram canvas/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await read()).x - start.x).toBeCloseTo(80, 0);
  await page.keyboard.press('+');
  await expect.poll(async () => (await read()).zoom).toBeGreaterThan(start.zoom * 1.1);
  await page.keyboard.press('0');
  await expect.poll(() => nodesInsideCanvas(page)).toBe(total);
  await expect.poll(async () => (await read()).zoom).toBeLessThan(start.zoom);
  start = await resting();

  // Mouse: dragging the empty pane moves the view by the drag.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  const empty = await page.evaluate(({ x, y, width, height }) => {
    for (let py = y + 10; py < y + height; py += 20)
      for (let px = x + 10; px < x + width; px += 20)
        if (document.elementFromPoint(px, py)?.classList.contains('react-flow__pane')) return { x: px, y: py };
    throw new Error('no empty spot on the pane');
  }, pane);
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.down();
  await page.mouse.move(empty.x + 100, empty.y - 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(read).toEqual({ x: expect.closeTo(start.x + 100, 0), y: expect.closeTo(start.y - 40, 0), zoom: start.zoom });

  // Trackpad two-finger scroll arrives as wheel events: it pans and leaves the zoom alone.
  const dragged = await read();
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.wheel(60, 90);
  // React Flow pans half the wheel distance (panOnScrollSpeed 0.5).
  await expect.poll(read).toEqual({ x: expect.closeTo(dragged.x - 30, 0), y: expect.closeTo(dragged.y - 45, 0), zoom: dragged.zoom });

  // A pinch arrives as a wheel event with ctrlKey set: it zooms.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await read()).zoom).toBeGreaterThan(dragged.zoom * 1.05);
});

test('opening the simulation brings the whole diagram back into view', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/diagrams/eb-deployment-policies`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const everything = await page.locator('.react-flow__node-service').count();
  await zoomInUntilSomeNodesAreOffScreen(page);
  await page.getByRole('button', { name: 'Simulate' }).click();
  await expect.poll(() => nodesInsideCanvas(page)).toBe(everything);
});

test('a screen reader hears what the canvas really does: Enter opens a node, nothing is moved or deleted', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/diagrams/sns-fanout`);
  const node = page.locator('.react-flow__node').first();
  await expect(node).toBeVisible();
  const describedBy = (await node.getAttribute('aria-describedby')) ?? '';
  const description = (await page.locator(`[id="${describedBy}"]`).textContent()) ?? '';
  expect(description).toContain('Press Enter to open this node');
  expect(description).not.toMatch(/delete|remove|move the node/i);
  // Nodes never move here, so there is no interactivity lock to toggle.
  await expect(page.getByRole('button', { name: /interactivity/i })).toHaveCount(0);
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').first()).toBeVisible();
});
