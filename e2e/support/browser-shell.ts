// Starts the real browser shell (the built bundle) on a fresh temporary data folder and waits
// for its "ready" line, the way a learner's launch would, instead of sleeping.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { READY_PREFIX } from '../../main/node/constants';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The prefix has no regex metacharacters today; escaping keeps it so if it changes.
const READY = new RegExp(`${READY_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\S+)`);

export interface RunningShell {
  launchUrl: string;
  /** From spawning the process to its "ready" line. */
  readyMs: number;
  baseUrl: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'companion-e2e-'));
}

/** Used by e2e, the benchmarks and the screenshots alike; `extraEnv` adds to (and may override) the environment. */
export async function startBrowserShell(dataDir = makeDataDir(), extraEnv: Record<string, string> = {}): Promise<RunningShell> {
  const bundle = path.join(REPO_ROOT, 'dist', 'main', 'browser-shell.cjs');
  if (!fs.existsSync(bundle)) throw new Error('dist/ is missing: run `npm run build` first.');
  const started = performance.now();
  const child = spawn(process.execPath, [bundle], {
    cwd: REPO_ROOT,
    // Seeded draws: which questions a test gets never changes between runs (override to explore).
    env: { COMPANION_RANDOM_SEED: '1', ...process.env, COMPANION_DATA_DIR: dataDir, COMPANION_PRINT_URL: '1', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser shell did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser shell exited (${code}):\n${output}`));
    });
  });
  const readyMs = performance.now() - started;
  return {
    launchUrl,
    readyMs,
    baseUrl: launchUrl.replace(/#.*$/, ''),
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
