// How guessable and how exam-like the question bank is, measured per domain: whether the key can
// be found from option lengths alone, how long and constrained the stems are, the difficulty mix,
// near-duplicate stems and explanations that name letters (which break once options are shuffled).
// `npm run content:check` prints the table; docs/question-bank.md keeps the latest one.
import { DOMAIN_INFO, type DomainId, type QuizQuestion } from '../common/content-schema';

/** Words the exam uses to make one answer better than the others. */
const CONSTRAINT = /\b(LEAST|MOST|BEST|FASTEST|CHEAPEST|FEWEST|LOWEST|HIGHEST|MINIMUM|MAXIMUM|QUICKEST|SIMPLEST)\b/;
/** "option d", "(b)", "answer C": explanations that point at a letter. */
const LETTER_REFERENCE = /\b(option|answer|choice)\s+[a-f]\b|\([a-f]\)/i;
const NEAR_DUPLICATE_JACCARD = 0.6;

export interface BankMeasures {
  questions: number;
  single: number;
  multi: number;
  /** Single answer: share where the correct option is (one of) the longest. */
  correctIsLongest: number;
  correctIsShortest: number;
  /** Single answer: mean of len(correct) / mean len(wrong). */
  lengthRatio: number;
  /** Multiple response: share where the longest option is a correct one. */
  multiLongestIsCorrect: number;
  /** Multiple response: share where the k longest options are exactly the key. */
  multiKLongestIsKey: number;
  /** Multiple response: keys holding two neighbouring options. */
  multiAdjacentKeys: number;
  constraintShare: number;
  medianStemWords: number;
  maxStemWords: number;
  difficulty1Share: number;
  difficulty3Share: number;
  letterReferences: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export function measureBank(questions: QuizQuestion[]): BankMeasures {
  const single = questions.filter((q) => q.format === 'single');
  const multi = questions.filter((q) => q.format === 'multi');
  let longest = 0;
  let shortest = 0;
  const ratios: number[] = [];
  for (const q of single) {
    const lengths = q.options.map((o) => o.text.length);
    const correct = q.options.find((o) => o.correct)?.text.length ?? 0;
    const wrong = q.options.filter((o) => !o.correct).map((o) => o.text.length);
    if (correct >= Math.max(...lengths)) longest++;
    if (correct <= Math.min(...lengths)) shortest++;
    ratios.push(correct / (wrong.reduce((s, n) => s + n, 0) / Math.max(1, wrong.length)));
  }
  let multiLongest = 0;
  let multiKLongest = 0;
  let adjacent = 0;
  for (const q of multi) {
    const key = q.options.filter((o) => o.correct).map((o) => o.id);
    const byLength = [...q.options].sort((a, b) => b.text.length - a.text.length);
    if (byLength[0]?.correct) multiLongest++;
    const top = new Set(byLength.slice(0, key.length).map((o) => o.id));
    if (key.every((id) => top.has(id))) multiKLongest++;
    const positions = q.options.map((o, i) => (o.correct ? i : -2)).filter((i) => i >= 0);
    if (positions.some((p, i) => i > 0 && p - (positions[i - 1] ?? -2) === 1)) adjacent++;
  }
  const stems = questions.map((q) => words(q.stem).length);
  return {
    questions: questions.length,
    single: single.length,
    multi: multi.length,
    correctIsLongest: share(longest, single.length),
    correctIsShortest: share(shortest, single.length),
    lengthRatio: ratios.length ? ratios.reduce((s, r) => s + r, 0) / ratios.length : 0,
    multiLongestIsCorrect: share(multiLongest, multi.length),
    multiKLongestIsKey: share(multiKLongest, multi.length),
    multiAdjacentKeys: adjacent,
    constraintShare: share(questions.filter((q) => CONSTRAINT.test(q.stem)).length, questions.length),
    medianStemWords: median(stems),
    maxStemWords: Math.max(0, ...stems),
    difficulty1Share: share(questions.filter((q) => q.difficulty === 1).length, questions.length),
    difficulty3Share: share(questions.filter((q) => q.difficulty === 3).length, questions.length),
    letterReferences: questions.filter((q) => q.options.some((o) => LETTER_REFERENCE.test(o.explanation))).length,
  };
}

/** Pairs of stems sharing most of their words (word-set Jaccard above 0.6). */
export function nearDuplicateStems(questions: QuizQuestion[]): [string, string][] {
  const sets = questions.map((q) => ({ id: q.id, words: new Set(words(q.stem.toLowerCase().replace(/[^a-z0-9\s-]/g, ' '))) }));
  const pairs: [string, string][] = [];
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i];
      const b = sets[j];
      if (!a || !b) continue;
      let common = 0;
      for (const w of a.words) if (b.words.has(w)) common++;
      if (common / (a.words.size + b.words.size - common) > NEAR_DUPLICATE_JACCARD) pairs.push([a.id, b.id]);
    }
  return pairs;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The bank table as markdown: every domain and the whole bank, one measure per row. */
export function bankReport(questions: QuizQuestion[]): string {
  const columns: { name: string; measures: BankMeasures }[] = [
    { name: 'All', measures: measureBank(questions) },
    ...DOMAIN_INFO.map((d) => ({ name: d.id, measures: measureBank(questions.filter((q) => q.domain === (d.id as DomainId))) })),
  ];
  const rows: [string, (m: BankMeasures) => string, string][] = [
    ['questions (single / multi)', (m) => `${m.questions} (${m.single} / ${m.multi})`, '≥ 489'],
    ['single: correct option is the longest', (m) => pct(m.correctIsLongest), '≤ 30% (≤ 40% per domain)'],
    ['single: correct option is the shortest', (m) => pct(m.correctIsShortest), '≤ 30% per domain'],
    ['single: mean length correct ÷ wrong', (m) => m.lengthRatio.toFixed(2), '0.9–1.1'],
    ['multi: the longest option is correct', (m) => pct(m.multiLongestIsCorrect), '≈ share of keyed options'],
    ['multi: the k longest options are the key', (m) => pct(m.multiKLongestIsKey), '≤ 12%'],
    ['multi: keys with two neighbouring options', (m) => `${m.multiAdjacentKeys} of ${m.multi}`, '≈ half'],
    ['stems with a LEAST / MOST / BEST-type constraint', (m) => pct(m.constraintShare), '≥ 60%'],
    ['median stem length (words), max', (m) => `${m.medianStemWords} (max ${m.maxStemWords})`, '≥ 70 at difficulty ≥ 2'],
    ['difficulty 1 / difficulty 3', (m) => `${pct(m.difficulty1Share)} / ${pct(m.difficulty3Share)}`, '≤ 15% / ≥ 30%'],
    ['questions whose explanations name a letter', (m) => String(m.letterReferences), '0'],
  ];
  const duplicates = nearDuplicateStems(questions);
  return [
    '# Question bank quality',
    '',
    'Generated by `npm run bank:report` from `assets/quiz/*.json` (issue 14): how far the key can be guessed from the',
    "options' shape, and how close stems come to the real exam's long, constrained scenarios. The targets are the",
    "issue's thresholds; `npm run content:check` prints this table too.",
    '',
    `| measure | ${columns.map((c) => c.name).join(' | ')} | target |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} | --- |`,
    ...rows.map(([label, cell, target]) => `| ${label} | ${columns.map((c) => cell(c.measures)).join(' | ')} | ${target} |`),
    '',
    `Near-duplicate stems (word-set Jaccard > ${NEAR_DUPLICATE_JACCARD}): ${duplicates.length}${duplicates.length ? ` — ${duplicates.map(([a, b]) => `${a} ~ ${b}`).join(', ')}` : ''}.`,
    '',
  ].join('\n');
}
