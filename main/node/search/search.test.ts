import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMarkdown, noteSections } from '../../common/markdown';
import { makeServices, REPO_ROOT } from '../testing';
import { evaluateRecall, type LabelledQuery, OPENING } from './evaluate';
import { parseQuery } from './query';
import { HIT_END, HIT_START } from './search-service';
import { markdownToPlainText, splitCamelCase } from './text';

const services = makeServices();
afterAll(() => services.close());
const notesFor = (query: string, limit = 5) =>
  services.search
    .query(query, 30)
    .filter((h) => h.kind === 'course-note')
    .slice(0, limit)
    .map((h) => h.id);

describe('search', () => {
  it('finds CodeDeploy however it is typed', () => {
    const spellings = ['codedeploy', 'code deploy', 'CodeDeploy', 'Code Deploy', 'CODEDEPLOY'].map((q) => notesFor(`${q} `, 3));
    for (const top of spellings) expect(top.some((id) => id.startsWith('codedeploy'))).toBe(true);
    expect(new Set(spellings.slice(0, 3).map((s) => s[0]))).toHaveProperty('size', 1);
  });

  it('matches word forms: "deploy" finds notes that say "deployments"', () => {
    const hits = services.search.query('deploy ', 200).map((h) => h.id);
    const plain = [...services.content.notes.values()].filter((n) => /deployments/i.test(n.markdown) && !/\bdeploy\b/i.test(n.markdown));
    expect(plain.length).toBeGreaterThan(0);
    for (const note of plain) expect(hits).toContain(note.meta.id);
  });

  it.each([
    ['asg lifecycle', 'asg-lifecycle-hooks'],
    ['dlq', 'sqs-dead-letter-queue'],
    ['tgw', 'transit-gateway'],
    ['scp', 'organizations-scp'],
    ['rcu wcu', 'dynamodb-capacity'],
    ['dax', 'dynamodb-dax'],
    ['rto rpo', 'rto-rpo'],
    ['eb deployment policies', 'eb-deployment-policies'],
    ['cfn stacksets', 'cfn-stacksets'],
    ['sso', 'iam-identity-center'],
    ['abac', 'abac'],
    ['dhmc', 'ssm-overview-agent'],
    ['rcp', 'control-tower'],
    ['mrsc', 'dynamodb-global-tables'],
  ])('understands the abbreviation in "%s"', (query, expected) => {
    expect(notesFor(`${query} `, 3)).toContain(expected);
  });

  it('puts the SQS dead-letter queue note first for "dlq redrive"', () => {
    expect(notesFor('dlq redrive')[0]).toBe('sqs-dead-letter-queue');
  });

  it('matches the word being typed as a prefix, even past its stem', () => {
    expect(notesFor('dead-letter redri')[0]).toBe('sqs-dead-letter-queue');
    expect(services.search.query('deploym', 20).length).toBeGreaterThan(0);
    expect(services.search.query('deploym ', 20)).toEqual([]);
  });

  it('ranks notes that match every word above notes that match some', () => {
    const top = services.search.query('stacksets accounts regions ', 5).filter((h) => h.kind === 'course-note');
    expect(top.map((h) => h.id)).toContain('cfn-stacksets');
  });

  it.each([
    ['how long does a dlq keep messages', 'sqs-dead-letter-queue', 'Retention and timestamps', /retention 4 days/],
    ['generate a policy from cloudtrail activity', 'iam-access-analyzer', 'Key facts', /generates a policy from that activity/],
    ['log failed s3 requests', 's3-server-access-logging', 'Key facts', /requests that fail authentication/],
    // "pipeline" is a part of the title's "CodePipeline".
    ['how do i start a pipeline by hand from the cli', 'codepipeline-basics', 'Exam traps', /start-pipeline-execution/],
  ])('answers "%s" with the note, the section and the sentence', (query, note, section, sentence) => {
    const [hit] = services.search.query(`${query} `, 5);
    expect(hit).toMatchObject({ kind: 'course-note', id: note, section: { title: section } });
    expect(hit?.sentence).toMatch(sentence);
    // The snippet is the answering passage, not the start of the note.
    expect(hit?.snippet.split(HIT_START).join('').split(HIT_END).join('')).toMatch(sentence);
  });

  it('shows one hit per note, however many of its passages match', () => {
    const ids = services.search.query('dead letter queue redrive ', 20).map((h) => `${h.kind}:${h.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks matched words in snippets with control characters, never HTML', () => {
    const [hit] = services.search.query('redrive ', 1);
    expect(hit?.snippet).toContain(`${HIT_START}redrive${HIT_END}`);
    expect(hit?.snippet).not.toMatch(/<mark|<\/?[a-z]+>/);
  });

  it('searches personal notes, and follows their edits and deletion', () => {
    const note = services.notes.create('Zanzibar mnemonic', 'Quokka means quorum');
    expect(services.search.query('quokka', 5).map((h) => [h.kind, h.id])).toEqual([['personal-note', note.id]]);
    services.notes.save(note.id, 'Zanzibar mnemonic', 'Now about wombats', note.version);
    expect(services.search.query('quokka', 5)).toEqual([]);
    expect(services.search.query('wombats', 5).map((h) => h.id)).toEqual([note.id]);
    services.notes.delete(note.id);
    expect(services.search.query('wombats', 5)).toEqual([]);
  });

  it('finds quiz questions too', () => {
    expect(services.search.query('maxReceiveCount ', 30).some((h) => h.kind === 'question')).toBe(true);
  });

  it('treats FTS syntax in the input as plain words', () => {
    for (const nasty of ['"', 'NEAR(a b)', 'a OR', '*', 'title:x', '^kms', "'); DROP TABLE docs; --", '(((', 'AND AND']) {
      expect(() => services.search.query(nasty, 5)).not.toThrow();
    }
    expect(services.search.query('   ', 5)).toEqual([]);
  });

  it.each(['search-queries.json', 'search-queries-heldout.json'])('%s labels each query with a note and one of its sections', (file) => {
    const queries: LabelledQuery[] = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'bench', file), 'utf8')).queries;
    const md = createMarkdown();
    const wrong = queries.filter(({ expected, section, alsoIn = [] }) => {
      const note = services.content.notes.get(expected);
      if (!note) return true;
      const titles = new Set([OPENING, ...noteSections(md, note.markdown).map((s) => s.title)]);
      return [section ?? OPENING, ...alsoIn].some((title) => !titles.has(title));
    });
    expect(wrong.map((q) => q.query)).toEqual([]);
  });

  it('meets the recall target on the benchmark queries', () => {
    const queries = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'bench', 'search-queries.json'), 'utf8')).queries;
    expect(queries.length).toBeGreaterThanOrEqual(40);
    // The issue's size: at least 250 labelled queries, 100 of them questions in learners' words.
    expect(queries.length).toBeGreaterThanOrEqual(250);
    expect(queries.filter((q: { kind?: string }) => q.kind === 'question').length).toBeGreaterThanOrEqual(100);
    // The targets (measured 95.2% / 99.8% / 91.1%), so a ranking change that loses ground fails here.
    const result = evaluateRecall(services.search, queries);
    expect(result.recallAt1).toBeGreaterThanOrEqual(0.95);
    expect(result.recallAt3).toBeGreaterThanOrEqual(0.99);
    expect(result.sectionsAt3).toBeGreaterThanOrEqual(0.9);
  });
});

describe('search text preparation', () => {
  it('splits CamelCase names the way learners type them', () => {
    expect(splitCamelCase('CodeDeploy DynamoDB HalfAtATime IAMRole plain')).toBe('Code Deploy Dynamo DB Half At A Time IAM Role');
  });

  it('strips markdown down to what a reader sees', () => {
    expect(markdownToPlainText('## Key facts\n- **Bold** and `code` [[kms]] [[sts|tokens]]\n> [!SINCE]\n> Changed | a |')).toBe(
      'Key facts Bold and code kms tokens Changed a',
    );
  });

  it('quotes every term so input cannot change the query', () => {
    expect(parseQuery('dlq "x" OR', { prefixLastWord: false }).match).toBe('("dlq" OR "dead letter queue") OR ("x")');
  });
});
