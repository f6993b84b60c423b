// The history and the mock-exam review speak in words: rows name a question by its stem, its
// domain and its topic (a drill by its diagram and node), never by an id, and open what they name;
// the mock review names topics and domains and tells an unanswered question from a wrong one.
import { DOMAIN_INFO } from '../main/common/content-schema';
import { expect, test } from './support/fixtures';
import { apiCaller, seedStudyProfile } from './support/seed';

/** A question's id, as the history used to show it ("d2-eb-extensions-2"). */
const QUESTION_ID = /\bd[1-6]-[a-z0-9-]+-\d+\b/;
const DOMAIN_LABEL = new RegExp(DOMAIN_INFO.map((d) => `${d.id} · ${d.name}`).join('|'));

test('history rows are readable and open the answer with every explanation, or the drilled node', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await seedStudyProfile(app.shell);
  const call = apiCaller(app.shell);
  const drill = await call('drill.start', { diagramId: 'sns-fanout', count: 1, nodeIds: ['topic'] });
  await call('drill.answer', { sessionId: drill.sessionId, nodeId: 'topic', choice: 'orders topic', timeMs: 900 });

  await page.goto(`${app.shell.baseUrl}#/quiz/history`);
  const rows = page.getByTestId('attempt-row');
  await expect(rows.first()).toBeVisible();
  const texts = await rows.allInnerTexts();
  expect(texts.length).toBeGreaterThan(30);
  for (const text of texts) {
    expect(text).toMatch(DOMAIN_LABEL);
    expect(text).not.toMatch(QUESTION_ID);
  }
  // The drill answer, newest, names the diagram and node and opens the diagram there.
  const drillRow = rows.first();
  await expect(drillRow).toContainText('SNS fanout to queues, a stream, a function and a webhook › orders topic');
  await expect(drillRow).toContainText('Diagram drill');
  await expect(drillRow.getByRole('link')).toHaveAttribute('href', '#/diagrams/sns-fanout?node=topic');

  // A practice answer opens as a review: the learner's answer, the key and every option's explanation.
  const practiceRows = rows.filter({ has: page.getByRole('cell', { name: 'Practice', exact: true }) });
  const practiceRow = practiceRows.first();
  const title = (await practiceRow.getByRole('link').textContent()) ?? '';
  const href = (await practiceRow.getByRole('link').getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\/quiz\/history\?attempt=\d+$/);
  expect(title.length).toBeLessThanOrEqual(90);
  expect(title).toMatch(/…$/);
  await practiceRow.getByRole('link').click();
  const review = page.locator('.attempt-review');
  await expect(review.getByRole('heading', { level: 2 })).toContainText(/Correct|Wrong/);
  await expect(review.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(review.locator('legend.stem')).toContainText(title.replace(/…$/, ''));
  await expect(review.getByTestId('attempt-answers')).toHaveText(/^Your answer: [A-F](, [A-F])* · Correct answer: [A-F](, [A-F])*$/);
  const options = await review.locator('.option').count();
  expect(options).toBeGreaterThanOrEqual(4);
  await expect(review.locator('.explanation')).toHaveCount(options);
  await expect(review.locator('.option input:checked')).not.toHaveCount(0);
  await expect(review).toContainText(DOMAIN_LABEL);
  expect(await review.textContent()).not.toMatch(QUESTION_ID);

  // Back to the list, focus on the row that was open; then practise the question again.
  await review.getByRole('link', { name: '← All answers' }).click();
  await expect(page.locator(`[data-attempt="${href.split('=')[1]}"]`)).toBeFocused();
  await practiceRow.getByRole('link').click();
  await page.getByRole('button', { name: 'Practise this question again' }).click();
  await expect(page.getByRole('navigation', { name: 'Quiz modes' }).getByRole('link', { name: 'Practice' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByTestId('question-meta')).toContainText('Question 1 of 1');
  await expect(page.locator('legend.stem')).toContainText(title.replace(/…$/, ''));
});

test('the mock-exam review names topics and domains, and marks an unanswered question apart from a wrong one', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await seedStudyProfile(app.shell);
  const call = apiCaller(app.shell);
  const mockAttempt = (await call('quiz.history', { limit: 500 })).find((a) => a.mode === 'mock');
  if (!mockAttempt) throw new Error('the seed submits a mock exam');
  const result = await call('exam.result', { sessionId: mockAttempt.sessionId });
  const titles = new Map((await call('library.list', {})).map((n) => [n.id, n.title]));
  const unanswered = result.review.findIndex((r) => r.chosen.length === 0);
  const wrong = result.review.findIndex((r) => r.chosen.length > 0 && !r.correct);
  const right = result.review.findIndex((r) => r.correct);
  expect(Math.min(unanswered, wrong, right)).toBeGreaterThanOrEqual(0);

  await page.goto(`${app.shell.baseUrl}#/quiz/mock?exam=${mockAttempt.sessionId}`);
  const breakdown = page.getByRole('table', { name: 'Score by domain' });
  for (const d of result.byDomain) {
    const name = DOMAIN_INFO.find((i) => i.id === d.domain)?.name ?? '?';
    await expect(breakdown.getByRole('row', { name: new RegExp(`^${d.domain} · ${name}`) })).toBeVisible();
  }

  const items = page.locator('.exam-review > li');
  await expect(items).toHaveCount(result.review.length);
  const summary = (i: number) => items.nth(i).locator('summary');
  // Marks differ in symbol, in words (read aloud, and shown for the unanswered) and in colour.
  await expect(summary(right).locator('.review-mark')).toHaveText('✓');
  await expect(summary(wrong).locator('.review-mark')).toHaveText('✗');
  await expect(summary(unanswered).locator('.review-mark')).toHaveText('—');
  await expect(summary(right)).toContainText('Correct:');
  await expect(summary(wrong)).toContainText('Wrong:');
  await expect(summary(unanswered)).toContainText('Not answered:');
  await expect(summary(unanswered).getByText('Not answered:')).toBeVisible();
  const colour = (i: number) => summary(i).evaluate((el) => getComputedStyle(el).color);
  expect(new Set([await colour(right), await colour(wrong), await colour(unanswered)]).size).toBe(3);

  // Opened, a question names its domain and links its topics by their titles.
  for (const i of [wrong, unanswered]) {
    await summary(i).click();
    const item = items.nth(i);
    const q = result.review[i]?.question;
    if (!q) throw new Error('review item');
    await expect(item.locator('.explanation')).toHaveCount(q.options.length);
    await expect(item).toContainText(`${q.domain} · ${DOMAIN_INFO.find((d) => d.id === q.domain)?.name}`);
    const chips = item.locator('.study-links a');
    await expect(chips).toHaveText(q.topics.map((t) => titles.get(t) ?? '(no title)'));
    for (const t of q.topics) expect(titles.get(t)).not.toBe(t);
    expect(await item.textContent()).not.toMatch(QUESTION_ID);
  }
});
