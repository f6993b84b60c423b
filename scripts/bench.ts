// `npm run bench`: speed figures measured on this machine, printed as a table beside their
// targets and written to bench/results.json. Later issues add their figures here.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../main/browser-shell/chromium';

interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  ok?: boolean;
}

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function startShell(): Promise<{ child: ChildProcess; launchUrl: string; readyMs: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-bench-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['dist/main/browser-shell.cjs'], {
    cwd: root,
    env: { ...process.env, COMPANION_DATA_DIR: dataDir },
  });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout?.on('data', (c: Buffer) => {
      text += c.toString();
      const m = /Browser shell ready: (\S+)/.exec(text);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', () => reject(new Error(text)));
  });
  return { child, launchUrl, readyMs: performance.now() - started };
}

async function coldStart(): Promise<Figure[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', ...QUIET_CHROMIUM_ARGS] });
  const ready: number[] = [];
  const firstPaint: number[] = [];
  const toInteractive: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const shell = await startShell();
      const page = await browser.newPage();
      await page.goto(shell.launchUrl);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.getByRole('link', { name: 'SQS dead-letter queues' }).waitFor();
      toInteractive.push(performance.now() - started);
      ready.push(shell.readyMs);
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
      firstPaint.push(shell.readyMs + fcp);
      await page.close();
      shell.child.kill('SIGTERM');
    }
  } finally {
    await browser.close();
  }
  return [
    { name: 'browser shell: process start to serving (p50)', value: percentile(ready, 50), unit: 'ms' },
    { name: 'browser shell: cold start to first paint (p50)', value: percentile(firstPaint, 50), unit: 'ms', target: '< 1500 ms' },
    { name: 'browser shell: cold start to library listed (p50)', value: percentile(toInteractive, 50), unit: 'ms', target: '< 2000 ms' },
  ];
}

function check(f: Figure): Figure {
  const m = f.target ? /^< ([\d.]+)/.exec(f.target) : null;
  return m ? { ...f, ok: f.value < Number(m[1]) } : f;
}

if (!fs.existsSync(path.join(root, 'dist', 'main', 'browser-shell.cjs'))) throw new Error('Run `npm run build` first.');
const figures = (await coldStart()).map(check);
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  target`);
for (const f of figures) {
  const verdict = f.ok === undefined ? '' : f.ok ? '  ok' : '  MISSED';
  console.log(`${f.name.padEnd(width)}  ${`${f.value.toFixed(0)} ${f.unit}`.padStart(10)}  ${f.target ?? ''}${verdict}`);
}
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.platform()}`, runs: RUNS, figures }, null, 2)}\n`,
);
