// Test support: real services on a real SQLite file in a fresh temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AppServices, createAppServices } from './app-services';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const ASSETS_DIR = path.join(REPO_ROOT, 'assets');

export function makeTempDir(prefix = 'companion-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function makeServices(dataDir = makeTempDir()): AppServices {
  return createAppServices({
    dataDir,
    assetsDir: ASSETS_DIR,
    mermaidScriptPath: path.join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'),
  });
}
