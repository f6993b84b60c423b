// The exam-date promise on the Review tab: "every card comes back before it" must hold for cards
// booked before the date was set, not only for answers given afterwards.
import { answerKeys } from './support/answer-keys';
import { expect, test } from './support/fixtures';
import { apiCaller } from './support/seed';

const correctOptions = answerKeys();

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('setting an exam date brings every card already booked back before it', async ({ app }) => {
  const { page, shell } = app;
  // Twelve quick right answers: their cards come back days or weeks from now.
  const call = apiCaller(shell);
  const session = await call('quiz.start', { mode: 'practice', domains: ['D1', 'D2'], only: 'all', count: 12 });
  for (const q of session.questions)
    await call('quiz.answer', { sessionId: session.sessionId, questionId: q.id, chosen: correctOptions.get(q.id) ?? [], timeMs: 15_000 });

  const bookedAfter = async (day: string) => {
    await page.goto(`${shell.baseUrl}#/quiz/review`);
    const rows = page.getByTestId('forecast-table').locator('tbody tr');
    await expect(rows.first()).toBeAttached();
    const counts = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-day') ?? '', Number(tr.lastElementChild?.textContent)] as const),
    );
    return counts.filter(([d]) => d > day).reduce((sum, [, n]) => sum + n, 0);
  };
  const exam = dayFromNow(4);
  const dayBefore = dayFromNow(3);
  expect(await bookedAfter(dayBefore)).toBeGreaterThan(0);

  await app.go('Today');
  await page.getByRole('textbox', { name: 'Exam date' }).fill(exam);
  await page.getByRole('button', { name: 'Save study plan' }).click();
  await expect(page.getByText(/days? to go/).first()).toBeVisible();

  expect(await bookedAfter(dayBefore)).toBe(0);
});
