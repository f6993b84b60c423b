// Every character the renderer shows as UI text must have a glyph in an ordinary text font: an
// emoji such as the 📌 pin needs a colour emoji font that many Linux machines lack, and draws as an
// empty box there. Drawn icons (renderer/src/ui/Icon.tsx) stand in for them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const RENDERER = path.join(root, 'renderer', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The file's text without comments, which the learner never sees. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.replace(/\s\/\/\s.*$/, ''))
    .join('\n');
}

/** Each non-ASCII character shown by the UI, with the first file that uses it. */
function uiCharacters(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sourceFiles(RENDERER), path.join(root, 'renderer', 'index.html')]) {
    for (const ch of withoutComments(fs.readFileSync(file, 'utf8'))) {
      if ((ch.codePointAt(0) ?? 0) > 0x7f && !found.has(ch)) found.set(ch, path.relative(root, file));
    }
  }
  return found;
}

const hex = (ch: string) => (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
const hasFontconfig = process.platform === 'linux' && spawnSync('fc-list', ['--version']).status === 0;

describe('UI glyphs', () => {
  it('uses no emoji as UI text', () => {
    const emoji = [...uiCharacters()]
      .filter(([ch]) => /\p{Emoji_Presentation}/u.test(ch))
      .map(([ch, file]) => `U+${hex(ch)} ${ch} in ${file}`);
    expect(emoji).toEqual([]);
  });

  it.skipIf(!hasFontconfig)('draws every UI character with a font installed on this machine', () => {
    const missing = [...uiCharacters()]
      .filter(([ch]) => spawnSync('fc-list', [`:charset=${hex(ch)}`, 'family'], { encoding: 'utf8' }).stdout.trim() === '')
      .map(([ch, file]) => `U+${hex(ch)} ${ch} in ${file}`);
    expect(missing).toEqual([]);
  });
});
