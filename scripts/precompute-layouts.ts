// Build step: lays out every diagram once, so the app opens diagrams without running ELK.
import fs from 'node:fs';
import path from 'node:path';
import { loadContentOrThrow } from '../main/node/content';
import { layoutDiagram } from '../main/node/diagram-layout';
import { type PrecomputedLayouts, specHash } from '../main/node/diagram-service';

const root = path.resolve(import.meta.dirname, '..');
const content = loadContentOrThrow(path.join(root, 'assets'));
const out: PrecomputedLayouts = {};
for (const spec of content.diagrams.values()) out[spec.id] = { specHash: specHash(spec), layout: await layoutDiagram(spec) };
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist', 'diagram-layouts.json'), JSON.stringify(out));
console.log(`Laid out ${Object.keys(out).length} diagrams`);
