import { describe, expect, it } from 'vitest';
import { diagramLinksForTopics, diagramsForTopics } from './topic-diagrams';

const diagram = (id: string, nodes: [string, string[]][]) => ({
  id,
  title: `Title ${id}`,
  nodes: nodes.map(([n, topics]) => ({ id: n, topics })),
});
const diagrams = [
  diagram('a', [
    ['x', ['codebuild']],
    ['y', []],
    ['z', ['codedeploy', 'codebuild']],
  ]),
  diagram('b', [['w', ['cloudformation']]]),
  diagram('c', [['v', ['codedeploy']]]),
];

describe('diagrams for topics', () => {
  it('lists every diagram with the nodes linked to any of the topics, in order', () => {
    expect(diagramsForTopics(diagrams, ['codebuild'])).toEqual([{ diagramId: 'a', title: 'Title a', nodeIds: ['x', 'z'] }]);
    expect(diagramsForTopics(diagrams, ['codedeploy', 'cloudformation']).map((d) => [d.diagramId, d.nodeIds])).toEqual([
      ['a', ['z']],
      ['b', ['w']],
      ['c', ['v']],
    ]);
    expect(diagramsForTopics(diagrams, ['nothing'])).toEqual([]);
  });

  it('links to the first matching node, up to the limit', () => {
    expect(diagramLinksForTopics(diagrams, ['codebuild', 'codedeploy'], 2)).toEqual([
      { id: 'a', title: 'Title a', nodeId: 'x' },
      { id: 'c', title: 'Title c', nodeId: 'v' },
    ]);
    expect(diagramLinksForTopics(diagrams, ['codedeploy'], 1)).toHaveLength(1);
  });
});
