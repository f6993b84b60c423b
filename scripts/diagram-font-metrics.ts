// Regenerates main/node/diagram-text/inter-metrics.json: the advance width of each character of
// Inter (the diagrams' bundled font) at 400 and 600 weight, in em. The layout measures text with
// this table, so Node can size boxes and edge labels exactly as the browser will draw them.
// Run after upgrading @fontsource/inter: npx tsx scripts/diagram-font-metrics.ts
import fs from 'node:fs';
import path from 'node:path';
import { fontMetricsTable } from '../main/node/diagram-text/font-metrics-source';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'main/node/diagram-text/inter-metrics.json');
fs.writeFileSync(out, `${JSON.stringify(fontMetricsTable(root))}\n`);
console.log(`Wrote ${path.relative(root, out)}`);
