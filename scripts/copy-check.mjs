// Runs the course's copy check (no text copied from the course notes) when the shared tools
// are present beside this repository, as on the team's machines and CI; says so when not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tool = path.resolve(root, '..', 'shared', 'tools', 'overlap.mjs');
if (!fs.existsSync(tool)) {
  console.log('copy check skipped: ../shared/tools/overlap.mjs is not present on this machine');
  process.exit(0);
}
const result = spawnSync(process.execPath, [tool, 'assets'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
