// Test support: real services on a real SQLite file in a fresh temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ShellPlatform } from './api-handlers';
import { type AppServices, createAppServices } from './app-services';
import type { PdfPrinter } from './export-service';

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

/** A shell platform for tests: a printer that returns a stub PDF and a delivery that hands bytes back. */
export function fakePlatform(printer: PdfPrinter = { print: async () => Buffer.from('%PDF-1.4 fake') }): ShellPlatform {
  return {
    shell: 'browser',
    appVersion: '9.9.9',
    printer,
    delivery: {
      deliver: async (fileName, data, mimeType) => ({
        kind: 'download',
        fileName,
        mimeType,
        bytes: data.length,
        url: 'downloads/test',
      }),
    },
  };
}

/** Services that are closed after each test: call `closeAll` from afterEach. */
export function servicesTracker() {
  const open: AppServices[] = [];
  return {
    fresh: (dir = makeTempDir()) => {
      const services = makeServices(dir);
      open.push(services);
      return services;
    },
    closeAll: () => {
      for (const services of open.splice(0)) services.close();
    },
  };
}
