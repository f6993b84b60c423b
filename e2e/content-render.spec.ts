// Every course note renders: each mermaid diagram draws as SVG (none falls back to its source),
// no label is cut off by its box, and no page error occurs, across the whole library.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { clippedMermaidLabels } from './support/mermaid-labels';

function notesWithMermaid(): { id: string; title: string }[] {
  const root = path.join(REPO_ROOT, 'assets', 'notes');
  return fs
    .readdirSync(root)
    .flatMap((domain) => fs.readdirSync(path.join(root, domain)).map((file) => path.join(root, domain, file)))
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
    .filter(({ text }) => text.includes('```mermaid'))
    .map(({ file, text }) => ({ id: path.basename(file, '.md'), title: /^title: "?(.*?)"?$/m.exec(text)?.[1] ?? '' }));
}

test('every mermaid diagram in the course notes renders', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const notes = notesWithMermaid();
  expect(notes.length).toBeGreaterThan(50);
  const failed: string[] = [];
  const clipped: string[] = [];
  for (const { id, title } of notes) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/library/${id}`);
    await expect(page.locator('#note-title')).toHaveText(title);
    const blocks = page.locator('article .markdown pre.mermaid');
    await expect(blocks.first()).toHaveAttribute('data-rendered', /svg|error/);
    await expect(page.locator('article .markdown pre.mermaid:not([data-rendered="svg"]):not([data-rendered="error"])')).toHaveCount(0);
    if ((await page.locator('article .markdown pre.mermaid[data-rendered="error"]').count()) > 0) failed.push(id);
    for (const label of await clippedMermaidLabels(page, 'article .markdown pre.mermaid svg')) clipped.push(`${id}: ${label}`);
  }
  expect(failed).toEqual([]);
  expect(clipped).toEqual([]);
  expect(errors).toEqual([]);
});
