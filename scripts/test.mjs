// `npm test`: every check in order — build, typecheck, lint, content check, copy check, unit
// tests, end-to-end tests — stopping at the first failure, then one closing line with the
// combined test counts ("N passed, N failed, N skipped") that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-test-reports-'));
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');

const steps = [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.main.json']],
  ['typecheck renderer', 'npx', ['tsc', '-p', 'tsconfig.renderer.json']],
  ['lint', 'npx', ['biome', 'check', '.']],
  ['content check', 'npx', ['tsx', 'scripts/content-check.ts']],
  ['copy check', 'node', ['scripts/copy-check.mjs']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]],
  ['e2e tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport }],
];

// The e2e tests drive the machine's Chromium and read PDFs with poppler: say what is missing up front.
const missing = [];
const chromium = [process.env.COMPANION_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some(
  (p) => p && fs.existsSync(p),
);
if (!chromium) missing.push('chromium');
if (spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).error) missing.push('poppler-utils');
if (missing.length > 0) {
  console.error(`npm test needs ${missing.join(' and ')}: install with  sudo apt-get install -y ${missing.join(' ')}`);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const timings = [];

function tally() {
  if (fs.existsSync(vitestReport)) {
    const v = JSON.parse(fs.readFileSync(vitestReport, 'utf8'));
    counts.passed += v.numPassedTests ?? 0;
    counts.failed += v.numFailedTests ?? 0;
    counts.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (fs.existsSync(playwrightReport)) {
    const s = JSON.parse(fs.readFileSync(playwrightReport, 'utf8')).stats ?? {};
    counts.passed += (s.expected ?? 0) + (s.flaky ?? 0);
    counts.failed += s.unexpected ?? 0;
    counts.skipped += s.skipped ?? 0;
  }
}

let failedStep;
for (const [name, command, args, extraEnv = {}] of steps) {
  const started = performance.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}
tally();
console.log(`\ntimings: ${timings.join(', ')}`);
if (failedStep) console.log(`FAILED at step: ${failedStep}`);
if (failedStep && counts.failed === 0) counts.failed = 1;
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
