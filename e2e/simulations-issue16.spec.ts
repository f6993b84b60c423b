// Issue 16 simulations, where the idea is behaviour rather than boxes: each test drives the panel's
// controls and checks the outcome our notes (and AWS's documentation) state.
import { expect, test } from './support/fixtures';

async function openSimulation(app: { page: import('@playwright/test').Page; shell: { baseUrl: string } }, id: string) {
  await app.page.goto(`${app.shell.baseUrl}#/diagrams/${id}`);
  await app.page.getByRole('button', { name: 'Simulate' }).click();
  return app.page.getByRole('complementary', { name: 'Simulation' });
}

test('ELB cross-zone: 2 and 8 targets get 25% and 6.25% each with it off, 10% each with it on', async ({ app }) => {
  const { page } = app;
  const panel = await openSimulation(app, 'elb-cross-zone');
  await expect(panel.getByTestId('elb-shares')).toHaveText('Each target in AZ a: 25% · Each target in AZ b: 6.25%');
  // Each node's half stays in its AZ: the cross-zone edges carry nothing.
  await expect(page.locator('.routed-edge-label', { hasText: '50% of traffic' })).toHaveCount(4);
  await panel.getByRole('checkbox', { name: 'Cross-zone load balancing' }).check();
  await expect(panel.getByTestId('elb-shares')).toHaveText('Each target in AZ a: 10% · Each target in AZ b: 10%');
  await expect(page.locator('.routed-edge-label', { hasText: '40% of traffic' })).toHaveCount(2);
  // Balanced AZs make the switch irrelevant.
  await panel.getByRole('slider', { name: /Targets in AZ b/ }).fill('2');
  await panel.getByRole('checkbox', { name: 'Cross-zone load balancing' }).uncheck();
  await expect(panel.getByTestId('elb-shares')).toHaveText('Each target in AZ a: 25% · Each target in AZ b: 25%');
});
