// The bank-quality measures on a tiny planted bank, and docs/question-bank.md kept current.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../common/content-schema';
import { bankFailures, bankReport, measureBank, nearDuplicateStems } from './question-bank-quality';
import { makeServices, REPO_ROOT } from './testing';

const option = (id: string, text: string, correct = false) => ({ id, text, correct, explanation: 'Because this is how it works.' });
const single = (id: string, stem: string, correctText: string): QuizQuestion => ({
  id,
  domain: 'D1',
  topics: ['codebuild'],
  difficulty: 2,
  format: 'single',
  stem,
  options: [option('a', correctText, true), option('b', 'short'), option('c', 'short'), option('d', 'short')],
});

describe('bank quality measures', () => {
  it('finds a key given away by its length, and a constraint word in the stem', () => {
    const bank = [
      single('q-1', 'Which option is the MOST cost-effective for the build fleet?', 'a much longer correct option'),
      single('q-2', 'Which option works for the team?', 'tiny'),
    ];
    const m = measureBank(bank);
    expect(m.correctIsLongest).toBe(0.5);
    expect(m.correctIsShortest).toBe(0.5);
    expect(m.constraintShare).toBe(0.5);
    expect(m.lengthRatio).toBeCloseTo((28 / 5 + 4 / 5) / 2);
  });

  it('flags multiple-response keys that are the longest options, keys of neighbours, and letter references', () => {
    const q: QuizQuestion = {
      id: 'q-m',
      domain: 'D2',
      topics: ['codebuild'],
      difficulty: 3,
      format: 'multi',
      stem: 'Which steps meet the requirement? (Choose two.)',
      options: [
        option('a', 'a long correct step here', true),
        option('b', 'another long correct step', true),
        { ...option('c', 'no'), explanation: 'Unlike option a, this fails.' },
        option('d', 'no'),
        option('e', 'no'),
      ],
    };
    const m = measureBank([q]);
    expect(m).toMatchObject({ multiLongestIsCorrect: 1, multiKLongestIsKey: 1, multiAdjacentKeys: 1, letterReferences: 1 });
  });

  it('finds near-duplicate stems', () => {
    const a = single('q-a', 'A company deploys a web app with CodeDeploy to EC2 instances behind a load balancer', 'x');
    const b = single('q-b', 'A company deploys a web app with CodeDeploy to EC2 instances behind a load balancer today', 'x');
    expect(nearDuplicateStems([a, b])).toEqual([['q-a', 'q-b']]);
  });

  it('names each threshold a bank misses: a tiny, easy, guessable bank misses most of them', () => {
    const bank = [
      single('q-1', 'Which file does CodeBuild read by default?', 'the longest option of them all'),
      single('q-2', 'Which file does CodeBuild read by default now?', 'x'),
    ];
    const failures = bankFailures(bank, ['codebuild', 'kms']).join('\n');
    for (const expected of [
      'All: question count is 2',
      'All: constraint share is 0%',
      'All: median stem words at difficulty ≥ 2 is',
      'D1: single: correct is longest is 50% (target ≤ 40%)',
      'D1: single: correct is shortest is 50% (target ≤ 30%)',
      'All: near-duplicate stem pairs',
      'kms: question count is 0 (target ≥ 2)',
    ])
      expect(failures).toContain(expected);
  });

  it('fails a bank whose distractors say "only" and "never" while its keys do not, and whose key repeats the stem', () => {
    const q = single(
      'q-1',
      'Which bucket policy blocks uploads without encryption at the LEAST cost?',
      'a bucket policy that blocks uploads without encryption',
    );
    q.options = q.options.map((o) => (o.correct ? o : { ...o, text: 'only works when objects are never encrypted' }));
    const failures = bankFailures([q]).join('\n');
    expect(failures).toContain('absolute words, keys vs distractors is 0% / 100%');
    expect(failures).toContain('the option echoing the stem most is the key is 100%');
  });

  it('fails a bank whose key is never the longest or the shortest option (it hides in the middle)', () => {
    const middle = (id: string) => {
      const q = single(id, `Which option is the MOST cost-effective choice for team ${id}?`, 'a medium option');
      q.options = q.options.map((o, i) =>
        o.correct ? o : { ...o, text: ['tiny', 'a much longer option text', 'a fair option'][i - 1] ?? o.text },
      );
      return q;
    };
    const failures = bankFailures([middle('q-1'), middle('q-2')]).join('\n');
    expect(failures).toContain('single: correct is longest is 0% (target ≥ 15%)');
    expect(failures).toContain('single: correct is shortest is 0% (target ≥ 15%)');
  });

  it("the course's bank meets every threshold", () => {
    const services = makeServices();
    try {
      expect(
        bankFailures(
          [...services.content.questions.values()],
          services.content.topics.map((t) => t.id),
        ),
      ).toEqual([]);
    } finally {
      services.close();
    }
  });

  it('docs/question-bank.md is current (npm run bank:report)', () => {
    const services = makeServices();
    try {
      const onDisk = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'question-bank.md'), 'utf8');
      expect(onDisk).toBe(bankReport([...services.content.questions.values()]));
    } finally {
      services.close();
    }
  });
});
