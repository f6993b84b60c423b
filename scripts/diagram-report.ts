// Writes docs/diagrams.md: the geometry check's counts for every shipped diagram.
import fs from 'node:fs';
import path from 'node:path';
import { loadContentOrThrow } from '../main/node/content';
import { diagramReport } from '../main/node/diagram-report';

const root = path.resolve(import.meta.dirname, '..');
const content = loadContentOrThrow(path.join(root, 'assets'));
fs.writeFileSync(
  path.join(root, 'docs', 'diagrams.md'),
  await diagramReport(
    [...content.diagrams.values()],
    content.topics.map((t) => t.id),
  ),
);
console.log('Wrote docs/diagrams.md');
