// `node scripts/render-icons.mjs`: renders build-resources/icon.svg to the PNGs electron-builder
// uses (icon.png at 512 px, icons/<n>x<n>.png for Linux), in the machine's Chromium, so the
// pictures always match the SVG the app links as its favicon.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'build-resources');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const executablePath = [process.env.COMPANION_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p) => p && fs.existsSync(p),
);
if (!executablePath) throw new Error('No Chromium found (apt-get install chromium, or set COMPANION_CHROMIUM).');

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  fs.mkdirSync(path.join(dir, 'icons'), { recursive: true });
  for (const size of [256, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    fs.writeFileSync(path.join(dir, 'icons', `${size}x${size}.png`), png);
    if (size === 512) fs.writeFileSync(path.join(dir, 'icon.png'), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Icons written to ${path.relative(root, dir)}/`);
