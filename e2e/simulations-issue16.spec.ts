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
  await expect(panel.getByRole('list', { name: 'Checks on the path to the decision' }).getByRole('listitem')).toHaveText([
    'Explicit Deny in any policy?',
    'RCP allows?',
    'SCP allows?',
    'Denied',
  ]);
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

test('Lambda pools: Dev 200 and QA 600 leave Prod 200; a reservation protects Prod; at least 100 stay unreserved', async ({ app }) => {
  const { page } = app;
  const panel = await openSimulation(app, 'lambda-concurrency-pools');
  const cells = (fn: string) => panel.getByTestId(`lambda-${fn}`).getByRole('cell');
  // No reservation: Prod's 400 find only 200 left in the shared pool.
  await expect(cells('Prod')).toHaveText(['0', '200', '200']);
  await expect(page.locator('.react-flow__node[data-id="thr"] .diagram-node.is-highlighted')).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Reserve concurrency for Prod' }).check();
  await expect(panel.getByTestId('lambda-unreserved')).toHaveText('600');
  await expect(cells('Prod')).toHaveText(['0', '400', '0']);
  await expect(cells('QA')).toHaveText(['0', '400', '200']);
  await panel.getByRole('slider', { name: 'Prod reserved concurrency' }).fill('950');
  await expect(panel.getByTestId('lambda-error')).toContainText('at least 100 of the 1000 must stay unreserved');
  await panel.getByRole('slider', { name: 'Prod reserved concurrency' }).fill('400');
  await panel.getByRole('slider', { name: 'Prod provisioned concurrency' }).fill('100');
  await expect(cells('Prod')).toHaveText(['100', '300', '0']);
});

test("SQS scaling: AWS's example, 1,500 messages on 10 workers against a target of 100, asks for 15", async ({ app }) => {
  const panel = await openSimulation(app, 'sqs-queue-scaling');
  await expect(panel.getByTestId('sqs-target')).toContainText('10 s ÷ 0.1 s = 100');
  await expect(panel.getByTestId('sqs-desired')).toHaveText('Now: 1500 ÷ 10 = 150 per instance → desired capacity 15');
  // A looser latency target halves the workers needed.
  await panel.getByRole('slider', { name: 'Acceptable latency (s)' }).fill('20');
  await expect(panel.getByTestId('sqs-desired')).toContainText('desired capacity 8');
});

test('Kinesis shards: 1 MB/s or 1,000 records/s per shard, and splitting a hot shard', async ({ app }) => {
  const { page } = app;
  const panel = await openSimulation(app, 'kinesis-streaming');
  const result = panel.getByTestId('kinesis-result');
  // 60% of 2.4 MB/s lands on shard 1: 1.44 MB/s is over its 1 MB/s.
  await expect(result).toContainText('records/s refused (ProvisionedThroughputExceededException)');
  await expect(page.locator('.react-flow__node[data-id="kds"] .diagram-node.is-highlighted')).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Split shard 1 (SplitShard)' }).check();
  await expect(result).toHaveText('No throttling: every shard is within 1 MB/s and 1,000 records/s.');
  await panel.getByRole('checkbox', { name: 'Split shard 1 (SplitShard)' }).uncheck();
  // 3 MB/s over 2 even shards is 1.5 MB/s each: throttled; it needs 3 shards.
  await panel.getByRole('slider', { name: 'MB per second' }).fill('3');
  await panel.getByRole('slider', { name: 'Records per second' }).fill('2500');
  await panel.getByRole('slider', { name: 'Shards' }).fill('2');
  await panel.getByRole('slider', { name: 'Share on shard 1' }).fill('50');
  await expect(result).toContainText('833 records/s refused');
  await expect(panel.getByTestId('kinesis-needed')).toContainText('at least 3 shard(s)');
  await panel.getByRole('slider', { name: 'Shards' }).fill('3');
  await panel.getByRole('slider', { name: 'Share on shard 1' }).fill('33');
  await expect(result).toContainText('No throttling');
});
