// Builds everything the shells run: the renderer (Vite), the Node/Electron entry points
// (esbuild bundles, CommonJS so the sandboxed preload can load), and the mermaid bundle that
// PDF export inlines into the printed page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.includes('--main-only') ? 'main' : process.argv.includes('--renderer-only') ? 'renderer' : 'all';
const started = performance.now();

async function buildMain() {
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Native and heavy runtime packages stay in node_modules; everything else is bundled.
    // elkjs (1.5 MB) is only loaded when a diagram has no build-time layout, so it stays out of
    // the bundle that every start-up has to parse.
    external: ['electron', 'better-sqlite3', 'playwright-core', 'elkjs'],
  };
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: { 'electron-main': 'main/electron-main/main.ts' },
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
    }),
    esbuild({
      ...common,
      entryPoints: { preload: 'main/electron-sandbox/preload.ts' },
      minify: true,
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
    }),
    esbuild({
      ...common,
      entryPoints: { 'browser-shell': 'main/browser-shell/run.ts' },
      outdir: 'dist/main',
      outExtension: { '.js': '.cjs' },
    }),
  ]);
  fs.mkdirSync(path.join(root, 'dist', 'vendor'), { recursive: true });
  const layouts = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/precompute-layouts.ts'], { cwd: root, stdio: 'inherit' });
  if (layouts.status !== 0) throw new Error('Diagram layout failed');
  fs.copyFileSync(
    path.join(root, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
    path.join(root, 'dist', 'vendor', 'mermaid.min.js'),
  );
}

async function buildRenderer() {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

process.chdir(root);
if (only !== 'renderer') await buildMain();
if (only !== 'main') await buildRenderer();
console.log(`Built ${only === 'all' ? 'main and renderer' : only} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
