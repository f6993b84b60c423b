// `npm run content:check`: validates everything under assets/ and prints a summary.
import path from 'node:path';
import { DOMAIN_INFO } from '../main/common/content-schema';
import { auditContent } from '../main/node/content-audit';
import { bankReport } from '../main/node/question-bank-quality';

const assetsDir = path.resolve(process.argv[2] ?? 'assets');
const { index, problems } = auditContent(assetsDir);
for (const p of problems) console.error(`  ${p.file}: ${p.message}`);
const byDomain = DOMAIN_INFO.map((d) => `${d.id} ${[...index.notes.values()].filter((n) => n.meta.domain === d.id).length}`).join(', ');
console.log(
  `content: ${index.notes.size} notes (${byDomain}), ${index.diagrams.size} diagrams, ${index.questions.size} questions; ${problems.length} problem(s)`,
);
// The bank's quality table (issue 14). Its thresholds are printed, not yet enforced: the bank is
// being rewritten to meet them, and this check will fail past them once it is.
console.log(
  bankReport([...index.questions.values()])
    .split('\n')
    .filter((line) => line.startsWith('|') || line.startsWith('Near'))
    .join('\n'),
);
process.exit(problems.length > 0 ? 1 : 0);
