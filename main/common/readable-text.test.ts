// The history and the mock review show a question by its stem cut to one line and a domain by
// its name: the cut must land between words, stay within the limit and say that it cut.
import { describe, expect, it } from 'vitest';
import { DOMAIN_INFO } from './content-schema';
import { answerTime, domainLabel, domainName, ONE_LINE_CHARS, oneLine, placeInCourse } from './readable-text';

const STEM =
  'A company stores an application in an AWS CodeCommit repository, compiles it with an AWS CodeBuild project, and installs it on Amazon EC2 instances.';

describe('oneLine', () => {
  it('leaves a short text alone, apart from collapsing whitespace', () => {
    expect(oneLine('Which  solution\nmeets these requirements? ')).toBe('Which solution meets these requirements?');
    expect(oneLine('x'.repeat(ONE_LINE_CHARS))).toBe('x'.repeat(ONE_LINE_CHARS));
  });

  it('cuts a long text at a word, within the limit, and ends it with an ellipsis', () => {
    const line = oneLine(STEM);
    expect(line.length).toBeLessThanOrEqual(ONE_LINE_CHARS);
    expect(line).toBe('A company stores an application in an AWS CodeCommit repository, compiles it…');
    // Every word kept is whole.
    for (const word of line.slice(0, -1).split(' ')) expect(STEM).toContain(word);
  });

  it('drops punctuation left at the cut', () => {
    expect(oneLine('alpha beta, gamma delta', 13)).toBe('alpha beta…');
    expect(oneLine('alpha beta — gamma delta', 14)).toBe('alpha beta…');
  });

  it('cuts inside a word only when one word is longer than half the line', () => {
    expect(oneLine(`a ${'b'.repeat(40)}`, 20)).toBe(`a ${'b'.repeat(17)}…`);
    expect(oneLine('arn:aws:codedeploy:eu-west-1:123456789012:deploymentgroup', 20)).toBe('arn:aws:codedeploy…');
  });

  it('has no line breaks in what it returns, even for a text of many lines', () => {
    expect(oneLine(`first line\n\nsecond line\n${STEM}`)).not.toMatch(/\n/);
  });
});

describe('domain names', () => {
  it('names every domain, with its code in the label', () => {
    expect(domainName('D1')).toBe('SDLC Automation');
    expect(domainLabel('D1')).toBe('D1 · SDLC Automation');
    for (const d of DOMAIN_INFO) expect(domainLabel(d.id)).toBe(`${d.id} · ${d.name}`);
  });

  it('falls back to the code for an unknown domain', () => {
    expect(domainName('D9')).toBe('D9');
    expect(domainLabel('D9')).toBe('D9');
  });
});

describe('placeInCourse', () => {
  it('joins the domain label and the topic title, leaving out what is missing', () => {
    expect(placeInCourse({ domain: 'D2', topic: { title: 'Elastic Beanstalk extensions' } })).toBe(
      'D2 · Configuration Management and IaC · Elastic Beanstalk extensions',
    );
    expect(placeInCourse({ domain: 'D4', topic: null })).toBe('D4 · Monitoring and Logging');
    expect(placeInCourse({ domain: null, topic: { title: 'Only a topic' } })).toBe('Only a topic');
    expect(placeInCourse({ domain: null, topic: null })).toBe('');
  });
});

describe('answerTime', () => {
  it('reads in seconds under a minute, then minutes and seconds', () => {
    expect(answerTime(0)).toBe('0 s');
    expect(answerTime(900)).toBe('1 s');
    expect(answerTime(40_000)).toBe('40 s');
    expect(answerTime(120_000)).toBe('2 min');
    expect(answerTime(125_400)).toBe('2 min 5 s');
  });
});
