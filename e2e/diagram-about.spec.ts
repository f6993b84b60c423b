// Each diagram says what it teaches: its summary, its exam traps and the course notes its nodes stand
// for, folded under the legend; every note opens in the library.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/browser-shell';
import { expect, test } from './support/fixtures';

const spec = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'assets', 'diagrams', 'sqs-dlq.json'), 'utf8')) as {
  summary: string;
  notice: string[];
  nodes: { topics: string[] }[];
};
const topics = [...new Set(spec.nodes.flatMap((n) => n.topics))];

test('a diagram lists its exam traps and its notes, and a note opens in the library', async ({ app }) => {
  const { page, shell } = app;
  await page.goto(`${shell.baseUrl}#/diagrams/sqs-dlq`);
  const about = page.locator('details.diagram-about');
  await expect(about.locator('summary')).toHaveText(`About this diagram · ${spec.notice.length} exam traps · ${topics.length} notes`);
  // Folded by default, so the canvas keeps its height.
  await expect(about.getByText(spec.summary)).toBeHidden();
  await about.locator('summary').click();
  await expect(about.getByText(spec.summary)).toBeVisible();
  await expect(about.getByRole('region', { name: 'Exam traps' }).getByRole('listitem')).toHaveText(spec.notice);
  const notes = about.getByRole('region', { name: 'Notes in this diagram' }).getByRole('link');
  await expect(notes).toHaveCount(topics.length);
  await notes.filter({ hasText: 'dead-letter' }).first().click();
  await expect(page).toHaveURL(/#\/library\/sqs-dead-letter-queue/);
});
