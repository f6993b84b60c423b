// `npm run bench`: speed figures measured on this machine, printed as a table beside their
// targets and written to bench/results.json. Later issues add their figures here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { makeDataDir, startBrowserShell } from '../e2e/support/browser-shell';
import { MAIN_VIEW_ROUTES } from '../e2e/support/views';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../main/browser-shell/chromium';
import type { DiagramSpec } from '../main/common/content-schema';
import type { DiagramLayout } from '../main/common/contract';
import { loadContentOrThrow } from '../main/node/content';
import { type PrecomputedLayouts, specHash } from '../main/node/diagram-service';

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

// The same launcher the e2e tests use (with its start-up timeout); bench draws stay unseeded.
const startShell = (extraEnv: Record<string, string> = {}) => startBrowserShell(makeDataDir(), { COMPANION_RANDOM_SEED: '', ...extraEnv });

async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found');
  return chromium.launch({ executablePath, args: ['--no-sandbox', ...QUIET_CHROMIUM_ARGS] });
}

async function coldStart(): Promise<Figure[]> {
  const browser = await launchChromium();
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
      await page.getByRole('heading', { level: 2, name: 'Reviews due' }).waitFor();
      toInteractive.push(performance.now() - started);
      ready.push(shell.readyMs);
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
      firstPaint.push(shell.readyMs + fcp);
      await page.close();
      await shell.stop();
    }
  } finally {
    await browser.close();
  }
  return [
    { name: 'browser shell: process start to serving (p50)', value: percentile(ready, 50), unit: 'ms' },
    { name: 'browser shell: cold start to first paint (p50)', value: percentile(firstPaint, 50), unit: 'ms', target: '< 1500 ms' },
    { name: 'browser shell: cold start to Today view ready (p50)', value: percentile(toInteractive, 50), unit: 'ms', target: '< 2000 ms' },
  ];
}

async function searchFigures(): Promise<Figure[]> {
  const { makeServices } = await import('../main/node/testing');
  const { evaluateRecall } = await import('../main/node/search/evaluate');
  type LabelledQuery = import('../main/node/search/evaluate').LabelledQuery;
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, 'bench', file), 'utf8')).queries as LabelledQuery[];
  const queries = read('search-queries.json');
  // Queries the ranking was not tuned on: how it does on what learners type next.
  const heldOut = read('search-queries-heldout.json');
  const services = makeServices();
  try {
    const buildStart = performance.now();
    services.search.warmUp();
    const buildMs = performance.now() - buildStart;
    // The app then cuts notes into passages in the background; queries are timed after it, as a learner types after it.
    const passagesStart = performance.now();
    await services.search.preparePassages();
    const passagesMs = performance.now() - passagesStart;
    const recall = evaluateRecall(services.search, queries);
    const heldOutRecall = evaluateRecall(services.search, heldOut);
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
      { name: `search: notes, recall@1 (${queries.length} queries)`, value: recall.recallAt1 * 100, unit: '%', target: '>= 95 %' },
      { name: 'search: notes, recall@3', value: recall.recallAt3 * 100, unit: '%', target: '>= 99 %' },
      { name: 'search: answering section named in the top 3', value: recall.sectionsAt3 * 100, unit: '%', target: '>= 90 %' },
      { name: `search: held out, notes recall@1 (${heldOut.length} queries)`, value: heldOutRecall.recallAt1 * 100, unit: '%' },
      { name: 'search: held out, notes recall@3', value: heldOutRecall.recallAt3 * 100, unit: '%' },
      { name: 'search: held out, answering section in the top 3', value: heldOutRecall.sectionsAt3 * 100, unit: '%' },
      { name: 'search: index build at start', value: buildMs, unit: 'ms', target: '< 500 ms' },
      { name: 'search: passages cut in the background after it', value: passagesMs, unit: 'ms' },
      { name: `search: p50 query, full library (${typed.length} keystrokes)`, value: percentile(full, 50), unit: 'ms' },
      { name: 'search: p95 query, full library', value: percentile(full, 95), unit: 'ms', target: '< 10 ms' },
      { name: 'search: p50 query, 20x library', value: percentile(large, 50), unit: 'ms' },
      { name: 'search: p95 query, 20x library', value: percentile(large, 95), unit: 'ms', target: '< 10 ms' },
    ];
  } finally {
    services.close();
  }
}

/** A diagram of `count` nodes on a grid with 1.5 edges per node (its grid layout: syntheticLayout). */
function syntheticDiagram(count: number) {
  const columns = 40;
  const nodes = Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    label: `Node ${i}`,
    kind: 'service',
    service: i % 2 ? 'Amazon SQS' : 'AWS Lambda',
    topics: ['sns-fanout'],
  }));
  const edges = Array.from({ length: Math.round(count * 1.5) }, (_, i) => {
    const from = i % count;
    const to = i < count ? (from + 1) % count : (from + columns) % count;
    return { id: `e${i}`, from: `n${from}`, to: `n${to}`, kind: 'data' };
  });
  return {
    id: 'bench-synthetic',
    title: `Synthetic ${count}-node diagram`,
    domain: 'D5',
    summary: 'A generated diagram for measuring rendering speed.',
    seedLines: '0',
    nodes,
    edges,
  };
}

/** The synthetic diagram on its grid, straight edges from side to side: ELK is not what is measured. */
function syntheticLayout(spec: DiagramSpec): DiagramLayout {
  const columns = 40;
  const box = (i: number) => ({ x: (i % columns) * 300, y: Math.floor(i / columns) * 120, width: 232, height: 64 });
  const index = new Map(spec.nodes.map((n, i) => [n.id, i]));
  const layout: DiagramLayout = {
    nodes: {},
    groups: {},
    edges: {},
    size: { width: columns * 300, height: Math.ceil(spec.nodes.length / columns) * 120 },
  };
  spec.nodes.forEach((n, i) => {
    layout.nodes[n.id] = { ...box(i), labelLines: [n.label], serviceLines: n.service ? [n.service] : [] };
  });
  for (const e of spec.edges) {
    const a = box(index.get(e.from) ?? 0);
    const b = box(index.get(e.to) ?? 0);
    layout.edges[e.id] = {
      points: [
        { x: a.x + a.width, y: a.y + a.height / 2 },
        { x: b.x, y: b.y + b.height / 2 },
      ],
    };
  }
  return layout;
}

async function diagramFigures(): Promise<Figure[]> {
  // A copy of the shipped content plus one generated 1,000-node diagram.
  const assets = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-bench-assets-'));
  fs.cpSync(path.join(root, 'assets'), assets, { recursive: true });
  fs.writeFileSync(path.join(assets, 'diagrams', 'bench-synthetic.json'), JSON.stringify(syntheticDiagram(1000)));
  const synthetic = loadContentOrThrow(assets).diagrams.get('bench-synthetic') as DiagramSpec;
  const layouts = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'diagram-layouts.json'), 'utf8')) as PrecomputedLayouts;
  layouts[synthetic.id] = { specHash: specHash(synthetic), layout: syntheticLayout(synthetic) };
  const layoutsFile = path.join(assets, 'diagram-layouts.json');
  fs.writeFileSync(layoutsFile, JSON.stringify(layouts));
  const realDiagrams = [...fs.readdirSync(path.join(root, 'assets', 'diagrams'))]
    .map((f) => JSON.parse(fs.readFileSync(path.join(root, 'assets', 'diagrams', f), 'utf8')) as { id: string; nodes: unknown[] })
    .sort((a, b) => b.nodes.length - a.nodes.length);
  const largest = realDiagrams[0];
  const browser = await launchChromium();
  const shell = await startShell({ COMPANION_ASSETS_DIR: assets, COMPANION_LAYOUTS_FILE: layoutsFile });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(shell.launchUrl);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const openTimes = async (id: string, runs: number) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        await page.evaluate(() => {
          window.location.hash = '#/library';
        });
        await page.locator('.library').waitFor();
        // Page scripts are passed as strings: tsx would wrap named inner functions in a helper
        // that does not exist in the page.
        times.push(
          (await page.evaluate(`new Promise((resolve, reject) => {
            const started = performance.now();
            window.location.hash = '#/diagrams/${id}';
            const poll = () => document.querySelector('.react-flow__node-service') && document.querySelector('.react-flow__edge')
              ? requestAnimationFrame(() => resolve(performance.now() - started))
              : performance.now() - started > 30000 ? reject(new Error('diagram ${id} did not open'))
              : requestAnimationFrame(poll);
            poll();
          })`)) as number,
        );
      }
      return times;
    };
    const panFrames = async () => {
      const box = await page.locator('.react-flow__pane').boundingBox();
      if (!box) throw new Error('no pane');
      await page.evaluate(`(() => {
        window.__frames = [];
        window.__recording = true;
        let last = performance.now();
        const tick = (now) => {
          window.__frames.push(now - last);
          last = now;
          if (window.__recording) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })()`);
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let i = 0; i < 120; i++) await page.mouse.move(cx + Math.sin(i / 10) * 300, cy + Math.cos(i / 14) * 200);
      await page.mouse.up();
      return (await page.evaluate('window.__recording = false, window.__frames.slice(2)')) as number[];
    };
    const realOpen = await openTimes(largest?.id ?? 'cross-account-codepipeline', RUNS);
    const realPan = await panFrames();
    // The 1,000-node diagram before the tour of every shipped one: after 71 diagrams opened in one
    // page, garbage collection left by the tour lands in its pan and measures the tour, not the diagram.
    const bigOpen = await openTimes('bench-synthetic', Math.min(RUNS, 3));
    const bigPan = await panFrames();

    // Every shipped diagram, not only the largest: a small one can pan worse (edge labels, icons).
    const perDiagram: Figure[] = [];
    for (const diagram of realDiagrams) {
      await openTimes(diagram.id, 1);
      perDiagram.push({
        name: `diagram: pan frame p95, ${diagram.id} (${diagram.nodes.length} nodes)`,
        value: percentile(await panFrames(), 95),
        unit: 'ms',
        target: '< 17 ms',
      });
    }

    return [
      {
        name: `diagram: open largest real (${largest?.id}, ${largest?.nodes.length} nodes), p50`,
        value: percentile(realOpen, 50),
        unit: 'ms',
        target: '< 300 ms',
      },
      { name: 'diagram: pan frame p95, largest real', value: percentile(realPan, 95), unit: 'ms', target: '< 20 ms' },
      { name: 'diagram: open 1,000 nodes / 1,500 edges, p50', value: percentile(bigOpen, 50), unit: 'ms' },
      { name: 'diagram: pan frame p95, 1,000 nodes', value: percentile(bigPan, 95), unit: 'ms', target: '< 20 ms' },
      ...perDiagram,
    ];
  } finally {
    await browser.close();
    await shell.stop();
  }
}

/** PDF export of 20 notes (with mermaid) through headless Chromium, first and warm. */
async function pdfFigures(): Promise<Figure[]> {
  const { makeServices, makeTempDir } = await import('../main/node/testing');
  const { PlaywrightPdfPrinter } = await import('../main/browser-shell/playwright-printer');
  const services = makeServices(makeTempDir('companion-bench-pdf-'));
  const printer = new PlaywrightPdfPrinter();
  try {
    const course = [...services.content.notes.values()].slice(0, 20);
    const notes = course.map((n) => services.notes.create(n.meta.title, n.markdown));
    const delivery = {
      deliver: async (fileName: string, data: Buffer) => ({ kind: 'saved' as const, path: fileName, bytes: data.length }),
    };
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const result = await services.exporter.exportNotes(notes, printer, delivery, { pageSize: 'A4', appendix: false });
      times.push(performance.now() - t);
      if (result.kind === 'saved') bytes = result.bytes;
    }
    return [
      { name: 'PDF export: 20 notes, first (starts Chromium)', value: times[0] ?? 0, unit: 'ms' },
      {
        name: `PDF export: 20 notes, warm (${Math.round(bytes / 1024)} KB)`,
        value: percentile(times.slice(1), 50),
        unit: 'ms',
        target: '< 5000 ms',
      },
    ];
  } finally {
    await printer.close();
    services.close();
  }
}

/** Renderer JS heap after visiting every main view (after a forced garbage collection). */
async function heapFigures(): Promise<Figure[]> {
  const browser = await launchChromium();
  const shell = await startShell();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(shell.launchUrl);
    const base = shell.launchUrl.replace(/#.*/, '');
    for (const hash of MAIN_VIEW_ROUTES) {
      await page.goto(`${base}${hash}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return [{ name: 'renderer heap after visiting every view', value: heap.usedSize / 1024 / 1024, unit: 'MB', target: '< 150 MB' }];
  } finally {
    await browser.close();
    await shell.stop();
  }
}

/** Stats over a profile with a million answers spread over two years. */
async function statsFigures(): Promise<Figure[]> {
  const { makeServices, makeTempDir } = await import('../main/node/testing');
  const services = makeServices(makeTempDir('companion-bench-stats-'));
  try {
    const questions = [...services.content.questions.values()];
    const attempts = Number(process.env.BENCH_ATTEMPTS ?? 1_000_000);
    const started = performance.now();
    const now = Date.now();
    services.db
      .prepare("INSERT INTO quiz_sessions (id, mode, question_ids, started_at) VALUES ('bench', 'practice', '[]', ?)")
      .run(new Date().toISOString());
    const insert = services.db.prepare(
      "INSERT INTO quiz_attempts (session_id, question_id, chosen, correct, time_ms, mode, answered_at, domain, topic) VALUES ('bench', ?, '[\"a\"]', ?, ?, 'practice', ?, ?, ?)",
    );
    services.db.transaction(() => {
      for (let i = 0; i < attempts; i++) {
        const q = questions[i % questions.length];
        if (!q) continue;
        insert.run(
          q.id,
          (i * 7) % 10 < 7 ? 1 : 0,
          20_000 + (i % 60_000),
          new Date(now - (i % 730) * 86_400_000 - (i % 86_400) * 1000).toISOString(),
          q.domain,
          q.topics[0] ?? '',
        );
      }
    })();
    // A review card for every question, due over the next weeks.
    const quiz = services.quiz.start('practice', { only: 'all', count: 75 });
    for (const q of quiz.questions) services.quiz.answer(quiz.sessionId, q.id, ['a'], 30_000);
    const loadMs = performance.now() - started;
    const time = (fn: () => unknown, runs = 10) => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        fn();
        out.push(performance.now() - t);
      }
      return percentile(out, 50);
    };
    return [
      { name: `stats: load ${attempts.toLocaleString('en')} synthetic attempts (setup)`, value: loadMs / 1000, unit: 's' },
      { name: 'stats: overview (all charts), p50', value: time(() => services.stats.overview()), unit: 'ms', target: '< 50 ms' },
      {
        name: 'stats: one topic week by week, p50',
        value: time(() => services.stats.topicTrend(questions[0]?.topics[0] ?? '')),
        unit: 'ms',
        target: '< 50 ms',
      },
      { name: 'stats: today summary, p50', value: time(() => services.today.summary()), unit: 'ms', target: '< 50 ms' },
      { name: 'stats: due queue (review summary), p50', value: time(() => services.stats.reviewSummary()), unit: 'ms', target: '< 20 ms' },
      { name: 'stats: start a review session, p50', value: time(() => services.quiz.startReview(30)), unit: 'ms', target: '< 20 ms' },
      {
        name: 'stats: practice "only missed" selection, p50',
        value: time(() => services.quiz.start('practice', { only: 'missed', count: 10 })),
        unit: 'ms',
        target: '< 50 ms',
      },
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
// BENCH_ONLY=search,stats runs a subset (startup, search, diagrams, stats, pdf, heap).
const only = process.env.BENCH_ONLY?.split(',');
const sections: [string, () => Promise<Figure[]>][] = [
  ['startup', coldStart],
  ['search', searchFigures],
  ['diagrams', diagramFigures],
  ['stats', statsFigures],
  ['pdf', pdfFigures],
  ['heap', heapFigures],
];
const figures: Figure[] = [];
for (const [name, run] of sections) if (!only || only.includes(name)) figures.push(...(await run()));
for (let i = 0; i < figures.length; i++) figures[i] = check(figures[i] as Figure);
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
