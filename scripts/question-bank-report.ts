// Writes docs/question-bank.md: the question bank's quality table (main/node/question-bank-quality.ts).
import fs from 'node:fs';
import path from 'node:path';
import { loadContentOrThrow } from '../main/node/content';
import { bankReport } from '../main/node/question-bank-quality';

const root = path.resolve(import.meta.dirname, '..');
const content = loadContentOrThrow(path.join(root, 'assets'));
fs.writeFileSync(path.join(root, 'docs', 'question-bank.md'), bankReport([...content.questions.values()]));
console.log('Wrote docs/question-bank.md');
