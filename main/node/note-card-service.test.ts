// Cards from the learner's own notes: they follow the note's text, come due at once, are graded by
// the same FSRS engine as question cards, wait in the trash with their note, and travel in backups.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from './app-services';
import { makeServices, makeTempDir } from './testing';

const opened: AppServices[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});
const fresh = () => {
  const s = makeServices();
  opened.push(s);
  return s;
};

const BODY = [
  '## Deployments',
  'Q: Which CodeDeploy configuration moves 10% first, then the rest after five minutes?',
  'A: Canary10Percent5Minutes.',
  '',
  'A blue/green switch at the load balancer {{c1::swaps target groups}}; a Route 53 switch {{c2::changes DNS records}}.',
].join('\n');

describe('note cards', () => {
  it('turns a note’s Q:/A: pairs and clozes into cards that are due at once, with each grade’s next date', () => {
    const s = fresh();
    const note = s.notes.create('Deployments', BODY);
    const due = s.noteCards.due(50);
    expect(due).toMatchObject({ due: 3, total: 3 });
    expect(due.cards.map((c) => [c.kind, c.front])).toEqual([
      ['qa', 'Which CodeDeploy configuration moves 10% first, then the rest after five minutes?'],
      ['cloze', 'A blue/green switch at the load balancer […]; a Route 53 switch changes DNS records.'],
      ['cloze', 'A blue/green switch at the load balancer swaps target groups; a Route 53 switch […].'],
    ]);
    const [card] = due.cards;
    expect(card).toMatchObject({ noteId: note.id, noteTitle: 'Deployments', back: 'Canary10Percent5Minutes.' });
    const next = card?.next ?? { again: '', hard: '', good: '', easy: '' };
    expect(new Date(next.again) < new Date(next.good) && new Date(next.good) < new Date(next.easy)).toBe(true);
  });

  it('grades a card with FSRS, as Anki does: easy sends a new card days ahead, good and again keep it within the day', () => {
    const s = fresh();
    s.notes.create('Deployments', BODY);
    const now = new Date();
    const [first, second, third] = s.noteCards.due(50, now).cards;
    const easy = new Date(s.noteCards.rate(first?.cardId ?? '', 'easy', now).due);
    const good = new Date(s.noteCards.rate(second?.cardId ?? '', 'good', now).due);
    const again = new Date(s.noteCards.rate(third?.cardId ?? '', 'again', now).due);
    expect(easy.getTime() - now.getTime()).toBeGreaterThan(86_400_000);
    expect(good.getTime() - now.getTime()).toBeLessThan(86_400_000);
    expect(again.getTime() - now.getTime()).toBeLessThanOrEqual(good.getTime() - now.getTime());
    expect(first?.next.easy).toBe(easy.toISOString());
    expect(s.noteCards.due(50, now).cards.map((c) => c.cardId)).not.toContain(first?.cardId);
  });

  it('follows the note: an edited answer keeps the schedule, a removed card goes, a new one comes', () => {
    const s = fresh();
    const note = s.notes.create('Deployments', BODY);
    const [qa] = s.noteCards.due(50).cards;
    s.noteCards.rate(qa?.cardId ?? '', 'good');
    const edited = BODY.replace('Canary10Percent5Minutes.', 'Canary10Percent5Minutes (canary).').replace(
      /\n\nA blue.*$/s,
      '\n\nQ: New?\nA: Yes.',
    );
    s.notes.save(note.id, 'Deployments', edited, s.notes.get(note.id).version);
    const after = s.noteCards.due(50);
    expect(after.total).toBe(2);
    expect(after.cards.map((c) => c.front)).toEqual(['New?']);
  });

  it('lists every card of the live notes for the browser, with its note and reviews', () => {
    const s = fresh();
    const note = s.notes.create('Deployments', BODY);
    const [qa] = s.noteCards.due(50).cards;
    s.noteCards.rate(qa?.cardId ?? '', 'again');
    const listed = s.noteCards.list();
    expect(listed.map((c) => [c.kind, c.noteTitle, c.reviews, c.lapses])).toEqual([
      ['qa', 'Deployments', 1, 0],
      ['cloze', 'Deployments', 0, 0],
      ['cloze', 'Deployments', 0, 0],
    ]);
    s.notes.delete(note.id);
    expect(s.noteCards.list()).toEqual([]);
  });

  it('a trashed note’s cards leave the queue and come back with it', () => {
    const s = fresh();
    const note = s.notes.create('Deployments', BODY);
    s.notes.delete(note.id);
    expect(s.noteCards.due(50)).toMatchObject({ due: 0, total: 0 });
    s.notes.restore(note.id);
    expect(s.noteCards.due(50).due).toBe(3);
  });

  it('travels in a backup with its schedule', () => {
    const s = fresh();
    s.notes.create('Deployments', BODY);
    const [qa] = s.noteCards.due(50).cards;
    const { due } = s.noteCards.rate(qa?.cardId ?? '', 'easy');
    const file = s.backups.exportAll().toString('utf8');
    const other = fresh();
    other.backups.importAll(file);
    const restored = other.db.prepare('SELECT due FROM note_cards WHERE card_id = ?').get(qa?.cardId) as { due: string } | undefined;
    expect(restored?.due).toBe(due);
  });

  it('a backup import brings its notes’ cards and their text into search, even from a backup without cards', () => {
    const s = fresh();
    s.notes.create('Deployments', `${BODY}\n\nZebracorn is a word only this note has.`);
    const backup = JSON.parse(s.backups.exportAll().toString('utf8')) as { tables: Record<string, unknown[]> };
    backup.tables.note_cards = [];
    const other = fresh();
    other.search.warmUp();
    other.backups.importAll(JSON.stringify(backup));
    expect(other.noteCards.due(50).due).toBe(3);
    expect(other.search.query('zebracorn', 5).map((h) => h.title)).toEqual(['Deployments']);
  });

  it('re-reads every note at start-up only once per card-parser version', () => {
    const dir = makeTempDir();
    const first = makeServices(dir);
    first.db
      .prepare(
        "INSERT INTO personal_notes (id, title, body, version, created_at, updated_at) VALUES ('n1', 'Old', 'Q: Old?\nA: Yes.', 1, ?, ?)",
      )
      .run(new Date().toISOString(), new Date().toISOString());
    first.close();
    // Written behind the service's back: a later start does not re-read it, as the parser already read this profile.
    const second = makeServices(dir);
    opened.push(second);
    expect(second.noteCards.due(50).total).toBe(0);
    second.settings.setRaw('noteCardParserVersion', 0);
    second.noteCards.syncIfParserChanged(second.settings);
    expect(second.noteCards.due(50).total).toBe(1);
  });
});
