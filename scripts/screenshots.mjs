// `npm run screenshots`: README pictures in light and dark, taken from the browser shell on a
// throwaway profile in the machine's Chromium.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'screenshots');
const chromiumPath = [process.env.COMPANION_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && fs.existsSync(p),
);
if (!chromiumPath) throw new Error('No Chromium found (apt-get install chromium, or set COMPANION_CHROMIUM).');
if (!fs.existsSync(path.join(root, 'dist', 'main', 'browser-shell.cjs'))) throw new Error('Run `npm run build` first.');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-shots-'));
const shell = spawn(process.execPath, ['dist/main/browser-shell.cjs'], {
  cwd: root,
  env: { ...process.env, COMPANION_DATA_DIR: dataDir, COMPANION_PRINT_URL: '1' },
});
const launchUrl = await new Promise((resolve, reject) => {
  let text = '';
  shell.stdout.on('data', (c) => {
    text += c;
    const m = /Browser shell ready: (\S+)/.exec(text);
    if (m) resolve(m[1]);
  });
  shell.once('exit', () => reject(new Error(text)));
});
const base = launchUrl.replace(/#.*/, '');

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
fs.mkdirSync(out, { recursive: true });
try {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(launchUrl);
    await page.goto(`${base}#/library/codedeploy-deployment-configs`);
    await page.getByRole('heading', { level: 1, name: 'CodeDeploy deployment configurations' }).waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(out, `library-${scheme}.png`) });
    await page.goto(`${base}#/diagrams/sns-fanout?node=topic`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('button', { name: /Walk through/ }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(out, `diagram-${scheme}.png`) });
    await page.close();
  }
  console.log(`Screenshots written to ${path.relative(root, out)}/`);
} finally {
  await browser.close();
  shell.kill('SIGTERM');
}
