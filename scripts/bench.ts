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

async function searchFigures(): Promise<Figure[]> {
  const { makeServices } = await import('../main/node/testing');
  const { evaluateRecall } = await import('../main/node/search/evaluate');
  const queries = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'search-queries.json'), 'utf8')).queries as {
    query: string;
    expected: string;
  }[];
  const services = makeServices();
  try {
    const buildStart = performance.now();
    services.search.warmUp();
    const buildMs = performance.now() - buildStart;
    const recall = evaluateRecall(services.search, queries);
    // Every query as typed, letter by letter, the way the palette sends them.
    const typed = queries.flatMap(({ query }) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
    const timeQueries = () =>
      typed.map((q) => {
        const t = performance.now();
        services.search.query(q, 12);
        return performance.now() - t;
      });
    const full = timeQueries();
    // A library 20 times the size: every course note again under 19 more ids.
    const notes = [...services.content.notes.values()];
    for (let copy = 1; copy < 20; copy++) {
      services.search.addDocuments(
        notes.map((n) => ({
          kind: 'course-note' as const,
          id: `${n.meta.id}-copy-${copy}`,
          title: n.meta.title,
          tags: n.meta.tags,
          body: n.markdown,
        })),
      );
    }
    const large = timeQueries();
    return [
      { name: `search: recall@1 (${queries.length} queries)`, value: recall.recallAt1 * 100, unit: '%' },
      { name: `search: recall@3 (${queries.length} queries)`, value: recall.recallAt3 * 100, unit: '%', target: '>= 90 %' },
      { name: 'search: index build at start', value: buildMs, unit: 'ms' },
      { name: `search: p50 query, full library (${typed.length} keystrokes)`, value: percentile(full, 50), unit: 'ms' },
      { name: 'search: p95 query, full library', value: percentile(full, 95), unit: 'ms', target: '< 10 ms' },
      { name: 'search: p50 query, 20x library', value: percentile(large, 50), unit: 'ms' },
      { name: 'search: p95 query, 20x library', value: percentile(large, 95), unit: 'ms', target: '< 10 ms' },
    ];
  } finally {
    services.close();
  }
}

function check(f: Figure): Figure {
  const m = f.target ? /^(<|>=) ([\d.]+)/.exec(f.target) : null;
  if (!m) return f;
  return { ...f, ok: m[1] === '<' ? f.value < Number(m[2]) : f.value >= Number(m[2]) };
}

if (!fs.existsSync(path.join(root, 'dist', 'main', 'browser-shell.cjs'))) throw new Error('Run `npm run build` first.');
const figures = [...(await coldStart()), ...(await searchFigures())].map(check);
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  target`);
for (const f of figures) {
  const verdict = f.ok === undefined ? '' : f.ok ? '  ok' : '  MISSED';
  const digits = f.value < 10 ? 2 : f.value < 100 ? 1 : 0;
  console.log(`${f.name.padEnd(width)}  ${`${f.value.toFixed(digits)} ${f.unit}`.padStart(10)}  ${f.target ?? ''}${verdict}`);
}
fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.platform()}`, runs: RUNS, figures }, null, 2)}\n`,
);
