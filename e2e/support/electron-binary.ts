// Where the Electron binary and its SQLite addon would be. Electron 42+ downloads its binary on
// demand (`npx install-electron`), which machines without internet access cannot do.
import fs from 'node:fs';
import path from 'node:path';
import { electronAddonFolder } from '../../main/electron-main/native-binding';

export function electronBinaryPath(repoRoot: string): string | undefined {
  const dir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : undefined;
}

export function electronVersion(repoRoot: string): string {
  return (JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
    .version;
}

export function electronAddonPresent(repoRoot: string): boolean {
  const folder = electronAddonFolder(electronVersion(repoRoot), process.platform, process.arch);
  return fs.existsSync(path.join(repoRoot, 'native', folder, 'better_sqlite3.node'));
}
