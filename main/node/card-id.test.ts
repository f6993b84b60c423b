import { describe, expect, it } from 'vitest';
import { cardDiagramId, diagramCardId, parseCardId } from './card-id';

describe('card ids', () => {
  it('round-trips a diagram node', () => {
    expect(parseCardId(diagramCardId('cicd-pipeline', 'codebuild'))).toEqual({
      kind: 'diagram',
      diagramId: 'cicd-pipeline',
      nodeId: 'codebuild',
    });
  });

  it('reads an id without "#" as a question', () => {
    expect(parseCardId('q-sdlc-001')).toEqual({ kind: 'question', questionId: 'q-sdlc-001' });
    expect(cardDiagramId('q-sdlc-001')).toBeUndefined();
  });

  it('splits at the first "#" only', () => {
    expect(parseCardId('d#n#x')).toEqual({ kind: 'diagram', diagramId: 'd', nodeId: 'n#x' });
    expect(cardDiagramId('d#n')).toBe('d');
  });

  it('keeps empty parts empty', () => {
    expect(parseCardId('#n')).toEqual({ kind: 'diagram', diagramId: '', nodeId: 'n' });
    expect(parseCardId('d#')).toEqual({ kind: 'diagram', diagramId: 'd', nodeId: '' });
  });
});
