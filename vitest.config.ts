import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run in Node. A renderer test that needs a DOM opts in with a first-line docblock,
// `// @vitest-environment happy-dom`, so Node tests keep the node environment. Do not test
// sanitising (DOMPurify) under happy-dom: its parser lets event-handler attributes through, so
// that is tested in a real browser by the e2e specs.
export default defineConfig({
  resolve: { alias: { '@common': fileURLToPath(new URL('./main/common', import.meta.url)) } },
  test: {
    include: ['main/**/*.test.ts', 'renderer/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
  },
});
