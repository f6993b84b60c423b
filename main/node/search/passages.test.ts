import { describe, expect, it } from 'vitest';
import { createMarkdown, extractHeadings, noteSections } from '../../common/markdown';
import { bestPassage, notePassages } from './passages';
import { parseQuery } from './query';

const NOTE = `Opening words about queues.

## Key facts
### Retention
- Messages stay **4 days** by default. Retention can be set from 1 minute to 14 days.
- The \`maxReceiveCount\` attribute sets how often a message may be received.

| Setting | Default |
|---|---|
| Retention | 4 days |

## Exam traps
- Retention shorter in the DLQ than in the source queue loses messages.

## Example
\`\`\`yaml
MessageRetentionPeriod: 1209600
maxReceiveCount: 5
\`\`\`

## Key facts
- A second section with the same title.
`;

const groupsFor = (query: string) => parseQuery(`${query} `).groups.map((group) => ({ group, weight: 1 }));

describe('note sections', () => {
  const md = createMarkdown();

  it('cuts a note at H2 and H3 with the ids the page renders, passages in reading order', () => {
    const sections = noteSections(md, NOTE);
    const pageIds = extractHeadings(md, NOTE).map((h) => h.id);
    expect(sections.map((s) => s.id)).toEqual(['', 'key-facts', 'retention', 'exam-traps', 'example', 'key-facts-1']);
    for (const s of sections) if (s.id) expect(pageIds).toContain(s.id);
    const retention = sections.find((s) => s.id === 'retention');
    expect(retention?.passages.map((p) => p.source)).toEqual([
      'Messages stay **4 days** by default. Retention can be set from 1 minute to 14 days.',
      'The `maxReceiveCount` attribute sets how often a message may be received.',
      'Setting | Default',
      'Retention | 4 days',
    ]);
    expect(sections.find((s) => s.id === 'example')?.passages).toEqual([
      { source: 'MessageRetentionPeriod: 1209600\nmaxReceiveCount: 5\n', code: true },
    ]);
  });
});

describe('best passage', () => {
  const passages = notePassages(NOTE);

  it('names the section and the sentence that hold the query words together', () => {
    const match = bestPassage(passages, groupsFor('retention 14 days'));
    expect(match?.passage.sectionId).toBe('retention');
    expect(match?.sentence).toBe('Retention can be set from 1 minute to 14 days.');
  });

  it('finds CamelCase names by their parts, and prefers prose to code', () => {
    expect(bestPassage(passages, groupsFor('max receive count'))?.sentence).toContain('maxReceiveCount');
    expect(bestPassage(passages, groupsFor('maxReceiveCount'))?.passage.sectionId).toBe('retention');
  });

  it('keeps a CamelCase name and the word after it side by side, for terms of several words', () => {
    // A name's parts sit at the name's own position: "CodeDeploy deployment" holds "codedeploy deploy".
    const note = notePassages('Deploying by hand is slow. A CodeDeploy deployment is not.');
    const term = (terms: string[]) => parseQuery('deploy ').groups.map((group) => ({ group: { ...group, terms }, weight: 1 }));
    expect(bestPassage(note, term(['codedeploy deploy']))?.sentence).toBe('A CodeDeploy deployment is not.');
    expect(bestPassage(note, term(['deploy deploy']))?.sentence).toBe('A CodeDeploy deployment is not.');
  });

  it('finds nothing when no word occurs', () => {
    expect(bestPassage(passages, groupsFor('kinesis shard'))).toBeUndefined();
  });
});

describe('questions as queries', () => {
  it('drops question words and filler but keeps words that change the meaning', () => {
    const terms = (q: string) => parseQuery(`${q} `).groups.map((g) => g.terms[0]);
    expect(terms('how do i copy an ami to another region')).toEqual(['copi', 'ami', 'anoth', 'region']);
    expect(terms('can you deploy without downtime')).toEqual(['deploy', 'without', 'downtim']);
    expect(terms('what is the cross-account role not allowed')).toEqual(['cross', 'account', 'role', 'not', 'allow']);
    // A rare linking verb would outweigh the subject of the question.
    expect(terms('what does a deployment group contain')).toEqual(['deploy', 'group']);
  });

  it('maps learner phrasings to the terms the notes use', () => {
    const throttled = parseQuery('api gateway throttled ').groups.at(-1);
    expect(throttled?.terms).toEqual(expect.arrayContaining(['429', 'too mani request']));
    const keep = parseQuery('how long does a dlq keep messages ').groups.map((g) => g.terms);
    expect(keep.flat()).toContain('retent');
    expect(parseQuery('run actions at the same time ').groups.flatMap((g) => g.terms)).toContain('parallel');
  });

  it('marks identifiers, which weigh more than common words', () => {
    const groups = parseQuery('maxReceiveCount container_commands 429 queue ').groups;
    expect(groups.map((g) => g.identifier ?? false)).toEqual([true, true, true, true, false]);
  });
});
