// `npm run content:check`: validates everything under assets/ and prints a summary.
import path from 'node:path';
import { DOMAIN_INFO } from '../main/common/content-schema';
import { auditContent } from '../main/node/content-audit';
import { bankFailures, bankReport } from '../main/node/question-bank-quality';

const assetsDir = path.resolve(process.argv[2] ?? 'assets');
const { index, problems } = auditContent(assetsDir);
for (const p of problems) console.error(`  ${p.file}: ${p.message}`);
const byDomain = DOMAIN_INFO.map((d) => `${d.id} ${[...index.notes.values()].filter((n) => n.meta.domain === d.id).length}`).join(', ');
console.log(
  `content: ${index.notes.size} notes (${byDomain}), ${index.diagrams.size} diagrams, ${index.questions.size} questions; ${problems.length} problem(s)`,
);
// The bank's quality table: how far a key can be guessed from the options' shape, and how close
// the stems come to the exam's. Missing any threshold fails the check like a schema problem.
const questions = [...index.questions.values()];
console.log(
  bankReport(questions)
    .split('\n')
    .filter((line) => line.startsWith('|') || line.startsWith('Near'))
    .join('\n'),
);
const missed = bankFailures(
  questions,
  index.topics.map((t) => t.id),
);
for (const failure of missed) console.error(`  question bank: ${failure}`);
console.log(missed.length === 0 ? 'question bank: every threshold met' : `question bank: ${missed.length} threshold(s) missed`);
process.exit(problems.length + missed.length > 0 ? 1 : 0);
