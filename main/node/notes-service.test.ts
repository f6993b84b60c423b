import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../common/result';
import { topicIdResolver } from '../common/wikilinks';
import { openDatabase } from './database';
import { NotesService, UNTITLED } from './notes-service';
import { makeTempDir } from './testing';

const open = (dir: string) => new NotesService(openDatabase(path.join(dir, 'data.sqlite3')));

describe('personal notes', () => {
  it('creates, saves and lists notes, newest first, and keeps them across a reopen', () => {
    const dir = makeTempDir();
    const notes = open(dir);
    const a = notes.create('First');
    const b = notes.create();
    expect(b.title).toBe(UNTITLED);
    const saved = notes.save(a.id, 'First, edited', 'body text', a.version);
    expect(saved.version).toBe(2);
    expect(notes.list().map((n) => n.title)).toEqual(['First, edited', UNTITLED]);
    const again = open(dir);
    expect(again.get(a.id)).toMatchObject({ title: 'First, edited', body: 'body text', version: 2 });
  });

  it('refuses a save based on an old version instead of overwriting newer text', () => {
    const notes = open(makeTempDir());
    const note = notes.create('Shared');
    notes.save(note.id, 'Shared', 'window one', 1);
    let error: unknown;
    try {
      notes.save(note.id, 'Shared', 'window two', 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
    expect(notes.get(note.id).body).toBe('window one');
  });

  it('hands several notes to an export in the order asked, and refuses one in the trash', () => {
    const notes = open(makeTempDir());
    const [a, b, c] = ['Alpha', 'Beta', 'Gamma'].map((t) => notes.create(t, `${t} body`));
    if (!a || !b || !c) throw new Error('notes not created');
    expect(notes.getMany([c.id, a.id, b.id]).map((n) => [n.title, n.body])).toEqual([
      ['Gamma', 'Gamma body'],
      ['Alpha', 'Alpha body'],
      ['Beta', 'Beta body'],
    ]);
    notes.delete(b.id);
    expect(() => notes.getMany([a.id, b.id])).toThrow(ApiError);
  });

  it('hides deleted notes and refuses to delete twice', () => {
    const notes = open(makeTempDir());
    const note = notes.create('Gone');
    notes.delete(note.id);
    expect(notes.list()).toEqual([]);
    expect(() => notes.get(note.id)).toThrow(/does not exist/);
    expect(() => notes.delete(note.id)).toThrow(/does not exist/);
  });

  it('counts a link by topic title, in any case, as a backlink to the topic', () => {
    const topics = [
      { id: 'blue-green-deployment', title: 'Blue/green deployment patterns' },
      { id: 'kms', title: 'AWS KMS (keys, grants)' },
    ];
    const notes = new NotesService(openDatabase(path.join(makeTempDir(), 'data.sqlite3')), () => {}, topicIdResolver(topics));
    const byTitle = notes.create('By title', 'See [[Blue/green deployment patterns]].');
    const byLowerTitle = notes.create('Lower case', 'See [[ blue/green  DEPLOYMENT patterns |the swap]].');
    const byId = notes.create('By id', 'See [[blue-green-deployment]].');
    const brackets = notes.create('Brackets', 'Keys: [[aws kms (keys, grants)]].');
    notes.create('Unrelated', 'See [[Blue/green deployment]] and [[blue-green-deployment-extra]].');
    const ids = (target: string) =>
      notes
        .linkingTo(target)
        .map((n) => n.id)
        .sort();
    expect(ids('blue-green-deployment')).toEqual([byTitle.id, byLowerTitle.id, byId.id].sort());
    expect(ids('kms')).toEqual([brackets.id]);
    expect(notes.list({ view: 'active', linksTo: 'kms', sort: 'title' }).map((n) => n.title)).toEqual(['Brackets']);
  });
});
