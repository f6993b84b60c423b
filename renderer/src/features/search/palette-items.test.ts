import type { SearchHit } from '@common/contract';
import { describe, expect, it } from 'vitest';
import { matchingCommands, paletteItems } from './palette-items';

const ids = (query: string) => matchingCommands(query).map((c) => c.id);

describe('palette commands', () => {
  it('finds a command by the start of any word of its group or label', () => {
    expect(ids('stats')).toEqual(['go.stats']);
    expect(ids('STA')).toEqual(['go.stats']);
    expect(ids('go sta')).toEqual(['go.stats']);
    expect(ids('keyboard')).toEqual(['help.shortcuts']);
    expect(ids('dark')).toEqual(['view.theme']);
    expect(ids('my notes')).toEqual(['go.notes']);
  });

  it('lists every command but Search… before anything is typed', () => {
    expect(ids('')).toEqual(['go.today', 'go.library', 'go.diagrams', 'go.quiz', 'go.notes', 'go.stats', 'view.theme', 'help.shortcuts']);
    expect(ids('search')).toEqual([]);
  });

  it('leaves topic searches to the search hits', () => {
    for (const query of ['dead-letter', 'dlq redrive', 'canary', 'codedeploy rollback', 'xylophone', 'tats'])
      expect(ids(query)).toEqual([]);
  });

  it('puts the commands above the hits', () => {
    const hit = { kind: 'course-note', id: 'stats-topic', title: 'Stats', snippet: '' } as SearchHit;
    expect(paletteItems('stats', [hit]).map((item) => item.kind)).toEqual(['command', 'hit']);
  });
});
