// Search answers with the place, not only the page: a question typed the way a learner asks it
// lands on the note's answering section, scrolled into view, with the sentence highlighted.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The text of the sentence the page highlights (CSS Custom Highlight API), or '' when none. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('search-found');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')).join(' ') : '';
  });

test('a question typed in the palette opens the note at the answering section, the sentence highlighted', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox');
  await input.pressSequentially('how long does a dlq keep messages', { delay: 10 });
  // One hit per note, named with its section.
  const first = page.getByRole('option').first();
  await expect(first).toContainText('SQS dead-letter queues › Retention and timestamps');
  await expect(page.getByRole('option').filter({ hasText: 'SQS dead-letter queues' })).toHaveCount(1);
  await input.press('Enter');

  await expect(page).toHaveURL(/#\/library\/sqs-dead-letter-queue\?section=retention-and-timestamps&find=/);
  const reader = page.locator('.library-reader');
  await expect(reader.getByRole('heading', { level: 3, name: 'Retention and timestamps' })).toBeInViewport();
  // The answer sits far down a long note: the page has scrolled past the title to it.
  await expect(reader.getByRole('heading', { level: 1, name: 'SQS dead-letter queues' })).not.toBeInViewport();
  const found = reader.locator('.search-found');
  await expect(found).toHaveCount(1);
  await expect(found).toBeInViewport();
  await expect(found).toContainText('DLQ retention 4 days');
  await expect.poll(() => highlighted(page)).toMatch(/1 day in the source queue, DLQ retention 4 days .* after 3 more days/);

  // Another note: the highlight moves with it, and nothing stays marked in the first.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').pressSequentially('generate a policy from cloudtrail activity', { delay: 10 });
  await expect(page.getByRole('option').first()).toContainText('Access Analyzer');
  await page.getByRole('combobox').press('Enter');
  await expect(page).toHaveURL(/#\/library\/iam-access-analyzer\?section=key-facts/);
  await expect(reader.locator('.search-found')).toBeInViewport();
  await expect.poll(() => highlighted(page)).toMatch(/CloudTrail logs .* generates a policy from that activity/);
  await expect(reader.locator('.search-found')).toHaveCount(1);
});

test('the full results page names each note hit with its section and opens it there', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.shell.baseUrl}#/search?q=${encodeURIComponent('log failed s3 requests')}`);
  const notes = page.getByRole('region', { name: 'Course notes' });
  const hit = notes.getByRole('link', { name: /S3 server access logs vs CloudTrail › Key facts/ });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.locator('.library-reader .search-found')).toBeInViewport();
  await expect.poll(() => highlighted(page)).toContain('CloudTrail does not log requests that fail authentication');
  // Reading on: the learner scrolls away and the page stays where they put it.
  await page.locator('.library-reader').hover();
  await page.mouse.wheel(0, -3000);
  await expect(page.locator('.library-reader').getByRole('heading', { level: 1 })).toBeInViewport();
});
