// Hrefs come from the router's routeHref, never from hand-written '#/…' strings: a hand-made href
// skips the id encoding and drifts when a route changes shape. Only the router may spell the hash
// format out; tests may, to pin the hrefs the app produces.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const ALLOWED = new Set(['renderer/src/app/router.ts']);
/** A string or template literal that starts with "#/": '#/…', "#/…" or `#/…`. */
const ROUTE_LITERAL = /['"`]#\//;

function rendererSources(): string[] {
  const dir = path.join(root, 'renderer/src');
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

function routeLiterals(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (ROUTE_LITERAL.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('route literals', () => {
  it('finds a hand-written route in each quoting style', () => {
    expect(
      routeLiterals(
        'f.tsx',
        ["<a href='#/quiz'>", '<a href="#/stats">', 'href={`#/library/`+id}', '// #/library/<id> in a comment'].join('\n'),
      ),
    ).toHaveLength(3);
  });

  it('keeps the renderer free of hand-written #/ routes outside the router', () => {
    const offenders = rendererSources()
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) => routeLiterals(file, fs.readFileSync(path.join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
