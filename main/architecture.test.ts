// The architecture, checked rather than hoped for: the renderer reaches the Node side only
// through the API contract, and the services never import Electron. Biome's noRestrictedImports
// (biome.json) shows the same rules in the editor; this test is the backstop that also sees
// side-effect imports, require() and dynamic import().
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
  });
}

function importsOf(file: string): string[] {
  return importsIn(fs.readFileSync(path.join(root, file), 'utf8'));
}

function importsIn(text: string): string[] {
  const pattern =
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|;)\s*import\s+['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/gm;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function resolved(file: string, spec: string): string {
  if (spec.startsWith('@common/')) return path.join('main/common', spec.slice('@common/'.length));
  return spec.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), spec)) : spec;
}

describe('module boundaries', () => {
  it('keeps the renderer away from Node, Electron and main/ (except the shared common code)', () => {
    const offenders = sourceFiles('renderer/src').flatMap((file) =>
      importsOf(file)
        .filter((spec) => {
          const target = resolved(file, spec);
          return (
            /^(node:|electron$|better-sqlite3|playwright)/.test(spec) || (target.startsWith('main') && !target.startsWith('main/common'))
          );
        })
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps services, common code and the browser shell free of Electron', () => {
    const files = [...sourceFiles('main/node'), ...sourceFiles('main/common'), ...sourceFiles('main/browser-shell')];
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'electron' || spec.includes('electron-main'))
        .map((s) => `${file} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps main/common free of Node and of the other layers', () => {
    const offenders = sourceFiles('main/common').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('node:') || (spec.startsWith('.') && !resolved(file, spec).startsWith('main/common')))
        .map((s) => `${file} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps each feature to itself, and ui/ free of app/ and the features', () => {
    const offenders = sourceFiles('renderer/src').flatMap((file) =>
      importsOf(file)
        .map((spec) => ({ spec, target: resolved(file, spec) }))
        .filter(({ target }) => {
          const feature = /^renderer\/src\/features\/([^/]+)\//;
          const from = feature.exec(file)?.[1];
          const to = feature.exec(target)?.[1];
          if (from && to && from !== to) return true;
          return file.startsWith('renderer/src/ui/') && /^renderer\/src\/(app|features)\//.test(target);
        })
        .map(({ spec }) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('sees side-effect imports and require() too', () => {
    const text = "import 'node:fs';\nconst x = require('electron');\nexport const y = import('../../../main/node/paths');\n";
    expect(importsIn(text)).toEqual(['node:fs', 'electron', '../../../main/node/paths']);
  });

  it('limits the preload to the contract and electron', () => {
    const specs = importsOf('main/electron-sandbox/preload.ts');
    expect(specs.sort()).toEqual(['../common/contract/call-names', 'electron']);
  });
});
