import { describe, expect, it } from 'vitest';
import { noteCards } from './note-cards';

describe('noteCards', () => {
  it('reads Q:/A: pairs, answers running to the next blank line', () => {
    const cards = noteCards(
      [
        '# CodeDeploy',
        '',
        'Q: What does the AppSpec file name?',
        'A: The lifecycle hooks',
        'and the script each one runs.',
        '',
        'Text.',
      ].join('\n'),
    );
    expect(cards).toEqual([
      {
        key: expect.stringMatching(/^qa-[0-9a-f]{8}$/),
        kind: 'qa',
        front: 'What does the AppSpec file name?',
        back: 'The lifecycle hooks\nand the script each one runs.',
      },
    ]);
  });

  it('makes one card per cloze number, hiding only that number and showing a hint when given', () => {
    const cards = noteCards('Canary {{c1::shifts a slice first}} then {{c2::the rest::how much?}}, and {{c1::waits}}.');
    expect(cards.map((c) => [c.kind, c.front, c.back])).toEqual([
      ['cloze', 'Canary […] then the rest, and […].', 'Canary **shifts a slice first** then the rest, and **waits**.'],
      ['cloze', 'Canary shifts a slice first then [how much?], and waits.', 'Canary shifts a slice first then **the rest**, and waits.'],
    ]);
  });

  it('keeps a card’s key when other cards are added or edited, and changes it when its own front changes', () => {
    const one = noteCards('Q: First?\nA: One.');
    const more = noteCards('Q: New above?\nA: Yes.\n\nQ: First?\nA: One, reworded.');
    expect(more[1]?.key).toBe(one[0]?.key);
    expect(noteCards('Q: First, reworded?\nA: One.')[0]?.key).not.toBe(one[0]?.key);
  });

  it('ignores a question with no answer, code blocks and duplicate cards', () => {
    expect(noteCards('Q: Dangling?\n\nSome text.')).toEqual([]);
    expect(noteCards('```\nQ: in code\nA: no\n```\n~~~yaml\n{{c1::no}}\n~~~')).toEqual([]);
    expect(noteCards('Q: Same?\nA: Yes.\n\nQ: Same?\nA: Yes.')).toHaveLength(1);
  });
});
