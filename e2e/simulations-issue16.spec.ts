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

test('IAM evaluation: explicit deny wins, a silent SCP is an implicit deny, cross-account needs both sides', async ({ app }) => {
  const { page } = app;
  const panel = await openSimulation(app, 'iam-permission-evaluation');
  const lit = (id: string) => page.locator(`.react-flow__node[data-id="${id}"] .diagram-node.is-highlighted`);
  const decision = panel.getByTestId('iam-decision');
  const rule = panel.getByTestId('iam-rule');
  // A select's accessible name is its label followed by the chosen option.
  const set = (label: string, value: string) =>
    panel.getByRole('combobox', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).selectOption(value);

  // Same account, identity policy allows: the path runs through every check to Allowed.
  await expect(decision).toHaveText('Allow');
  await expect(lit('ok')).toBeVisible();
  await expect(lit('sess')).toBeVisible();

  await set('SCP (requesting account)', 'silent');
  await expect(decision).toHaveText('Deny (implicit deny)');
  await expect(rule).toContainText('service control policy (SCP)');
  await expect(lit('no')).toBeVisible();
  await expect(lit('rbp')).toHaveCount(0);
  await set('SCP (requesting account)', 'allow');

  await set('Resource-based policy', 'allow');
  await set('Session policy', 'deny');
  await expect(decision).toHaveText('Deny (explicit deny)');
  await expect(rule).toContainText('Explicit deny in the session policy');
  await set('Session policy', 'silent');

  // Same account, only the resource policy allows: naming the session ARN suffices despite the
  // session policy's silence; naming the role ARN, the session policy caps it.
  await set('Identity-based policy', 'absent');
  await expect(decision).toHaveText('Allow');
  await expect(lit('rbp')).toBeVisible();
  await set('The resource policy names', 'role');
  await expect(decision).toHaveText('Deny (implicit deny)');
  await expect(rule).toContainText('session policy');
  await set('Session policy', 'none');
  await expect(decision).toHaveText('Allow');

  // Cross-account: the resource policy alone is not enough, and neither is the identity policy alone.
  await set('Request', 'cross');
  await expect(decision).toHaveText('Deny (implicit deny)');
  await expect(rule).toContainText('identity policy in the requesting account must allow');
  await set('Identity-based policy', 'allow');
  await expect(decision).toHaveText('Allow');
  await set('Resource-based policy', 'absent');
  await expect(decision).toHaveText('Deny (implicit deny)');
  await expect(rule).toContainText('resource policy in the other account');
});
