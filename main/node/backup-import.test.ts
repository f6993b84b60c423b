// The two ways a backup comes in without travelling as a JSON string: an upload taken once by its
// id (browser shell), or the shell's native open dialog (Electron). Either way it is validated
// and merged like any backup; a shell without the dialog says so with a typed error.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, createHandlers, type ShellPlatform } from './api-handlers';
import { fakePlatform, servicesTracker } from './testing';

const tracker = servicesTracker();
afterEach(() => tracker.closeAll());

function backupWithOneNote(): Buffer {
  const source = tracker.fresh();
  source.notes.create('Carried over', 'From the other machine.');
  return source.backups.exportAll();
}

function dispatcher(platform: Partial<ShellPlatform>) {
  const services = tracker.fresh();
  return { services, dispatch: createDispatcher(createHandlers(services, { ...fakePlatform(), ...platform })) };
}

describe('backup import by upload id', () => {
  it('imports the uploaded bytes once; an unknown or used id is not_found', async () => {
    const held = new Map([['a'.repeat(43), backupWithOneNote()]]);
    const uploads = {
      take: (id: string) => {
        const data = held.get(id);
        held.delete(id);
        return data;
      },
    };
    const { dispatch, services } = dispatcher({ uploads });
    expect(await dispatch('backup.import', { uploadId: 'a'.repeat(43) })).toMatchObject({ ok: true, value: { notes: { added: 1 } } });
    expect(services.notes.list({ view: 'active', sort: 'title' })).toHaveLength(1);
    expect(await dispatch('backup.import', { uploadId: 'a'.repeat(43) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await dispatch('backup.import', { content: '{}' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses an upload that is not a backup, changing nothing', async () => {
    const { dispatch, services } = dispatcher({ uploads: { take: () => Buffer.from('not json') } });
    expect(await dispatch('backup.import', { uploadId: 'b'.repeat(43) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(services.notes.list({ view: 'active', sort: 'title' })).toEqual([]);
  });
});

describe('backup import through the native open dialog', () => {
  it('imports the chosen file, or nothing when the dialog is closed', async () => {
    const file = backupWithOneNote();
    let choice: Buffer | undefined;
    const { dispatch, services } = dispatcher({ openBackupFile: async () => choice });
    expect(await dispatch('backup.importFromFile', {})).toEqual({ ok: true, value: { kind: 'cancelled' } });
    choice = file;
    expect(await dispatch('backup.importFromFile', {})).toMatchObject({
      ok: true,
      value: { kind: 'imported', summary: { notes: { added: 1 } } },
    });
    expect(services.notes.list({ view: 'active', sort: 'title' }).map((n) => n.title)).toEqual(['Carried over']);
  });

  it('passes on the dialog’s typed errors, and is unavailable in a shell without the dialog', async () => {
    const { ApiError } = await import('../common/result');
    const tooBig = dispatcher({
      openBackupFile: async () => {
        throw new ApiError('invalid_input', 'That file is 65.0 MiB; a backup is at most 64 MiB.');
      },
    });
    expect(await tooBig.dispatch('backup.importFromFile', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatcher({}).dispatch('backup.importFromFile', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
